"""The owner's billing on the offline provider: Checkout completes at once, the portal opens,
usage is metered from the product's own records, the admin's overrides, other tenants."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.payments.offline import OfflinePayments
from switchboard.jobs.worker import Worker
from tests.billing.conftest import PUBLIC, account_of
from tests.conftest import ADMIN, Tenant
from tests.support import as_tenant


async def test_a_new_business_is_on_its_free_trial(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    billing = (await client.get("/v1/owner/billing", headers=tenant.owner)).json()
    assert billing["status"] == "trialing" and billing["extras_active"] is True
    assert billing["plan"]["key"] == "pro"
    assert billing["features"] == {"widget": True, "reminders": True, "calendar_sync": True}
    assert datetime.fromisoformat(billing["trial_ends_at"]) > datetime(2026, 3, 15, tzinfo=UTC)
    assert {p["key"] for p in billing["plans"]} == {"starter", "pro"}


async def test_checkout_completes_at_once_and_the_portal_opens(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, db: Database
) -> None:
    before = await client.post("/v1/owner/billing/portal", headers=tenant.owner)
    assert before.status_code == 409  # nothing to manage yet
    response = await client.post(
        "/v1/owner/billing/checkout", json={"plan": "starter"}, headers=tenant.owner
    )
    assert response.status_code == 200, response.text
    assert response.json()["url"].startswith(f"{PUBLIC}/dashboard/")
    await worker.drain()  # the simulated webhooks, through the inbox and its job
    billing = (await client.get("/v1/owner/billing", headers=tenant.owner)).json()
    # The rest of the free trial carries over into the subscription.
    assert (billing["status"], billing["plan"]["key"]) == ("trialing", "starter")
    assert billing["features"] == {"widget": False, "reminders": True, "calendar_sync": False}
    invoices = (await client.get("/v1/owner/billing/invoices", headers=tenant.owner)).json()
    assert [i["status"] for i in invoices["items"]] == ["paid"]
    portal = await client.post("/v1/owner/billing/portal", headers=tenant.owner)
    assert portal.status_code == 200 and portal.json()["url"].startswith(PUBLIC)
    again = await client.post(
        "/v1/owner/billing/checkout", json={"plan": "pro"}, headers=tenant.owner
    )
    assert again.status_code == 409


async def test_bad_plan_and_a_failing_provider(
    client: httpx.AsyncClient, tenant: Tenant, payments: OfflinePayments
) -> None:
    bad = await client.post(
        "/v1/owner/billing/checkout", json={"plan": "gold"}, headers=tenant.owner
    )
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
    payments.fail_next(1)
    down = await client.post(
        "/v1/owner/billing/checkout", json={"plan": "pro"}, headers=tenant.owner
    )
    assert down.status_code == 503
    assert down.json()["type"].endswith("payments-unavailable")
    ok = await client.post("/v1/owner/billing/checkout", json={"plan": "pro"}, headers=tenant.owner)
    assert ok.status_code == 200


async def test_the_offline_provider_survives_a_restart(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, db: Database, clock: FixedClock
) -> None:
    await client.post("/v1/owner/billing/checkout", json={"plan": "pro"}, headers=tenant.owner)
    await worker.drain()
    account = await account_of(db, tenant)
    assert account is not None and account.subscription_ref
    restarted = OfflinePayments(db, clock)
    subscription = await restarted.get_subscription(account.subscription_ref)
    assert subscription.business_id == tenant.id and subscription.status == "trialing"


async def test_usage_is_metered_from_calls_and_texts(
    client: httpx.AsyncClient, tenant: Tenant, db: Database, clock: FixedClock
) -> None:
    from switchboard.conversations import service as conversations
    from switchboard.messaging import service as messaging

    async with as_tenant(db, tenant.id) as (uow, ctx):
        call = await conversations.start_conversation(
            uow, ctx, "voice", clock.now(), phone="+19135550142", external_id="call:CAusage1"
        )
        call.started_at = clock.now() - timedelta(minutes=10)
        call.last_message_at = call.started_at + timedelta(minutes=2, seconds=5)
        await messaging.send_sms(
            uow, ctx, to="+19135550142", body="hello", kind="reply", clock=clock
        )
    usage = (await client.get("/v1/owner/billing/usage", headers=tenant.owner)).json()
    assert (usage["calls"], usage["minutes"], usage["texts"]) == (1, 3, 1)
    assert usage["over"] == []


async def test_admin_comps_and_extends_a_trial(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    url = f"/v1/admin/businesses/{tenant.id}/billing"
    ends = "2026-06-01T00:00:00+00:00"
    response = await client.patch(
        url, json={"trial_ends_at": ends, "note": "pilot customer"}, headers=ADMIN
    )
    assert response.status_code == 200, response.text
    assert response.json()["trial_ends_at"].startswith("2026-06-01")
    comped = await client.patch(url, json={"comped": True}, headers=ADMIN)
    assert comped.json()["standing"] == "comped" and comped.json()["note"] == "pilot customer"
    past = await client.patch(url, json={"trial_ends_at": "2020-01-01T00:00:00Z"}, headers=ADMIN)
    assert past.status_code == 422
    # A date without an offset, or one outside any real use, is refused, not a 500.
    for bad in ("2026-06-01T00:00:00", "0001-01-01", "9999-12-31T00:00:00Z"):
        refused = await client.patch(url, json={"trial_ends_at": bad}, headers=ADMIN)
        assert refused.status_code == 422, (bad, refused.text)
    assert (await client.patch(url, json={"plan": "gold"}, headers=ADMIN)).status_code == 422
    assert (await client.patch(url, json={"comped": True})).status_code == 401
    # The other tenant is untouched, and a business that does not exist is 404.
    other = (await client.get("/v1/owner/billing", headers=other_tenant.owner)).json()
    assert other["comped"] is False
    missing = await client.get(f"/v1/admin/businesses/{uuid.uuid4()}/billing", headers=ADMIN)
    assert missing.status_code == 404


async def test_one_tenants_billing_is_never_anothers(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant, worker: Worker
) -> None:
    await client.post("/v1/owner/billing/checkout", json={"plan": "pro"}, headers=tenant.owner)
    await worker.drain()
    mine = (await client.get("/v1/owner/billing/invoices", headers=tenant.owner)).json()
    theirs = (await client.get("/v1/owner/billing/invoices", headers=other_tenant.owner)).json()
    assert len(mine["items"]) == 1 and theirs["items"] == []
    portal = await client.post("/v1/owner/billing/portal", headers=other_tenant.owner)
    assert portal.status_code == 409
    assert (await client.get("/v1/owner/billing")).status_code == 401
