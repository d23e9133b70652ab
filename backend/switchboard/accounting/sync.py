"""Completed jobs to the books, and what the books say back.

- `accounting.export` (in steps, no transaction open while the books answer): the customer is
  upserted (the port matches our customer id, then email, phone, name: never a second one),
  then one invoice per completed job with our appointment id as its reference (a retry after
  a lost answer gets the same invoice back, never a second). Lines name their catalogue
  service (the books' item); the books email it when the business set `email_invoices`.
  Temporary errors retry with backoff; a permanent one (an item missing in the books, not
  connected) is stored on the appointment (`invoice_state` failed, `invoice_error`) by the
  dead-letter hook, counted with the admin's dead jobs, and re-run by the owner's retry.
- `accounting.sync`: invoices the books changed (by id from a webhook, or since a moment
  for the catch-up) are applied to their appointments: status, balance; a paid invoice marks
  the job paid (`paid_at`, `paid_cents`).
- `accounting.catch_up` (every 15 minutes): an `accounting.sync` of the changes since the
  connection's `synced_at`, per connected business, for webhooks that never came.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import structlog
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from switchboard.audit import service as audit
from switchboard.auth.dependencies import accounting_context
from switchboard.businesses import service as businesses
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import Conflict
from switchboard.customers import service as customers
from switchboard.integrations.accounting.offline import OfflineAccounting, realm_for
from switchboard.integrations.accounting.port import (
    AccountingCustomer,
    AccountingPermanentError,
    AccountingPort,
    AccountingTemporaryError,
    Invoice,
    InvoiceLine,
    InvoiceState,
)
from switchboard.jobs import queue
from switchboard.jobs.registry import (
    DeadJob,
    JobContext,
    PermanentFailure,
    RetryLater,
    Steps,
    registry,
)
from switchboard.models.accounting import AccountingConnection
from switchboard.models.job import Job
from switchboard.models.scheduling import Appointment
from switchboard.scheduling.repository import AppointmentRepository
from switchboard.tenancy.context import TenantContext

log = structlog.get_logger("switchboard.accounting")

EXPORT_JOB = "accounting.export"
SYNC_JOB = "accounting.sync"
CATCH_UP_JOB = "accounting.catch_up"
CATCH_UP_EVERY = timedelta(minutes=15)
NOT_CONNECTED = "Connect QuickBooks to send invoices, then retry."


def _books(services: dict[str, Any]) -> AccountingPort:
    books: AccountingPort = services["providers"].accounting
    return books


# -- starting an export -----------------------------------------------------------------------
async def enqueue_export(
    uow: UnitOfWork, tenant: TenantContext, appointment: Appointment, now: datetime
) -> None:
    """In the completion's own transaction: the invoice is sent if and only if it commits."""
    job_id = await queue.enqueue(
        uow,
        EXPORT_JOB,
        {"appointment_id": str(appointment.id)},
        tenant=tenant,
        idempotency_key=f"{EXPORT_JOB}:{appointment.id}:{uuid.uuid4().hex}",
        now=now,
    )
    appointment.invoice_state = "pending"
    appointment.invoice_error = None
    appointment.invoice_job_id = job_id


async def retry_export(
    uow: UnitOfWork, tenant: TenantContext, appointment: Appointment, now: datetime
) -> None:
    """The owner's retry of a failed invoice: the dead export job runs again (it leaves the
    admin's dead-letter list), or a new one is queued."""
    if appointment.status != "completed" or appointment.invoice_state != "failed":
        raise Conflict("Only a completed job whose invoice failed can be sent again.")
    audit.record(uow, tenant, "appointment.invoice_retry", "appointment", appointment.id, {})
    job: Job | None = None
    if appointment.invoice_job_id is not None:
        async with uow.system_scope("accounting retry finds its export job"):
            job = await uow.session.get(Job, appointment.invoice_job_id)
            if job is not None and job.business_id == tenant.business_id and job.status == "dead":
                await queue.requeue_dead(uow, job.id, now)
                appointment.invoice_state = "pending"
                appointment.invoice_error = None
                return
    await enqueue_export(uow, tenant, appointment, now)


# -- accounting.export ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Export:
    business_id: uuid.UUID
    appointment_id: uuid.UUID
    customer: AccountingCustomer
    invoice: Invoice


async def _connection(uow: UnitOfWork, tenant: TenantContext) -> AccountingConnection | None:
    found: AccountingConnection | None = await uow.session.scalar(
        select(AccountingConnection).where(AccountingConnection.business_id == tenant.business_id)
    )
    return found


