"""Reminders: due at the tenant's offsets before the start, out of quiet hours, never twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from switchboard.notices.reminders import reminder_offsets
from tests.conftest import Tenant
from tests.notices.conftest import CUSTOMER, book, texts_to
from tests.support import jobs_of, update_business


async def reminder_messages(client: httpx.AsyncClient, tenant: Tenant) -> list[dict]:
    listing = await client.get("/v1/owner/messages?kind=reminder", headers=tenant.owner)
    items: list[dict] = listing.json()["items"]
    return items


async def test_reminders_across_dst_and_quiet_hours(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    sms: OfflineSms,
    clock: FixedClock,
) -> None:
    # Monday 9 March 08:30 in Chicago, the day after clocks spring forward (CDT, UTC-5).
    await book(client, tenant, "2026-03-09T08:30:00-05:00")
    await worker.drain()
    assert len(texts_to(sms, CUSTOMER)) == 1  # the confirmation

    # 24 h before is Sunday 08:30 CDT (13:30 UTC), outside quiet hours: it goes at once.
    clock.set(datetime(2026, 3, 8, 13, 30, tzinfo=UTC))
    await worker.drain()
    day_before = texts_to(sms, CUSTOMER)[1]
    assert "Monday, March 9 at 8:30 AM" in day_before

    # 2 h before is 06:30 CDT, inside quiet hours: it waits for 08:00 local (13:00 UTC).
    clock.set(datetime(2026, 3, 9, 11, 30, tzinfo=UTC))
    await worker.drain()
    assert len(texts_to(sms, CUSTOMER)) == 2
    waiting = [m for m in await reminder_messages(client, tenant) if m["status"] == "queued"]
    assert len(waiting) == 1
    clock.set(datetime(2026, 3, 9, 12, 59, tzinfo=UTC))
    await worker.drain()
    assert len(texts_to(sms, CUSTOMER)) == 2
    clock.set(datetime(2026, 3, 9, 13, 0, tzinfo=UTC))
    await worker.drain()
    clock.advance(timedelta(hours=3))
    await worker.drain()

    texts = texts_to(sms, CUSTOMER)
    assert len(texts) == 3
    assert "Monday, March 9 at 8:30 AM" in texts[2]
    sent = await reminder_messages(client, tenant)
    assert [m["status"] for m in sent] == ["sent", "sent"]


async def test_past_offsets_are_skipped(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, db: Database
) -> None:
    # Booked at 09:00 for 13:00 the same day: the 24-hour reminder is already past.
    await book(client, tenant, "2026-03-02T13:00:00-06:00")
    await worker.drain()
    [job] = await jobs_of(db, "appointment.reminder", tenant.id)
    assert job.run_at == datetime(2026, 3, 2, 17, 0, tzinfo=UTC)  # 11:00 local, 2 h before


async def test_tenant_offsets(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, db: Database
) -> None:
    await update_business(db, tenant.id, settings={"reminders": {"offsets_minutes": [60, 30]}})
    await book(client, tenant, "2026-03-03T10:00:00-06:00")
    await worker.drain()
    runs = sorted(j.run_at for j in await jobs_of(db, "appointment.reminder", tenant.id))
    assert runs == [
        datetime(2026, 3, 3, 15, 0, tzinfo=UTC),
        datetime(2026, 3, 3, 15, 30, tzinfo=UTC),
    ]


def test_malformed_offsets_fall_back_to_the_default() -> None:
    assert reminder_offsets({}) == (1440, 120)
    assert reminder_offsets({"reminders": {"offsets_minutes": "soon"}}) == (1440, 120)
    assert reminder_offsets({"reminders": {"offsets_minutes": [120, 2880, -5]}}) == (2880, 120)


async def test_a_waiting_reminder_is_withdrawn_when_the_appointment_is_cancelled(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    sms: OfflineSms,
    clock: FixedClock,
) -> None:
    appointment = await book(client, tenant, "2026-03-09T08:30:00-05:00")
    await worker.drain()
    # Both reminders come due at once (the worker was down): only the closer one is made,
    # and it waits out the quiet hours.
    clock.set(datetime(2026, 3, 9, 11, 30, tzinfo=UTC))
    await worker.drain()
    [waiting] = await reminder_messages(client, tenant)
    assert waiting["status"] == "queued"

    url = f"/v1/owner/appointments/{appointment['id']}/cancel"
    assert (await client.post(url, json={}, headers=tenant.owner)).is_success
    await worker.drain()
    clock.set(datetime(2026, 3, 9, 13, 0, tzinfo=UTC))
    await worker.drain()

    _booked, cancelled = texts_to(sms, CUSTOMER)
    assert "cancelled" in cancelled
    [withdrawn] = await reminder_messages(client, tenant)
    assert withdrawn["status"] == "blocked"
