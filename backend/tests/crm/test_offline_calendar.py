"""The built-in calendar keeps its events and busy blocks in the database: a restart (a new
provider object on the same database, as a new process makes) loses nothing, and one
business's calendar never blocks or shows another's."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import httpx

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.integrations.calendar.port import BusyInterval
from switchboard.integrations.providers import Providers
from switchboard.jobs.registry import registry
from switchboard.jobs.worker import Worker
from tests.conftest import Tenant
from tests.crm.conftest import book

TUESDAY_10 = "2026-03-03T10:00:00-06:00"


async def _starts(client: httpx.AsyncClient, tenant: Tenant) -> list[str]:
    slots = await client.get(
        "/v1/owner/slots",
        params={"start": "2026-03-03", "end": "2026-03-03", "limit": 20},
        headers=tenant.owner,
    )
    assert slots.status_code == 200
    assert slots.json()["calendar_checked"] is True
    return [s["start"] for s in slots.json()["items"]]


async def test_events_and_busy_blocks_survive_a_restart(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    db: Database,
    clock: FixedClock,
    calendar: OfflineCalendar,
) -> None:
    business_id = uuid.UUID(tenant.id)
    before = await _starts(client, tenant)
    await calendar.add_busy(
        business_id,
        BusyInterval(
            datetime(2026, 3, 3, 18, 0, tzinfo=UTC), datetime(2026, 3, 3, 20, 0, tzinfo=UTC)
        ),
    )
    appointment = (await book(client, tenant.owner, TUESDAY_10)).json()
    await Worker(db, registry, clock, services={"providers": Providers(calendar=calendar)}).drain()

    restarted = OfflineCalendar(db)
    event = await restarted.event(business_id, appointment["id"])
    assert event is not None
    assert event.start == datetime(2026, 3, 3, 16, 0, tzinfo=UTC)
    assert "Dana Reyes" in event.title
    assert "12 Oak St" in event.description
    assert f"/appointments/{appointment['id']}" in event.description
    assert "+1913" not in event.title + event.description
    busy = await restarted.busy_times(
        business_id, datetime(2026, 3, 3, tzinfo=UTC), datetime(2026, 3, 4, tzinfo=UTC)
    )
    assert [(b.start.hour, b.end.hour) for b in busy] == [(18, 20)]
    # The busy block still blocks 12:00-14:00 local (with its travel buffer) after the restart.
    after = await _starts(client, tenant)
    assert "2026-03-03T12:00:00-06:00" in before
    assert "2026-03-03T12:00:00-06:00" not in after

    # The other business's calendar is its own.
    other = uuid.UUID(other_tenant.id)
    assert await restarted.event(other, appointment["id"]) is None
    assert not await restarted.busy_times(
        other, datetime(2026, 3, 3, tzinfo=UTC), datetime(2026, 3, 4, tzinfo=UTC)
    )
    assert "2026-03-03T12:00:00-06:00" in await _starts(client, other_tenant)