async def _ensure_connected(ctx: JobContext, books: AccountingPort) -> bool:
    """The offline books are always there: the business gets its offline connection (its
    realm, for webhooks and the catch-up) on first use. Other books need the owner's."""
    assert ctx.tenant is not None
    connection = await _connection(ctx.uow, ctx.tenant)
    if isinstance(books, OfflineAccounting) and connection is None:
        # Two exports of one business may both get here first: the row is made once.
        insert = postgresql.insert if ctx.uow.dialect == "postgresql" else sqlite.insert
        now = ctx.clock.now()
        await ctx.uow.session.execute(
            insert(AccountingConnection)
            .values(
                id=uuid.uuid4(),
                business_id=ctx.tenant.business_id,
                provider="offline",
                realm_id=realm_for(ctx.tenant.business_id),
                status="connected",
                connected_by="offline",
                synced_at=now,
                created_at=now,
                updated_at=now,
            )
            .on_conflict_do_nothing(index_elements=["business_id"])
        )
        return True
    return connection is not None and connection.status == "connected"


async def _export_prepare(ctx: JobContext) -> _Export | None:
    if ctx.tenant is None:
        raise PermanentFailure("accounting.export needs a tenant")
    appointment_id = uuid.UUID(str(ctx.payload["appointment_id"]))
    appointment = await AppointmentRepository(ctx.uow, ctx.tenant).get(appointment_id)
    if appointment is None or appointment.status != "completed":
        return None
    if appointment.invoice_state == "invoiced" or appointment.amount_cents is None:
        return None
    books = _books(ctx.services)
    if not await _ensure_connected(ctx, books):
        appointment.invoice_state = "failed"
        appointment.invoice_error = NOT_CONNECTED
        return None
    business = await businesses.get_own_business(ctx.uow, ctx.tenant)
    customer = await customers.get_customer(ctx.uow, ctx.tenant, appointment.customer_id)
    email_invoices = bool((business.settings or {}).get("email_invoices"))
    day = appointment.start_at.astimezone(ZoneInfo(business.timezone)).date().isoformat()
    lines = tuple(
        InvoiceLine(
            description=str(line.get("description") or appointment.service_name)[:200],
            amount_cents=int(line.get("amount_cents") or 0),
            quantity=int(line.get("quantity") or 1),
            item_name=line.get("item_name"),
        )
        for line in appointment.line_items or []
    )
    return _Export(
        business_id=ctx.tenant.business_id,
        appointment_id=appointment.id,
        customer=AccountingCustomer(
            reference=str(customer.id),
            name=customer.name or customer.phone or "Customer",
            email=customer.email,
            phone=customer.phone,
        ),
        invoice=Invoice(
            reference=str(appointment.id),
            customer_id="",  # filled in by perform, from upsert_customer
            currency=appointment.currency,
            lines=lines,
            memo=f"{appointment.service_name}, {day}",
            email_to=customer.email if email_invoices and customer.email else None,
        ),
    )


async def _export_perform(plan: _Export, services: dict[str, Any]) -> InvoiceState:
    books = _books(services)
    try:
        customer_id = await books.upsert_customer(plan.business_id, plan.customer)
        invoice = Invoice(
            reference=plan.invoice.reference,
            customer_id=customer_id,
            currency=plan.invoice.currency,
            lines=plan.invoice.lines,
            memo=plan.invoice.memo,
            email_to=plan.invoice.email_to,
        )
        return await books.create_invoice(plan.business_id, invoice)
    except AccountingTemporaryError as exc:
        raise RetryLater(str(exc)) from exc
    except AccountingPermanentError as exc:
        raise PermanentFailure(str(exc)) from exc


async def _export_record(ctx: JobContext, plan: _Export, state: InvoiceState) -> None:
    assert ctx.tenant is not None
    appointment = await AppointmentRepository(ctx.uow, ctx.tenant).get(plan.appointment_id)
    if appointment is None:
        return
    appointment.invoice_state = "invoiced"
    appointment.invoice_error = None
    _apply(appointment, state, ctx.clock.now())
    log.info("invoice_made", appointment_id=str(appointment.id), number=state.number)


async def _export_dead(dead: DeadJob) -> None:
    if dead.tenant is None:
        return
    appointment_id = uuid.UUID(str(dead.payload["appointment_id"]))
    appointment = await AppointmentRepository(dead.uow, dead.tenant).get(appointment_id)
    if appointment is None or appointment.invoice_state == "invoiced":
        return
    reason = dead.error.split(": ", 1)[1] if ": " in dead.error else dead.error
    appointment.invoice_state = "failed"
    appointment.invoice_error = reason[:300]


registry.in_steps(
    EXPORT_JOB,
    Steps(prepare=_export_prepare, perform=_export_perform, record=_export_record),
    on_dead=_export_dead,
)


