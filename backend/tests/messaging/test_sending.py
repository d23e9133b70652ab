"""Outbound SMS end to end: message log, delivery job, retries, reconciliation, the rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from switchboard.messaging import consent, service
from switchboard.messaging.delivery import GAVE_UP
from tests.conftest import ADMIN, Tenant
from tests.support import as_tenant, jobs_of, update_business

CUSTOMER = "+19135550142"


async def queue_sms(
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    *,
    to: str = CUSTOMER,
    kind: str = "confirmation",
    body: str = "Your plumber arrives Tuesday at 9:00.",
    **extra: object,
) -> str:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        message = await service.send_sms(
            uow,
            ctx,
            to=to,
            body=body,
            kind=kind,
            clock=clock,
            **extra,  # type: ignore[arg-type]
        )
        return str(message.id)


async def get_message(client: httpx.AsyncClient, tenant: Tenant, message_id: str) -> dict:
    response = await client.get(f"/v1/owner/messages/{message_id}", headers=tenant.owner)
    assert response.status_code == 200, response.text
    return response.json()


async def test_sent_sms_is_in_the_message_log_with_contract_fields(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    message_id = await queue_sms(db, tenant, clock, to="(913) 555-0142")
    queued = await get_message(client, tenant, message_id)
    assert queued["status"] == "queued"

    assert await worker.drain() == 1

    listing = await client.get("/v1/owner/messages", headers=tenant.owner)
    assert listing.status_code == 200
    [item] = listing.json()["items"]
    assert {
        "id",
        "channel",
        "direction",
        "to",
        "from",
        "body",
        "status",
        "kind",
        "created_at",
    } <= item.keys()
    assert item["id"] == message_id
    assert item["channel"] == "sms"
    assert item["direction"] == "outbound"
    assert item["to"] == CUSTOMER
    assert item["from"] == tenant.phone_number
    assert item["status"] == "sent"
    assert item["kind"] == "confirmation"
    assert item["provider_id"] == sms.sent[0].receipt.provider_id
    assert [m.to for m in (s.message for s in sms.sent)] == [CUSTOMER]
    assert sms.sent[0].message.status_callback == (
        f"http://127.0.0.1:8000/twilio/sms/status?m={message_id}"
    )


async def test_provider_failing_twice_then_succeeding_sends_one_message(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    sms.fail_next(2)
    message_id = await queue_sms(db, tenant, clock)
    for _ in range(3):
        await worker.drain()
        clock.advance(timedelta(minutes=5))  # past any backoff
    assert sms.attempts == 3
    assert len(sms.sent) == 1
    [job] = await jobs_of(db, "messaging.send", tenant.id)
    assert (job.status, job.attempts) == ("done", 3)
    assert (await get_message(client, tenant, message_id))["status"] == "sent"


async def test_retry_waits_for_the_backoff(
    db: Database, tenant: Tenant, clock: FixedClock, worker: Worker, sms: OfflineSms
) -> None:
    sms.fail_next(1)
    await queue_sms(db, tenant, clock)
    await worker.drain()
    [job] = await jobs_of(db, "messaging.send", tenant.id)
    assert job.status == "queued"
    # First retry: full jitter within [1 s, 2 s] after the failure.
    assert timedelta(seconds=1) <= job.run_at - clock.now() <= timedelta(seconds=2)
    assert await worker.drain() == 0  # not due yet
    clock.advance(timedelta(seconds=2))
    assert await worker.drain() == 1
    assert len(sms.sent) == 1


async def test_timeout_after_the_request_left_never_sends_twice(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    sms.fail_next(1, ambiguous=True)  # the provider accepted it, but we saw a timeout
    message_id = await queue_sms(db, tenant, clock)
    await worker.drain()
    # Marked before the call, so the retry knows to look for the earlier attempt.
    assert (await get_message(client, tenant, message_id))["status"] == "sending"
    clock.advance(timedelta(minutes=1))
    await worker.drain()
    assert sms.attempts == 1  # the retry reconciled instead of sending again
    assert len(sms.sent) == 1
    message = await get_message(client, tenant, message_id)
    assert message["status"] == "sent"
    assert message["provider_id"] == sms.sent[0].receipt.provider_id


async def test_reminder_in_quiet_hours_waits_until_morning_in_the_tenant_zone(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    # 21:30 in Chicago on Sunday 1 March (03:30 UTC on the 2nd).
    clock.set(datetime(2026, 3, 2, 3, 30, tzinfo=UTC))
    message_id = await queue_sms(db, tenant, clock, kind="reminder")
    message = await get_message(client, tenant, message_id)
    assert message["status"] == "queued"
    assert "quiet hours" in message["reason"]
    morning = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)  # 08:00 CST
    assert datetime.fromisoformat(message["send_after"]) == morning

    await worker.drain()
    clock.set(morning - timedelta(minutes=1))
    await worker.drain()
    assert sms.sent == []
    clock.set(morning)
    assert await worker.drain() == 1
    assert len(sms.sent) == 1
    assert (await get_message(client, tenant, message_id))["status"] == "sent"


async def test_quiet_hours_follow_daylight_saving_time(
    client: httpx.AsyncClient, db: Database, tenant: Tenant, clock: FixedClock
) -> None:
    # 23:00 CST on Saturday 7 March; clocks spring forward that night, so 08:00 is CDT (UTC-5).
    clock.set(datetime(2026, 3, 8, 5, 0, tzinfo=UTC))
    message_id = await queue_sms(db, tenant, clock, kind="reminder")
    message = await get_message(client, tenant, message_id)
    assert datetime.fromisoformat(message["send_after"]) == datetime(2026, 3, 8, 13, 0, tzinfo=UTC)


async def test_replies_and_urgent_messages_ignore_quiet_hours(
    db: Database, tenant: Tenant, clock: FixedClock, worker: Worker, sms: OfflineSms
) -> None:
    clock.set(datetime(2026, 3, 2, 5, 0, tzinfo=UTC))  # 23:00 in Chicago
    await queue_sms(db, tenant, clock, kind="reply", to="+19135550143")
    await queue_sms(db, tenant, clock, kind="owner_alert", urgent=True, to="+19135550144")
    await queue_sms(db, tenant, clock, kind="reminder", to="+19135550145")
    await worker.drain()
    assert sorted(s.message.to for s in sms.sent) == ["+19135550143", "+19135550144"]


async def test_opted_out_number_receives_nothing_but_the_one_confirmation(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await consent.opt_out(uow, ctx, CUSTOMER, clock.now(), source="sms_keyword")
    confirmation = await queue_sms(db, tenant, clock, kind="opt_out", body="You are unsubscribed.")
    second = await queue_sms(db, tenant, clock, kind="opt_out", body="You are unsubscribed.")
    reminder = await queue_sms(db, tenant, clock, kind="reminder")
    reply = await queue_sms(db, tenant, clock, kind="reply", body="Anything else?")
    await worker.drain()

    assert [s.message.body for s in sms.sent] == ["You are unsubscribed."]
    assert (await get_message(client, tenant, confirmation))["status"] == "sent"
    for blocked in (second, reminder, reply):
        message = await get_message(client, tenant, blocked)
        assert message["status"] == "blocked"
    assert "opted out" in (await get_message(client, tenant, reminder))["reason"]


async def test_opt_out_after_queueing_blocks_at_send_time(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    clock.set(datetime(2026, 3, 2, 3, 30, tzinfo=UTC))  # quiet hours: the reminder waits
    message_id = await queue_sms(db, tenant, clock, kind="reminder")
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await consent.opt_out(uow, ctx, CUSTOMER, clock.now(), source="sms_keyword")
    clock.set(datetime(2026, 3, 2, 14, 0, tzinfo=UTC))
    await worker.drain()
    assert sms.sent == []
    assert (await get_message(client, tenant, message_id))["status"] == "blocked"


async def test_opt_in_again_allows_messages(
    db: Database, tenant: Tenant, clock: FixedClock, worker: Worker, sms: OfflineSms
) -> None:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await consent.opt_out(uow, ctx, CUSTOMER, clock.now(), source="sms_keyword")
        await consent.opt_in(uow, ctx, CUSTOMER, clock.now(), source="sms_keyword")
    await queue_sms(db, tenant, clock)
    await worker.drain()
    assert len(sms.sent) == 1


async def test_lockdown_blocks_every_automated_message(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    queued_before = await queue_sms(db, tenant, clock, to="+19135550150")
    response = await client.post("/v1/owner/lockdown", json={"enabled": True}, headers=tenant.owner)
    assert response.status_code == 200
    queued_after = await queue_sms(db, tenant, clock, kind="owner_alert", urgent=True)
    await worker.drain()
    assert sms.sent == []
    for message_id in (queued_before, queued_after):
        message = await get_message(client, tenant, message_id)
        assert message["status"] == "blocked"
        assert "lockdown" in message["reason"]


async def test_only_allowed_countries(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    uk = await queue_sms(db, tenant, clock, to="+442079460958")
    canada = await queue_sms(db, tenant, clock, to="+14165550123")
    await worker.drain()
    assert (await get_message(client, tenant, uk))["status"] == "blocked"
    assert (await get_message(client, tenant, canada))["status"] == "sent"
    await update_business(db, tenant.id, settings={"messaging": {"allowed_countries": ["GB"]}})
    uk_again = await queue_sms(db, tenant, clock, to="+442079460958", body="Hello again")
    await worker.drain()
    assert (await get_message(client, tenant, uk_again))["status"] == "sent"


async def test_per_recipient_hourly_cap(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    ids = []
    for n in range(6):
        ids.append(await queue_sms(db, tenant, clock, body=f"Update {n}"))
        await worker.drain()
    statuses = [(await get_message(client, tenant, i))["status"] for i in ids]
    assert statuses == ["sent"] * 5 + ["blocked"]
    other = await queue_sms(db, tenant, clock, to="+19135550160")
    await worker.drain()
    assert (await get_message(client, tenant, other))["status"] == "sent"
    clock.advance(timedelta(hours=1, seconds=1))
    later = await queue_sms(db, tenant, clock, body="An hour later")
    await worker.drain()
    assert (await get_message(client, tenant, later))["status"] == "sent"


async def test_daily_cap_is_configurable_per_tenant(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    other_tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    await update_business(db, tenant.id, settings={"messaging": {"daily_cap": 2}})
    ids = []
    for n in range(3):
        ids.append(await queue_sms(db, tenant, clock, to=f"+1913555017{n}"))
        await worker.drain()
    statuses = [(await get_message(client, tenant, i))["status"] for i in ids]
    assert statuses == ["sent", "sent", "blocked"]
    assert "daily" in (await get_message(client, tenant, ids[2]))["reason"]
    # Another tenant's volume is its own.
    other = await queue_sms(db, other_tenant, clock, to="+19135550179")
    await worker.drain()
    assert (await get_message(client, other_tenant, other))["status"] == "sent"


async def test_permanent_provider_error_marks_the_message_failed(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    sms.fail_always()
    message_id = await queue_sms(db, tenant, clock)
    await worker.drain()
    message = await get_message(client, tenant, message_id)
    assert message["status"] == "failed"
    [job] = await jobs_of(db, "messaging.send", tenant.id)
    assert job.status == "done"  # nothing left to retry: the log says what happened


async def test_given_up_message_is_failed_and_rerunnable_by_the_admin(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    sms.fail_next(100)
    message_id = await queue_sms(db, tenant, clock)
    for _ in range(8):
        await worker.drain()
        clock.advance(timedelta(hours=1))
    message = await get_message(client, tenant, message_id)
    assert (message["status"], message["reason"]) == ("failed", GAVE_UP)
    dead = await client.get(
        "/v1/admin/jobs", params={"status": "dead", "kind": "messaging.send"}, headers=ADMIN
    )
    [job] = [j for j in dead.json()["items"] if j["business_id"] == tenant.id]
    assert job["attempts"] == 8

    sms.recover()
    rerun = await client.post(f"/v1/admin/jobs/{job['id']}/retry", headers=ADMIN)
    assert rerun.status_code == 200
    assert rerun.json()["status"] == "queued"
    await worker.drain()
    assert len(sms.sent) == 1
    assert (await get_message(client, tenant, message_id))["status"] == "sent"


async def test_same_dedup_key_sends_once(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    first = await queue_sms(db, tenant, clock, dedup_key="reminder:appt-1:24h")
    second = await queue_sms(db, tenant, clock, dedup_key="reminder:appt-1:24h")
    await worker.drain()
    assert first == second
    assert len(sms.sent) == 1


async def test_bad_input_is_refused(db: Database, tenant: Tenant, clock: FixedClock) -> None:
    from switchboard.core.errors import InvalidInput

    for to, body in (("not a phone", "hi"), (CUSTOMER, ""), (CUSTOMER, "x" * 2000)):
        try:
            await queue_sms(db, tenant, clock, to=to, body=body)
        except InvalidInput:
            continue
        raise AssertionError(f"accepted {to!r}/{len(body)}")


async def test_no_phone_number_or_text_reaches_the_logs(
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sms.fail_next(1)
    await queue_sms(db, tenant, clock, body="Gate code 4417, dog is friendly")
    await worker.drain()
    clock.advance(timedelta(minutes=5))
    sms.fail_always()
    await worker.drain()
    logged = capsys.readouterr().out
    assert "job_failed" in logged  # the failures were logged ...
    assert "5550142" not in logged  # ... without the recipient
    assert "Gate code" not in logged  # ... or the text
