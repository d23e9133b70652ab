"""Billing queries. Accounts and invoices are tenant tables; the event inbox and the lookup
of an account by the provider's customer id are system work (the tenant is not known yet)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from switchboard.core.db import UnitOfWork
from switchboard.models.billing import BillingAccount, BillingEvent, BillingInvoice
from switchboard.tenancy.repository import TenantRepository


class AccountRepository(TenantRepository[BillingAccount]):
    model = BillingAccount

    async def lock(self) -> None:
        """Serialise billing writes of this tenant (events processed by parallel jobs, the
        hourly check, the operator): on PostgreSQL a transaction-scoped advisory lock, taken
        before the account is read, so the second writer sees the first's account and
        invoices. SQLite's single writer already serialises them."""
        key = f"billing:{self.tenant.business_id}"
        if self.uow.dialect != "postgresql" or key in self.uow.memo:
            return
        await self.session.execute(
            text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"), {"key": key}
        )
        self.uow.memo[key] = True

    async def current(self) -> BillingAccount | None:
        rows = await self.list(limit=1)
        return rows[0] if rows else None


class InvoiceRepository(TenantRepository[BillingInvoice]):
    model = BillingInvoice

    async def by_ref(self, ref: str) -> BillingInvoice | None:
        rows = await self.list(BillingInvoice.invoice_ref == ref, limit=1)
        return rows[0] if rows else None

    async def recent(self, limit: int) -> Sequence[BillingInvoice]:
        return await self.list(order_by=BillingInvoice.created_at.desc(), limit=limit)


async def account_by_customer(uow: UnitOfWork, customer_ref: str) -> BillingAccount | None:
    """System scope: which business a provider customer belongs to."""
    rows = await uow.session.execute(
        select(BillingAccount).where(BillingAccount.customer_ref == customer_ref).limit(1)
    )
    return rows.scalar_one_or_none()


async def store_event(
    uow: UnitOfWork, event_ref: str, values: dict[str, Any], now: datetime
) -> bool:
    """System scope: keep the event once. True when it is new; a repeat only counts."""
    insert = postgresql.insert if uow.dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(BillingEvent)
        .values(id=uuid.uuid4(), event_ref=event_ref, received_at=now, deliveries=1, **values)
        .on_conflict_do_nothing(index_elements=["event_ref"])
    )
    result = await uow.session.execute(stmt)
    if getattr(result, "rowcount", 1):
        return True
    await uow.session.execute(
        update(BillingEvent)
        .where(BillingEvent.event_ref == event_ref)
        .values(deliveries=BillingEvent.deliveries + 1)
        .execution_options(synchronize_session=False)
    )
    return False


async def event_by_ref(uow: UnitOfWork, event_ref: str) -> BillingEvent | None:
    rows = await uow.session.execute(
        select(BillingEvent)
        .where(BillingEvent.event_ref == event_ref)
        .execution_options(populate_existing=True)
    )
    return rows.scalar_one_or_none()


async def list_events(
    uow: UnitOfWork, status: str | None, business_id: uuid.UUID | None, limit: int
) -> Sequence[BillingEvent]:
    stmt = select(BillingEvent).order_by(BillingEvent.received_at.desc()).limit(limit)
    if status:
        stmt = stmt.where(BillingEvent.status == status)
    if business_id:
        stmt = stmt.where(BillingEvent.business_id == business_id)
    return (await uow.session.execute(stmt)).scalars().all()
