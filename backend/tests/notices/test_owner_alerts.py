"""The owner is paged for bookings they did not make, never for their own, never across
tenants."""

from __future__ import annotations

import httpx

from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from tests.conftest import Tenant
from tests.notices.conftest import CUSTOMER, OWNER, book, texts_to

TUESDAY_10 = "2026-03-03T10:00:00-06:00"


async def test_customer_booking_pages_the_owner_with_local_time_and_summary(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, sms: OfflineSms
) -> None:
    appointment = await book(client, tenant, TUESDAY_10, source_channel="web")
    await worker.drain()

    [alert] = texts_to(sms, OWNER)
    assert "new booking Tuesday, March 3 at 10 AM" in alert
    assert appointment["service"] in alert
    assert "12 Oak St, Overland Park, KS" in alert
    assert "Dana Reyes" in alert and CUSTOMER in alert

    # The owner's own moves and cancellations page nobody (the customer's own do: see
    # test_change_alerts), and are never paged as new bookings.
    url = f"/v1/owner/appointments/{appointment['id']}"
    moved = await client.post(
        f"{url}/reschedule", json={"start": "2026-03-04T13:00:00-06:00"}, headers=tenant.owner
    )
    assert moved.status_code == 200
    assert (await client.post(f"{url}/cancel", json={}, headers=tenant.owner)).is_success
    await worker.drain()
    assert len(texts_to(sms, OWNER)) == 1


async def test_emergency_booking_pages_as_an_emergency(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, sms: OfflineSms
) -> None:
    await book(
        client, tenant, "2026-03-02T13:00:00-06:00", source_channel="voice", is_emergency=True
    )
    await worker.drain()
    [alert] = texts_to(sms, OWNER)
    assert alert.startswith("EMERGENCY for Bristol Plumbing")


async def test_the_owners_own_bookings_and_changes_page_nobody(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, sms: OfflineSms
) -> None:
    appointment = await book(client, tenant, TUESDAY_10)
    url = f"/v1/owner/appointments/{appointment['id']}"
    await client.post(
        f"{url}/reschedule", json={"start": "2026-03-04T13:00:00-06:00"}, headers=tenant.owner
    )
    await client.post(f"{url}/cancel", json={}, headers=tenant.owner)
    await worker.drain()
    assert texts_to(sms, OWNER) == []
    # All three changes came before the worker ran: the customer hears only the last one.
    [told] = texts_to(sms, CUSTOMER)
    assert "Wednesday, March 4 at 1 PM is cancelled" in told


async def test_another_tenant_never_sees_anything(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    await book(client, tenant, TUESDAY_10, source_channel="sms")
    await worker.drain()

    assert texts_to(sms, "+19135550188") == []
    assert {s.message.from_ for s in sms.sent} == {tenant.phone_number}
    theirs = await client.get("/v1/owner/messages", headers=other_tenant.owner)
    assert theirs.json()["items"] == []
    mine = await client.get("/v1/owner/messages", headers=tenant.owner)
    assert {m["kind"] for m in mine.json()["items"]} == {"confirmation", "owner_alert"}
    customers = await client.get("/v1/owner/customers", headers=other_tenant.owner)
    assert customers.json()["items"] == []
