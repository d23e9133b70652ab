"""Twenty simultaneous requests for the same slot through the HTTP API: exactly one books."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from sqlalchemy import text

from switchboard.audit import service as audit
from switchboard.core.db import Database
from switchboard.scheduling.repository import AppointmentRepository
from tests.conftest import Tenant
from tests.crm.conftest import book
from tests.support import as_tenant


async def test_twenty_simultaneous_bookings_yield_exactly_one(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    # Warm up: the first authenticated request stamps the credential's last use, which would
    # otherwise serialise the twenty requests on that row and hide a missing booking lock.
    # A slot search also makes the tenant's scheduling policy row, whose first insert would
    # likewise serialise them.
    assert (await client.get("/v1/owner/slots", headers=tenant.owner)).status_code == 200
    # Staggered starts within one hour: every pair overlaps, so at most one can win.
    starts = [f"2026-03-03T10:{(i * 3) % 60:02d}:00-06:00" for i in range(20)]
    responses = await asyncio.gather(
        *(
            book(
                client,
                tenant.owner,
                start,
                customer={"name": f"Caller {i}", "phone": f"+1913555{1000 + i:04d}"},
            )
            for i, start in enumerate(starts)
        )
    )
    codes = sorted(r.status_code for r in responses)
    assert codes == [201] + [409] * 19, [
        r.text for r in responses if r.status_code not in (201, 409)
    ]
    for r in responses:
        if r.status_code == 409:
            assert r.json()["type"].endswith("/slot-unavailable")
    listed = await client.get(
        "/v1/owner/appointments",
        params={"start": "2026-03-03", "end": "2026-03-03"},
        headers=tenant.owner,
    )
    assert len(listed.json()["items"]) == 1


async def test_simultaneous_creates_of_one_phone_give_one_customer(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    assert (await client.get("/v1/owner/customers", headers=tenant.owner)).status_code == 200
    responses = await asyncio.gather(
        *(
            client.post(
                "/v1/owner/customers",
                json={"name": f"Dana {i}", "phone": "+19135550142"},
                headers=tenant.owner,
            )
            for i in range(10)
        )
    )
    assert sorted(r.status_code for r in responses) == [201] + [409] * 9


async def test_a_booking_s_schedule_lock_does_not_hold_up_the_tenant_s_other_writes(
    db: Database, tenant: Tenant
) -> None:
    """The schedule lock is FOR NO KEY UPDATE: a row the tenant inserts meanwhile (its foreign
    key to the business takes FOR KEY SHARE) goes through instead of waiting for the booking."""
    if db.is_sqlite:
        pytest.skip("row locks are PostgreSQL's; SQLite has one writer at a time")
    async with as_tenant(db, tenant.id) as (booking, context):
        await AppointmentRepository(booking, context).lock_schedule()
        async with as_tenant(db, tenant.id) as (other, _):
            await other.session.execute(text("SET LOCAL lock_timeout = '2s'"))
            audit.record(other, context, "test.write", "business", uuid.UUID(tenant.id))
            await other.session.flush()  # would time out behind FOR UPDATE
