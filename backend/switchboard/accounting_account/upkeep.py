"""Keeping each business's QuickBooks grant alive, and telling the owner when it cannot be.

Intuit's access tokens last an hour and are refreshed when a call needs one; the refresh token
rotates on every refresh and lapses after about 100 days unused. `accounting.quickbooks.scan`
runs every six hours and queues a keep-alive refresh for each connection whose refresh token
would lapse within `REFRESH_WITHIN` (so one used daily is never refreshed for nothing).
- A refused refresh (`invalid_grant`) marks the connection `expired` (store.py) and pages the
  owner once: "connect QuickBooks again".
- A refresh token Intuit will not extend (its expiry stays within `WARN_BEFORE` after a
  refresh) pages the owner once per token to reconnect before it lapses.
The page is an owner alert (SMS, e-mail when there is no phone), in the owner's language."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from switchboard.accounting_account.repository import ConnectionRepository
from switchboard.alerts import service as alerts
from switchboard.auth.dependencies import accounting_context
from switchboard.core.db import UnitOfWork
from switchboard.integrations.accounting.port import (
    AccountingNotConnected,
    AccountingTemporaryError,
)
from switchboard.integrations.accounting.quickbooks import QuickBooksAccounting
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, RetryLater, Steps, registry
from switchboard.models.accounting import AccountingConnection

SCAN_JOB = "accounting.quickbooks.scan"
KEEP_ALIVE_JOB = "accounting.quickbooks.keep_alive"
ALERT_JOB = "accounting.quickbooks.reconnect_alert"
SCAN_EVERY = timedelta(hours=6)
REFRESH_WITHIN = timedelta(days=90)
WARN_BEFORE = timedelta(days=14)


async def tell_owner(
    uow: UnitOfWork, business_id: uuid.UUID, row: AccountingConnection, now: datetime
) -> None:
    """Queue the owner's page about this grant: lapsed (`expired`) or about to. Once per grant
    and kind, however often it is noticed."""
    event = "accounting_expired" if row.status == "expired" else "accounting_expiring"
    expires = row.refresh_expires_at
    when = expires.date().isoformat() if expires is not None else ""
    # The grant's lapse day names it: Intuit counts down to the same day on every refresh,
    # and a new connection lapses on another.
    key = f"{row.id}:{when or 'none'}"
    await queue.enqueue(
        uow,
        ALERT_JOB,
        {"event": event, "key": key, "when": when},
        tenant=accounting_context(business_id),
        idempotency_key=f"{ALERT_JOB}:{business_id}:{event}:{key}",
        now=now,
    )


@registry.handler(ALERT_JOB)
async def _alert(ctx: JobContext) -> None:
    assert ctx.tenant is not None
    event = ctx.payload["event"]
    if event not in ("accounting_expired", "accounting_expiring"):
        return
    await alerts.page_owner(
        ctx.uow,
        ctx.tenant,
        event=event,
        event_key=str(ctx.payload["key"]),
        clock=ctx.clock,
        when=str(ctx.payload.get("when") or ""),
    )


@registry.handler(SCAN_JOB)
async def scan(ctx: JobContext) -> None:
    providers = ctx.services.get("providers")
    if providers is None or not isinstance(providers.accounting, QuickBooksAccounting):
        return  # connections kept from a QuickBooks deployment wait until it is one again
    now = ctx.clock.now()
    bucket = now.strftime("%Y%m%d%H")
    c = AccountingConnection
    async with ctx.uow.system_scope("QuickBooks grant upkeep of every tenant"):
        rows = (
            await ctx.uow.session.execute(
                select(c.business_id, c.refresh_expires_at).where(
                    c.status == "connected", c.provider == "quickbooks"
                )
            )
        ).all()
        for business_id, expires in rows:
            if expires is not None and expires - now >= REFRESH_WITHIN:
                continue
            await queue.enqueue(
                ctx.uow,
                KEEP_ALIVE_JOB,
                {},
                tenant=accounting_context(business_id),
                idempotency_key=f"{KEEP_ALIVE_JOB}:{business_id}:{bucket}",
                now=now,
            )


registry.every(SCAN_JOB, SCAN_EVERY)


async def _prepare(ctx: JobContext) -> str | None:
    assert ctx.tenant is not None
    row = await ConnectionRepository(ctx.uow, ctx.tenant).current()
    if row is None or row.status != "connected" or row.provider != "quickbooks":
        return None
    return str(ctx.tenant.business_id)


async def _perform(business_id: str, services: dict[str, Any]) -> str:
    accounting = services["providers"].accounting
    if not isinstance(accounting, QuickBooksAccounting):
        return "off"
    try:
        await accounting.refresh(uuid.UUID(business_id))
    except AccountingNotConnected:
        return "expired"  # marked and the owner paged by the grant store
    except AccountingTemporaryError as exc:
        raise RetryLater(str(exc)) from None
    return "refreshed"


async def _record(ctx: JobContext, business_id: str, outcome: str) -> None:
    assert ctx.tenant is not None
    if outcome != "refreshed":
        return
    now = ctx.clock.now()
    row = await ConnectionRepository(ctx.uow, ctx.tenant).current()
    if (
        row is not None
        and row.status == "connected"
        and row.refresh_expires_at is not None
        and row.refresh_expires_at - now < WARN_BEFORE
    ):
        await tell_owner(ctx.uow, ctx.tenant.business_id, row, now)


registry.in_steps(KEEP_ALIVE_JOB, Steps(prepare=_prepare, perform=_perform, record=_record))
