"""The admin console's health of each tenant's books: connected, failing with the last
error, expired, or not connected; the platform row names the QuickBooks environment."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest

from switchboard.admin import health
from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.accounting.port import (
    AccountingNotConnected,
    AccountingPermanentError,
    Invoice,
    InvoiceLine,
)
from switchboard.integrations.accounting.quickbooks import QuickBooksAccounting
from tests.conftest import ADMIN, Tenant
from tests.quickbooks.conftest import connect
from tests.quickbooks.recorded import INVALID_GRANT, RecordedIntuit, query


async def _check(db: Database, accounting: QuickBooksAccounting, clock: FixedClock) -> None:
    probe = await health.probe("accounting", accounting)
    async with db.unit_of_work() as uow, uow.system_scope("test records checks"):
        await health.record_checks(uow, [probe], clock.now())


async def _row(client: httpx.AsyncClient, tenant: Tenant) -> dict[str, object]:
    answer = await client.get("/v1/admin/health", params={"business_id": tenant.id}, headers=ADMIN)
    assert answer.status_code == 200, answer.text
    rows = {r["capability"]: r for r in answer.json()["items"]}
    accounting: dict[str, object] = rows["accounting"]
    return accounting


async def test_each_tenants_connection_and_last_error_show_in_the_console(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    intuit: RecordedIntuit,
    realm: str,
    db: Database,
    clock: FixedClock,
    accounting: QuickBooksAccounting,
) -> None:
    await connect(client, tenant, intuit, realm)
    await _check(db, accounting, clock)
    platform = await client.get("/v1/admin/health", headers=ADMIN)
    rows = {r["capability"]: r for r in platform.json()["items"]}
    assert rows["accounting"]["provider"] == "quickbooks"
    assert rows["accounting"]["status"] == "ok" and "sandbox" in rows["accounting"]["detail"]

    mine = await _row(client, tenant)
    assert mine["status"] == "ok" and mine["detail"] == f"company {realm}: connected"
    theirs = await _row(client, other_tenant)
    assert theirs["status"] == "off" and realm not in str(theirs)

    # A call refused by QuickBooks (an item missing): failing, with the error and when.
    intuit.on("GET", "/query", (200, query("Item")))
    with pytest.raises(AccountingPermanentError):
        await accounting.create_invoice(
            uuid.UUID(tenant.id),
            Invoice(
                reference=str(uuid.uuid4()),
                customer_id="58",
                currency="USD",
                lines=(InvoiceLine("Drain cleaning", 15000, 1, "Drain cleaning"),),
            ),
        )
    await _check(db, accounting, clock)
    mine = await _row(client, tenant)
    assert mine["status"] == "failing"
    assert "Drain cleaning" in str(mine["last_error"]) and mine["last_error_at"] is not None

    # The grant refused: expired, the owner must connect again.
    clock.advance(timedelta(hours=2))
    intuit.on("POST", "/oauth2/v1/tokens/bearer", (400, INVALID_GRANT))
    with pytest.raises(AccountingNotConnected):
        await accounting.invoice(uuid.UUID(tenant.id), "239")
    await _check(db, accounting, clock)
    mine = await _row(client, tenant)
    assert mine["status"] == "failing" and "expired" in str(mine["detail"])
    assert "refresh token" in str(mine["last_error"])
