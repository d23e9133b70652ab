"""The Stripe webhook: signed by the stripe library, verified before anything is read, each
event id applied once, in any order, unknown customers kept and never a 500."""

from __future__ import annotations

import json
import time
import uuid

import httpx

from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.payments.offline import OfflinePayments
from switchboard.jobs.worker import Worker
from tests.billing.conftest import (
    account_of,
    event,
    inbox,
    offline_subscription,
    post_event,
    signature,
)
from tests.conftest import ADMIN, Tenant, app_client, make_settings, own_address
from tests.support import jobs_of


async def test_without_a_secret_nothing_is_accepted(database_url: str, db: Database) -> None:
    from switchboard.core.clock import SystemClock

    settings: Settings = make_settings(database_url)
    async with app_client(settings, db, clock=SystemClock()) as client:
        body = event("customer.subscription.updated", {"id": "sub_x", "object": "subscription"})
        response = await post_event(client, body)
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert all(e.event_ref != body["id"] for e in await inbox(db))


async def test_a_signed_event_is_stored_answered_and_applied_by_a_job(
    client: httpx.AsyncClient,
    tenant: Tenant,
    payments: OfflinePayments,
    worker: Worker,
    db: Database,
) -> None:
    objects = await offline_subscription(payments, tenant)
    sub = objects["customer.subscription.created"]
    body = event("customer.subscription.created", sub)
    response = await post_event(client, body)
    assert response.status_code == 200, response.text
    assert response.json() == {"received": True, "duplicate": False}
    # Answered before any processing: the job is queued, the account not yet made.
    assert await account_of(db, tenant) is None
    assert len(await jobs_of(db, "billing.event")) == 1
    await worker.drain()
    account = await account_of(db, tenant)
    assert account is not None
    assert (account.status, account.subscription_ref, account.customer_ref) == (
        "active",
        sub["id"],
        sub["customer"],
    )
    [stored] = [e for e in await inbox(db) if e.event_ref == body["id"]]
    assert (stored.status, stored.business_id) == ("processed", uuid.UUID(tenant.id))


async def test_bad_signature_missing_signature_and_old_timestamp_are_refused(
    client: httpx.AsyncClient, db: Database
) -> None:
    body = event("invoice.paid", {"id": "in_x", "object": "invoice"})
    payload = json.dumps(body)
    wrong = signature(payload, secret="whsec_someone_else")
    old = signature(payload, at=int(time.time()) - 301)
    tampered = signature(payload.replace("invoice.paid", "invoice.voided"))
    for header in (wrong, old, tampered, "", "t=abc,v1=zz"):
        response = await post_event(client, body, header=header)
        assert response.status_code == 403, header
        assert response.headers["content-type"] == "application/problem+json"
    # Nothing stored, nothing queued.
    assert all(e.event_ref != body["id"] for e in await inbox(db))
    assert await jobs_of(db, "billing.event") == []
    # Within the tolerance it is accepted.
    recent = signature(payload, at=int(time.time()) - 250)
    assert (await post_event(client, body, header=recent)).status_code == 200


async def test_the_same_event_three_times_is_applied_once(
    client: httpx.AsyncClient,
    tenant: Tenant,
    payments: OfflinePayments,
    worker: Worker,
    db: Database,
) -> None:
    objects = await offline_subscription(payments, tenant)
    body = event("invoice.paid", objects["invoice.paid"])
    answers = [(await post_event(client, body)).json()["duplicate"] for _ in range(3)]
    assert answers == [False, True, True]
    await worker.drain()
    [stored] = [e for e in await inbox(db) if e.event_ref == body["id"]]
    assert (stored.deliveries, stored.status) == (3, "processed")
    assert len(await jobs_of(db, "billing.event")) == 1
    invoices = (await client.get("/v1/owner/billing/invoices", headers=tenant.owner)).json()
    assert len(invoices["items"]) == 1
    # A delivery after processing changes nothing either.
    assert (await post_event(client, body)).json()["duplicate"] is True
    await worker.drain()
    assert len(await jobs_of(db, "billing.event")) == 1


