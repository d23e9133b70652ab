from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from switchboard.businesses.schemas import Phone

ChannelName = Literal["voice", "sms", "web"]
Role = Literal["caller", "assistant", "owner"]


class MessageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    role: str
    text: str
    at: datetime
    # For assistant replies: what was understood, the outcome, the stage, the latency, and
    # for a voice reply the caller talked over: `interrupted`, `heard` (what the caller heard
    # before speaking) and `interrupted_after_ms`.
    meta: dict[str, Any] = Field(default_factory=dict)


class ConversationSummary(BaseModel):
    id: uuid.UUID
    channel: str
    customer_id: uuid.UUID | None
    phone: str | None
    started_at: datetime
    last_message_at: datetime | None
    summary: str
    message_count: int
    # What the assistant made of it: judged an emergency, ended in a booking, its outcome;
    # needs_reply: a text or web chat whose customer spoke last.
    emergency: bool = False
    booked: bool = False
    outcome: str | None = None
    needs_reply: bool = False


class ConversationOut(ConversationSummary):
    messages: list[MessageOut]


class ConversationList(BaseModel):
    items: list[ConversationSummary]


class ReplyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=1600)


class OwnerMessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=5000)


CallbackReason = Literal[
    "missed_call", "voicemail", "partial_intake", "handoff", "quote_request", "other"
]


class CallbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phone: Phone | None = None
    customer_id: uuid.UUID | None = None
    reason: CallbackReason = "other"
    details: str = Field(default="", max_length=5000)
    assignee: str | None = Field(default=None, max_length=120)


class ResolveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resolution: str = Field(min_length=1, max_length=5000)


class AssignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    assignee: str | None = Field(default=None, max_length=120)


class CallbackOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    phone: str | None
    customer_id: uuid.UUID | None
    conversation_id: uuid.UUID | None
    reason: str
    details: str
    status: str
    assignee: str | None
    resolution: str | None
    created_at: datetime
    resolved_at: datetime | None
    recording_url: str | None = None
    transcript: str | None = None
    # Voicemails: pending | done | not_understood | unavailable_language.
    transcript_status: str | None = None
    transcript_language: str | None = None
    recording_deleted_at: datetime | None = None


class CallbackList(BaseModel):
    items: list[CallbackOut]
