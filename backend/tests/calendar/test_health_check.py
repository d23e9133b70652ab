"""The operator's calendar health, per business with a Google connection: the check job
refreshes each grant with the adapter's own refresh, shows a refused one as revoked (and
records the revocation, as any use would), and never mixes one business's grant with
another's."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import select

from switchboard.core.db import Database
from switchboard.jobs.worker import Worker
from switchboard.models.calendar import CalendarConnection
from tests.calendar.conftest import connect
from tests.calendar.recorded import INVALID_GRANT, RecordedGoogle
from tests.conftest import ADMIN, Tenant
from tests.support import empty_queue


async def _check(client: httpx.AsyncClient, db: Database, worker: Worker) -> None:
    await empty_queue(db)  # connecting queued read-back jobs; only the check runs here
    queued = await client.post("/v1/admin/health/checks", headers=ADMIN)
    assert queued.json()["queued"] is True
    assert await worker.drain() == 1


async def _calendar(client: httpx.AsyncClient, tenant: Tenant) -> dict[str, object]:
    rows = await client.get("/v1/admin/health", params={"business_id": tenant.id}, headers=ADMIN)
    assert rows.status_code == 200
    return {r["capability"]: r for r in rows.json()["items"]}["calendar"]


async def test_a_grant_that_refreshes_is_ok_and_a_refused_one_shows_revoked(
    client: httpx.AsyncClient,
    db: Database,
    worker: Worker,
    google: RecordedGoogle,
    tenant: Tenant,
    other_tenant: Tenant,
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    before = len(google.sent("POST", "/token"))
    # The test database is shared: earlier tests' businesses may hold connections too.
    async with db.unit_of_work() as uow, uow.system_scope("test counts the connections"):
        connected = len(
            (
                await uow.session.scalars(
                    select(CalendarConnection.id).where(CalendarConnection.status == "connected")
                )
            ).all()
        )

    await _check(client, db, worker)
    mine = await _calendar(client, tenant)
    assert (mine["status"], mine["provider"]) == ("ok", "google")
    assert mine["detail"] == "grant refreshes; no failed calendar write in 24 h"
    refreshes = google.sent("POST", "/token")[before:]
    assert len(refreshes) == connected  # one refresh per business connected
    assert google.form(refreshes[0])["grant_type"] == "refresh_token"
    # The business without a connection is not given anyone's grant.
    theirs = await _calendar(client, other_tenant)
    assert theirs["status"] == "ok" and theirs["detail"] == "no failed calendar write in 24 h"

    google.on("POST", "/token", (400, INVALID_GRANT))
    await _check(client, db, worker)
    mine = await _calendar(client, tenant)
    assert mine["status"] == "failing"
    assert mine["detail"] == "access revoked; the owner must reconnect"
    assert mine["last_error"] == "google: the grant was revoked or has expired"
    assert mine["last_error_at"] is not None
    async with db.unit_of_work() as uow, uow.system_scope("test reads the connection"):
        status = await uow.session.scalar(
            select(CalendarConnection.status).where(
                CalendarConnection.business_id == uuid.UUID(tenant.id)
            )
        )
    assert status == "revoked"
    assert (await _calendar(client, other_tenant))["status"] == "ok"

    # A revoked grant is shown as such on the next run without asking Google again.
    asked = len(google.sent("POST", "/token"))
    await _check(client, db, worker)
    mine = await _calendar(client, tenant)
    assert mine["status"] == "failing"
    assert str(mine["detail"]).startswith("access revoked on ")
    assert len(google.sent("POST", "/token")) == asked


async def test_google_unreachable_is_a_failing_refresh_not_a_revocation(
    client: httpx.AsyncClient,
    db: Database,
    worker: Worker,
    google: RecordedGoogle,
    tenant: Tenant,
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    google.on("POST", "/token", (503, {"error": "backend_error"}))
    await _check(client, db, worker)
    mine = await _calendar(client, tenant)
    assert (mine["status"], mine["detail"]) == ("failing", "refresh failed")
    async with db.unit_of_work() as uow, uow.system_scope("test reads the connection"):
        status = await uow.session.scalar(
            select(CalendarConnection.status).where(
                CalendarConnection.business_id == uuid.UUID(tenant.id)
            )
        )
    assert status == "connected"
