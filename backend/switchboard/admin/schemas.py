from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class HealthOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    capability: str
    provider: str
    status: str
    detail: str
    last_error: str | None
    last_error_at: datetime | None
    last_ok_at: datetime | None
    checked_at: datetime


class HealthList(BaseModel):
    scope: str
    items: list[HealthOut]


class AuditOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    # None: a platform event (a platform job's failed run, or the operator's retry/discard).
    business_id: uuid.UUID | None
    at: datetime
    actor_kind: str
    actor_id: str
    action: str
    target_type: str
    target_id: str | None
    details: dict[str, Any]
    request_id: str | None


class AuditList(BaseModel):
    items: list[AuditOut]


class SecurityEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    at: datetime
    kind: str
    surface: str
    status: int
    client_ref: str
    business_id: uuid.UUID | None
    details: dict[str, Any]


class SecurityEventList(BaseModel):
    items: list[SecurityEventOut]
