"""Billing: each tenant's subscription state, its invoices, the Stripe event inbox, and the
offline payments provider's own records."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, TenantScoped, TimestampMixin, utc_now


class BillingAccount(TenantScoped, IdMixin, TimestampMixin, Base):
    """One per business: the plan, the provider's view of the subscription as last fetched,
    and the platform's overrides (comped, extended trial)."""

    __tablename__ = "billing_accounts"
    __table_args__ = (UniqueConstraint("business_id"),)

    plan: Mapped[str] = mapped_column(String(40))
    # trialing | active | past_due | unpaid | cancelled | incomplete (the provider's state;
    # "canceled" and "incomplete_expired" arrive as "cancelled").
    status: Mapped[str] = mapped_column(String(20), default="trialing")
    trial_ends_at: Mapped[datetime | None] = mapped_column(default=None)
    customer_ref: Mapped[str | None] = mapped_column(String(120), default=None, index=True)
    subscription_ref: Mapped[str | None] = mapped_column(String(120), default=None)
    period_start: Mapped[datetime | None] = mapped_column(default=None)
    period_end: Mapped[datetime | None] = mapped_column(default=None)
    cancel_at_period_end: Mapped[bool] = mapped_column(Boolean, default=False)
    # When the current payment trouble began (past_due); the grace period counts from here.
    past_due_since: Mapped[datetime | None] = mapped_column(default=None)
    # When usage first went over the plan's allowance in the current period.
    over_limit_since: Mapped[datetime | None] = mapped_column(default=None)
    comped: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    # Metered plans: usage up to this hour has been reported to the provider.
    usage_reported_until: Mapped[datetime | None] = mapped_column(default=None)


class BillingInvoice(TenantScoped, IdMixin, Base):
    __tablename__ = "billing_invoices"
    __table_args__ = (UniqueConstraint("business_id", "invoice_ref"),)

    invoice_ref: Mapped[str] = mapped_column(String(120))
    number: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(20))
    amount_due_cents: Mapped[int] = mapped_column(Integer, default=0)
    amount_paid_cents: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="usd")
    hosted_url: Mapped[str | None] = mapped_column(Text, default=None)
    period_start: Mapped[datetime | None] = mapped_column(default=None)
    period_end: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class BillingEvent(IdMixin, Base):
    """The inbox: one row per provider event id, stored before it is processed.

    A system table: the tenant is found while processing (it may never be: an event for an
    unknown customer stays here, `unknown_customer`, for the operator to inspect)."""

    __tablename__ = "billing_events"

    event_ref: Mapped[str] = mapped_column(String(120), unique=True)
    type: Mapped[str] = mapped_column(String(80))
    object_ref: Mapped[str | None] = mapped_column(String(120), default=None)
    # received | processed | ignored | unknown_customer
    status: Mapped[str] = mapped_column(String(20), default="received", index=True)
    business_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    deliveries: Mapped[int] = mapped_column(Integer, default=1)
    received_at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    processed_at: Mapped[datetime | None] = mapped_column(default=None)


class OfflinePaymentRecord(Base):
    """What the offline payments provider keeps (customers, subscriptions, invoices, checkout
    and portal sessions, and the events it has yet to deliver), so it survives a restart."""

    __tablename__ = "offline_payment_records"

    ref: Mapped[str] = mapped_column(String(120), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    delivered: Mapped[bool] = mapped_column(Boolean, default=False)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
