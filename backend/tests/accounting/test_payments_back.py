"""Payments back: Intuit's signed webhooks (both documented formats) mapped to the business by
realm, each applied once; the catch-up for missed ones; revenue collected in the KPIs."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from switchboard.accounting.sync import CATCH_UP_JOB
from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.accounting.offline import OfflineAccounting, realm_for
from switchboard.jobs import queue
from switchboard.jobs.worker import Worker
from switchboard.models.accounting import AccountingConnection
from switchboard.models.scheduling import Appointment
from tests.conftest import Tenant, app_client, make_settings
from tests.support import jobs_of

from .conftest import (
    VERIFIER,
    WEBHOOK,
    appointment,
    booked,
    cloud_event,
    complete,
    deliver,
    legacy,
    sign,
)


async def _invoiced(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, cents: int, **fields: Any
) -> dict[str, Any]:
    job = await booked(client, tenant, **fields)
    assert (await complete(client, tenant, job["id"], amount_cents=cents)).status_code == 200
    await worker.drain()
    done = await appointment(client, tenant, job["id"])
    assert done["invoice"]["state"] == "invoiced"
    return done


async def test_complete_invoiced_paid_end_to_end_through_the_signed_webhook(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    books: OfflineAccounting,
    clock: FixedClock,
) -> None:
    business = uuid.UUID(tenant.id)
    job = await _invoiced(client, tenant, worker, 32_500)
    clock.advance(timedelta(days=2))
    await books.record_payment(business, job["invoice"]["id"], 32_500)

    delivered = await deliver(
        client,
        legacy(realm_for(business), "Invoice", job["invoice"]["id"], "2026-03-04T09:12:40-0700"),
    )
    assert delivered.status_code == 200, delivered.text
    assert delivered.json() == {"received": 1, "new": 1, "duplicates": 0, "ignored": 0}
    assert (await appointment(client, tenant, job["id"]))["paid_at"] is None  # the job's work
    await worker.drain()
    paid = await appointment(client, tenant, job["id"])
    assert paid["invoice"]["status"] == "paid"
    assert paid["invoice"]["balance_cents"] == 0
    assert paid["paid_cents"] == 32_500
    assert paid["paid_at"] is not None


async def test_the_cloudevents_format_and_a_payment_notification(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    books: OfflineAccounting,
    clock: FixedClock,
) -> None:
    business = uuid.UUID(tenant.id)
    job = await _invoiced(client, tenant, worker, 10_000)
    clock.advance(timedelta(hours=1))
    await books.record_payment(business, job["invoice"]["id"], 4_000)
    partial = await deliver(
        client,
        cloud_event(
            "88cd52aa-33b6-4351-9aa4-47572edbd068",
            realm_for(business),
            "qbo.invoice.updated.v1",
            job["invoice"]["id"],
            clock.now().isoformat().replace("+00:00", "Z"),
        ),
    )
    assert partial.json()["new"] == 1
    await worker.drain()
    part = await appointment(client, tenant, job["id"])
    assert (part["invoice"]["status"], part["invoice"]["balance_cents"]) == ("open", 6_000)
    assert (part["paid_cents"], part["paid_at"]) == (4_000, None)

    # The rest is paid; Intuit names the Payment, which changed the invoice it paid.
    clock.advance(timedelta(hours=1))
    await books.record_payment(business, job["invoice"]["id"], 6_000)
    payment = await deliver(
        client,
        cloud_event(
            "3f0e6c1d-5b9a-4d2e-8c7f-1a2b3c4d5e6f",
            realm_for(business),
            "qbo.payment.created.v1",
            "177",
            clock.now().isoformat().replace("+00:00", "Z"),
        ),
    )
    assert payment.json()["new"] == 1
    await worker.drain()
    paid = await appointment(client, tenant, job["id"])
    assert paid["invoice"]["status"] == "paid"
    assert paid["paid_cents"] == 10_000


async def test_a_forged_or_missing_signature_is_refused_and_nothing_is_applied(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    books: OfflineAccounting,
    db: Database,
) -> None:
    business = uuid.UUID(tenant.id)
    job = await _invoiced(client, tenant, worker, 5_000)
    await books.record_payment(business, job["invoice"]["id"], 5_000)
    payload = legacy(
        realm_for(business), "Invoice", job["invoice"]["id"], "2026-03-02T09:00:00-0600"
    )
    forged = await deliver(client, payload, signature=sign(b"something else"))
    assert forged.status_code == 403
    wrong_key = await deliver(client, payload, signature=sign(b"", verifier="not-the-verifier"))
    assert wrong_key.status_code == 403
    unsigned = await client.post(WEBHOOK, json=payload)
    assert unsigned.status_code == 403
    assert await jobs_of(db, "accounting.sync", tenant.id) == []
    await worker.drain()
    assert (await appointment(client, tenant, job["id"]))["paid_at"] is None


async def test_a_replayed_notification_is_applied_once(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, db: Database
) -> None:
    business = uuid.UUID(tenant.id)
    job = await _invoiced(client, tenant, worker, 5_000)
    payload = legacy(
        realm_for(business), "Invoice", job["invoice"]["id"], "2026-03-02T09:00:00-0600"
    )
    first = await deliver(client, payload)
    again = await deliver(client, payload)
    assert first.json()["new"] == 1
    assert again.status_code == 200
    assert again.json() == {"received": 1, "new": 0, "duplicates": 1, "ignored": 0}
    assert len(await jobs_of(db, "accounting.sync", tenant.id)) == 1


async def test_an_unknown_realm_is_ignored(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, db: Database
) -> None:
    job = await _invoiced(client, tenant, worker, 5_000)
    response = await deliver(
        client,
        legacy("9130354807151236", "Invoice", job["invoice"]["id"], "2026-03-02T09:00:00-0600"),
    )
    assert response.status_code == 200
    assert response.json() == {"received": 1, "new": 0, "duplicates": 0, "ignored": 1}
    assert await jobs_of(db, "accounting.sync") == []


async def test_a_malformed_but_signed_body_is_400(client: httpx.AsyncClient) -> None:
    for payload in ({"hello": "world"}, [{"id": "x"}], {"eventNotifications": [{"realmId": "1"}]}):
        response = await deliver(client, payload)
        assert response.status_code == 400, payload


@pytest.fixture
def unconfigured(database_url: str) -> Settings:
    return make_settings(database_url)


async def test_without_a_verifier_the_webhook_accepts_nothing(
    unconfigured: Settings, db: Database, clock: FixedClock
) -> None:
    async with app_client(unconfigured, db, clock=clock) as client:
        payload = legacy("1185883450", "Invoice", "130", "2026-03-02T09:00:00-0600")
        response = await deliver(client, payload)
        assert response.status_code == 503
        assert VERIFIER  # the same signed body is refused all the same


async def test_the_catch_up_finds_a_payment_whose_webhook_never_came(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    books: OfflineAccounting,
    clock: FixedClock,
    db: Database,
) -> None:
    business = uuid.UUID(tenant.id)
    job = await _invoiced(client, tenant, worker, 7_700)
    clock.advance(timedelta(minutes=30))
    await books.record_payment(business, job["invoice"]["id"], 7_700)
    async with db.unit_of_work() as uow, uow.system_scope("test runs the catch-up"):
        await queue.enqueue(uow, CATCH_UP_JOB, {"bucket": "test"}, now=clock.now())
    await worker.drain()
    paid = await appointment(client, tenant, job["id"])
    assert paid["paid_cents"] == 7_700
    async with db.unit_of_work() as uow, uow.system_scope("test reads the connection"):
        connection = await uow.session.scalar(
            select(AccountingConnection).where(AccountingConnection.business_id == business)
        )
        assert connection is not None and connection.synced_at == clock.now()


async def test_kpis_show_revenue_collected_next_to_booked(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    books: OfflineAccounting,
    clock: FixedClock,
    db: Database,
) -> None:
    """Hand-counted: three jobs booked at 200.00, 150.00 and 90.00 (estimates: booked 440.00);
    invoiced at 180.00, 150.00 and 90.00; the first paid in full, the second half paid, the
    third unpaid: collected 180.00 (a part payment is not a paid job)."""
    business = uuid.UUID(tenant.id)
    jobs = []
    for day, estimate, charged in (
        ("03", 20_000, 18_000),
        ("04", 15_000, 15_000),
        ("05", 9_000, 9_000),
    ):
        job = await booked(
            client, tenant, start=f"2026-03-{day}T10:00:00-06:00", estimated_value_cents=estimate
        )
        await complete(client, tenant, job["id"], amount_cents=charged)
        jobs.append(job)
    # Booked on the test clock's day (rows are stamped with the wall clock).
    async with db.unit_of_work() as uow, uow.system_scope("test dates the bookings"):
        await uow.session.execute(
            update(Appointment)
            .where(Appointment.id.in_([uuid.UUID(j["id"]) for j in jobs]))
            .values(created_at=clock.now())
        )
    await worker.drain()
    invoiced = [await appointment(client, tenant, j["id"]) for j in jobs]
    await books.record_payment(business, invoiced[0]["invoice"]["id"], 18_000)
    await books.record_payment(business, invoiced[1]["invoice"]["id"], 7_500)
    for index, job in enumerate(invoiced[:2]):
        await deliver(
            client,
            legacy(
                realm_for(business),
                "Invoice",
                job["invoice"]["id"],
                f"2026-03-02T0{index}:00:00-0600",
            ),
        )
    await worker.drain()
    kpis = await client.get(
        "/v1/owner/kpis", params={"start": "2026-03-01", "end": "2026-03-07"}, headers=tenant.owner
    )
    assert kpis.status_code == 200
    assert kpis.json()["revenue_booked_cents"] == 44_000
    assert kpis.json()["revenue_collected_cents"] == 18_000
    earlier = await client.get(
        "/v1/owner/kpis", params={"start": "2026-02-01", "end": "2026-02-07"}, headers=tenant.owner
    )
    assert earlier.json()["revenue_collected_cents"] == 0
