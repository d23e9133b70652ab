"""One instance per capability, chosen by its `*_PROVIDER` setting and nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field

from switchboard.core.config import Settings
from switchboard.integrations.accounting.offline import OfflineAccounting
from switchboard.integrations.accounting.port import AccountingPort
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.integrations.calendar.port import CalendarPort
from switchboard.integrations.email.offline import OfflineEmail
from switchboard.integrations.email.port import EmailPort
from switchboard.integrations.llm.offline import NoLlm
from switchboard.integrations.llm.port import LlmPort
from switchboard.integrations.payments.offline import OfflinePayments
from switchboard.integrations.payments.port import PaymentsPort
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.integrations.sms.port import SmsPort
from switchboard.integrations.speech.offline import OfflineSpeech
from switchboard.integrations.speech.port import SpeechPort
from switchboard.integrations.voice.offline import OfflineVoice
from switchboard.integrations.voice.port import VoicePort


class ProviderConfigError(ValueError):
    """A provider is named that does not exist, or lacks the settings it needs."""


@dataclass
class Providers:
    sms: SmsPort = field(default_factory=OfflineSms)
    email: EmailPort = field(default_factory=OfflineEmail)
    voice: VoicePort = field(default_factory=OfflineVoice)
    calendar: CalendarPort = field(default_factory=OfflineCalendar)
    payments: PaymentsPort = field(default_factory=OfflinePayments)
    accounting: AccountingPort = field(default_factory=OfflineAccounting)
    speech: SpeechPort = field(default_factory=OfflineSpeech)
    llm: LlmPort = field(default_factory=NoLlm)


def build_sms(settings: Settings) -> SmsPort:
    choice = settings.sms_provider.lower()
    if choice == "offline":
        return OfflineSms()
    if choice == "twilio":
        from switchboard.integrations.sms.twilio import TwilioSms

        sid, token = settings.twilio_account_sid, settings.twilio_auth_token
        if not sid or not token:
            raise ProviderConfigError("missing settings: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN")
        return TwilioSms(
            sid,
            token,
            timeout_s=settings.provider_timeout_s,
        )
    raise ProviderConfigError(f"SMS_PROVIDER={choice!r} is not one of offline, twilio")


def build_email(settings: Settings) -> EmailPort:
    choice = settings.email_provider.lower()
    if choice == "offline":
        return OfflineEmail()
    if choice == "sendgrid":
        from switchboard.integrations.email.sendgrid import SendGridEmail

        if not settings.sendgrid_api_key:
            raise ProviderConfigError("missing settings: SENDGRID_API_KEY")
        return SendGridEmail(settings.sendgrid_api_key, timeout_s=settings.provider_timeout_s)
    if choice == "smtp":
        from switchboard.integrations.email.smtp import SmtpEmail

        if not settings.smtp_host:
            raise ProviderConfigError("missing settings: SMTP_HOST")
        return SmtpEmail(
            settings.smtp_host,
            settings.smtp_port,
            username=settings.smtp_username,
            password=settings.smtp_password,
            starttls=settings.smtp_starttls,
            timeout_s=settings.provider_timeout_s,
        )
    raise ProviderConfigError(f"EMAIL_PROVIDER={choice!r} is not one of offline, sendgrid, smtp")


def build_llm(settings: Settings) -> LlmPort:
    choice = settings.llm_provider.lower()
    if choice == "none":
        return NoLlm()
    if choice == "openai":
        from switchboard.integrations.llm.openai import OpenAiLlm

        if not settings.openai_api_key:
            raise ProviderConfigError("missing settings: OPENAI_API_KEY")
        return OpenAiLlm(settings.openai_api_key, model=settings.openai_model)
    if choice == "anthropic":
        from switchboard.integrations.llm.anthropic import AnthropicLlm

        if not settings.anthropic_api_key:
            raise ProviderConfigError("missing settings: ANTHROPIC_API_KEY")
        return AnthropicLlm(settings.anthropic_api_key, model=settings.anthropic_model)
    raise ProviderConfigError(f"LLM_PROVIDER={choice!r} is not one of none, openai, anthropic")


def build_providers(settings: Settings) -> Providers:
    """SMS, email and the LLM are chosen here. The other capabilities start offline; the issues that
    bring their real adapters add their own `build_<capability>` beside these two."""
    # A send job may call the provider twice (look up, then send) within its lease; were the
    # calls to outlast the lease, another worker could start the same send meanwhile.
    if 3 * settings.provider_timeout_s > settings.job_lease_s:
        raise ProviderConfigError("PROVIDER_TIMEOUT_S must be under a third of JOB_LEASE_S")
    from switchboard.integrations.calendar import calendar_for

    return Providers(
        sms=build_sms(settings),
        email=build_email(settings),
        calendar=calendar_for(settings),
        llm=build_llm(settings),
    )
