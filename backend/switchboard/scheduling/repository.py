"""Scheduling queries. Slot search reads only the columns it needs, with no ORM objects."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, select

from switchboard.models.business import Business
from switchboard.models.customer import Customer
from switchboard.models.scheduling import Appointment, Closure, SchedulingPolicy, Technician
from switchboard.tenancy.repository import TenantRepository

ACTIVE = ("scheduled", "confirmed", "completed")
MAX_APPOINTMENT = timedelta(days=1)
LIST_COLUMNS = tuple(
    getattr(Appointment, name)
    for name in (
        "id",
        "status",
        "start_at",
        "end_at",
        "service_name",
        "service_id",
        "is_emergency",
        "address",
        "customer_id",
        "technician_id",
        "estimated_value_cents",
        "currency",
        "source_channel",
        "notes",
        "reschedule_history",
        "cancel_reason",
        "created_at",
        "completed_at",
        "amount_cents",
        "line_items",
        "completion_notes",
        "invoice_state",
        "invoice_id",
        "invoice_number",
        "invoice_status",
        "invoice_total_cents",
        "invoice_balance_cents",
        "invoice_error",
        "paid_at",
        "paid_cents",
    )
)


class PolicyRepository(TenantRepository[SchedulingPolicy]):
    model = SchedulingPolicy

    async def current(self) -> SchedulingPolicy | None:
        return (await self.session.execute(self.select())).scalar_one_or_none()


class ClosureRepository(TenantRepository[Closure]):
    model = Closure


class TechnicianRepository(TenantRepository[Technician]):
    model = Technician


class AppointmentRepository(TenantRepository[Appointment]):
    model = Appointment

    async def lock_schedule(self) -> None:
        """Serialise bookings of this tenant: on PostgreSQL, lock the business row until the
        transaction ends, so the overlap check and the insert are one atomic step. On SQLite
        the write transaction (BEGIN IMMEDIATE, one writer) already serialises them, so no
        statement is sent; nor is one sent twice in a transaction (the lock holds to its end)."""
        lock = f"schedule:{self.tenant.business_id}"
        if self.uow.dialect != "postgresql" or lock in self.uow.memo:
            return
        # FOR NO KEY UPDATE, not FOR UPDATE: every tenant row's foreign key to the business
        # takes FOR KEY SHARE on insert, which FOR UPDATE would block (all of the tenant's
        # other writes would wait for the booking); bookings still exclude each other.
        # Never taken inside a savepoint: rolling one back would release the lock while
        # the memo still said it was held.
        stmt = (
            select(Business.id)
            .where(Business.id == self.tenant.business_id)
            .with_for_update(key_share=True)
        )
        await self.session.execute(stmt)
        self.uow.memo[lock] = True

    async def upcoming_ids(self, now: datetime, limit: int) -> list[uuid.UUID]:
        """Visits still to come (scheduled or confirmed), soonest first."""
        stmt = (
            select(Appointment.id)
            .where(
                Appointment.business_id == self.tenant.business_id,
                Appointment.status.in_(ACTIVE),
                Appointment.end_at > now,
            )
            .order_by(Appointment.start_at)
            .limit(limit)
        )
        return list((await self.session.execute(stmt)).scalars())

    async def busy_rows(
        self, start: datetime, end: datetime, exclude: uuid.UUID | None = None
    ) -> Sequence[Row[datetime, datetime, uuid.UUID | None]]:
        stmt = select(Appointment.start_at, Appointment.end_at, Appointment.technician_id).where(
            Appointment.business_id == self.tenant.business_id,
            Appointment.status.in_(ACTIVE),
            # The lower bound on start_at lets the (business_id, start_at) index bound the scan
            # on both sides; no appointment is longer than a day.
            Appointment.start_at > start - MAX_APPOINTMENT,
            Appointment.start_at < end,
            Appointment.end_at > start,
        )
        if exclude is not None:
            stmt = stmt.where(Appointment.id != exclude)
        return (await self.session.execute(stmt)).all()

    async def in_range(
        self,
        start: datetime | None,
        end: datetime | None,
        statuses: Sequence[str] | None,
        limit: int,
        customer_id: uuid.UUID | None = None,
    ) -> Sequence[Row[*tuple[Any, ...]]]:
        """Appointment columns plus the customer's name and phone, as plain rows: listing a
        busy month should not pay for building ORM objects it only reads."""
        stmt = (
            select(*LIST_COLUMNS, Customer.name.label("customer_name"), Customer.phone)
            .join(Customer, Customer.id == Appointment.customer_id)
            .where(Appointment.business_id == self.tenant.business_id)
        )
        if start is not None:
            stmt = stmt.where(Appointment.start_at >= start)
        if end is not None:
            stmt = stmt.where(Appointment.start_at < end)
        if statuses:
            stmt = stmt.where(Appointment.status.in_(list(statuses)))
        if customer_id is not None:
            stmt = stmt.where(Appointment.customer_id == customer_id)
        stmt = stmt.order_by(Appointment.start_at, Appointment.id).limit(limit)
        return (await self.session.execute(stmt)).all()

    async def latest_address(self, customer_id: uuid.UUID) -> str | None:
        """The address of the customer's latest appointment that was not cancelled."""
        stmt = (
            select(Appointment.address)
            .where(
                Appointment.business_id == self.tenant.business_id,
                Appointment.customer_id == customer_id,
                Appointment.status.in_(ACTIVE),
                Appointment.address != "",
            )
            .order_by(Appointment.start_at.desc(), Appointment.id)
            .limit(1)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def count_for_customer(self, customer_id: uuid.UUID) -> int:
        return await self.count(Appointment.customer_id == customer_id)
