from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class MessageOut(BaseModel):
    """CONTRACT "message"."""

    model_config = ConfigDict(from_attributes=True, populate_by_name=True)

    id: uuid.UUID
    channel: Literal["sms", "email"]
    direction: Literal["inbound", "outbound"]
    to: str = Field(validation_alias="to_addr")
    from_: str = Field(validation_alias="from_addr", serialization_alias="from")
    subject: str | None
    body: str
    status: str
    reason: str | None
    kind: str
    urgent: bool
    customer_id: uuid.UUID | None
    conversation_id: uuid.UUID | None
    provider_id: str | None
    send_after: datetime | None
    sent_at: datetime | None
    created_at: datetime
    updated_at: datetime


class MessageList(BaseModel):
    items: list[MessageOut]
