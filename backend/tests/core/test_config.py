"""ENVIRONMENT=prod refuses to start with weak secrets or providers that would drop traffic."""

from __future__ import annotations

import pytest

from switchboard.core.config import ProductionConfigError, Settings

STRONG = "k" * 20 + "0123456789abcdefXYZ"
PROVIDERS = {
    f"{name}_provider": "twilio"
    for name in ("sms", "email", "voice", "calendar", "payments", "accounting", "speech")
}


def prod(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "environment": "prod",
        "admin_api_key": STRONG,
        "secret_key": STRONG + "s",
        "public_base_url": "https://switchboard.example.com",
        "twilio_auth_token": "tok",
        **PROVIDERS,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


def test_strong_production_config_starts() -> None:
    prod().check_production()


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"admin_api_key": None}, "ADMIN_API_KEY"),
        ({"admin_api_key": "short"}, "ADMIN_API_KEY"),
        ({"secret_key": None}, "SECRET_KEY"),
        ({"public_base_url": "http://switchboard.example.com"}, "PUBLIC_BASE_URL"),
        ({"sms_provider": "offline"}, "SMS_PROVIDER"),
        ({"calendar_provider": "offline"}, "CALENDAR_PROVIDER"),
        ({"twilio_auth_token": None}, "TWILIO_AUTH_TOKEN"),
    ],
)
def test_weak_production_config_is_refused(overrides: dict[str, object], reason: str) -> None:
    with pytest.raises(ProductionConfigError, match=reason):
        prod(**overrides).check_production()


def test_public_base_url_must_be_set_explicitly_in_prod() -> None:
    values = {
        "environment": "prod",
        "admin_api_key": STRONG,
        "secret_key": STRONG,
        "twilio_auth_token": "t",
        **PROVIDERS,
    }
    with pytest.raises(ProductionConfigError, match="PUBLIC_BASE_URL"):
        Settings(_env_file=None, **values).check_production()  # type: ignore[arg-type]


def test_dev_runs_offline_without_secrets() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    settings.check_production()
    assert settings.sms_provider == "offline" and settings.admin_api_key is None
    assert settings.database_url.endswith("var/switchboard.db")


def test_public_base_url_must_be_absolute() -> None:
    with pytest.raises(ValueError, match="PUBLIC_BASE_URL"):
        Settings(_env_file=None, public_base_url="switchboard.example.com")  # type: ignore[call-arg]
