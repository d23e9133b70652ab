from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class OwnerSignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    owner_token: str = Field(min_length=1, max_length=200)


class AdminSignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    admin_key: str = Field(min_length=1, max_length=500)


class SessionOut(BaseModel):
    role: str
    business_id: uuid.UUID | None
    # Send it back as X-CSRF-Token on every change made with the session cookie.
    csrf_token: str
    expires_at: datetime


class CodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # The owner's phone number (any common format) or email address, as the business has it.
    contact: str = Field(min_length=3, max_length=320)


class CodeSignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    contact: str = Field(min_length=3, max_length=320)
    code: str = Field(pattern=r"^\d{6}$")


class CodeSent(BaseModel):
    # Always true: the answer never tells whether the contact belongs to an owner.
    sent: bool = True
