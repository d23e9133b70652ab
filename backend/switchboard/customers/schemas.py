from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from switchboard.businesses.schemas import Phone

ConsentMethod = Literal["verbal", "sms_keyword", "web_form", "import", "owner", "written"]


class AddressIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    line: str = Field(min_length=1, max_length=400)
    label: str = Field(default="", max_length=60)


class AddressOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    label: str
    line: str


class CustomerIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    phone: Phone | None = None
    email: EmailStr | None = None
    tags: list[str] = Field(default_factory=list, max_length=50)
    notes: str = Field(default="", max_length=10_000)
    addresses: list[AddressIn] = Field(default_factory=list, max_length=20)


class CustomerUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, min_length=1, max_length=200)
    phone: Phone | None = None
    email: EmailStr | None = None
    tags: list[str] | None = Field(default=None, max_length=50)
    notes: str | None = Field(default=None, max_length=10_000)


class SmsConsentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    granted: bool
    method: ConsentMethod
    evidence: str = Field(min_length=1, max_length=2000)


class SmsConsentOut(BaseModel):
    status: str
    at: datetime | None
    method: str | None
    evidence: str | None


class CustomerOut(BaseModel):
    id: uuid.UUID
    name: str
    phone: str | None
    email: str | None
    sms_opt_out: bool
    sms_consent: SmsConsentOut
    tags: list[str]
    notes: str
    addresses: list[AddressOut]
    created_at: datetime
    updated_at: datetime


class CustomerList(BaseModel):
    items: list[CustomerOut]


class MergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    duplicate_id: uuid.UUID


class TimelineEntry(BaseModel):
    at: datetime
    kind: str  # appointment, conversation, callback, sms_consent
    id: uuid.UUID
    summary: str
    details: dict[str, object]


class Timeline(BaseModel):
    customer_id: uuid.UUID
    items: list[TimelineEntry]


class ImportRow(BaseModel):
    line: int
    status: Literal["created", "updated", "duplicate", "error"]
    customer_id: uuid.UUID | None = None
    error: str | None = None


class ImportResult(BaseModel):
    created: int
    updated: int
    duplicates: int
    errors: int
    rows: list[ImportRow]
