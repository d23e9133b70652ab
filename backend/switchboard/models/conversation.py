from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, TenantScoped, utc_now


class Conversation(TenantScoped, IdMixin, Base):
    """One call, SMS thread or web chat."""

    __tablename__ = "conversations"
    __table_args__ = (
        Index("ix_conversations_business_id_started_at", "business_id", "started_at"),
        UniqueConstraint("business_id", "external_id"),
    )

    channel: Mapped[str] = mapped_column(String(8))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    phone: Mapped[str | None] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(default=utc_now)
    last_message_at: Mapped[datetime | None] = mapped_column()
    summary: Mapped[str] = mapped_column(Text, default="")
    # The channel's own key: "call:<CallSid>", "sms:<first MessageSid>", "session:<id>".
    external_id: Mapped[str | None] = mapped_column(String(80), default=None)
    # The assistant's dialog state between turns (assistant.engine.DialogState as JSON).
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The seq the next message gets. Kept on the row a turn locks (PostgreSQL) or writes alone
    # (SQLite), so it is read with the conversation and written with its state.
    next_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ConversationMessage(TenantScoped, IdMixin, Base):
    __tablename__ = "conversation_messages"
    __table_args__ = (
        Index("ix_conversation_messages_conversation_id_seq", "conversation_id", "seq"),
        UniqueConstraint("business_id", "conversation_id", "seq"),
    )

    conversation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE")
    )
    seq: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    # For assistant turns: what was understood, the outcome, the stage and the latency.
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
