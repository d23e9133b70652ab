"""Settings read from the environment (and an optional `.env`), validated once at start-up."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["dev", "test", "prod"]

# Secrets shorter than this, or equal to a well-known placeholder, are refused in production.
MIN_SECRET_LENGTH = 32
_PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", "dev", "test", "admin", "password"}

# In prod these must name a real provider: offline would store messages as "sent" and never
# deliver them, or lose every voicemail recording. Calendar, payments and accounting may stay
# offline (a deployment that does not use them), and the offline speech recogniser is a real
# one (English; other languages keep the recording and say there is no transcript).
PROD_REAL_PROVIDERS = ("sms_provider", "email_provider", "voice_provider")
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}


class ProductionConfigError(RuntimeError):
    """The configuration is unsafe for ENVIRONMENT=prod; the process must not start."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    environment: Environment = "dev"
    host: str = "127.0.0.1"
    port: int = 8000
    log_level: str = "INFO"
    log_format: Literal["json", "console"] = "json"

    database_url: str = "sqlite+aiosqlite:///var/switchboard.db"
    # PostgreSQL: the unprivileged role the app switches to so row-level security applies even
    # when DATABASE_URL names the owner or a superuser. Empty keeps the connecting role.
    database_app_role: str = "switchboard_app"
    sqlite_busy_timeout_ms: int = 30_000
    # PostgreSQL: connections each process keeps open, all of them kept (no overflow opened and
    # closed per burst); a request past them waits for one. Replicas x this <= max_connections.
    database_pool_size: int = Field(default=20, ge=1, le=200)

    admin_api_key: str | None = None
    secret_key: str | None = None
    # Older SECRET_KEY values, comma separated, that still decrypt what was stored under them
    # until `switchboard rotate-secrets` has re-encrypted it (core/crypto.py).
    secret_key_previous: str = ""
    public_base_url: str = "http://127.0.0.1:8000"
    allow_business_id_header: bool = False

    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    stripe_api_key: str | None = None
    stripe_webhook_secret: str | None = None
    # Billing (billing/plans.py): BILLING_PLANS is a JSON list of plans replacing the built-in
    # ones ({"key", "name", "price_id", "amount_cents", "included_calls", "included_minutes",
    # "included_texts", "features"}); a new tenant starts a free trial of BILLING_TRIAL_PLAN.
    billing_plans: str | None = None
    billing_trial_plan: str = "pro"
    billing_trial_days: int = Field(default=14, ge=0, le=365)
    # How long a tenant keeps its extras after a payment fails or usage goes over the plan.
    billing_grace_days: int = Field(default=7, ge=0, le=60)

    sms_provider: str = "offline"
    email_provider: str = "offline"
    voice_provider: str = "offline"
    calendar_provider: str = "offline"
    payments_provider: str = "offline"
    accounting_provider: str = "offline"
    # The verifier token of the QuickBooks app's webhooks (Intuit developer portal): it signs
    # every notification (`intuit-signature`). Unset: the webhook route accepts nothing (503).
    quickbooks_webhook_verifier: str | None = None
    speech_provider: str = "offline"
    # CALENDAR_PROVIDER=google: the OAuth client of the deployment's Google Cloud project
    # (a "Web application" client whose redirect URI is GOOGLE_REDIRECT_URL, by default
    # PUBLIC_BASE_URL + /v1/owner/integrations/google/callback). Each business connects its own
    # account; only the refresh token is stored, encrypted under SECRET_KEY.
    google_client_id: str | None = None
    google_client_secret: str | None = None
    google_redirect_url: str | None = None
    # ACCOUNTING_PROVIDER=quickbooks: the deployment's Intuit app (developer.intuit.com, scope
    # com.intuit.quickbooks.accounting) whose redirect URI is QUICKBOOKS_REDIRECT_URL, by
    # default PUBLIC_BASE_URL + /v1/integrations/quickbooks/callback. Each business connects
    # its own company; its tokens are stored encrypted under SECRET_KEY. The environment picks
    # the API host: sandbox (the app's development keys) or production.
    quickbooks_client_id: str | None = None
    quickbooks_client_secret: str | None = None
    quickbooks_environment: Literal["sandbox", "production"] = "sandbox"
    quickbooks_redirect_url: str | None = None
    # EMAIL_PROVIDER=gmail (needs CALENDAR_PROVIDER=google): a business that granted Gmail
    # when connecting sends from its own address; the others, and mail not sent for one
    # business, go through this provider (offline, sendgrid or smtp).
    gmail_fallback_provider: str = "offline"
    # How long a business's busy times are reused before Google is asked again.
    google_busy_cache_s: float = Field(default=60.0, ge=0, le=900)
    # Where the offline voice provider keeps the recordings it holds and its journal of what
    # it fetched and deleted, so both survive a restart.
    offline_voice_dir: str = "var/offline_voice"
    # The LLM is optional: "none" means the deterministic assistant only, which is a real answer.
    # LLM_PROVIDER: none | openai | anthropic; the key alone switches nothing on.
    llm_provider: str = "none"
    openai_api_key: str | None = None
    openai_model: str = "gpt-4o-mini"
    anthropic_api_key: str | None = None
    anthropic_model: str = "claude-haiku-4-5"
    # How long a turn waits for the model before the deterministic understanding stands.
    llm_budget_voice_s: float = Field(default=1.0, gt=0, le=10)
    llm_budget_text_s: float = Field(default=3.0, gt=0, le=30)
    # How long Twilio's voice webhooks may take before the safety net answers for them (a
    # spoken apology and a voicemail prompt): Twilio gives up on a webhook at 15 seconds, and a
    # caller should never wait near that long.
    voice_answer_budget_s: float = Field(default=1.8, gt=0, le=14)
    # ConversationRelay: the speaking rate assumed when pacing a reply sentence by sentence
    # (a little faster than real voices, so Twilio never runs out of text mid-reply).
    relay_speech_chars_per_s: float = Field(default=20.0, gt=0)

    # Outbound messaging. SMS_PROVIDER: offline | twilio.
    # EMAIL_PROVIDER: offline | sendgrid | smtp | gmail.
    email_from: str = "Switchboard <no-reply@switchboard.invalid>"
    sendgrid_api_key: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = True
    provider_timeout_s: float = Field(default=10.0, gt=0)

    worker_in_process: bool = True
    worker_concurrency: int = 4
    worker_poll_interval_s: float = 0.25
    job_lease_s: float = 60.0

    max_body_bytes: int = Field(default=1_000_000, ge=1024)
    # All request headers together (names and values); larger requests get 431. `switchboard
    # run` gives uvicorn the same cap (h11_max_incomplete_event_size).
    max_header_bytes: int = Field(default=16_384, ge=4096, le=1_048_576)
    # Failed authentications (401/403) per client address before it gets 429, and the window.
    auth_failure_limit: int = Field(default=30, ge=1)
    auth_failure_window_s: int = Field(default=300, ge=10)
    # Browser sign-in (websessions/): a session ends at its absolute lifetime or after this
    # long unused, whichever is first; failed sign-ins per client address per window.
    owner_session_ttl_s: int = Field(default=7 * 24 * 3600, ge=60)
    owner_session_idle_s: int = Field(default=24 * 3600, ge=60)
    admin_session_ttl_s: int = Field(default=8 * 3600, ge=60)
    admin_session_idle_s: int = Field(default=3600, ge=60)
    login_failure_limit: int = Field(default=10, ge=1)
    login_failure_window_s: int = Field(default=900, ge=10)
    # The dashboard's live stream (live/): how often it looks for changes, how long one lasts.
    live_poll_s: float = Field(default=3.0, ge=0.05, le=60)
    live_stream_s: float = Field(default=300.0, ge=0.1, le=3600)
    # Behind a proxy that appends to X-Forwarded-For, count failures by the client address it
    # saw: the entry TRUSTED_PROXY_HOPS from the right (1: the one proxy in front of the app).
    # Entries further left were written by the client and are never trusted.
    trust_forwarded_for: bool = False
    trusted_proxy_hops: int = Field(default=1, ge=1, le=10)
    switchboard_no_demo: bool = False

    # The web chat widget (switchboard/widget): a chat expires after this much quiet, and the
    # abuse limits, each per hour in a counter every replica shares (ratelimit/counters).
    widget_idle_minutes: int = Field(default=60, ge=1, le=24 * 60)
    widget_chats_per_address_hour: int = Field(default=20, ge=1)
    widget_messages_per_visitor_hour: int = Field(default=60, ge=1)
    widget_messages_per_address_hour: int = Field(default=200, ge=1)
    widget_messages_per_business_hour: int = Field(default=2000, ge=1)

    @field_validator("public_base_url")
    @classmethod
    def _strip_trailing_slash(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError("PUBLIC_BASE_URL must be an absolute http(s) URL")
        return value.rstrip("/")

    @property
    def previous_secret_keys(self) -> list[str]:
        return [k.strip() for k in self.secret_key_previous.split(",") if k.strip()]

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def check_production(self) -> None:
        """Refuse to run production without what a live tenant needs, or with anything that
        would be unsafe or silently drop traffic. Every problem is named at once."""
        if self.environment != "prod":
            return
        problems: list[str] = []
        for name in ("admin_api_key", "secret_key"):
            value = getattr(self, name)
            if not value:
                problems.append(f"{name.upper()} is missing")
            elif (
                len(value) < MIN_SECRET_LENGTH
                or value.lower() in _PLACEHOLDER_SECRETS
                or len(set(value)) < 10
            ):
                problems.append(
                    f"{name.upper()} is weak: use at least {MIN_SECRET_LENGTH} random characters"
                )
        host = (urlsplit(self.public_base_url).hostname or "").lower()
        if "public_base_url" not in self.model_fields_set:
            problems.append("PUBLIC_BASE_URL is missing: set the external https:// address")
        elif not self.public_base_url.startswith("https://") or host in _LOCAL_HOSTS:
            problems.append("PUBLIC_BASE_URL must be the external https:// address")
        if not self.twilio_account_sid:
            problems.append("TWILIO_ACCOUNT_SID is missing")
        elif not (self.twilio_account_sid.startswith("AC") and len(self.twilio_account_sid) == 34):
            problems.append("TWILIO_ACCOUNT_SID is not an account sid (AC + 32 characters)")
        if not self.twilio_auth_token:
            problems.append("TWILIO_AUTH_TOKEN is missing (it verifies Twilio's webhooks)")
        for name in PROD_REAL_PROVIDERS:
            if getattr(self, name).lower() == "offline":
                problems.append(f"{name.upper()}=offline would silently drop real traffic")
        if self.accounting_provider.lower() == "quickbooks":
            if not self.quickbooks_client_id or not self.quickbooks_client_secret:
                problems.append(
                    "ACCOUNTING_PROVIDER=quickbooks needs QUICKBOOKS_CLIENT_ID and "
                    "QUICKBOOKS_CLIENT_SECRET"
                )
            if self.quickbooks_environment != "production":
                problems.append(
                    "QUICKBOOKS_ENVIRONMENT=sandbox would send every invoice to Intuit's test "
                    "companies: set production"
                )
        if self.email_provider.lower() == "gmail" and self.gmail_fallback_provider == "offline":
            problems.append(
                "GMAIL_FALLBACK_PROVIDER=offline would silently drop the email of every "
                "business that has not granted Gmail"
            )
        if problems:
            raise ProductionConfigError("refusing to start in prod: " + "; ".join(problems))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
