"""Completing a job and its invoice: the owner's complete and retry routes, the export job on
the offline books (kept in the database), bad input, the other tenant."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.accounting.offline import OfflineAccounting
from switchboard.integrations.accounting.port import AccountingCustomer, Invoice, InvoiceLine
from switchboard.jobs.worker import Worker
from tests.conftest import ADMIN, Tenant
from tests.support import jobs_of

from .conftest import appointment, booked, complete


async def _first_service(client: httpx.AsyncClient, tenant: Tenant) -> dict[str, str]:
    services = await client.get("/v1/owner/services", headers=tenant.owner)
    assert services.status_code == 200
    item: dict[str, str] = services.json()["items"][0]
    return item


async def test_a_completed_job_with_lines_is_invoiced_in_the_books(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, books: OfflineAccounting
) -> None:
    service = await _first_service(client, tenant)
    job = await booked(client, tenant)
    done = await complete(
        client,
        tenant,
        job["id"],
        line_items=[
            {"service_id": service["id"], "quantity": 1, "amount_cents": 15_000},
            {"description": "Replacement valve", "quantity": 2, "amount_cents": 4_500},
        ],
        notes="Valve was seized; replaced both.",
    )
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["status"] == "completed"
    assert body["amount_cents"] == 19_500
    assert body["completion_notes"] == "Valve was seized; replaced both."
    assert [(line["item_name"], line["quantity"]) for line in body["line_items"]] == [
        (service["name"], 1),
        (None, 2),
    ]
    assert body["invoice"]["state"] == "pending"
    assert body["invoice"]["number"] is None

    await worker.drain()
    after = await appointment(client, tenant, job["id"])
    assert after["invoice"]["state"] == "invoiced"
    assert after["invoice"]["number"] == "1001"
    assert after["invoice"]["status"] == "open"
    assert after["invoice"]["total_cents"] == after["invoice"]["balance_cents"] == 19_500
    assert after["paid_at"] is None
    listed = await client.get(
        "/v1/owner/appointments", params={"status": "completed"}, headers=tenant.owner
    )
    row = next(a for a in listed.json()["items"] if a["id"] == job["id"])
    assert row["invoice"]["number"] == "1001"
    assert row["line_items"][1]["description"] == "Replacement valve"

    # What the books hold: the customer once, one invoice referencing our appointment, its
    # lines named after the catalogue service.
    invoices = await books.invoices(uuid.UUID(tenant.id))
    assert [(i.reference, i.total_cents, i.emailed_to) for i in invoices] == [
        (job["id"], 19_500, None)
    ]
    assert invoices[0].lines[0]["item_name"] == service["name"]
    customers = await books.customers(uuid.UUID(tenant.id))
    assert [c.reference for c in customers] == [job["customer"]["id"]]


async def test_a_second_job_for_the_same_customer_reuses_the_customer_and_numbers_on(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, books: OfflineAccounting
) -> None:
    first = await booked(client, tenant)
    second = await booked(
        client,
        tenant,
        start="2026-03-04T10:00:00-06:00",
        customer=None,
        customer_id=first["customer"]["id"],
    )
    for job, cents in ((first, 10_000), (second, 20_000)):
        assert (await complete(client, tenant, job["id"], amount_cents=cents)).status_code == 200
    await worker.drain()
    assert len(await books.customers(uuid.UUID(tenant.id))) == 1
    numbers = sorted(
        [
            (await appointment(client, tenant, job["id"]))["invoice"]["number"]
            for job in (first, second)
        ]
    )
    assert numbers == ["1001", "1002"]


async def test_the_books_email_the_invoice_when_the_business_asks(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, books: OfflineAccounting
) -> None:
    saved = await client.patch(
        "/v1/owner/business/settings", json={"email_invoices": True}, headers=tenant.owner
    )
    assert saved.status_code == 200, saved.text
    job = await booked(
        client,
        tenant,
        customer={"name": "Dana Reyes", "phone": "+19135550142", "email": "dana@example.com"},
    )
    assert (await complete(client, tenant, job["id"], amount_cents=9_900)).status_code == 200
    await worker.drain()
    (invoice,) = await books.invoices(uuid.UUID(tenant.id))
    assert invoice.emailed_to == "dana@example.com"


async def test_completing_without_lines_invoices_the_booked_service(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, books: OfflineAccounting
) -> None:
    job = await booked(client, tenant, service="Drain cleaning")
    done = await complete(client, tenant, job["id"], amount_cents=18_000)
    assert done.status_code == 200, done.text
    assert [(line["description"], line["amount_cents"]) for line in done.json()["line_items"]] == [
        (job["service"], 18_000)
    ]
    await worker.drain()
    (invoice,) = await books.invoices(uuid.UUID(tenant.id))
    assert invoice.total_cents == 18_000


async def test_the_status_change_to_completed_invoices_the_estimate(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker
) -> None:
    job = await booked(client, tenant, estimated_value_cents=25_000)
    patched = await client.patch(
        f"/v1/owner/appointments/{job['id']}", json={"status": "completed"}, headers=tenant.owner
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["amount_cents"] == 25_000
    await worker.drain()
    assert (await appointment(client, tenant, job["id"]))["invoice"]["state"] == "invoiced"

    unpriced = await booked(client, tenant, start="2026-03-04T10:00:00-06:00")
    patched = await client.patch(
        f"/v1/owner/appointments/{unpriced['id']}",
        json={"status": "completed"},
        headers=tenant.owner,
    )
    assert patched.status_code == 200
    assert patched.json()["status"] == "completed"
    assert patched.json()["invoice"] is None  # no amount: nothing to invoice


async def test_bad_completions_are_clear_422s_and_change_nothing(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    job = await booked(client, tenant)
    theirs = (await client.get("/v1/owner/services", headers=other_tenant.owner)).json()
    bad_bodies = [
        {},
        {"amount_cents": -1},
        {"amount_cents": 100, "line_items": [{"description": "Labour", "amount_cents": 50}]},
        {"line_items": [{"quantity": 1, "amount_cents": 50}]},
        {"line_items": [{"description": "Labour", "quantity": 0, "amount_cents": 50}]},
        {"line_items": [{"service_id": theirs["items"][0]["id"], "amount_cents": 50}]},
        {"line_items": [{"service_id": str(uuid.uuid4()), "amount_cents": 50}]},
        {"amount_cents": 100, "surprise": True},
        {"amount_cents": "lots"},
    ]
    for body in bad_bodies:
        response = await complete(client, tenant, job["id"], **body)
        assert response.status_code == 422, (body, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
    assert (await appointment(client, tenant, job["id"]))["status"] == "scheduled"


async def test_a_job_completes_once_and_never_when_cancelled(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    job = await booked(client, tenant)
    assert (await complete(client, tenant, job["id"], amount_cents=100)).status_code == 200
    again = await complete(client, tenant, job["id"], amount_cents=200)
    assert again.status_code == 409
    cancelled = await booked(client, tenant, start="2026-03-04T10:00:00-06:00")
    await client.post(
        f"/v1/owner/appointments/{cancelled['id']}/cancel", json={}, headers=tenant.owner
    )
    assert (await complete(client, tenant, cancelled["id"], amount_cents=1)).status_code == 409


async def test_another_tenants_appointment_is_404(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant, worker: Worker
) -> None:
    job = await booked(client, tenant)
    response = await complete(client, other_tenant, job["id"], amount_cents=100)
    assert response.status_code == 404
    assert (await appointment(client, tenant, job["id"]))["status"] == "scheduled"
    retry = await client.post(
        f"/v1/owner/appointments/{job['id']}/invoice/retry", headers=other_tenant.owner
    )
    assert retry.status_code == 404


async def test_a_permanent_error_is_shown_then_retried(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    books: OfflineAccounting,
    db: Database,
) -> None:
    service = await _first_service(client, tenant)
    books.missing_items = {service["name"]}
    job = await booked(client, tenant)
    done = await complete(
        client,
        tenant,
        job["id"],
        line_items=[{"service_id": service["id"], "amount_cents": 12_000}],
    )
    assert done.status_code == 200
    await worker.drain()
    failed = await appointment(client, tenant, job["id"])
    assert failed["invoice"]["state"] == "failed"
    assert service["name"] in failed["invoice"]["error"]
    dead = await client.get("/v1/admin/jobs", params={"status": "dead"}, headers=ADMIN)
    assert any(
        j["kind"] == "accounting.export" and j["business_id"] == tenant.id
        for j in dead.json()["items"]
    )
    assert await books.invoices(uuid.UUID(tenant.id)) == []

    # The owner adds the item in the books, then retries.
    books.missing_items = set()
    retried = await client.post(
        f"/v1/owner/appointments/{job['id']}/invoice/retry", headers=tenant.owner
    )
    assert retried.status_code == 200, retried.text
    assert retried.json()["invoice"]["state"] == "pending"
    assert retried.json()["invoice"]["error"] is None
    await worker.drain()
    after = await appointment(client, tenant, job["id"])
    assert after["invoice"]["state"] == "invoiced"
    assert after["invoice"]["number"] == "1001"
    assert [j.status for j in await jobs_of(db, "accounting.export", tenant.id)] == ["done"]
    again = await client.post(
        f"/v1/owner/appointments/{job['id']}/invoice/retry", headers=tenant.owner
    )
    assert again.status_code == 409


async def test_a_temporary_error_retries_with_backoff(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    books: OfflineAccounting,
    clock: FixedClock,
    db: Database,
) -> None:
    job = await booked(client, tenant)
    books.failing = "temporary"
    await complete(client, tenant, job["id"], amount_cents=5_000)
    await worker.drain()
    (export,) = await jobs_of(db, "accounting.export", tenant.id)
    assert (export.status, export.attempts) == ("queued", 1)
    assert export.run_at > clock.now()
    assert (await appointment(client, tenant, job["id"]))["invoice"]["state"] == "pending"

    books.failing = None
    clock.advance(timedelta(minutes=1))
    await worker.drain()
    after = await appointment(client, tenant, job["id"])
    assert after["invoice"]["state"] == "invoiced"
    assert len(await books.invoices(uuid.UUID(tenant.id))) == 1


async def test_the_offline_books_survive_a_restart_and_never_invoice_twice(
    db: Database, clock: FixedClock, tenant: Tenant, other_tenant: Tenant
) -> None:
    business = uuid.UUID(tenant.id)
    books = OfflineAccounting(db, clock)
    customer = AccountingCustomer(
        reference=str(uuid.uuid4()), name="Dana Reyes", email="Dana@Example.com"
    )
    customer_id = await books.upsert_customer(business, customer)
    invoice = Invoice(
        reference=str(uuid.uuid4()),
        customer_id=customer_id,
        currency="USD",
        lines=(InvoiceLine("Drain cleaning", 18_000, 1, "Drain cleaning"),),
    )
    made = await books.create_invoice(business, invoice)

    restarted = OfflineAccounting(db, clock)
    # The same reference gives the same invoice; the same email a matched customer.
    assert await restarted.create_invoice(business, invoice) == made
    again = AccountingCustomer(
        reference=str(uuid.uuid4()), name="D. Reyes", email="dana@example.com"
    )
    assert await restarted.upsert_customer(business, again) == customer_id
    assert (await restarted.invoice(business, made.invoice_id)).total_cents == 18_000
    # Another business's books hold none of it.
    assert await restarted.invoices(uuid.UUID(other_tenant.id)) == []

    await restarted.record_payment(business, made.invoice_id, 18_000)
    paid = await OfflineAccounting(db, clock).invoice(business, made.invoice_id)
    assert (paid.status, paid.balance_cents) == ("paid", 0)
