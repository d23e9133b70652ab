from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, TenantScoped, utc_now


class Message(TenantScoped, IdMixin, Base):
    """One SMS or email, inbound or outbound: the message log (CONTRACT "message").

    Outbound status moves forward only: queued < sending < sent < delivered, with failed,
    undelivered and blocked as terminal states (see `messaging.status`). `reason` says why a
    message was blocked, deferred or failed, in words for the owner, never with personal data.
    """

    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_business_id_created_at", "business_id", "created_at"),
        Index("ix_messages_business_id_to_addr", "business_id", "to_addr"),
        Index("ix_messages_provider_id", "provider_id"),
        # The same event (an owner alert, a reminder) is logged, and so sent, once per tenant.
        UniqueConstraint("business_id", "dedup_key"),
    )

    channel: Mapped[str] = mapped_column(String(8))  # sms | email
    direction: Mapped[str] = mapped_column(String(8))  # inbound | outbound
    to_addr: Mapped[str] = mapped_column(String(320))
    from_addr: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(String(300), default=None)
    body: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    reason: Mapped[str | None] = mapped_column(String(300), default=None)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    # No foreign keys yet: the CRM and conversation tables arrive with their own issues.
    customer_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    conversation_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    provider: Mapped[str | None] = mapped_column(String(20), default=None)
    provider_id: Mapped[str | None] = mapped_column(String(80), default=None)
    dedup_key: Mapped[str | None] = mapped_column(String(200), default=None)
    # What to do when this message cannot be delivered (e.g. an owner alert's email fallback).
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    send_after: Mapped[datetime | None] = mapped_column(default=None)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class SmsConsent(TenantScoped, IdMixin, Base):
    """A phone number's SMS consent with this business: opted out (STOP) or back in (START),
    with the evidence (the keyword message, the channel, when) carriers ask for."""

    __tablename__ = "sms_consents"
    __table_args__ = (UniqueConstraint("business_id", "phone"),)

    phone: Mapped[str] = mapped_column(String(20))
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)


class SmsConsentEvent(TenantScoped, IdMixin, Base):
    """One SMS consent decision as it was made, never changed afterwards: the history behind
    `sms_consents` (a number's current state) and the customer's consent fields. `phone` is
    the number it was about (None for a decision recorded on a customer with no number);
    `customer_id` the customer it belongs to (None when the number was no customer's), moved
    to the survivor when customers are merged."""

    __tablename__ = "sms_consent_events"
    __table_args__ = (
        Index("ix_sms_consent_events_business_id_customer_id", "business_id", "customer_id"),
        Index("ix_sms_consent_events_business_id_phone", "business_id", "phone"),
    )

    phone: Mapped[str | None] = mapped_column(String(20), default=None)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    opted_out: Mapped[bool] = mapped_column(Boolean)
    # e.g. "sms_keyword", "carrier", "assistant", "owner", "written", "merge"
    source: Mapped[str] = mapped_column(String(40))
    message_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    actor: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str | None] = mapped_column(Text, default=None)
    at: Mapped[datetime] = mapped_column()
