"""Owner alerts: SMS first, email fallback, once per event, per-tenant owner contacts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from switchboard.alerts import service as alerts
from switchboard.alerts.service import AlertEvent
from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.email.offline import OfflineEmail
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from switchboard.messaging import consent
from tests.conftest import Tenant, provision
from tests.support import as_tenant, update_business

NIGHT = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # 23:00 in Chicago


async def page(
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    event: AlertEvent,
    key: str = "CA123",
    **fields: str,
) -> None:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await alerts.page_owner(uow, ctx, event=event, event_key=key, clock=clock, **fields)


async def test_emergency_pages_the_tenants_own_owner_at_once_even_at_night(
    db: Database,
    tenant: Tenant,
    other_tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    clock.set(NIGHT)
    await page(
        db,
        tenant,
        clock,
        "emergency",
        caller="+19135550142",
        summary="Burst pipe, water on the floor.",
    )
    await page(db, other_tenant, clock, "emergency", key="CA999", summary="Sparking panel.")
    await worker.drain()
    by_owner = {s.message.to: s.message for s in sms.sent}
    assert set(by_owner) == {"+19135550199", "+19135550188"}
    assert "Burst pipe" in by_owner["+19135550199"].body
    assert by_owner["+19135550199"].from_ == tenant.phone_number
    assert "Sparking panel" in by_owner["+19135550188"].body


async def test_same_event_pages_once(
    db: Database, tenant: Tenant, clock: FixedClock, worker: Worker, sms: OfflineSms
) -> None:
    for _ in range(3):
        await page(db, tenant, clock, "missed_call", key="CAabc", caller="+19135550142")
        await worker.drain()
    await page(db, tenant, clock, "missed_call", key="CAdef", caller="+19135550142")
    await worker.drain()
    assert len(sms.sent) == 2


async def test_missed_call_at_night_waits_for_the_morning(
    db: Database, tenant: Tenant, clock: FixedClock, worker: Worker, sms: OfflineSms
) -> None:
    clock.set(NIGHT)
    await page(db, tenant, clock, "missed_call", caller="+19135550142")
    await worker.drain()
    assert sms.sent == []
    clock.set(datetime(2026, 3, 2, 14, 0, tzinfo=UTC))
    await worker.drain()
    assert len(sms.sent) == 1


async def test_alert_kinds_are_switchable_per_tenant(
    db: Database,
    tenant: Tenant,
    other_tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
    email: OfflineEmail,
) -> None:
    await update_business(db, tenant.id, settings={"owner_alerts": {"new_booking": False}})
    await page(db, tenant, clock, "new_booking", key="appt-1", when="Tue 9:00")
    await page(db, other_tenant, clock, "new_booking", key="appt-2", when="Tue 9:00")
    await page(db, tenant, clock, "voicemail", key="RE1")
    await worker.drain()
    assert sorted(s.message.to for s in sms.sent) == ["+19135550188", "+19135550199"]
    assert "voicemail" in next(s.message.body for s in sms.sent if s.message.to == "+19135550199")
    assert email.sent == []


async def test_email_fallback_when_the_sms_fails_for_good(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
    email: OfflineEmail,
) -> None:
    sms.fail_always()
    await page(db, tenant, clock, "emergency", caller="+19135550142", summary="Gas smell.")
    await worker.drain()
    await worker.drain()
    assert [e.to for e in email.sent] == ["owner@bristol-plumbing.com"]
    assert "Gas smell" in email.sent[0].body
    assert "EMERGENCY" in email.sent[0].subject
    # Paging again for the same event sends nothing more on either channel.
    await page(db, tenant, clock, "emergency", caller="+19135550142", summary="Gas smell.")
    await worker.drain()
    assert len(email.sent) == 1
    listing = await client.get(
        "/v1/owner/messages", params={"kind": "owner_alert"}, headers=tenant.owner
    )
    assert sorted((m["channel"], m["status"]) for m in listing.json()["items"]) == [
        ("email", "sent"),
        ("sms", "failed"),
    ]


async def test_email_fallback_when_the_owner_phone_cannot_be_texted(
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
    email: OfflineEmail,
) -> None:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await consent.opt_out(uow, ctx, "+19135550199", clock.now(), source="sms_keyword")
    await page(db, tenant, clock, "voicemail", key="RE7")
    await worker.drain()
    assert sms.sent == []
    assert [e.to for e in email.sent] == ["owner@bristol-plumbing.com"]


async def test_owner_without_phone_gets_email_and_without_either_nothing_breaks(
    client: httpx.AsyncClient,
    db: Database,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
    email: OfflineEmail,
) -> None:
    email_only = await provision(client, owner_email="only-email@bristol-plumbing.com")
    nobody = await provision(client)
    await page(db, email_only, clock, "emergency", key="CA1")
    await page(db, nobody, clock, "emergency", key="CA2")
    await worker.drain()
    await worker.drain()
    assert sms.sent == []
    assert [e.to for e in email.sent] == ["only-email@bristol-plumbing.com"]


async def test_fallback_after_retries_run_out(
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
    email: OfflineEmail,
) -> None:
    sms.fail_next(1000)
    await page(db, tenant, clock, "emergency", key="CA5")
    for _ in range(9):
        await worker.drain()
        clock.advance(timedelta(hours=1))
    assert sms.sent == []
    assert len(email.sent) == 1