async def test_updated_before_created_ends_in_the_current_state(
    client: httpx.AsyncClient,
    tenant: Tenant,
    payments: OfflinePayments,
    worker: Worker,
    db: Database,
) -> None:
    objects = await offline_subscription(payments, tenant, trial_days=14)
    created = objects["customer.subscription.created"]
    assert created["status"] == "trialing"
    await payments.set_subscription_status(created["id"], "active")
    updated = {**created, "status": "active"}
    await post_event(client, event("customer.subscription.updated", updated))
    await worker.drain()
    # The stale `created` (it still says trialing) arrives last: the current state stands.
    await post_event(client, event("customer.subscription.created", created))
    await worker.drain()
    account = await account_of(db, tenant)
    assert account is not None and account.status == "active"


async def test_invoice_paid_before_invoice_created_and_before_checkout(
    client: httpx.AsyncClient,
    tenant: Tenant,
    payments: OfflinePayments,
    worker: Worker,
    db: Database,
) -> None:
    objects = await offline_subscription(payments, tenant)
    invoice = objects["invoice.paid"]
    draft = {**invoice, "status": "draft", "amount_paid": 0}
    # invoice.paid first: the customer is not known yet, the subscription's metadata names
    # the business, so it is applied all the same.
    await post_event(client, event("invoice.paid", invoice))
    await worker.drain()
    await post_event(client, event("invoice.created", draft))
    await post_event(
        client, event("checkout.session.completed", objects["checkout.session.completed"])
    )
    await worker.drain()
    items = (await client.get("/v1/owner/billing/invoices", headers=tenant.owner)).json()["items"]
    assert [(i["invoice_ref"], i["status"], i["amount_paid_cents"]) for i in items] == [
        (invoice["id"], "paid", 14900)
    ]
    account = await account_of(db, tenant)
    assert account is not None and account.status == "active"
    assert account.customer_ref == invoice["customer"]


async def test_events_for_an_unknown_customer_are_kept_for_inspection(
    client: httpx.AsyncClient,
    tenant: Tenant,
    payments: OfflinePayments,
    worker: Worker,
    db: Database,
) -> None:
    objects = await offline_subscription(payments, tenant)
    sub = objects["customer.subscription.created"]
    # A subscription made elsewhere on the same Stripe account: no metadata, no account.
    stranger = {**sub, "metadata": {}}
    await payments._write([stranger], [])
    body = event("customer.subscription.updated", stranger)
    assert (await post_event(client, body)).status_code == 200
    await worker.drain()
    [stored] = [e for e in await inbox(db) if e.event_ref == body["id"]]
    assert stored.status == "unknown_customer"
    assert await account_of(db, tenant) is None
    listed = await client.get("/v1/admin/billing/events?status=unknown_customer", headers=ADMIN)
    assert body["id"] in [e["event_ref"] for e in listed.json()["items"]]
    # A type billing does not use is kept and marked, not an error.
    other = event("customer.created", {"id": "cus_x", "object": "customer"})
    assert (await post_event(client, other)).status_code == 200
    await worker.drain()
    [kept] = [e for e in await inbox(db) if e.event_ref == other["id"]]
    assert kept.status == "ignored"


async def test_a_signed_body_that_is_not_an_event_is_a_4xx(client: httpx.AsyncClient) -> None:
    payload = json.dumps({"hello": "world"})
    response = await client.post(
        "/v1/billing/stripe/webhook",
        content=payload,
        headers={"Stripe-Signature": signature(payload), "Content-Type": "application/json"},
    )
    assert response.status_code == 422


async def test_forged_signatures_count_towards_the_lockout(database_url: str, db: Database) -> None:
    from switchboard.core.clock import SystemClock
    from switchboard.main import create_app
    from tests.billing.conftest import WEBHOOK_SECRET

    settings = make_settings(
        database_url, stripe_webhook_secret=WEBHOOK_SECRET, auth_failure_limit=3
    )
    body = event("invoice.paid", {"id": "in_x", "object": "invoice"})
    app = create_app(settings, database=db, clock=SystemClock(), run_worker=False)
    # An address of its own, so no other test's failures count here.
    address = own_address()
    transport = httpx.ASGITransport(app=app, client=(address, 4000))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://t") as c,
    ):
        codes = [(await post_event(c, body, header="t=1,v1=forged")).status_code for _ in range(5)]
    assert codes[:3] == [403, 403, 403] and codes[-1] == 429
