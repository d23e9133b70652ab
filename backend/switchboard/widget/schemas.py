from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# What a visitor may type in one message; the chat box stops at the same length.
MAX_MESSAGE_CHARS = 1000


class ChatIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # The visitor's language (the site's choice or the browser's); else the business's.
    language: Literal["en", "es"] | None = None


class VisitorMessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)


class BusinessCard(BaseModel):
    name: str
    phone: str


class BookingCard(BaseModel):
    start: str = Field(description="ISO 8601 in the business's zone, with its offset")
    end: str
    when: str = Field(description="The start as the business says it, in its zone")
    timezone: str
    service: str
    address: str
    is_emergency: bool


class ChatOut(BaseModel):
    id: uuid.UUID
    reply: str
    visitor_token: str = Field(description="Send as X-Visitor-Token with this chat's requests")
    options: list[str] = []
    language: str
    business: BusinessCard
    expires_after_idle_s: int


class ChatMessageOut(BaseModel):
    seq: int
    role: Literal["caller", "assistant", "owner"]
    text: str
    at: datetime
    booking: BookingCard | None = None
    emergency: bool = False


class ReplyOut(BaseModel):
    reply: str = Field(description="Empty while the owner is answering this chat in person")
    options: list[str] = Field(default=[], description="Quick replies: offered times, yes/no")
    booking: BookingCard | None = None
    emergency: bool = False
    notice: str | None = Field(default=None, description="Call-now wording for an emergency")
    owner_live: bool = False
    ended: bool = False
    seq: int = Field(default=0, description="The chat's latest message number; poll after it")
    missed: list[ChatMessageOut] = Field(
        default=[],
        description=(
            "With `?after=<seq>` (the last message the page has shown): the messages it has not"
            " shown that came before this one, e.g. the owner's live reply written meanwhile"
        ),
    )


class TranscriptOut(BaseModel):
    id: uuid.UUID
    language: str
    business: BusinessCard
    items: list[ChatMessageOut]


class OwnerReplyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=2000)


class OwnerReplyOut(BaseModel):
    conversation_id: uuid.UUID
    seq: int
    role: Literal["owner"] = "owner"
    text: str
    at: datetime
