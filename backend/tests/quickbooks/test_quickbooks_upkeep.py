"""Keeping QuickBooks connected: the periodic scan refreshes a grant whose refresh token
would lapse, stores the rotated one, and pages the owner when Intuit will not extend it or
refuses it; a healthy grant is left alone."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
from sqlalchemy import select

from switchboard.accounting_account import upkeep
from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.jobs import queue
from switchboard.jobs.worker import Worker
from switchboard.models.accounting import AccountingConnection
from switchboard.models.message import Message
from tests.conftest import Tenant
from tests.quickbooks.conftest import connect
from tests.quickbooks.recorded import (
    INVALID_GRANT,
    REFRESH_TOKEN,
    ROTATED_REFRESH,
    TOKEN_REFRESH,
    RecordedIntuit,
)
from tests.support import update_business

TOKEN_PATH = "/oauth2/v1/tokens/bearer"


async def _set_refresh_expiry(db: Database, business_id: uuid.UUID, when: object) -> None:
    async with db.unit_of_work() as uow, uow.system_scope("test ages the grant"):
        row = await uow.session.scalar(
            select(AccountingConnection).where(AccountingConnection.business_id == business_id)
        )
        assert row is not None
        row.refresh_expires_at = when  # type: ignore[assignment]


async def _row(db: Database, business_id: uuid.UUID) -> AccountingConnection:
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test reads"):
        row = await uow.session.scalar(
            select(AccountingConnection).where(AccountingConnection.business_id == business_id)
        )
        assert row is not None
        uow.session.expunge(row)
        return row


async def _scan(db: Database, worker: Worker, clock: FixedClock) -> None:
    async with db.unit_of_work() as uow, uow.system_scope("test runs the scan"):
        await queue.enqueue(uow, upkeep.SCAN_JOB, {}, now=clock.now())
    await worker.drain()


async def _pages(db: Database, business_id: uuid.UUID) -> list[str]:
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test reads"):
        rows = await uow.session.execute(
            select(Message.body).where(
                Message.business_id == business_id, Message.kind == "owner_alert"
            )
        )
        return [r[0] for r in rows]


async def test_a_grant_near_lapsing_is_refreshed_and_the_rotated_token_kept(
    client: httpx.AsyncClient,
    tenant: Tenant,
    intuit: RecordedIntuit,
    realm: str,
    db: Database,
    worker: Worker,
    clock: FixedClock,
) -> None:
    business = uuid.UUID(tenant.id)
    await connect(client, tenant, intuit, realm)
    # Fresh from connecting (100 days): nothing to do.
    await _scan(db, worker, clock)
    assert len(intuit.sent("POST", TOKEN_PATH)) == 1  # the code exchange only
    # Unused for weeks: the refresh token would lapse within 90 days, so it is renewed.
    await _set_refresh_expiry(db, business, clock.now() + timedelta(days=60))
    await _scan(db, worker, clock)
    refresh = intuit.sent("POST", TOKEN_PATH)[1]
    assert RecordedIntuit.form(refresh) == {
        "grant_type": "refresh_token",
        "refresh_token": REFRESH_TOKEN,
    }
    row = await _row(db, business)
    assert row.refresh_token == ROTATED_REFRESH
    assert row.refresh_expires_at == clock.now() + timedelta(seconds=8726400)
    assert await _pages(db, business) == []


async def test_the_owner_is_told_when_intuit_will_not_extend_the_grant(
    client: httpx.AsyncClient,
    tenant: Tenant,
    intuit: RecordedIntuit,
    realm: str,
    db: Database,
    worker: Worker,
    clock: FixedClock,
) -> None:
    business = uuid.UUID(tenant.id)
    await update_business(db, tenant.id, owner_phone="+15125550198", language="es")
    await connect(client, tenant, intuit, realm)
    await _set_refresh_expiry(db, business, clock.now() + timedelta(days=10))
    # The refresh answers a token that still lapses within days (the grant's hard limit).
    short = TOKEN_REFRESH | {"x_refresh_token_expires_in": 9 * 86400}
    intuit.on("POST", TOKEN_PATH, (200, short))
    await _scan(db, worker, clock)
    (page,) = await _pages(db, business)
    assert "QuickBooks" in page and "vence" in page  # in the owner's language
    # Told once per grant, however often the scan sees it (Intuit counts down to the same day).
    clock.advance(timedelta(hours=7))
    intuit.on(
        "POST", TOKEN_PATH, (200, short | {"x_refresh_token_expires_in": 9 * 86400 - 7 * 3600})
    )
    await _scan(db, worker, clock)
    assert len(intuit.sent("POST", TOKEN_PATH)) == 3
    assert len(await _pages(db, business)) == 1
    assert (await _row(db, business)).status == "connected"


async def test_a_refused_grant_found_by_the_scan_expires_and_pages_once(
    client: httpx.AsyncClient,
    tenant: Tenant,
    intuit: RecordedIntuit,
    realm: str,
    db: Database,
    worker: Worker,
    clock: FixedClock,
) -> None:
    business = uuid.UUID(tenant.id)
    await update_business(db, tenant.id, owner_phone="+15125550197")
    await connect(client, tenant, intuit, realm)
    await _set_refresh_expiry(db, business, clock.now() + timedelta(days=5))
    intuit.on("POST", TOKEN_PATH, (400, INVALID_GRANT))
    await _scan(db, worker, clock)
    row = await _row(db, business)
    assert row.status == "expired"
    (page,) = await _pages(db, business)
    assert "Connect QuickBooks again" in page
    # Expired connections are not scanned again.
    clock.advance(timedelta(hours=7))
    await _scan(db, worker, clock)
    assert len(intuit.sent("POST", TOKEN_PATH)) == 2
    # Connecting again restores it.
    await connect(client, tenant, intuit, realm)
    assert (await _row(db, business)).status == "connected"


def test_the_scan_runs_every_six_hours() -> None:
    from switchboard.jobs.registry import registry

    assert (upkeep.SCAN_JOB, timedelta(hours=6)) in {(p.kind, p.every) for p in registry.periodic}
