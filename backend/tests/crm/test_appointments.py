from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx
from icalendar import Calendar
from sqlalchemy import select

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.integrations.calendar.port import BusyInterval
from switchboard.integrations.providers import Providers
from switchboard.jobs.registry import registry
from switchboard.jobs.worker import Worker
from switchboard.models.job import Job
from switchboard.scheduling import ics
from tests.conftest import ADMIN, Tenant, provision
from tests.crm.conftest import book, make_customer

TUESDAY_10 = "2026-03-03T10:00:00-06:00"


async def _jobs(db: Database, appointment_id: str) -> list[Job]:
    async with db.unit_of_work() as uow, uow.system_scope("test reads jobs"):
        rows = await uow.session.execute(select(Job).order_by(Job.kind))
        return [j for j in rows.scalars() if j.payload.get("appointment_id") == appointment_id]


async def test_booking_matches_contract_and_enqueues_jobs(
    client: httpx.AsyncClient, tenant: Tenant, db: Database
) -> None:
    response = await book(
        client,
        tenant.owner,
        "2026-03-03T16:00:00Z",
        is_emergency=False,
        source_channel="voice",
        estimated_value_cents=25_000,
    )
    assert response.status_code == 201, response.text
    appointment = response.json()
    # Times come back in the tenant's zone with their offset.
    assert appointment["start"] == "2026-03-03T10:00:00-06:00"
    assert appointment["end"] == "2026-03-03T11:00:00-06:00"
    assert appointment["status"] == "scheduled"
    assert appointment["address"] == "12 Oak St, Overland Park, KS"
    assert appointment["customer"]["phone"] == "+19135550142"
    assert appointment["source_channel"] == "voice"
    for field in ("id", "status", "start", "end", "service", "is_emergency", "address", "customer"):
        assert field in appointment
    assert set(appointment["customer"]) >= {"id", "name", "phone"}

    kinds = [j.kind for j in await _jobs(db, appointment["id"])]
    assert kinds == ["appointment.confirmation", "calendar.write", "owner.alert"]

    listed = await client.get(
        "/v1/owner/appointments",
        params={"start": "2026-03-01", "end": "2026-03-31"},
        headers=tenant.owner,
    )
    assert [a["id"] for a in listed.json()["items"]] == [appointment["id"]]
    none = await client.get(
        "/v1/owner/appointments",
        params={"start": "2026-03-04", "status": "scheduled"},
        headers=tenant.owner,
    )
    assert none.json()["items"] == []
    bad = await client.get(
        "/v1/owner/appointments", params={"status": "bogus"}, headers=tenant.owner
    )
    assert bad.status_code == 422
    bad_date = await client.get(
        "/v1/owner/appointments", params={"start": "March"}, headers=tenant.owner
    )
    assert bad_date.status_code == 422


