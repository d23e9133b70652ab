from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class LockdownIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool


class LockdownOut(BaseModel):
    enabled: bool


class AuditEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    at: datetime
    actor_kind: str
    actor_id: str
    action: str
    target_type: str
    target_id: str | None
    details: dict[str, Any]


class AuditList(BaseModel):
    items: list[AuditEventOut]
