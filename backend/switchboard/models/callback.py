from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, TenantScoped, utc_now


class Callback(TenantScoped, IdMixin, Base):
    """The follow-up queue: someone to call back, why, and how it ended."""

    __tablename__ = "callbacks"
    __table_args__ = (Index("ix_callbacks_business_id_status", "business_id", "status"),)

    phone: Mapped[str | None] = mapped_column(String(20))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    conversation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL")
    )
    reason: Mapped[str] = mapped_column(String(40))
    details: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(8), default="open")
    assignee: Mapped[str | None] = mapped_column(String(120))
    resolution: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column()
    # Voicemails: where the recording is, and its transcript once the speech job has run.
    recording_url: Mapped[str | None] = mapped_column(String(500), default=None)
    transcript: Mapped[str | None] = mapped_column(Text, default=None)
    # pending | done | not_understood | unavailable_language (no recogniser for the language:
    # the recording is kept and the owner told). Null on callbacks that are not voicemails.
    transcript_status: Mapped[str | None] = mapped_column(String(24), default=None)
    transcript_language: Mapped[str | None] = mapped_column(String(8), default=None)
    # The recording was deleted at the provider after transcription (the tenant's setting).
    recording_deleted_at: Mapped[datetime | None] = mapped_column(default=None)