async def test_overlap_gets_409_with_alternatives(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    assert (await book(client, tenant.owner, TUESDAY_10)).status_code == 201
    clash = await book(
        client,
        tenant.owner,
        "2026-03-03T10:30:00-06:00",
        customer={"name": "Sam", "phone": "+19135550177"},
    )
    assert clash.status_code == 409
    problem = clash.json()
    assert clash.headers["content-type"].startswith("application/problem+json")
    assert problem["type"].endswith("/slot-unavailable")
    assert problem["alternatives"], problem
    # The 30-minute travel buffer keeps the alternatives clear of 10:00-11:00.
    booked_start = datetime.fromisoformat("2026-03-03T10:00:00-06:00")
    booked_end = datetime.fromisoformat("2026-03-03T11:00:00-06:00")
    for alt in problem["alternatives"]:
        start, end = datetime.fromisoformat(alt["start"]), datetime.fromisoformat(alt["end"])
        assert end <= booked_start - timedelta(minutes=30) or start >= booked_end + timedelta(
            minutes=30
        )
    # And an alternative really can be booked.
    again = await book(
        client,
        tenant.owner,
        problem["alternatives"][0]["start"],
        customer={"name": "Sam", "phone": "+19135550177"},
    )
    assert again.status_code == 201, again.text


async def test_outside_hours_notice_and_closures_are_refused(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    assert (await book(client, tenant.owner, "2026-03-03T07:00:00-06:00")).status_code == 409
    assert (await book(client, tenant.owner, "2026-03-07T10:00:00-06:00")).status_code == 409
    # Clock is 09:00 Monday; the default minimum notice is two hours.
    assert (await book(client, tenant.owner, "2026-03-02T10:00:00-06:00")).status_code == 409
    closure = await client.post(
        "/v1/owner/closures",
        json={"start_date": "2026-03-03", "end_date": "2026-03-03", "reason": "Holiday"},
        headers=tenant.owner,
    )
    assert closure.status_code == 201
    assert (await book(client, tenant.owner, TUESDAY_10)).status_code == 409
    slots = await client.get(
        "/v1/owner/slots", params={"start": "2026-03-03", "limit": 1}, headers=tenant.owner
    )
    assert slots.json()["items"][0]["start"] == "2026-03-04T08:00:00-06:00"


async def test_lifecycle_reschedule_history_and_cancel(
    client: httpx.AsyncClient, tenant: Tenant, db: Database
) -> None:
    appointment = (await book(client, tenant.owner, TUESDAY_10)).json()
    url = f"/v1/owner/appointments/{appointment['id']}"
    confirmed = await client.patch(url, json={"status": "confirmed"}, headers=tenant.owner)
    assert confirmed.json()["status"] == "confirmed"
    moved = await client.post(
        f"{url}/reschedule", json={"start": "2026-03-04T13:00:00-06:00"}, headers=tenant.owner
    )
    assert moved.status_code == 200, moved.text
    body = moved.json()
    assert body["start"] == "2026-03-04T13:00:00-06:00"
    assert body["status"] == "scheduled"
    assert body["reschedule_history"][0]["from_start"].startswith("2026-03-03T16:00")
    # Rescheduling onto its own old neighbourhood is fine: it does not clash with itself.
    back = await client.post(
        f"{url}/reschedule", json={"start": "2026-03-04T13:30:00-06:00"}, headers=tenant.owner
    )
    assert back.status_code == 200
    assert len(back.json()["reschedule_history"]) == 2
    cancelled = await client.post(
        f"{url}/cancel", json={"reason": "customer fixed it"}, headers=tenant.owner
    )
    assert cancelled.json()["status"] == "cancelled"
    assert (
        await client.patch(url, json={"status": "completed"}, headers=tenant.owner)
    ).status_code == 409
    events = sorted((j.kind, j.payload["event"]) for j in await _jobs(db, appointment["id"]))
    assert events.count(("calendar.write", "rescheduled")) == 2
    assert ("appointment.confirmation", "cancelled") in events
    assert ("calendar.write", "cancelled") in events
    # The cancelled slot is free again.
    assert (await book(client, tenant.owner, "2026-03-04T13:30:00-06:00")).status_code == 201


async def test_slots_respect_technicians_and_external_busy(
    client: httpx.AsyncClient, tenant: Tenant, calendar: OfflineCalendar
) -> None:
    tech = await client.post(
        "/v1/owner/technicians",
        json={"name": "Ray", "working_hours": {"tue": [["12:00", "17:00"]]}},
        headers=tenant.owner,
    )
    assert tech.status_code == 201
    await calendar.add_busy(
        uuid.UUID(tenant.id),
        BusyInterval(
            datetime(2026, 3, 3, 18, 0, tzinfo=UTC), datetime(2026, 3, 3, 20, 0, tzinfo=UTC)
        ),
    )
    slots = await client.get(
        "/v1/owner/slots",
        params={"start": "2026-03-03", "end": "2026-03-03", "limit": 10},
        headers=tenant.owner,
    )
    assert slots.status_code == 200
    starts = [s["start"] for s in slots.json()["items"]]
    # Ray works 12-17; busy 12:00-14:00 local plus a 30-minute buffer leaves 14:30-16:00 starts.
    assert starts == [
        "2026-03-03T14:30:00-06:00",
        "2026-03-03T15:00:00-06:00",
        "2026-03-03T15:30:00-06:00",
        "2026-03-03T16:00:00-06:00",
    ]
    assert {s["technician_id"] for s in slots.json()["items"]} == {tech.json()["id"]}

    calendar.failing = "temporary"
    degraded = await client.get(
        "/v1/owner/slots", params={"start": "2026-03-03"}, headers=tenant.owner
    )
    assert degraded.status_code == 200
    assert degraded.json()["calendar_checked"] is False


async def test_daily_cap_with_emergency_reserve(client: httpx.AsyncClient, tenant: Tenant) -> None:
    policy = await client.put(
        "/v1/owner/scheduling",
        json={"daily_job_cap": 2, "emergency_reserve_per_day": 1, "min_notice_minutes": 0},
        headers=tenant.owner,
    )
    assert policy.status_code == 200
    assert (await book(client, tenant.owner, TUESDAY_10)).status_code == 201
    routine = await book(
        client,
        tenant.owner,
        "2026-03-03T14:00:00-06:00",
        customer={"name": "Sam", "phone": "+19135550177"},
    )
    assert routine.status_code == 409
    emergency = await book(
        client,
        tenant.owner,
        "2026-03-03T14:00:00-06:00",
        is_emergency=True,
        customer={"name": "Sam", "phone": "+19135550177"},
    )
    assert emergency.status_code == 201
    bad = await client.put(
        "/v1/owner/scheduling", json={"emergency_reserve_per_day": 1}, headers=tenant.owner
    )
    assert bad.status_code == 422


async def test_catalogue_defaults_and_service_duration(
    client: httpx.AsyncClient, other_tenant: Tenant
) -> None:
    tenant = await provision(client, vertical="plumbing")
    services = (await client.get("/v1/owner/services", headers=tenant.owner)).json()["items"]
    names = {s["name"] for s in services}
    assert "Drain cleaning" in names
    electrical = (await client.get("/v1/owner/services", headers=other_tenant.owner)).json()
    assert any(s["name"] == "Electrical emergency" for s in electrical["items"])
    drain = next(s for s in services if s["name"] == "Drain cleaning")
    assert isinstance(drain["price_min_cents"], int)
    appointment = await book(
        client, tenant.owner, TUESDAY_10, duration_minutes=None, service_id=drain["id"]
    )
    assert appointment.json()["end"] == "2026-03-03T11:00:00-06:00"
    assert appointment.json()["service"] == "Drain cleaning"
    by_words = await book(
        client,
        tenant.owner,
        "2026-03-04T10:00:00-06:00",
        duration_minutes=None,
        service="a pipe burst, water everywhere",
        is_emergency=True,
    )
    assert by_words.status_code == 201
    assert by_words.json()["service"] == "Emergency leak or burst pipe"


async def test_calendar_write_job_keeps_event_and_retries(
    client: httpx.AsyncClient,
    tenant: Tenant,
    db: Database,
    clock: FixedClock,
    calendar: OfflineCalendar,
) -> None:
    appointment = (await book(client, tenant.owner, TUESDAY_10)).json()
    calendar.failing = "temporary"
    worker = Worker(db, registry, clock, services={"providers": Providers(calendar=calendar)})
    await worker.drain()
    business_id = uuid.UUID(tenant.id)
    assert await calendar.event(business_id, appointment["id"]) is None
    job = next(j for j in await _jobs(db, appointment["id"]) if j.kind == "calendar.write")
    assert job.status == "queued"
    assert job.attempts == 1
    calendar.failing = None
    clock.set(datetime(2026, 3, 2, 16, 0, tzinfo=UTC))
    await worker.drain()
    event = await calendar.event(business_id, appointment["id"])
    assert event is not None
    assert event.start == datetime(2026, 3, 3, 16, 0, tzinfo=UTC)
    assert "+1913" not in event.title + event.description  # no phone numbers leave us

    await client.post(
        f"/v1/owner/appointments/{appointment['id']}/cancel", json={}, headers=tenant.owner
    )
    await worker.drain()
    assert await calendar.event(business_id, appointment["id"]) is None


async def test_ics_feed_and_per_appointment(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    appointment = (await book(client, tenant.owner, TUESDAY_10, notes="Gate; code, 12")).json()
    single = await client.get(
        f"/v1/owner/appointments/{appointment['id']}/ics", headers=tenant.owner
    )
    assert single.status_code == 200
    assert single.headers["content-type"].startswith("text/calendar")
    assert "DTSTART:20260303T160000Z" in single.text
    assert "DESCRIPTION:Gate\\; code\\, 12" in single.text
    assert "\r\n" in single.text

    feed = (await client.post("/v1/owner/calendar-feed", headers=tenant.owner)).json()["url"]
    path = feed.split("://", 1)[1].split("/", 1)[1]
    got = await client.get("/" + path)
    assert got.status_code == 200
    assert f"UID:{appointment['id']}@switchboard" in got.text
    # Any calendar app's parser reads it back as it was booked.
    [event] = [
        e
        for e in Calendar.from_ical(got.text).walk("VEVENT")
        if str(e["UID"]) == f"{appointment['id']}@switchboard"
    ]
    assert str(event["DESCRIPTION"]) == "Gate; code, 12"
    assert event.decoded("DTSTART") == datetime(2026, 3, 3, 16, 0, tzinfo=UTC)
    assert str(event["STATUS"]) in {"TENTATIVE", "CONFIRMED"}
    # The other tenant's feed never shows this tenant's jobs.
    other = (await client.post("/v1/owner/calendar-feed", headers=other_tenant.owner)).json()
    other_feed = await client.get("/" + other["url"].split("://", 1)[1].split("/", 1)[1])
    assert appointment["id"] not in other_feed.text
    # Rotation kills the old URL; a made-up token is 404.
    await client.post("/v1/owner/calendar-feed", headers=tenant.owner)
    assert (await client.get("/" + path)).status_code == 404
    assert (await client.get("/v1/calendar-feeds/sb_ics_nope.ics")).status_code == 404


async def test_bad_booking_input_is_4xx(client: httpx.AsyncClient, tenant: Tenant) -> None:
    customer = await make_customer(client, tenant.owner)
    cases = [
        {"customer_id": customer["id"], "start": "2026-03-03T10:00:00"},  # no offset
        {"start": TUESDAY_10},  # nobody
        {"customer_id": customer["id"], "start": "tomorrow"},
        {"customer_id": str(uuid.uuid4()), "start": TUESDAY_10},
        {"customer_id": customer["id"], "start": TUESDAY_10, "service_id": str(uuid.uuid4())},
        {"customer_id": customer["id"], "start": TUESDAY_10, "technician_id": str(uuid.uuid4())},
    ]
    for body in cases:
        response = await client.post("/v1/owner/appointments", json=body, headers=tenant.owner)
        assert 400 <= response.status_code < 500, (body, response.text)


async def test_slot_search_preferences(client: httpx.AsyncClient, tenant: Tenant) -> None:
    async def starts(**params: object) -> list[str]:
        response = await client.get("/v1/owner/slots", params=params, headers=tenant.owner)
        assert response.status_code == 200, response.text
        return [s["start"] for s in response.json()["items"]]

    # "As soon as possible": two hours' notice from Monday 09:00.
    assert (await starts(limit=1)) == ["2026-03-02T11:00:00-06:00"]
    # An emergency skips the notice.
    assert (await starts(limit=1, emergency="true")) == ["2026-03-02T09:00:00-06:00"]
    # "Next Tuesday afternoon".
    assert (await starts(start="2026-03-03", part_of_day="afternoon", limit=2)) == [
        "2026-03-03T12:00:00-06:00",
        "2026-03-03T12:30:00-06:00",
    ]
    # Beyond the horizon there is nothing.
    assert (await starts(start="2026-09-01")) == []
    for bad in ({"part_of_day": "night"}, {"limit": 0}, {"start": "soon"}):
        response = await client.get("/v1/owner/slots", params=bad, headers=tenant.owner)
        assert response.status_code == 422, bad


async def test_api_speaks_the_tenant_zone_across_dst(client: httpx.AsyncClient) -> None:
    chicago = await provision(
        client,
        business_hours={
            d: [["08:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
        },
    )
    auckland = await provision(client, timezone="Pacific/Auckland")

    async def first(tenant: Tenant, day: str) -> str:
        response = await client.get(
            "/v1/owner/slots", params={"start": day, "limit": 1}, headers=tenant.owner
        )
        return str(response.json()["items"][0]["start"])

    assert await first(chicago, "2026-03-07") == "2026-03-07T08:00:00-06:00"
    assert await first(chicago, "2026-03-08") == "2026-03-08T08:00:00-05:00"
    assert await first(auckland, "2026-03-03") == "2026-03-03T08:00:00+13:00"
    assert await first(auckland, "2026-04-06") == "2026-04-06T08:00:00+12:00"
    booked = await book(client, chicago.owner, "2026-03-09T08:00:00-05:00")
    assert booked.json()["start"] == "2026-03-09T08:00:00-05:00"
    listed = await client.get(
        "/v1/owner/appointments",
        params={"start": "2026-03-09", "end": "2026-03-09"},
        headers=chicago.owner,
    )
    assert [a["id"] for a in listed.json()["items"]] == [booked.json()["id"]]


async def test_refused_booking_leaves_no_trace(
    client: httpx.AsyncClient, tenant: Tenant, db: Database
) -> None:
    first = await book(client, tenant.owner, TUESDAY_10, is_emergency=True)
    alert = next(j for j in await _jobs(db, first.json()["id"]) if j.kind == "owner.alert")
    assert alert.payload["kind"] == "emergency_booking"

    async def tenant_jobs() -> int:
        async with db.unit_of_work() as uow, uow.system_scope("test counts jobs"):
            rows = await uow.session.execute(
                select(Job.id).where(Job.business_id == uuid.UUID(tenant.id))
            )
            return len(rows.all())

    before = await tenant_jobs()
    clash = await book(
        client, tenant.owner, TUESDAY_10, customer={"name": "New Caller", "phone": "+19135550166"}
    )
    assert clash.status_code == 409
    assert await tenant_jobs() == before
    # The would-be new customer was rolled back with the booking.
    found = await client.get("/v1/owner/customers", params={"q": "0166"}, headers=tenant.owner)
    assert found.json()["items"] == []


async def test_a_suspended_business_calendar_feed_serves_nothing(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    await book(client, tenant.owner, TUESDAY_10, address="99 Hidden Ln, Olathe, KS")
    feed = (await client.post("/v1/owner/calendar-feed", headers=tenant.owner)).json()["url"]
    path = "/" + feed.split("://", 1)[1].split("/", 1)[1]
    assert "Hidden Ln" in (await client.get(path)).text
    await client.post(f"/v1/admin/businesses/{tenant.id}/suspend", headers=ADMIN)
    suspended = await client.get(path)
    assert suspended.status_code == 404
    assert "Hidden Ln" not in suspended.text and "Dana" not in suspended.text
    await client.post(f"/v1/admin/businesses/{tenant.id}/resume", headers=ADMIN)
    assert (await client.get(path)).status_code == 200


def test_ics_text_survives_a_parser_round_trip() -> None:
    """Commas, semicolons, backslashes, line breaks and long multi-byte text: escaped and
    folded so that a parser gives back exactly what was written."""
    notes = "Gate; code, 12\\back\nsecond line " + "Zoë's café " * 12
    event = ics.IcsEvent(
        uid="a@switchboard",
        start=datetime(2026, 3, 3, 16, 0, tzinfo=UTC),
        end=datetime(2026, 3, 3, 17, 0, tzinfo=UTC),
        summary="EMERGENCY: Burst pipe - Zoë",
        location="12 Oak St, Apt 3; rear",
        description=notes,
        status="CONFIRMED",
        stamp=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
    )
    text = ics.render("Bristol Plumbing", [event])
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    [parsed] = Calendar.from_ical(text).walk("VEVENT")
    assert str(parsed["DESCRIPTION"]) == notes
    assert str(parsed["LOCATION"]) == "12 Oak St, Apt 3; rear"
    assert str(parsed["SUMMARY"]) == "EMERGENCY: Burst pipe - Zoë"
    assert parsed.decoded("DTEND") == datetime(2026, 3, 3, 17, 0, tzinfo=UTC)


async def test_calendar_sync_follows_the_plan(
    client: httpx.AsyncClient,
    tenant: Tenant,
    db: Database,
    clock: FixedClock,
    calendar: OfflineCalendar,
) -> None:
    """Calendar sync is a plan feature: on a plan without it new visits stay out of the
    calendar; a visit mirrored before the change is still removed when it is cancelled."""
    worker = Worker(db, registry, clock, services={"providers": Providers(calendar=calendar)})
    mirrored = (await book(client, tenant.owner, TUESDAY_10)).json()
    await worker.drain()
    business_id = uuid.UUID(tenant.id)
    assert await calendar.event(business_id, mirrored["id"]) is not None

    billing = f"/v1/admin/businesses/{tenant.id}/billing"
    downgraded = await client.patch(billing, json={"plan": "starter"}, headers=ADMIN)
    assert downgraded.status_code == 200, downgraded.text
    kept_out = (await book(client, tenant.owner, "2026-03-04T10:00:00-06:00")).json()
    await worker.drain()
    assert await calendar.event(business_id, kept_out["id"]) is None
    await client.post(
        f"/v1/owner/appointments/{mirrored['id']}/cancel", json={}, headers=tenant.owner
    )
    await worker.drain()
    assert await calendar.event(business_id, mirrored["id"]) is None
    assert not await calendar.event_keys(business_id)
