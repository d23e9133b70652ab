"""ENVIRONMENT=prod starts with what a live tenant needs, and refuses weak or missing settings
and providers that would silently drop traffic, naming each problem."""

from __future__ import annotations

import pytest

from switchboard.core.config import ProductionConfigError, Settings

STRONG = "k" * 20 + "0123456789abcdefXYZ"
TWILIO_SID = "AC" + "0123456789abcdef" * 2

# The production configuration a one-tenant deployment runs with: real SMS, email and voice;
# calendar, payments and accounting unused (offline); the offline English recogniser.
PROD: dict[str, object] = {
    "environment": "prod",
    "admin_api_key": STRONG,
    "secret_key": STRONG + "s",
    "public_base_url": "https://switchboard.example.com",
    "twilio_account_sid": TWILIO_SID,
    "twilio_auth_token": "f" * 32,
    "sms_provider": "twilio",
    "voice_provider": "twilio",
    "email_provider": "sendgrid",
    "sendgrid_api_key": "SG.test-key",
}


def prod(**overrides: object) -> Settings:
    return Settings(_env_file=None, **{**PROD, **overrides})  # type: ignore[arg-type]


def test_production_config_starts_with_unused_capabilities_offline() -> None:
    settings = prod()
    settings.check_production()
    assert settings.calendar_provider == settings.payments_provider == "offline"
    assert settings.accounting_provider == settings.speech_provider == "offline"


WEAK = [
    ({"admin_api_key": None}, "ADMIN_API_KEY is missing"),
    ({"admin_api_key": "short"}, "ADMIN_API_KEY is weak"),
    ({"admin_api_key": "a" * 40}, "ADMIN_API_KEY is weak"),
    ({"secret_key": None}, "SECRET_KEY is missing"),
    ({"secret_key": "changeme"}, "SECRET_KEY is weak"),
    ({"public_base_url": "http://switchboard.example.com"}, "PUBLIC_BASE_URL must be"),
    ({"public_base_url": "https://localhost:8443"}, "PUBLIC_BASE_URL must be"),
    ({"twilio_account_sid": None}, "TWILIO_ACCOUNT_SID is missing"),
    ({"twilio_account_sid": "not-a-sid"}, "TWILIO_ACCOUNT_SID is not an account sid"),
    ({"twilio_auth_token": None}, "TWILIO_AUTH_TOKEN is missing"),
    ({"sms_provider": "offline"}, "SMS_PROVIDER=offline would silently drop"),
    ({"email_provider": "offline"}, "EMAIL_PROVIDER=offline would silently drop"),
    ({"voice_provider": "offline"}, "VOICE_PROVIDER=offline would silently drop"),
    ({"accounting_provider": "quickbooks"}, "needs QUICKBOOKS_CLIENT_ID and QUICKBOOKS_CLIENT"),
    (
        {
            "accounting_provider": "quickbooks",
            "quickbooks_client_id": "ABx",
            "quickbooks_client_secret": "secret",
        },
        "QUICKBOOKS_ENVIRONMENT=sandbox would send every invoice",
    ),
]


@pytest.mark.parametrize(("overrides", "reason"), WEAK)
def test_weak_production_config_is_refused(overrides: dict[str, object], reason: str) -> None:
    with pytest.raises(ProductionConfigError, match=reason):
        prod(**overrides).check_production()


def test_public_base_url_must_be_set_explicitly_in_prod() -> None:
    values = {k: v for k, v in PROD.items() if k != "public_base_url"}
    with pytest.raises(ProductionConfigError, match="PUBLIC_BASE_URL is missing"):
        Settings(_env_file=None, **values).check_production()  # type: ignore[arg-type]


def test_every_problem_is_named_at_once() -> None:
    with pytest.raises(ProductionConfigError) as refused:
        Settings(_env_file=None, environment="prod").check_production()  # type: ignore[call-arg]
    for name in ("ADMIN_API_KEY", "SECRET_KEY", "PUBLIC_BASE_URL", "TWILIO_ACCOUNT_SID"):
        assert name in str(refused.value)


def test_dev_runs_offline_without_secrets() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    settings.check_production()
    assert settings.sms_provider == "offline" and settings.admin_api_key is None
    assert settings.database_url.endswith("var/switchboard.db")


def test_public_base_url_must_be_absolute() -> None:
    with pytest.raises(ValueError, match="PUBLIC_BASE_URL"):
        Settings(_env_file=None, public_base_url="switchboard.example.com")  # type: ignore[call-arg]
