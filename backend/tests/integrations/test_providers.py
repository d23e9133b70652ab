"""Providers are chosen by their *_PROVIDER setting, never by credentials alone."""

from __future__ import annotations

import pytest

from switchboard.integrations.email.offline import OfflineEmail
from switchboard.integrations.email.sendgrid import SendGridEmail
from switchboard.integrations.email.smtp import SmtpEmail
from switchboard.integrations.providers import ProviderConfigError, build_providers
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.integrations.sms.twilio import TwilioSms
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


async def test_explicit_choice_selects_the_real_adapter() -> None:
    providers = build_providers(
        make_settings(
            URL,
            sms_provider="twilio",
            twilio_account_sid="AC1",
            twilio_auth_token="t",
            email_provider="sendgrid",
            sendgrid_api_key="SG.k",
        )
    )
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
