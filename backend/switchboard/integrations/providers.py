"""One instance per capability, chosen by its `*_PROVIDER` setting and nothing else.

Every `*_PROVIDER` setting is read here, in every environment: a name that is not one of the
capability's providers stops start-up with the list of valid names, as does a chosen provider
without its settings or without the optional extra its SDK comes in."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.accounting.offline import OfflineAccounting
from switchboard.integrations.accounting.port import AccountingPort
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.integrations.calendar.port import CalendarPort
from switchboard.integrations.email.offline import OfflineEmail
from switchboard.integrations.email.port import EmailPort
from switchboard.integrations.errors import ProviderConfigError
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

__all__ = ["ProviderConfigError", "Providers", "build_providers"]

# Capabilities whose real adapters belong to later work: only the built-in provider exists.
_OFFLINE_ONLY: tuple[str, ...] = ()


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


def _require_extra(module: str, extra: str, setting: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise ProviderConfigError(
            f"{setting} needs the optional `{extra}` extra ({module} is not installed): "
            f"`uv sync --extra {extra}` in backend/ (make install-dev installs every extra)"
        )


def _twilio_credentials(settings: Settings, setting: str) -> tuple[str, str]:
    sid, token = settings.twilio_account_sid, settings.twilio_auth_token
    if not sid or not token:
        raise ProviderConfigError(
            f"{setting}=twilio needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"
        )
    return sid, token


def build_sms(settings: Settings) -> SmsPort:
    choice = settings.sms_provider.lower()
    if choice == "offline":
        return OfflineSms()
    if choice == "twilio":
        from switchboard.integrations.sms.twilio import TwilioSms

        sid, token = _twilio_credentials(settings, "SMS_PROVIDER")
        return TwilioSms(
            sid,
            token,
            timeout_s=settings.provider_timeout_s,
        )
    raise ProviderConfigError(f"SMS_PROVIDER={choice!r} is not one of offline, twilio")


def build_email(settings: Settings, calendar: CalendarPort | None = None) -> EmailPort:
    choice = settings.email_provider.lower()
    if choice == "gmail":
        from switchboard.integrations.calendar.google import GoogleCalendar
        from switchboard.integrations.email.gmail import GmailEmail

        if not isinstance(calendar, GoogleCalendar):
            raise ProviderConfigError(
                "EMAIL_PROVIDER=gmail needs CALENDAR_PROVIDER=google (Gmail is granted with "
                "the same Google connection)"
            )
        fallback = settings.gmail_fallback_provider.lower()
        if fallback not in ("offline", "sendgrid", "smtp"):
            raise ProviderConfigError(
                f"GMAIL_FALLBACK_PROVIDER={fallback!r} is not one of offline, sendgrid, smtp"
            )
        return GmailEmail(
            calendar, build_email(settings.model_copy(update={"email_provider": fallback}))
        )
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
    raise ProviderConfigError(
        f"EMAIL_PROVIDER={choice!r} is not one of offline, sendgrid, smtp, gmail"
    )


def build_voice(settings: Settings) -> VoicePort:
    choice = settings.voice_provider.lower()
    if choice == "offline":
        return OfflineVoice(Path(settings.offline_voice_dir))
    if choice == "twilio":
        from switchboard.integrations.voice.twilio import TwilioVoice

        sid, token = _twilio_credentials(settings, "VOICE_PROVIDER")
        return TwilioVoice(sid, token, timeout_s=settings.provider_timeout_s)
    raise ProviderConfigError(f"VOICE_PROVIDER={choice!r} is not one of offline, twilio")


def build_speech(settings: Settings) -> SpeechPort:
    choice = settings.speech_provider.lower()
    if choice == "offline":
        _require_extra("pocketsphinx", "speech", "SPEECH_PROVIDER=offline")
        return OfflineSpeech()
    raise ProviderConfigError(
        f"SPEECH_PROVIDER={choice!r} is not available: only 'offline' (English, PocketSphinx); "
        "voicemails in other languages keep their recording without a transcript"
    )


def _check_offline_only(settings: Settings) -> None:
    for capability in _OFFLINE_ONLY:
        setting = f"{capability.upper()}_PROVIDER"
        choice = str(getattr(settings, f"{capability}_provider")).lower()
        if choice != "offline":
            raise ProviderConfigError(
                f"{setting}={choice!r} is not available: only 'offline' until a "
                f"{capability} adapter exists"
            )


def build_payments(settings: Settings) -> PaymentsPort:
    from switchboard.billing import plans

    plans.check(settings)
    choice = settings.payments_provider.lower()
    if choice == "offline":
        return OfflinePayments()
    if choice == "stripe":
        from switchboard.integrations.payments.stripe import StripePayments

        if not settings.stripe_api_key:
            raise ProviderConfigError("PAYMENTS_PROVIDER=stripe needs STRIPE_API_KEY")
        if not settings.stripe_webhook_secret:
            raise ProviderConfigError(
                "PAYMENTS_PROVIDER=stripe needs STRIPE_WEBHOOK_SECRET (it verifies Stripe's "
                "events; without it no payment would ever be recorded)"
            )
        return StripePayments(settings.stripe_api_key, timeout_s=settings.provider_timeout_s)
    raise ProviderConfigError(f"PAYMENTS_PROVIDER={choice!r} is not one of offline, stripe")


def attach_database(providers: Providers, database: Database, clock: Clock) -> None:
    """Providers that keep their state in the application database (offline payments, the
    offline calendar, the offline books) get the process's database and clock."""
    if isinstance(providers.accounting, OfflineAccounting):
        providers.accounting.attach(database, clock)
    if isinstance(providers.payments, OfflinePayments):
        providers.payments.attach(database, clock)
    if isinstance(providers.calendar, OfflineCalendar):
        providers.calendar.attach(database)
    from switchboard.integrations.calendar.google import GoogleCalendar

    if isinstance(providers.calendar, GoogleCalendar):
        from switchboard.calendar_account.store import DatabaseGrantStore

        providers.calendar.attach(DatabaseGrantStore(database, clock))
    from switchboard.integrations.accounting.quickbooks import QuickBooksAccounting

    if isinstance(providers.accounting, QuickBooksAccounting):
        from switchboard.accounting_account.store import DatabaseGrantStore as AccountingStore

        providers.accounting.attach(AccountingStore(database, clock), clock)


def build_llm(settings: Settings) -> LlmPort:
    choice = settings.llm_provider.lower()
    if choice == "none":
        return NoLlm()
    if choice in ("openai", "anthropic"):
        _require_extra(choice, "llm", f"LLM_PROVIDER={choice}")
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
    """Every capability from its setting; a name that is not a provider is refused, not
    ignored."""
    # A send job may call the provider twice (look up, then send) within its lease; were the
    # calls to outlast the lease, another worker could start the same send meanwhile.
    if 3 * settings.provider_timeout_s > settings.job_lease_s:
        raise ProviderConfigError("PROVIDER_TIMEOUT_S must be under a third of JOB_LEASE_S")
    from switchboard.integrations.accounting import accounting_for
    from switchboard.integrations.calendar import calendar_for

    _check_offline_only(settings)
    calendar = calendar_for(settings)
    return Providers(
        sms=build_sms(settings),
        email=build_email(settings, calendar),
        voice=build_voice(settings),
        calendar=calendar,
        payments=build_payments(settings),
        accounting=accounting_for(settings),
        speech=build_speech(settings),
        llm=build_llm(settings),
    )
