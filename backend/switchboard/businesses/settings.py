"""The owner's switches and words, stored in `Business.settings` and validated here.

Every key is optional; a PATCH replaces the keys it names and keeps the others."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from switchboard.businesses.greeting import Greeting
from switchboard.businesses.owner_pin import PIN_PATTERN
from switchboard.businesses.schemas import Phone
from switchboard.widget.origins import WidgetOrigins

_HHMM = r"^([01]\d|2[0-3]):[0-5]\d$"


class FaqEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=200)
    answer: str = Field(min_length=1, max_length=500)


class OwnerAlerts(BaseModel):
    model_config = ConfigDict(extra="forbid")

    emergency: bool = True
    missed_call: bool = True
    voicemail: bool = True
    new_booking: bool = True
    # The customer moved or cancelled an appointment (through the assistant, not the owner).
    booking_moved: bool = True
    booking_cancelled: bool = True


class QuietHours(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start: str = Field(default="21:00", pattern=_HHMM)
    end: str = Field(default="08:00", pattern=_HHMM)


class Messaging(BaseModel):
    model_config = ConfigDict(extra="forbid")

    daily_cap: int = Field(default=500, ge=0, le=100_000)
    recipient_hourly_cap: int = Field(default=5, ge=0, le=100)
    quiet_hours: QuietHours = QuietHours()
    allowed_countries: list[str] = Field(default_factory=lambda: ["US", "CA"], max_length=50)

    @field_validator("allowed_countries")
    @classmethod
    def _upper(cls, value: list[str]) -> list[str]:
        if any(len(c) != 2 or not c.isalpha() for c in value):
            raise ValueError("countries are ISO 3166 two-letter codes")
        return [c.upper() for c in value]


class Reminders(BaseModel):
    model_config = ConfigDict(extra="forbid")

    offsets_minutes: list[int] = Field(default_factory=lambda: [1440, 120], max_length=5)

    @field_validator("offsets_minutes")
    @classmethod
    def _positive(cls, value: list[int]) -> list[int]:
        if any(v <= 0 or v > 14 * 1440 for v in value):
            raise ValueError("reminder offsets are 1 minute to 14 days before the visit")
        return sorted(set(value), reverse=True)


class Retention(BaseModel):
    """How long personal content is kept (days); older content is blanked by the
    `privacy.retention` job. Records themselves (who called, when, what was booked) stay."""

    model_config = ConfigDict(extra="forbid")

    transcripts_days: int = Field(default=365, ge=1, le=3650)
    recordings_days: int = Field(default=365, ge=1, le=3650)
    message_bodies_days: int = Field(default=365, ge=1, le=3650)


class BusinessSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    voice_mode: Literal["gather", "relay"] | None = None
    ring_owner_seconds: int | None = Field(default=None, ge=0, le=60)
    office_number: Phone | None = None
    transfer_calls: bool | None = None
    transfer_number: Phone | None = None
    emergency_transfer: bool | None = None
    on_call_number: Phone | None = None
    backup_phone: Phone | None = None
    # Countries the numbers above may be in (ISO 3166 codes); unset: the business number's.
    dial_countries: list[str] | None = Field(default=None, max_length=50)
    # Asked on the owner line before the day's jobs are read out; stored hashed, null clears.
    owner_pin: str | None = Field(default=None, pattern=PIN_PATTERN)
    escalation_minutes: int | None = Field(default=None, ge=1, le=120)
    emergency_words: list[str] | None = Field(default=None, max_length=100)
    service_area: list[str] | None = Field(default=None, max_length=200)
    faq: list[FaqEntry] | None = Field(default=None, max_length=100)
    speech_hints: list[str] | None = Field(default=None, max_length=100)
    owner_alerts: OwnerAlerts | None = None
    # Delete a voicemail's recording at the provider once it has a transcript (default: keep).
    # A recording without a usable transcript is always kept.
    delete_recordings_after_transcription: bool | None = None
    messaging: Messaging | None = None
    reminders: Reminders | None = None
    retention: Retention | None = None
    # Stored on the business (`widget_origins`), offered here too so the owner's settings
    # screen sets it with the rest; empty: any website may embed the chat.
    widget_origins: WidgetOrigins | None = None
    # The assistant's opening words per language (plain text; null: the standard greeting).
    greeting: Greeting | None = None
    # The books email each new invoice to the customer (when the customer has an email).
    email_invoices: bool | None = None

    @field_validator("dial_countries")
    @classmethod
    def _countries(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        if any(len(c) != 2 or not c.isalpha() for c in value):
            raise ValueError("countries are ISO 3166 two-letter codes")
        return [c.upper() for c in value]

    @field_validator("emergency_words", "service_area", "speech_hints")
    @classmethod
    def _words(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        cleaned = [w.strip() for w in value if w.strip()]
        if any(len(w) > 100 for w in cleaned):
            raise ValueError("each entry is at most 100 characters")
        return cleaned
