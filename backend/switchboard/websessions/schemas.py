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
