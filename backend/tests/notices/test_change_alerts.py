"""A customer who moves or cancels through the assistant pages the owner once, in the
business's own time; the owner's own changes page nobody."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.email.offline import OfflineEmail
from switchboard.integrations.providers import Providers
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from switchboard.models.job import Job
from tests.conftest import Tenant, provision
from tests.notices.conftest import CUSTOMER, OWNER, book, texts_to
from tests.support import jobs_of

DANA = {"name": "Dana Smith", "phone": CUSTOMER}


async def converse(
    client: httpx.AsyncClient, tenant: Tenant, channel: str, lines: list[str]
) -> dict[str, Any]:
    """A caller on `channel` through the session API (the same assistant as Twilio's)."""
    key = {"X-API-Key": tenant.api_key}
    started = await client.post(
        "/v1/sessions", json={"channel": channel, "caller_phone": CUSTOMER}, headers=key
    )
    assert started.status_code == 201, started.text
    reply: dict[str, Any] = {}
    for line in lines:
        answer = await client.post(
            f"/v1/sessions/{started.json()['id']}/turns", json={"text": line}, headers=key
        )
        assert answer.status_code == 200, answer.text
        reply = answer.json()
    return reply


RESCHEDULE = ["Hi, I need to reschedule my appointment.", "It's Dana Smith.", "Monday morning"]
CANCEL = ["I need to cancel my appointment.", "This is Dana Smith.", "Yes, cancel it."]
# By text a cancellation asked for plainly is made once the caller is identified: no "yes".
CANCEL_BY_TEXT = CANCEL[:2]


async def test_a_move_by_text_pages_the_owner_once_in_the_business_zone(
    client: httpx.AsyncClient, worker: Worker, sms: OfflineSms, db: Database
) -> None:
    # New York, and the move crosses the spring-forward weekend (8 March 2026).
    tenant = await provision(
        client, name="Hudson Drains", timezone="America/New_York", owner_phone=OWNER
    )
    await book(client, tenant, "2026-03-06T10:30:00-05:00", customer=DANA, service="Drain cleaning")
    await worker.drain()
    assert texts_to(sms, OWNER) == []  # the owner booked it

    moved = await converse(client, tenant, "sms", [*RESCHEDULE, "the first one"])
    assert moved["outcome"] == "rescheduled"
    await worker.drain()

    [alert] = texts_to(sms, OWNER)
    assert alert == (
        "Hudson Drains: Dana Smith moved Drain cleaning from Fri Mar 6 10:30 AM "
        f"to Mon Mar 9 8:00 AM. {CUSTOMER}"
    )
    [job] = [j for j in await jobs_of(db, "owner.alert", tenant.id) if j.payload.get("via")]
    assert job.payload["via"] == "sms" and job.payload["move"] == 1
    listing = await client.get("/v1/owner/appointments", headers=tenant.owner)
    [history] = [a["reschedule_history"] for a in listing.json()["items"]]
    assert history[0]["via"] == "sms"


async def test_a_cancel_by_voice_pages_the_owner_once(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, sms: OfflineSms
) -> None:
    await book(client, tenant, "2026-03-03T10:30:00-06:00", customer=DANA, service="Drain cleaning")
    cancelled = await converse(client, tenant, "voice", CANCEL)
    assert cancelled["outcome"] == "cancelled"
    await worker.drain()
    await worker.drain()

    assert texts_to(sms, OWNER) == [
        f"Bristol Plumbing: Dana Smith cancelled Drain cleaning on Tue Mar 3 10:30 AM. {CUSTOMER}"
    ]


async def test_the_owners_own_changes_to_a_customers_booking_page_nobody(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, sms: OfflineSms
) -> None:
    appointment = await book(
        client, tenant, "2026-03-03T10:30:00-06:00", customer=DANA, source_channel="sms"
    )
    await worker.drain()
    [booking_alert] = texts_to(sms, OWNER)
    assert "new booking" in booking_alert

    # The integrator's API key reaches the owner API too: still the owner's own change.
    url = f"/v1/owner/appointments/{appointment['id']}"
    moved = await client.post(
        f"{url}/reschedule",
        json={"start": "2026-03-04T13:00:00-06:00"},
        headers={"X-API-Key": tenant.api_key},
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["reschedule_history"][0]["via"] == "owner"
    assert (await client.post(f"{url}/cancel", json={}, headers=tenant.owner)).is_success
    await worker.drain()
    assert texts_to(sms, OWNER) == [booking_alert]


async def test_each_change_alert_has_its_own_switch(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, sms: OfflineSms
) -> None:
    switches = {"owner_alerts": {"booking_moved": False}}
    saved = await client.patch("/v1/owner/business/settings", json=switches, headers=tenant.owner)
    assert saved.status_code == 200, saved.text
    unknown = {"owner_alerts": {"booking_rescheduled": False}}
    refused = await client.patch("/v1/owner/business/settings", json=unknown, headers=tenant.owner)
    assert refused.status_code == 422

    await book(client, tenant, "2026-03-03T10:30:00-06:00", customer=DANA, service="Drain cleaning")
    await converse(client, tenant, "sms", [*RESCHEDULE, "the first one"])
    await worker.drain()
    assert texts_to(sms, OWNER) == []

    await converse(client, tenant, "sms", CANCEL_BY_TEXT)
    await worker.drain()
    [alert] = texts_to(sms, OWNER)
    assert "Dana Smith cancelled Drain cleaning on Mon Mar 9 8:00 AM" in alert

    switches = {"owner_alerts": {"booking_moved": False, "booking_cancelled": False}}
    await client.patch("/v1/owner/business/settings", json=switches, headers=tenant.owner)
    await book(client, tenant, "2026-03-05T10:30:00-06:00", customer=DANA, service="Drain cleaning")
    await converse(client, tenant, "sms", CANCEL_BY_TEXT)
    await worker.drain()
    assert len(texts_to(sms, OWNER)) == 1


async def test_a_rerun_alert_job_does_not_text_twice(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    sms: OfflineSms,
    db: Database,
    clock: FixedClock,
) -> None:
    await book(client, tenant, "2026-03-03T10:30:00-06:00", customer=DANA, service="Drain cleaning")
    await converse(client, tenant, "voice", [*RESCHEDULE, "the first one"])
    await worker.drain()
    [alert] = texts_to(sms, OWNER)
    [job] = [j for j in await jobs_of(db, "owner.alert", tenant.id) if j.payload.get("move")]

    # Run it again, as a re-claim after a lost lease or an operator's re-run would.
    async with db.unit_of_work() as uow, uow.system_scope("test re-runs a job"):
        row = await uow.session.get(Job, job.id)
        assert row is not None and row.status == "done"
        row.status, row.run_at, row.finished_at = "queued", clock.now(), None
    await worker.drain()
    await worker.drain()

    assert texts_to(sms, OWNER) == [alert]
    logged = await client.get(
        "/v1/owner/messages", params={"kind": "owner_alert"}, headers=tenant.owner
    )
    assert len(logged.json()["items"]) == 1


async def test_without_an_owner_phone_the_change_goes_by_email(
    client: httpx.AsyncClient, worker: Worker, sms: OfflineSms, providers: Providers
) -> None:
    tenant = await provision(
        client, name="Mesa Rooter", timezone="America/Phoenix", owner_email="owner@mesa.example"
    )
    await book(client, tenant, "2026-03-03T10:30:00-07:00", customer=DANA, service="Drain cleaning")
    await converse(client, tenant, "web", ["cancel my appointment"])  # web chat: never verified
    await worker.drain()
    email = providers.email
    assert isinstance(email, OfflineEmail)
    assert email.sent == []

    await converse(client, tenant, "sms", CANCEL_BY_TEXT)
    await worker.drain()
    await worker.drain()
    [sent] = email.sent
    assert sent.to == "owner@mesa.example"
    assert sent.subject == "Dana Smith cancelled Drain cleaning on Tue Mar 3 10:30 AM"
    assert uuid.UUID(sent.client_reference)
