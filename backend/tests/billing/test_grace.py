"""A payment fails: the owner is told and keeps the extras for the grace period; after it the
reminders stop and the owner is told why, while calls are still answered, voicemails taken
and emergencies paged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from switchboard.billing import inbox
from switchboard.billing.service import CHECK_JOB
from switchboard.billing.standing import AccountFacts, standing
from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.payments.offline import OfflinePayments
from switchboard.integrations.providers import Providers
from switchboard.jobs import queue
from switchboard.jobs.worker import Worker
from tests.billing.conftest import OWNER_EMAIL, OWNER_PHONE, account_of
from tests.channels.conftest import Call, messages
from tests.conftest import Tenant
from tests.support import context_for

GRACE = timedelta(days=7)


async def _check(db: Database, tenant: Tenant, clock: FixedClock, worker: Worker) -> None:
    """What the hourly review does for one tenant."""
    async with db.unit_of_work() as uow:
        await queue.enqueue(uow, CHECK_JOB, {}, tenant=context_for(tenant.id), now=clock.now())
    await worker.drain()


async def _book(client: httpx.AsyncClient, tenant: Tenant, start: str) -> None:
    response = await client.post(
        "/v1/owner/appointments",
        json={
            "customer": {"name": "Dana Reyes", "phone": "+19135550142"},
            "service": "Leak repair",
            "start": start,
            "duration_minutes": 60,
            "address": "12 Oak St, Overland Park, KS",
        },
        headers=tenant.owner,
    )
    assert response.status_code == 201, response.text


async def test_past_due_grace_then_lapsed(
    client: httpx.AsyncClient,
    tenant: Tenant,
    payments: OfflinePayments,
    providers: Providers,
    worker: Worker,
    db: Database,
    clock: FixedClock,
) -> None:
    sms = providers.sms
    email = providers.email
    await client.post("/v1/owner/billing/checkout", json={"plan": "pro"}, headers=tenant.owner)
    await worker.drain()
    account = await account_of(db, tenant)
    assert account is not None and account.subscription_ref is not None
    failed_at = clock.now()

    # The renewal fails at Stripe: the events come in through the inbox.
    await payments.set_subscription_status(account.subscription_ref, "past_due")
    assert await inbox.collect(db, payments, clock) == 2
    await worker.drain()
    billing = (await client.get("/v1/owner/billing", headers=tenant.owner)).json()
    assert (billing["status"], billing["extras_active"], billing["reason"]) == (
        "past_due",
        True,
        "payment_overdue",
    )
    assert datetime.fromisoformat(billing["grace_ends_at"]) == failed_at + GRACE
    told = [m.body for m in sms.sent_to(OWNER_PHONE)]  # type: ignore[attr-defined]
    assert len(told) == 1 and "did not go through" in told[0] and "Mar 9" in told[0]
    assert any(m.to == OWNER_EMAIL for m in email.sent)  # type: ignore[attr-defined]

    # Within the grace period reminders still go out.
    await _book(client, tenant, "2026-03-04T10:00:00-06:00")  # reminder due Mar 3 16:00 UTC
    await _book(client, tenant, "2026-03-12T10:00:00-05:00")  # reminders due after the grace
    await worker.drain()  # confirmations sent, reminders scheduled
    clock.set(datetime(2026, 3, 3, 16, 0, tzinfo=UTC))
    await worker.drain()
    assert len(await messages(client, tenant, kind="reminder")) == 1

    # The grace period ends: the hourly check tells the owner the extras stopped, once.
    clock.set(failed_at + GRACE + timedelta(hours=1))
    await _check(db, tenant, clock, worker)
    await _check(db, tenant, clock, worker)
    told = [m.body for m in sms.sent_to(OWNER_PHONE)]  # type: ignore[attr-defined]
    assert len(told) == 2 and "reminders and the web chat are paused" in told[1]
    assert "emergencies still paged" in told[1]
    billing_mail = [m for m in email.sent if m.to == OWNER_EMAIL]  # type: ignore[attr-defined]
    assert len(billing_mail) == 2
    billing = (await client.get("/v1/owner/billing", headers=tenant.owner)).json()
    assert billing["extras_active"] is False
    assert billing["features"] == {"widget": False, "reminders": False, "calendar_sync": False}

    # Reminders stop; confirmations (sent at booking) were never in question.
    clock.set(datetime(2026, 3, 11, 15, 0, tzinfo=UTC))
    await worker.drain()
    clock.set(datetime(2026, 3, 12, 13, 0, tzinfo=UTC))
    await worker.drain()
    assert len(await messages(client, tenant, kind="reminder")) == 1
    assert len(await messages(client, tenant, kind="confirmation")) == 2

    # A caller still gets the receptionist, an emergency still pages, a voicemail is taken.
    call = Call(client, tenant.phone_number)
    assert (await call.start()).said().startswith("Thanks for calling Bristol Plumbing")
    reply = await call.say("i smell gas in the kitchen")
    assert "leave the building" in reply.said()
    alerts = await messages(client, tenant, kind="owner_alert")
    assert any("EMERGENCY" in a["body"] for a in alerts)
    quiet = Call(client, tenant.phone_number)
    await quiet.start()
    await quiet.say("")
    voicemail = await quiet.say("")
    assert voicemail.find("Record") is not None

    # Paying again brings the extras back.
    await payments.set_subscription_status(account.subscription_ref, "active")
    await inbox.collect(db, payments, clock)
    await worker.drain()
    billing = (await client.get("/v1/owner/billing", headers=tenant.owner)).json()
    assert (billing["status"], billing["extras_active"]) == ("active", True)


async def test_cancelled_loses_extras_at_once_and_comped_keeps_them(
    client: httpx.AsyncClient,
    tenant: Tenant,
    payments: OfflinePayments,
    worker: Worker,
    db: Database,
    clock: FixedClock,
) -> None:
    await client.post("/v1/owner/billing/checkout", json={"plan": "pro"}, headers=tenant.owner)
    await worker.drain()
    account = await account_of(db, tenant)
    assert account is not None and account.subscription_ref is not None
    await payments.set_subscription_status(account.subscription_ref, "cancelled")
    await inbox.collect(db, payments, clock)
    await worker.drain()
    billing = (await client.get("/v1/owner/billing", headers=tenant.owner)).json()
    assert (billing["status"], billing["extras_active"], billing["reason"]) == (
        "cancelled",
        False,
        "subscription_ended",
    )
    from tests.conftest import ADMIN

    url = f"/v1/admin/businesses/{tenant.id}/billing"
    comped = (await client.patch(url, json={"comped": True}, headers=ADMIN)).json()
    assert comped["extras_active"] is True


def test_standing_with_a_fixed_clock() -> None:
    start = datetime(2026, 3, 2, tzinfo=UTC)

    def facts(**kw: object) -> AccountFacts:
        values: dict[str, object] = {
            "status": "active",
            "comped": False,
            "trial_ends_at": None,
            "subscription_ref": "sub_1",
            "past_due_since": None,
            "over_limit_since": None,
        }
        values.update(kw)
        return AccountFacts(**values)  # type: ignore[arg-type]

    past_due = facts(status="past_due", past_due_since=start)
    assert standing(past_due, start + GRACE - timedelta(seconds=1), GRACE).extras is True
    assert standing(past_due, start + GRACE, GRACE).extras is False
    trial = facts(status="trialing", subscription_ref=None, trial_ends_at=start)
    assert standing(trial, start + timedelta(days=3), GRACE).reason == "trial_ended"
    assert standing(trial, start + GRACE, GRACE).extras is False
    over = facts(over_limit_since=start)
    assert standing(over, start + timedelta(days=6), GRACE).extras is True
    assert standing(over, start + GRACE, GRACE).reason == "over_limit"
    assert standing(over, start + GRACE, GRACE).extras is False
    assert standing(facts(status="unpaid"), start, GRACE).extras is False
    assert standing(facts(status="unpaid", comped=True), start, GRACE).extras is True