# -- applying what the books say --------------------------------------------------------------
def _apply(appointment: Appointment, state: InvoiceState, now: datetime) -> None:
    appointment.invoice_id = state.invoice_id
    appointment.invoice_number = state.number
    appointment.invoice_status = state.status
    appointment.invoice_total_cents = state.total_cents
    appointment.invoice_balance_cents = state.balance_cents
    if state.status == "voided":
        return
    appointment.paid_cents = max(0, state.total_cents - state.balance_cents)
    if state.status == "paid" and appointment.paid_at is None:
        appointment.paid_at = state.updated_at or now


async def apply_states(
    uow: UnitOfWork, tenant: TenantContext, states: list[InvoiceState], now: datetime
) -> int:
    """Apply invoices the books changed to the jobs they were made for. Returns how many
    jobs changed; invoices that are not ours are left alone."""
    repo = AppointmentRepository(uow, tenant)
    applied = 0
    for state in states:
        appointment: Appointment | None = None
        if state.reference:
            try:
                appointment = await repo.get(uuid.UUID(state.reference))
            except ValueError:
                appointment = None
        if appointment is None:
            found = await repo.list(Appointment.invoice_id == state.invoice_id, limit=1)
            appointment = found[0] if found else None
        if appointment is None or appointment.invoice_state is None:
            continue
        if appointment.invoice_state != "invoiced":
            appointment.invoice_state = "invoiced"
            appointment.invoice_error = None
        _apply(appointment, state, now)
        applied += 1
    return applied


# -- accounting.sync --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Sync:
    business_id: uuid.UUID
    invoice_ids: tuple[str, ...]
    since: datetime | None
    started_at: datetime
    catch_up: bool


async def _sync_prepare(ctx: JobContext) -> _Sync | None:
    if ctx.tenant is None:
        raise PermanentFailure("accounting.sync needs a tenant")
    connection = await _connection(ctx.uow, ctx.tenant)
    if connection is None or connection.status != "connected":
        return None
    ids = tuple(str(i)[:64] for i in ctx.payload.get("invoice_ids") or [])
    since: datetime | None = None
    if not ids:
        raw = ctx.payload.get("since")
        since = datetime.fromisoformat(raw) if raw else connection.synced_at
        since = since or connection.created_at
    return _Sync(
        business_id=ctx.tenant.business_id,
        invoice_ids=ids,
        since=since,
        started_at=ctx.clock.now(),
        catch_up=bool(ctx.payload.get("catch_up")),
    )


async def _sync_perform(plan: _Sync, services: dict[str, Any]) -> list[InvoiceState]:
    books = _books(services)
    try:
        if plan.since is not None:
            return await books.changed_invoices(plan.business_id, plan.since)
        states = []
        for invoice_id in plan.invoice_ids:
            try:
                states.append(await books.invoice(plan.business_id, invoice_id))
            except AccountingPermanentError:
                continue  # deleted in the books, or not an invoice we can read
        return states
    except AccountingTemporaryError as exc:
        raise RetryLater(str(exc)) from exc
    except AccountingPermanentError as exc:
        raise PermanentFailure(str(exc)) from exc


async def _sync_record(ctx: JobContext, plan: _Sync, states: list[InvoiceState]) -> None:
    assert ctx.tenant is not None
    applied = await apply_states(ctx.uow, ctx.tenant, states, ctx.clock.now())
    if plan.catch_up:
        connection = await _connection(ctx.uow, ctx.tenant)
        if connection is not None:
            connection.synced_at = plan.started_at
    log.info("invoices_applied", seen=len(states), applied=applied)


registry.in_steps(
    SYNC_JOB, Steps(prepare=_sync_prepare, perform=_sync_perform, record=_sync_record)
)


# -- accounting.catch_up ----------------------------------------------------------------------
@registry.handler(CATCH_UP_JOB)
async def catch_up(ctx: JobContext) -> None:
    now = ctx.clock.now()
    bucket = str(ctx.payload.get("bucket") or now.isoformat())
    async with ctx.uow.system_scope("accounting catch-up of every connected business"):
        rows = await ctx.uow.session.scalars(
            select(AccountingConnection.business_id).where(
                AccountingConnection.status == "connected"
            )
        )
        for business_id in list(rows):
            await queue.enqueue(
                ctx.uow,
                SYNC_JOB,
                {"catch_up": True},
                tenant=accounting_context(business_id),
                idempotency_key=f"{SYNC_JOB}:catch-up:{business_id}:{bucket}",
                now=now,
            )


registry.every(CATCH_UP_JOB, CATCH_UP_EVERY)
