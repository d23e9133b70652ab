"""Providers are chosen by their *_PROVIDER setting, never by credentials alone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from switchboard.integrations.email.offline import OfflineEmail
from switchboard.integrations.email.sendgrid import SendGridEmail
from switchboard.integrations.email.smtp import SmtpEmail
from switchboard.integrations.providers import ProviderConfigError, build_providers
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.integrations.sms.twilio import TwilioSms
from switchboard.integrations.voice.offline import OfflineVoice
from switchboard.integrations.voice.twilio import TwilioVoice
from tests.conftest import make_settings

URL = "sqlite+aiosqlite:///unused.db"


async def test_credentials_alone_keep_the_offline_providers() -> None:
    settings = make_settings(
        URL,
        twilio_account_sid="AC1",
        twilio_auth_token="t",
        sendgrid_api_key="SG.k",
        smtp_host="mail.example.com",
    )
    providers = build_providers(settings)
    assert isinstance(providers.sms, OfflineSms)
    assert isinstance(providers.email, OfflineEmail)
    assert isinstance(providers.voice, OfflineVoice)


async def test_explicit_choice_selects_the_real_adapter() -> None:
    providers = build_providers(
        make_settings(
            URL,
            sms_provider="twilio",
            twilio_account_sid="AC1",
            twilio_auth_token="t",
            email_provider="sendgrid",
            sendgrid_api_key="SG.k",
            voice_provider="twilio",
        )
    )
    assert isinstance(providers.voice, TwilioVoice)
    assert isinstance(providers.sms, TwilioSms)
    assert isinstance(providers.email, SendGridEmail)
    smtp = build_providers(make_settings(URL, email_provider="smtp", smtp_host="mail.example.com"))
    assert isinstance(smtp.email, SmtpEmail)


@pytest.mark.parametrize(
    "overrides",
    [
        {"sms_provider": "twilio"},  # no credentials
        {"email_provider": "sendgrid"},
        {"email_provider": "smtp"},
        {"sms_provider": "carrier-pigeon"},
    ],
)
async def test_a_real_provider_without_its_settings_refuses_to_start(
    overrides: dict[str, str],
) -> None:
    with pytest.raises(ProviderConfigError):
        build_providers(make_settings(URL, **overrides))


async def test_provider_timeout_must_fit_in_the_job_lease() -> None:
    with pytest.raises(ProviderConfigError):
        build_providers(make_settings(URL, provider_timeout_s=30, job_lease_s=60))


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("sms_provider", "SMS_PROVIDER='nope' is not one of offline, twilio"),
        ("email_provider", "EMAIL_PROVIDER='nope' is not one of"),
        ("voice_provider", "VOICE_PROVIDER='nope' is not one of offline, twilio"),
        ("calendar_provider", "CALENDAR_PROVIDER='nope' is not one of"),
        ("payments_provider", "PAYMENTS_PROVIDER='nope' is not one of offline, stripe"),
        ("accounting_provider", "ACCOUNTING_PROVIDER='nope' is not one of offline, quickbooks"),
        ("speech_provider", "SPEECH_PROVIDER='nope' is not available"),
        ("llm_provider", "LLM_PROVIDER='nope' is not one of"),
    ],
)
async def test_every_provider_setting_is_read_and_unknown_names_are_refused(
    setting: str, message: str
) -> None:
    with pytest.raises(ProviderConfigError, match=message):
        build_providers(make_settings(URL, **{setting: "nope"}))


async def test_twilio_voice_needs_the_account_credentials() -> None:
    with pytest.raises(ProviderConfigError, match="VOICE_PROVIDER=twilio needs TWILIO_ACCOUNT_SID"):
        build_providers(make_settings(URL, voice_provider="twilio"))


@pytest.mark.parametrize(
    ("module", "overrides", "extra"),
    [
        ("pocketsphinx", {}, "speech"),
        ("openai", {"llm_provider": "openai", "openai_api_key": "k"}, "llm"),
        ("anthropic", {"llm_provider": "anthropic", "anthropic_api_key": "k"}, "llm"),
    ],
)
async def test_a_provider_whose_extra_is_missing_says_which_to_install(
    monkeypatch: pytest.MonkeyPatch, module: str, overrides: dict[str, str], extra: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # as if the extra were not installed
    with pytest.raises(ProviderConfigError, match=f"`{extra}` extra"):
        build_providers(make_settings(URL, **overrides))


async def test_the_offline_voice_provider_keeps_its_recordings_in_the_configured_place(
    tmp_path: Path,
) -> None:
    providers = build_providers(make_settings(URL, offline_voice_dir=str(tmp_path)))
    assert isinstance(providers.voice, OfflineVoice)
    providers.voice.add_recording("https://api.twilio.com/rec/RE1", b"audio")
    assert any(tmp_path.rglob("*.wav"))


_PLANS = (
    '[{"key": "solo", "name": "Solo", "price_id": "price_1", "amount_cents": 2900,'
    ' "included_calls": 50, "included_minutes": 200, "included_texts": 200,'
    ' "features": ["reminders"]}]'
)


async def test_stripe_payments_need_the_key_the_webhook_secret_and_price_ids() -> None:
    with pytest.raises(ProviderConfigError, match="needs BILLING_PLANS with a price_id"):
        build_providers(make_settings(URL, payments_provider="stripe"))
    stripe = {"payments_provider": "stripe", "billing_plans": _PLANS, "billing_trial_plan": "solo"}
    with pytest.raises(ProviderConfigError, match="needs STRIPE_API_KEY"):
        build_providers(make_settings(URL, **stripe))
    with pytest.raises(ProviderConfigError, match="needs STRIPE_WEBHOOK_SECRET"):
        build_providers(make_settings(URL, stripe_api_key="sk_x", **stripe))
    built = build_providers(
        make_settings(URL, stripe_api_key="sk_x", stripe_webhook_secret="wh", **stripe)
    )
    assert built.payments.name == "stripe"


async def test_billing_plans_are_checked_at_start() -> None:
    with pytest.raises(ProviderConfigError, match="BILLING_PLANS is not a valid list"):
        build_providers(make_settings(URL, billing_plans='[{"key": "x"}]'))
    with pytest.raises(ProviderConfigError, match="BILLING_TRIAL_PLAN='gold'"):
        build_providers(make_settings(URL, billing_trial_plan="gold"))


def test_google_calendar_needs_its_oauth_client(database_url: str) -> None:
    from switchboard.integrations.calendar.google import GoogleCalendar
    from switchboard.integrations.providers import ProviderConfigError, build_providers
    from tests.conftest import make_settings

    with pytest.raises(ProviderConfigError, match="GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET"):
        build_providers(make_settings(database_url, calendar_provider="google"))
    chosen = build_providers(
        make_settings(
            database_url,
            calendar_provider="google",
            google_client_id="1234.apps.googleusercontent.com",
            google_client_secret="GOCSPX-x",
        )
    )
    assert isinstance(chosen.calendar, GoogleCalendar)


def test_quickbooks_needs_its_intuit_app(database_url: str) -> None:
    from switchboard.integrations.accounting.quickbooks import QuickBooksAccounting
    from switchboard.integrations.providers import ProviderConfigError, build_providers
    from tests.conftest import make_settings

    with pytest.raises(
        ProviderConfigError, match="QUICKBOOKS_CLIENT_ID and QUICKBOOKS_CLIENT_SECRET"
    ):
        build_providers(make_settings(database_url, accounting_provider="quickbooks"))
    chosen = build_providers(
        make_settings(
            database_url,
            accounting_provider="quickbooks",
            quickbooks_client_id="ABx",
            quickbooks_client_secret="secret",
        )
    )
    assert isinstance(chosen.accounting, QuickBooksAccounting)
    assert chosen.accounting.base_url == "https://sandbox-quickbooks.api.intuit.com"
    production = build_providers(
        make_settings(
            database_url,
            accounting_provider="quickbooks",
            quickbooks_client_id="ABx",
            quickbooks_client_secret="secret",
            quickbooks_environment="production",
        )
    ).accounting
    assert isinstance(production, QuickBooksAccounting)
    assert production.base_url == "https://quickbooks.api.intuit.com"
