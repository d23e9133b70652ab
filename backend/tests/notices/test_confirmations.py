"""Customer texts when an appointment is booked, moved or cancelled: once each, local time."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from switchboard.messaging import consent
from tests.conftest import Tenant
from tests.notices.conftest import CUSTOMER, book, texts_to
from tests.support import as_tenant, jobs_of

TUESDAY_10 = "2026-03-03T10:00:00-06:00"


async def test_booking_texts_one_confirmation_in_local_time(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, sms: OfflineSms, db: Database
) -> None:
    await book(client, tenant, TUESDAY_10)
    await worker.drain()
    await worker.drain()

    [text] = texts_to(sms, CUSTOMER)
    assert "Bristol Plumbing" in text
    assert "Tuesday, March 3 at 10 AM" in text
    assert "Reply YES to confirm" in text
    assert sms.sent_to(CUSTOMER)[0].from_ == tenant.phone_number
    listing = await client.get("/v1/owner/messages?kind=confirmation", headers=tenant.owner)
    [logged] = listing.json()["items"]
    assert logged["status"] == "sent" and logged["to"] == CUSTOMER
    assert not [j for j in await jobs_of(db, "appointment.confirmation") if j.status != "done"]


async def test_spanish_business_speaks_spanish(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, sms: OfflineSms
) -> None:
    response = await client.patch(
        "/v1/owner/business", json={"language": "es"}, headers=tenant.owner
    )
    assert response.status_code == 200, response.text
    await book(client, tenant, "2026-03-03T14:30:00-06:00")
    await worker.drain()
    [text] = texts_to(sms, CUSTOMER)
    assert "martes 3 de marzo a las 2:30 de la tarde" in text
    assert "Responda SÍ" in text


async def test_reschedule_texts_the_new_time_and_moves_the_reminders(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    sms: OfflineSms,
    clock: FixedClock,
    db: Database,
) -> None:
    appointment = await book(client, tenant, TUESDAY_10)
    await worker.drain()
    moved = await client.post(
        f"/v1/owner/appointments/{appointment['id']}/reschedule",
        json={"start": "2026-03-04T13:00:00-06:00"},
        headers=tenant.owner,
    )
    assert moved.status_code == 200, moved.text
    await worker.drain()

    _booked, moved_text = texts_to(sms, CUSTOMER)
    assert "moved to Wednesday, March 4 at 1 PM" in moved_text
    assert "Reply YES" in moved_text
    reminder_jobs = await jobs_of(db, "appointment.reminder", tenant.id)
    assert len(reminder_jobs) == 4  # 24 h and 2 h, for the old time and for the new

    # Tuesday 13:00 local: both old reminders and the new 24-hour one are due.
    clock.set(datetime(2026, 3, 3, 19, 0, tzinfo=UTC))
    await worker.drain()
    [reminder] = texts_to(sms, CUSTOMER)[2:]
    assert "Wednesday, March 4 at 1 PM" in reminder
    # Wednesday 11:00 local: the new 2-hour reminder.
    clock.set(datetime(2026, 3, 4, 17, 0, tzinfo=UTC))
    await worker.drain()
    assert len(texts_to(sms, CUSTOMER)) == 4
    assert "Wednesday, March 4 at 1 PM" in texts_to(sms, CUSTOMER)[3]


async def test_cancel_texts_once_and_silences_the_reminders(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    sms: OfflineSms,
    clock: FixedClock,
) -> None:
    appointment = await book(client, tenant, TUESDAY_10)
    await worker.drain()
    url = f"/v1/owner/appointments/{appointment['id']}/cancel"
    assert (await client.post(url, json={"reason": "fixed"}, headers=tenant.owner)).is_success
    assert (await client.post(url, json={}, headers=tenant.owner)).is_success
    await worker.drain()
    clock.set(datetime(2026, 3, 3, 15, 30, tzinfo=UTC))
    await worker.drain()

    _booked, cancelled = texts_to(sms, CUSTOMER)
    assert "Tuesday, March 3 at 10 AM is cancelled" in cancelled


async def test_customer_without_phone_is_skipped(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, sms: OfflineSms, db: Database
) -> None:
    created = await client.post(
        "/v1/owner/customers", json={"name": "No Phone"}, headers=tenant.owner
    )
    body = {"customer_id": created.json()["id"], "start": TUESDAY_10, "duration_minutes": 60}
    response = await client.post("/v1/owner/appointments", json=body, headers=tenant.owner)
    assert response.status_code == 201, response.text
    await worker.drain()
    assert sms.sent == []
    [job] = await jobs_of(db, "appointment.confirmation", tenant.id)
    assert job.status == "done"


async def test_opted_out_customer_gets_nothing(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    sms: OfflineSms,
    clock: FixedClock,
    db: Database,
) -> None:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await consent.opt_out(uow, ctx, CUSTOMER, clock.now(), source="sms_keyword")
    await book(client, tenant, TUESDAY_10)
    await worker.drain()
    clock.set(datetime(2026, 3, 3, 15, 30, tzinfo=UTC))
    await worker.drain()

    assert texts_to(sms, CUSTOMER) == []
    listing = await client.get(f"/v1/owner/messages?to={CUSTOMER}", headers=tenant.owner)
    statuses = {(m["kind"], m["status"]) for m in listing.json()["items"]}
    assert statuses == {("confirmation", "blocked"), ("reminder", "blocked")}
