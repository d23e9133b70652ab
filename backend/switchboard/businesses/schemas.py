from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field, field_validator

from switchboard.businesses.hours import WeeklyHours, normalise_hours
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.widget.origins import WidgetOrigins

Vertical = Literal["plumbing", "hvac", "electrical", "roofing", "handyman", "general"]
Language = Literal["en", "es"]


def _phone(value: str) -> str:
    try:
        return to_e164(value)
    except InvalidPhoneNumber as exc:
        raise ValueError(str(exc)) from exc


def _timezone(value: str) -> str:
    if value not in _ZONES:
        raise ValueError("not an IANA time zone name (e.g. America/Chicago)")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError("unknown time zone") from exc
    return value


_ZONES = available_timezones()

Phone = Annotated[str, AfterValidator(_phone)]
TimeZoneName = Annotated[str, AfterValidator(_timezone)]


class _HoursMixin(BaseModel):
    @field_validator("business_hours", mode="before", check_fields=False)
    @classmethod
    def _hours(cls, value: Any) -> Any:
        return None if value is None else normalise_hours(value)


class BusinessCreate(_HoursMixin):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    timezone: TimeZoneName
    phone_number: Phone
    vertical: Vertical = "general"
    owner_phone: Phone | None = None
    owner_email: EmailStr | None = None
    language: Language = "en"
    business_hours: WeeklyHours | None = None
    # Websites that may embed the chat widget; empty: any origin.
    widget_origins: WidgetOrigins = Field(default_factory=list)


class BusinessUpdate(_HoursMixin):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, min_length=1, max_length=200)
    timezone: TimeZoneName | None = None
    phone_number: Phone | None = None
    vertical: Vertical | None = None
    owner_phone: Phone | None = None
    owner_email: EmailStr | None = None
    language: Language | None = None
    business_hours: WeeklyHours | None = None
    widget_origins: WidgetOrigins | None = None


class BusinessOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    vertical: str
    timezone: str
    phone_number: str
    owner_phone: str | None
    owner_email: str | None
    language: str
    business_hours: WeeklyHours
    status: str
    lockdown: bool
    widget_origins: list[str] = Field(
        description="Websites that may embed the chat widget; an empty list means ANY site may."
    )
    owner_phone_verified_at: datetime | None = Field(
        default=None,
        description="When the owner entered the code texted to owner_phone; null: not verified "
        "(cleared whenever owner_phone changes).",
    )
    created_at: datetime
    updated_at: datetime


class Credentials(BaseModel):
    api_key: str
    owner_token: str
    widget_token: str


class BusinessCreated(BaseModel):
    business: BusinessOut
    credentials: Credentials


class BusinessList(BaseModel):
    items: list[BusinessOut]


class CredentialOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: str
    hint: str
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None


class RotatedCredential(BaseModel):
    kind: str
    secret: str
    credential: CredentialOut


class StatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(default="", max_length=300)
