"""Metered plans: each closed hour's calls, minutes and texts reach the provider's meters once,
even when the provider fails or the job runs again; plans without meters report nothing.
Calendar sync is a plan feature: a plan without it keeps visits out of the calendar."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select

from switchboard.billing import metering
from switchboard.billing import service as billing
from switchboard.billing.usage import measure_between
from switchboard.conversations import service as conversations
from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.payments.offline import OfflinePayments
from switchboard.jobs.worker import Worker
from switchboard.messaging import service as messaging
from switchboard.models.job import Job
from tests.billing.conftest import PUBLIC, TWILIO_TOKEN, WEBHOOK_SECRET, account_of
from tests.conftest import Tenant, make_settings
from tests.support import as_tenant

METERS = {"calls": "sb_calls", "minutes": "sb_minutes", "texts": "sb_texts"}
PLANS = [
    {"key": "metered", "name": "Metered", "amount_cents": 2900, "included_calls": 0,
     "included_minutes": 0, "included_texts": 0, "features": ["reminders"], "meters": METERS},
    {"key": "flat", "name": "Flat", "amount_cents": 4900, "included_calls": 100,
     "included_minutes": 300, "included_texts": 300, "features": ["reminders"]},
]  # fmt: skip


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(
        database_url,
        twilio_auth_token=TWILIO_TOKEN,
        public_base_url=PUBLIC,
        stripe_webhook_secret=WEBHOOK_SECRET,
        billing_plans=json.dumps(PLANS),
        billing_trial_plan="flat",
    )


async def _subscribe(
    client: httpx.AsyncClient, tenant: Tenant, worker: Worker, db: Database, plan: str
) -> str:
    """Checks out `plan` (the offline provider completes it); returns the billing customer."""
    answer = await client.post(
        "/v1/owner/billing/checkout", json={"plan": plan}, headers=tenant.owner
    )
    assert answer.status_code < 300
    await worker.drain()
    account = await account_of(db, tenant)
    assert account is not None and account.customer_ref
    return account.customer_ref


async def _use(db: Database, tenant: Tenant, clock: FixedClock, call_id: str, minutes: int) -> None:
    """One call of `minutes` and one text, now."""
    async with as_tenant(db, tenant.id) as (uow, ctx):
        call = await conversations.start_conversation(
            uow, ctx, "voice", clock.now(), phone="+19135550142", external_id=f"call:{call_id}"
        )
        call.last_message_at = clock.now() + timedelta(minutes=minutes - 1, seconds=5)
        await messaging.send_sms(uow, ctx, to="+19135550142", body="hi", kind="reply", clock=clock)


async def _check(
    db: Database, tenant: Tenant, settings: Settings, clock: FixedClock, worker: Worker
) -> None:
    """The periodic billing check, then the jobs it queued."""
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await billing.check_tenant(uow, ctx, settings=settings, clock=clock)
    await worker.drain()


async def _report_jobs(db: Database) -> int:
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test"):
        query = select(func.count()).select_from(Job).where(Job.kind == metering.REPORT_JOB)
        return int((await uow.session.execute(query)).scalar_one())


async def test_each_closed_hour_is_reported_once(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    db: Database,
    clock: FixedClock,
    settings: Settings,
    payments: OfflinePayments,
) -> None:
    customer = await _subscribe(client, tenant, worker, db, "metered")
    clock.advance(timedelta(minutes=20))  # 15:20: a 3-minute call and a text in 15:00-16:00
    await _use(db, tenant, clock, "CAmeter1", 3)
    await _check(db, tenant, settings, clock, worker)
    assert await payments.meter_events(customer) == []  # 15:00-16:00 is not closed yet

    clock.advance(timedelta(hours=1, minutes=20))  # 16:40: the hour closed 40 minutes ago
    await _use(db, tenant, clock, "CAmeter2", 1)  # in 16:00-17:00, reported later
    await _check(db, tenant, settings, clock, worker)
    sent = await payments.meter_events(customer)
    # Texts are all of the hour's SMS, as the owner's usage page counts them (the checkout's
    # own owner notice included).
    hour = clock.now().replace(hour=15, minute=0, second=0, microsecond=0)
    async with as_tenant(db, tenant.id) as (uow, ctx):
        texts = (await measure_between(uow, ctx, hour, hour + timedelta(hours=1))).texts
    assert texts >= 1
    assert {(e["event_name"], e["payload"]["value"]) for e in sent} == {
        ("sb_calls", "1"),
        ("sb_minutes", "3"),
        ("sb_texts", str(texts)),
    }
    assert {e["identifier"].split(":", 1)[0] for e in sent} == {tenant.id}
    # 15:59:59 UTC, inside the hour it counts for.
    assert {e["timestamp"] for e in sent} == {
        int(clock.now().replace(hour=15, minute=59, second=59).timestamp())
    }

    # The same hour again (the check runs again, a job re-runs): nothing new is sent.
    await _check(db, tenant, settings, clock, worker)
    assert len(await payments.meter_events(customer)) == 3

    clock.advance(timedelta(hours=1))  # 17:40: 16:00-17:00 is closed
    await _check(db, tenant, settings, clock, worker)
    later = (await payments.meter_events(customer))[3:]
    assert sorted((e["event_name"], e["payload"]["value"]) for e in later) == [
        ("sb_calls", "1"),
        ("sb_minutes", "1"),
        ("sb_texts", "1"),
    ]
    account = await account_of(db, tenant)
    assert account is not None and account.usage_reported_until == clock.now().replace(
        minute=0, second=0, microsecond=0
    )


async def test_a_failing_provider_is_retried_and_still_counts_once(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    db: Database,
    clock: FixedClock,
    settings: Settings,
    payments: OfflinePayments,
) -> None:
    customer = await _subscribe(client, tenant, worker, db, "metered")
    clock.advance(timedelta(minutes=10))
    await _use(db, tenant, clock, "CAmeter3", 2)
    clock.advance(timedelta(hours=1, minutes=30))
    payments.fail_next(1)
    await _check(db, tenant, settings, clock, worker)
    assert await payments.meter_events(customer) == []
    account = await account_of(db, tenant)
    assert account is not None and account.usage_reported_until is None  # not moved on
    clock.advance(timedelta(minutes=10))  # past the retry's backoff
    await worker.drain()
    # The call that failed may have reached the provider before failing; a repeat of an
    # identifier counts once, as at Stripe.
    events = await payments.meter_events(customer)
    assert sorted((e["event_name"], e["payload"]["value"]) for e in events)[:2] == [
        ("sb_calls", "1"),
        ("sb_minutes", "2"),
    ]
    assert len(events) == 3
    from switchboard.integrations.payments.port import MeterEvent

    first = events[0]
    await payments.report_usage(
        MeterEvent(first["event_name"], customer, 99, first["identifier"], clock.now())
    )
    assert len(await payments.meter_events(customer)) == 3


async def test_a_plan_without_meters_reports_nothing(
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
    db: Database,
    clock: FixedClock,
    settings: Settings,
    payments: OfflinePayments,
) -> None:
    customer = await _subscribe(client, tenant, worker, db, "flat")
    await _use(db, tenant, clock, "CAflat1", 2)
    clock.advance(timedelta(hours=2))
    await _check(db, tenant, settings, clock, worker)
    assert await payments.meter_events(customer) == []
    assert await _report_jobs(db) == 0


async def test_a_tenant_on_its_free_trial_without_a_subscription_reports_nothing(
    tenant: Tenant,
    worker: Worker,
    db: Database,
    clock: FixedClock,
    settings: Settings,
    payments: OfflinePayments,
) -> None:
    await _use(db, tenant, clock, "CAtrial1", 2)
    clock.advance(timedelta(hours=2))
    await _check(db, tenant, settings, clock, worker)
    assert await _report_jobs(db) == 0
    account = await account_of(db, tenant)
    assert account is not None and account.customer_ref is None
