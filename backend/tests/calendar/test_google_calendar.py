"""The Google adapter against recorded Calendar API answers: busy times block slots (and say
when they could not be read), a 401 refreshes once, a revoked grant stops the calls, and
bookings become one event each, found again after a retry."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.jobs.worker import Worker
from switchboard.models.job import Job
from tests.calendar.conftest import connect
from tests.calendar.recorded import (
    DUPLICATE,
    INVALID_GRANT,
    RATE_LIMITED,
    UNAUTHENTICATED,
    RecordedGoogle,
    event,
    events_page,
)
from tests.conftest import ADMIN, Tenant
from tests.crm.conftest import book

EVENTS = "/calendar/v3/calendars/primary/events"
TUESDAY_10 = "2026-03-03T10:00:00-06:00"


def owner_day() -> dict[str, Any]:
    """Tuesday: a dentist 12-14 (blocks), a "free" reminder 15-16 (does not), an event
    Switchboard wrote itself 10-11 (does not: it is a booking we already know); Wednesday:
    an all-day event (blocks the day)."""
    return events_page(
        [
            event(
                "dentist01",
                {"dateTime": "2026-03-03T12:00:00-06:00"},
                {"dateTime": "2026-03-03T14:00:00-06:00"},
            ),
            event(
                "reminder01",
                {"dateTime": "2026-03-03T15:00:00-06:00"},
                {"dateTime": "2026-03-03T16:00:00-06:00"},
                transparency="transparent",
            ),
            event(
                uuid.uuid4().hex,
                {"dateTime": "2026-03-03T10:00:00-06:00"},
                {"dateTime": "2026-03-03T11:00:00-06:00"},
                ours=str(uuid.uuid4()),
            ),
            event("holiday01", {"date": "2026-03-04"}, {"date": "2026-03-05"}, summary="Away"),
        ]
    )


async def slots(client: httpx.AsyncClient, tenant: Tenant, day: str) -> dict[str, Any]:
    answer = await client.get(
        "/v1/owner/slots", params={"start": day, "end": day, "limit": 40}, headers=tenant.owner
    )
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()
    return data


def starts(data: dict[str, Any]) -> list[str]:
    return [s["start"][11:16] for s in data["items"]]


async def test_busy_times_block_slots_and_are_cached(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant, google: RecordedGoogle
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    google.on("GET", EVENTS, (200, owner_day()))

    tuesday = await slots(client, tenant, "2026-03-03")
    assert tuesday["calendar_checked"] is True
    assert "12:00" not in starts(tuesday) and "13:30" not in starts(tuesday)
    assert {"10:00", "15:00", "15:30"} <= set(starts(tuesday))
    wednesday = await slots(client, tenant, "2026-03-04")
    assert wednesday["items"] == [] and wednesday["calendar_checked"] is True

    (listed, *_) = google.sent("GET", EVENTS)
    assert listed.headers["authorization"] == "Bearer ya29.a0AfB_byRefreshedAccessToken"
    assert listed.url.params["singleEvents"] == "true"
    assert listed.url.params["timeMin"].endswith("Z")
    calls = len(google.sent("GET", EVENTS))
    await slots(client, tenant, "2026-03-03")
    assert len(google.sent("GET", EVENTS)) == calls  # answered from the short cache

    # Another business (not connected) is neither blocked nor looked up.
    theirs = await slots(client, other_tenant, "2026-03-03")
    assert "12:00" in starts(theirs) and theirs["calendar_checked"] is True
    assert len(google.sent("GET", EVENTS)) == calls


async def test_a_401_refreshes_the_token_once_and_retries(
    client: httpx.AsyncClient, tenant: Tenant, google: RecordedGoogle
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    google.on("GET", EVENTS, (401, UNAUTHENTICATED), (200, owner_day()))
    tuesday = await slots(client, tenant, "2026-03-03")
    assert tuesday["calendar_checked"] is True
    assert "12:00" not in starts(tuesday)
    refreshes = [r for r in google.sent("POST", "/token") if b"refresh_token" in r.content]
    assert len(refreshes) == 2  # the first token, then a fresh one after the 401
    form = RecordedGoogle.form(refreshes[0])
    assert form["grant_type"] == "refresh_token"
    assert form["client_id"] == "1234-test.apps.googleusercontent.com"


async def test_an_unreadable_calendar_is_never_taken_as_free(
    client: httpx.AsyncClient, tenant: Tenant, google: RecordedGoogle
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    google.on("GET", EVENTS, (503, {"error": {"code": 503, "message": "Backend Error"}}))
    degraded = await slots(client, tenant, "2026-03-03")
    assert degraded["calendar_checked"] is False
    google.on("GET", EVENTS, (403, RATE_LIMITED))
    assert (await slots(client, tenant, "2026-03-04"))["calendar_checked"] is False
    view = await client.get("/v1/owner/integrations/google", headers=tenant.owner)
    assert view.json()["status"] == "connected"  # a bad moment is not a revoked grant


async def test_a_revoked_grant_is_shown_and_not_retried(
    client: httpx.AsyncClient,
    tenant: Tenant,
    google: RecordedGoogle,
    worker: Worker,
    db: Database,
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    google.on("POST", "/token", (400, INVALID_GRANT))
    google.on("GET", EVENTS, (200, owner_day()))
    degraded = await slots(client, tenant, "2026-03-03")
    assert degraded["calendar_checked"] is False
    assert "12:00" in starts(degraded)  # offered from our own bookings, flagged unchecked
    view = (await client.get("/v1/owner/integrations/google", headers=tenant.owner)).json()
    assert view["status"] == "revoked"
    assert "refused" in view["detail"]
    health = await client.get(
        "/v1/admin/integrations/google", params={"status": "revoked"}, headers=ADMIN
    )
    assert health.status_code == 200
    assert tenant.id in [c["business_id"] for c in health.json()["items"]]
    asked = len(google.sent("POST", "/token"))

    assert (await slots(client, tenant, "2026-03-04"))["calendar_checked"] is False
    appointment = (await book(client, tenant.owner, TUESDAY_10)).json()
    await worker.drain()
    assert len(google.sent("POST", "/token")) == asked  # never asked again
    assert not google.sent("GET", EVENTS) and not google.sent("POST", EVENTS)
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test reads"):
        jobs = (await uow.session.scalars(select(Job).where(Job.kind == "calendar.write"))).all()
    write = next(j for j in jobs if j.payload["appointment_id"] == appointment["id"])
    assert write.status == "done"  # skipped, not failed: nothing to retry

    # Connecting again brings it back, and the visit booked meanwhile is written.
    assert (await connect(client, tenant, google)).status_code == 303
    google.on("POST", "/token", (200, {"access_token": "ya29.new", "expires_in": 3599}))
    google.on("POST", EVENTS, (200, event(uuid.UUID(appointment["id"]).hex, {}, {})))
    again = await client.get("/v1/owner/integrations/google", headers=tenant.owner)
    assert again.json()["status"] == "connected"
    assert (await slots(client, tenant, "2026-03-05"))["calendar_checked"] is True
    await worker.drain()
    (written,) = google.sent("POST", EVENTS)
    assert RecordedGoogle.body(written)["id"] == uuid.UUID(appointment["id"]).hex


async def test_bookings_become_one_event_each_found_again_after_a_retry(
    client: httpx.AsyncClient,
    tenant: Tenant,
    google: RecordedGoogle,
    worker: Worker,
    clock: FixedClock,
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    google.on("GET", EVENTS, (200, events_page([])))
    appointment = (await book(client, tenant.owner, TUESDAY_10)).json()
    ident = uuid.UUID(appointment["id"]).hex
    # The insert's answer is lost (503); the retry finds the event there (409) and patches it.
    google.on(
        "POST",
        EVENTS,
        (503, {"error": {"code": 503, "message": "Backend Error"}}),
        (409, DUPLICATE),
    )
    google.on("PATCH", f"{EVENTS}/{ident}", (200, event(ident, {}, {})))
    await worker.drain()
    clock.advance(timedelta(minutes=10))
    await worker.drain()

    inserts = google.sent("POST", EVENTS)
    assert len(inserts) == 2
    body = RecordedGoogle.body(inserts[0])
    assert body["id"] == ident
    assert body["start"] == {"dateTime": "2026-03-03T16:00:00Z"}
    assert body["extendedProperties"] == {"private": {"switchboard_key": appointment["id"]}}
    assert "Dana Reyes" in body["summary"]
    assert "12 Oak St" in body["location"]
    assert f"/appointments/{appointment['id']}" in body["description"]
    assert "+1913" not in str(body)
    (patch,) = google.sent("PATCH", EVENTS)
    assert patch.url.path == f"{EVENTS}/{ident}"
    assert "id" not in RecordedGoogle.body(patch)

    # A move patches the same event; a cancellation deletes it.
    moved = await client.post(
        f"/v1/owner/appointments/{appointment['id']}/reschedule",
        json={"start": "2026-03-04T10:00:00-06:00"},
        headers=tenant.owner,
    )
    assert moved.status_code == 200, moved.text
    google.on("POST", EVENTS, (409, DUPLICATE))
    await worker.drain()
    assert RecordedGoogle.body(google.sent("PATCH", EVENTS)[-1])["start"] == {
        "dateTime": "2026-03-04T16:00:00Z"
    }
    google.on("DELETE", f"{EVENTS}/{ident}", (204, None))
    cancelled = await client.post(
        f"/v1/owner/appointments/{appointment['id']}/cancel", json={}, headers=tenant.owner
    )
    assert cancelled.status_code == 200
    await worker.drain()
    (deleted,) = google.sent("DELETE", EVENTS)
    assert deleted.url.path == f"{EVENTS}/{ident}"


async def test_a_technicians_visit_goes_to_their_own_calendar(
    client: httpx.AsyncClient, tenant: Tenant, google: RecordedGoogle, worker: Worker
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    ray = (
        await client.post(
            "/v1/owner/technicians",
            json={"name": "Ray", "working_hours": {"tue": [["08:00", "17:00"]]}},
            headers=tenant.owner,
        )
    ).json()
    chosen = await client.put(
        "/v1/owner/integrations/google/calendars",
        json={"calendar_ids": ["primary"], "technician_calendars": {ray["id"]: "ray@example.com"}},
        headers=tenant.owner,
    )
    assert chosen.status_code == 200
    ray_events = "/calendar/v3/calendars/ray@example.com/events"
    google.on("GET", EVENTS, (200, events_page([])))
    # Ray's own dentist appointment blocks Ray, not the business.
    google.on("GET", ray_events, (200, owner_day()))
    tuesday = await slots(client, tenant, "2026-03-03")
    assert "12:00" not in starts(tuesday)  # Ray is the only technician
    google.on("POST", ray_events, (200, event("x", {}, {})))
    appointment = await book(client, tenant.owner, TUESDAY_10, technician_id=ray["id"])
    assert appointment.status_code == 201, appointment.text
    await worker.drain()
    assert len(google.sent("POST", ray_events)) == 1
    assert not google.sent("POST", EVENTS)
    # Handed to Lee, who has no calendar of their own: it leaves Ray's for the business's.
    lee = (
        await client.post(
            "/v1/owner/technicians",
            json={"name": "Lee", "working_hours": {"tue": [["08:00", "17:00"]]}},
            headers=tenant.owner,
        )
    ).json()
    ident = uuid.UUID(appointment.json()["id"]).hex
    google.on("POST", EVENTS, (200, event(ident, {}, {})))
    google.on("DELETE", f"{ray_events}/{ident}", (204, None))
    moved = await client.post(
        f"/v1/owner/appointments/{appointment.json()['id']}/reschedule",
        json={"start": "2026-03-03T11:00:00-06:00", "technician_id": lee["id"]},
        headers=tenant.owner,
    )
    assert moved.status_code == 200, moved.text
    await worker.drain()
    assert len(google.sent("POST", EVENTS)) == 1
    (left,) = google.sent("DELETE", ray_events)
    assert left.url.path.endswith(ident)


async def test_a_token_is_refreshed_before_it_expires(
    client: httpx.AsyncClient, tenant: Tenant, google: RecordedGoogle
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    google.on("GET", EVENTS, (200, events_page([])))

    def refreshes() -> int:
        return len([r for r in google.sent("POST", "/token") if b"refresh_token" in r.content])

    await slots(client, tenant, "2026-03-03")
    await slots(client, tenant, "2026-03-10")
    assert refreshes() == 1  # an hour-long token serves both
    # A token with four minutes left is within the five-minute margin: refreshed first.
    google.on("POST", "/token", (200, {"access_token": "ya29.short", "expires_in": 240}))
    await client.put(
        "/v1/owner/integrations/google/calendars",
        json={"calendar_ids": ["primary"]},
        headers=tenant.owner,
    )
    await slots(client, tenant, "2026-03-17")
    await slots(client, tenant, "2026-03-24")
    assert refreshes() == 3
