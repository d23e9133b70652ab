"""Read back: a push channel per connection, incremental sync with Google's syncToken (a full
listing again after 410), and the owner's moves and deletions in Google reaching appointments,
end to end from the push notification."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select

from switchboard.calendar_account import readback
from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.jobs import queue
from switchboard.jobs.registry import registry
from switchboard.jobs.worker import Worker
from switchboard.models.calendar import CalendarConnection
from switchboard.models.job import Job
from tests.calendar.conftest import connect
from tests.calendar.recorded import (
    FULL_SYNC_REQUIRED,
    RecordedGoogle,
    event,
    events_page,
    watch_channel,
)
from tests.conftest import Tenant, app_client, make_settings, provision
from tests.crm.conftest import book

EVENTS = "/calendar/v3/calendars/primary/events"
WATCH = f"{EVENTS}/watch"
NOTIFY = "/v1/integrations/google/notifications"
TUESDAY_10 = "2026-03-03T10:00:00-06:00"
RESOURCE = "ret08u3rv24htgh289g"


def _answer_watch(google: RecordedGoogle, clock: FixedClock) -> None:
    expires = int((clock.now() + timedelta(days=7)).timestamp() * 1000)

    def answer(request: httpx.Request) -> httpx.Response:
        sent = RecordedGoogle.body(request)
        return httpx.Response(200, json=watch_channel(sent["id"], sent["token"], expires))

    google.dynamic("POST", WATCH, answer)


async def connected(
    client: httpx.AsyncClient,
    tenant: Tenant,
    google: RecordedGoogle,
    worker: Worker,
    clock: FixedClock,
) -> dict[str, Any]:
    """Connect and let the watch job run; returns the channel Google was asked to open."""
    _answer_watch(google, clock)
    google.on("GET", EVENTS, (200, events_page([])))
    google.once(
        "GET",
        EVENTS,
        (200, events_page([], nextSyncToken="sync-1")),
        params={"showDeleted": "true"},
    )
    assert (await connect(client, tenant, google)).status_code == 303
    await worker.drain()
    (watch,) = google.sent("POST", WATCH)
    channel: dict[str, Any] = RecordedGoogle.body(watch)
    return channel


def push(
    channel: dict[str, Any], number: int, *, state: str = "exists", **overrides: str
) -> dict[str, str]:
    headers = {
        "X-Goog-Channel-ID": channel["id"],
        "X-Goog-Channel-Token": channel["token"],
        "X-Goog-Resource-ID": RESOURCE,
        "X-Goog-Resource-State": state,
        "X-Goog-Message-Number": str(number),
        "X-Goog-Resource-URI": "https://www.googleapis.com/calendar/v3/calendars/primary/events?alt=json",
        "X-Goog-Channel-Expiration": "Tue, 10 Mar 2026 15:00:00 GMT",
    }
    headers.update(overrides)
    return headers


async def _booked_and_mirrored(
    client: httpx.AsyncClient, tenant: Tenant, google: RecordedGoogle, worker: Worker
) -> tuple[dict[str, Any], str]:
    """A visit booked on Tuesday at 10 and written to Google; returns it and its event id."""
    appointment: dict[str, Any] = (await book(client, tenant.owner, TUESDAY_10)).json()
    ident = uuid.UUID(appointment["id"]).hex
    google.on("POST", EVENTS, (200, event(ident, {}, {})))
    await worker.drain()
    return appointment, ident


async def _appointment(client: httpx.AsyncClient, tenant: Tenant, ident: str) -> dict[str, Any]:
    answer = await client.get(f"/v1/owner/appointments/{ident}", headers=tenant.owner)
    assert answer.status_code == 200
    shown: dict[str, Any] = answer.json()
    return shown


async def _connection(db: Database, tenant: Tenant) -> CalendarConnection:
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test reads"):
        row = await uow.session.scalar(
            select(CalendarConnection).where(CalendarConnection.business_id == uuid.UUID(tenant.id))
        )
        assert row is not None
        return row


async def _jobs(db: Database, tenant: Tenant, kind: str) -> list[Job]:
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test reads"):
        rows = await uow.session.scalars(
            select(Job).where(Job.kind == kind, Job.business_id == uuid.UUID(tenant.id))
        )
        return list(rows)


async def test_connecting_opens_a_channel_and_takes_a_sync_token(
    client: httpx.AsyncClient,
    tenant: Tenant,
    google: RecordedGoogle,
    worker: Worker,
    clock: FixedClock,
    db: Database,
) -> None:
    channel = await connected(client, tenant, google, worker, clock)
    assert channel["type"] == "web_hook"
    assert channel["address"] == f"https://switchboard.example{NOTIFY}"
    assert channel["params"] == {"ttl": "604800"}
    (first,) = [r for r in google.sent("GET", EVENTS) if "showDeleted" in r.url.params]
    assert "syncToken" not in first.url.params and "timeMin" in first.url.params
    row = await _connection(db, tenant)
    assert row.sync_token == "sync-1"
    assert row.channel_id == channel["id"] and row.channel_resource_id == RESOURCE
    assert row.channel_token_hash != channel["token"]  # only its hash is kept
    view = (await client.get("/v1/owner/integrations/google", headers=tenant.owner)).json()
    assert view["push_until"] is not None and view["synced_at"] is not None


async def test_a_push_moves_the_appointment_end_to_end(
    client: httpx.AsyncClient,
    tenant: Tenant,
    google: RecordedGoogle,
    worker: Worker,
    clock: FixedClock,
    db: Database,
) -> None:
    channel = await connected(client, tenant, google, worker, clock)
    appointment, ident = await _booked_and_mirrored(client, tenant, google, worker)
    confirmations = len(await _jobs(db, tenant, "appointment.confirmation"))

    # The owner drags the visit to 14:00 in Google; Google pushes, we read the change.
    moved = event(
        ident,
        {"dateTime": "2026-03-03T14:00:00-06:00"},
        {"dateTime": "2026-03-03T15:00:00-06:00"},
        ours=appointment["id"],
    )
    google.once(
        "GET",
        EVENTS,
        (200, events_page([moved], nextSyncToken="sync-2")),
        params={"syncToken": "sync-1"},
    )
    google.on("POST", EVENTS, (409, {"error": {"code": 409, "message": "duplicate"}}))
    google.on("PATCH", f"{EVENTS}/{ident}", (200, moved))
    notified = await client.post(NOTIFY, headers=push(channel, 2))
    assert notified.status_code == 200
    again = await client.post(NOTIFY, headers=push(channel, 2))  # Google retries: one sync
    assert again.status_code == 200
    assert len(await _jobs(db, tenant, "calendar.sync")) == 1
    await worker.drain()

    now = await _appointment(client, tenant, appointment["id"])
    assert now["start"] == "2026-03-03T14:00:00-06:00"
    assert now["end"] == "2026-03-03T15:00:00-06:00"
    assert (await _connection(db, tenant)).sync_token == "sync-2"
    # The customer is told (the owner's default); the owner is not paged about their own move.
    assert len(await _jobs(db, tenant, "appointment.confirmation")) == confirmations + 1


async def test_a_deleted_event_cancels_and_a_410_lists_everything_again(
    client: httpx.AsyncClient,
    tenant: Tenant,
    google: RecordedGoogle,
    worker: Worker,
    clock: FixedClock,
    db: Database,
) -> None:
    channel = await connected(client, tenant, google, worker, clock)
    quiet = await client.put(
        "/v1/owner/integrations/google/calendars",
        json={"calendar_ids": ["primary"], "tell_customers": False},
        headers=tenant.owner,
    )
    assert quiet.status_code == 200 and quiet.json()["tell_customers"] is False
    appointment, ident = await _booked_and_mirrored(client, tenant, google, worker)
    confirmations = len(await _jobs(db, tenant, "appointment.confirmation"))

    google.once("GET", EVENTS, (410, FULL_SYNC_REQUIRED), params={"syncToken": "sync-1"})
    deleted = event(
        ident,
        {"dateTime": "2026-03-03T10:00:00-06:00"},
        {"dateTime": "2026-03-03T11:00:00-06:00"},
        status="cancelled",
        ours=appointment["id"],
    )
    google.once(
        "GET",
        EVENTS,
        (200, events_page([deleted], nextSyncToken="fresh")),
        params={"showDeleted": "true"},
    )
    google.on(
        "DELETE",
        f"{EVENTS}/{ident}",
        (410, {"error": {"code": 410, "message": "Resource has been deleted"}}),
    )
    assert (await client.post(NOTIFY, headers=push(channel, 3))).status_code == 200
    await worker.drain()

    now = await _appointment(client, tenant, appointment["id"])
    assert now["status"] == "cancelled"
    assert (await _connection(db, tenant)).sync_token == "fresh"
    assert len(await _jobs(db, tenant, "appointment.confirmation")) == confirmations  # not told
    sync = [r for r in google.sent("GET", EVENTS) if "syncToken" in r.url.params]
    assert [r.url.params["syncToken"] for r in sync] == ["sync-1"]


async def test_a_move_the_schedule_refuses_is_put_back(
    client: httpx.AsyncClient,
    tenant: Tenant,
    google: RecordedGoogle,
    worker: Worker,
    clock: FixedClock,
) -> None:
    channel = await connected(client, tenant, google, worker, clock)
    appointment, ident = await _booked_and_mirrored(client, tenant, google, worker)
    night = event(
        ident,
        {"dateTime": "2026-03-03T02:00:00-06:00"},
        {"dateTime": "2026-03-03T03:00:00-06:00"},
        ours=appointment["id"],
    )
    google.once(
        "GET",
        EVENTS,
        (200, events_page([night], nextSyncToken="sync-2")),
        params={"syncToken": "sync-1"},
    )
    google.on("POST", EVENTS, (409, {"error": {"code": 409, "message": "duplicate"}}))
    google.on("PATCH", f"{EVENTS}/{ident}", (200, night))
    assert (await client.post(NOTIFY, headers=push(channel, 4))).status_code == 200
    await worker.drain()

    kept = await _appointment(client, tenant, appointment["id"])
    assert kept["start"] == "2026-03-03T10:00:00-06:00"
    restored = RecordedGoogle.body(google.sent("PATCH", f"{EVENTS}/{ident}")[-1])
    assert restored["start"] == {"dateTime": "2026-03-03T16:00:00Z"}


async def test_notifications_without_the_channel_token_are_refused(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    google: RecordedGoogle,
    worker: Worker,
    clock: FixedClock,
    db: Database,
) -> None:
    channel = await connected(client, tenant, google, worker, clock)
    for headers in (
        push(channel, 5, **{"X-Goog-Channel-Token": "guessed"}),
        push(channel, 5, **{"X-Goog-Channel-ID": str(uuid.uuid4())}),
        push(channel, 5, **{"X-Goog-Resource-ID": "another-resource"}),
        {},
    ):
        refused = await client.post(NOTIFY, headers=headers)
        assert refused.status_code == 404
    first = await client.post(NOTIFY, headers=push(channel, 1, state="sync"))
    assert first.status_code == 200
    assert await _jobs(db, tenant, "calendar.sync") == []
    assert await _jobs(db, other_tenant, "calendar.sync") == []


async def test_channels_are_renewed_before_they_expire(
    client: httpx.AsyncClient,
    tenant: Tenant,
    google: RecordedGoogle,
    worker: Worker,
    clock: FixedClock,
    db: Database,
) -> None:
    channel = await connected(client, tenant, google, worker, clock)
    google.on("POST", "/calendar/v3/channels/stop", (204, None))
    clock.advance(timedelta(days=6, hours=12))
    _answer_watch(google, clock)
    async with db.unit_of_work() as uow, uow.system_scope("test queues the renewal"):
        await queue.enqueue(uow, readback.RENEW_JOB, {}, now=clock.now())
    await worker.drain()
    # (Every business due in the shared test database is renewed; look at this one.)
    watched = [RecordedGoogle.body(r)["id"] for r in google.sent("POST", WATCH)]
    stopped = [RecordedGoogle.body(r) for r in google.sent("POST", "/calendar/v3/channels/stop")]
    assert {"id": channel["id"], "resourceId": RESOURCE} in stopped
    row = await _connection(db, tenant)
    assert row.channel_id != channel["id"] and row.channel_id in watched
    assert row.sync_token == "sync-1"  # the place in the feed is kept
    # The old channel's notifications are no longer accepted.
    assert (await client.post(NOTIFY, headers=push(channel, 9))).status_code == 404


async def test_without_https_read_back_polls(
    database_url: str,
    db: Database,
    clock: FixedClock,
    google: RecordedGoogle,
    providers: Providers,
) -> None:
    """Google pushes to https addresses only: on plain http no channel is asked for, the first
    sync token is still taken, and the hourly renewal syncs instead."""
    plain = make_settings(database_url)  # http://127.0.0.1:8000
    worker = Worker(db, registry, clock, services={"providers": providers, "settings": plain})
    async with app_client(plain, db, clock=clock, providers=providers) as client:
        tenant = await provision(client)
        google.on("GET", EVENTS, (200, events_page([], nextSyncToken="sync-1")))
        assert (await connect(client, tenant, google)).status_code == 303
        await worker.drain()
        assert not google.sent("POST", WATCH)
        row = await _connection(db, tenant)
        assert row.sync_token == "sync-1" and row.channel_id is None
        async with db.unit_of_work() as uow, uow.system_scope("test queues the renewal"):
            await queue.enqueue(uow, readback.RENEW_JOB, {}, now=clock.now())
        await worker.drain()
        assert not google.sent("POST", WATCH)
        polled = [r for r in google.sent("GET", EVENTS) if "syncToken" in r.url.params]
        assert polled and polled[-1].url.params["syncToken"] == "sync-1"


async def test_disconnecting_stops_the_channel_and_its_notifications(
    client: httpx.AsyncClient,
    tenant: Tenant,
    google: RecordedGoogle,
    worker: Worker,
    clock: FixedClock,
    db: Database,
) -> None:
    channel = await connected(client, tenant, google, worker, clock)
    google.on("POST", "/calendar/v3/channels/stop", (204, None))
    gone = await client.delete("/v1/owner/integrations/google", headers=tenant.owner)
    assert gone.status_code == 200
    (stop,) = google.sent("POST", "/calendar/v3/channels/stop")
    assert RecordedGoogle.body(stop) == {"id": channel["id"], "resourceId": RESOURCE}
    assert len(google.sent("POST", "/revoke")) == 1
    assert (await client.post(NOTIFY, headers=push(channel, 7))).status_code == 404
    assert await _jobs(db, tenant, "calendar.sync") == []
