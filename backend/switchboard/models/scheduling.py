from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, TenantScoped, TimestampMixin


class SchedulingPolicy(TenantScoped, IdMixin, TimestampMixin, Base):
    """How the availability engine treats one business; one row per tenant, made on first use."""

    __tablename__ = "scheduling_policies"
    __table_args__ = (UniqueConstraint("business_id"),)

    slot_step_minutes: Mapped[int] = mapped_column(Integer, default=30)
    travel_buffer_minutes: Mapped[int] = mapped_column(Integer, default=30)
    min_notice_minutes: Mapped[int] = mapped_column(Integer, default=120)
    horizon_days: Mapped[int] = mapped_column(Integer, default=60)
    # Jobs per local day across the business; None means no cap.
    daily_job_cap: Mapped[int | None] = mapped_column(Integer)
    # Of the daily cap, this many jobs are held back for emergencies only.
    emergency_reserve_per_day: Mapped[int] = mapped_column(Integer, default=0)
    # The ICS feed's secret is stored as a SHA-256 hash; `ics_lookup` finds the row.
    ics_lookup: Mapped[str | None] = mapped_column(String(32), index=True)
    ics_token_hash: Mapped[str | None] = mapped_column(String(64))


class Closure(TenantScoped, IdMixin, Base):
    """Whole local days the business is closed (holidays, vacation), inclusive."""

    __tablename__ = "closures"

    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")


class Technician(TenantScoped, IdMixin, TimestampMixin, Base):
    __tablename__ = "technicians"

    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20))
    # Weekly hours like the business's; None means "the business's hours".
    working_hours: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Appointment(TenantScoped, IdMixin, TimestampMixin, Base):
    __tablename__ = "appointments"
    __table_args__ = (Index("ix_appointments_business_id_start_at", "business_id", "start_at"),)

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    service_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("service_types.id", ondelete="SET NULL")
    )
    service_name: Mapped[str] = mapped_column(String(120))
    technician_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("technicians.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(12), default="scheduled")
    start_at: Mapped[datetime] = mapped_column()
    end_at: Mapped[datetime] = mapped_column()
    address: Mapped[str] = mapped_column(String(400), default="")
    is_emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    estimated_value_cents: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    source_channel: Mapped[str] = mapped_column(String(12), default="owner")
    notes: Mapped[str] = mapped_column(Text, default="")
    # [{"from_start", "from_end", "to_start", "to_end", "at", "by"}], oldest first.
    reschedule_history: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    cancelled_at: Mapped[datetime | None] = mapped_column()
    cancel_reason: Mapped[str | None] = mapped_column(String(400))
    calendar_event_id: Mapped[str | None] = mapped_column(String(200))
    # The job as done (POST .../complete): what was charged, the lines and the notes.
    completed_at: Mapped[datetime | None] = mapped_column()
    amount_cents: Mapped[int | None] = mapped_column(Integer)
    # [{"service_id", "description", "item_name", "quantity", "amount_cents"}]
    line_items: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    completion_notes: Mapped[str | None] = mapped_column(Text)
    # The invoice in the books: `invoice_state` is None (not completed), `pending` (the
    # export job is on its way), `invoiced`, or `failed` (`invoice_error` says why; the owner
    # retries once fixed). `invoice_job_id` is the export job (re-run by the retry).
    invoice_state: Mapped[str | None] = mapped_column(String(10))
    invoice_id: Mapped[str | None] = mapped_column(String(64))
    invoice_number: Mapped[str | None] = mapped_column(String(40))
    invoice_status: Mapped[str | None] = mapped_column(String(10))
    invoice_total_cents: Mapped[int | None] = mapped_column(Integer)
    invoice_balance_cents: Mapped[int | None] = mapped_column(Integer)
    invoice_error: Mapped[str | None] = mapped_column(String(300))
    invoice_job_id: Mapped[uuid.UUID | None] = mapped_column()
    # Paid in the books (a webhook or the catch-up read it back): when, and how much.
    paid_at: Mapped[datetime | None] = mapped_column()
    paid_cents: Mapped[int | None] = mapped_column(Integer)
