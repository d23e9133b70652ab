"""The owner's key figures, against a period whose every row was counted by hand.

Bristol Plumbing (America/Chicago, open Mon-Fri 08:00-17:00), Monday 2 and Tuesday 3 March
2026 (CST, UTC-6):
- A  call Mon 10:00, assistant spoke, booked at 10:05 by voice, $250
- B  call Mon 22:00, assistant spoke, booked at 22:05 by voice, emergency, $400 (after hours)
- G  text Mon 13:00, assistant spoke, no booking
- C  call Tue 09:00, missed; callback (resolved 10 min later), text-back sent; the caller
     booked by text Tue 14:00 ($100), later cancelled: recovered, not revenue
- D  call Tue 11:00, missed; callback still open; text-back blocked
- E  text Tue 12:00, assistant spoke, no booking
- F  web chat Sun 1 March 23:30 local (already 2 March in UTC): outside the period
- the owner booked a job Tue 15:00 ($50); a voicemail callback Mon 12:00 was done in 30 min
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx

from switchboard.core.db import Database
from switchboard.models.callback import Callback
from switchboard.models.conversation import Conversation, ConversationMessage
from switchboard.models.customer import Customer
from switchboard.models.message import Message
from switchboard.models.scheduling import Appointment
from tests.conftest import Tenant
from tests.support import as_tenant

CHICAGO = ZoneInfo("America/Chicago")
PERIOD = {"start": "2026-03-02", "end": "2026-03-03"}


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=CHICAGO)


async def seed(db: Database, tenant: Tenant) -> None:
    async with as_tenant(db, tenant.id) as (uow, _):
        s = uow.session
        p1, p2, p3 = "+19135550301", "+19135550302", "+19135550303"
        caller = Customer(name="Caller One", phone=p1)
        other = Customer(name="Other", phone=p3)
        s.add_all([caller, other])
        await s.flush()

        def conversation(channel: str, started: datetime, *roles: str) -> Conversation:
            c = Conversation(id=uuid.uuid4(), channel=channel, started_at=started, phone=p3)
            s.add(c)
            for seq, role in enumerate(roles):
                s.add(
                    ConversationMessage(
                        conversation_id=c.id, seq=seq, role=role, text="x", at=started
                    )
                )
            return c

        def booking(made: datetime, channel: str, cents: int, **extra: object) -> None:
            s.add(
                Appointment(
                    customer_id=extra.pop("customer_id", other.id),
                    service_name="Repair",
                    start_at=made + timedelta(days=2),
                    end_at=made + timedelta(days=2, hours=1),
                    created_at=made,
                    source_channel=channel,
                    estimated_value_cents=cents,
                    **extra,
                )
            )

        conversation("voice", at(2, 10), "caller", "assistant")
        booking(at(2, 10, 5), "voice", 25000)
        conversation("voice", at(2, 22), "caller", "assistant", "caller", "assistant")
        booking(at(2, 22, 5), "voice", 40000, is_emergency=True)
        conversation("sms", at(2, 13), "caller", "assistant")
        missed_c = conversation("voice", at(3, 9))
        missed_d = conversation("voice", at(3, 11))
        conversation("sms", at(3, 12), "caller", "assistant")
        conversation("web", at(1, 23, 30), "caller", "assistant")
        await s.flush()
        s.add_all(
            [
                Callback(
                    reason="voicemail",
                    created_at=at(2, 12),
                    status="done",
                    resolved_at=at(2, 12, 30),
                    phone=p3,
                ),
                Callback(
                    reason="missed_call",
                    created_at=at(3, 9, 1),
                    status="done",
                    resolved_at=at(3, 9, 11),
                    phone=p1,
                    conversation_id=missed_c.id,
                ),
                Callback(
                    reason="missed_call",
                    created_at=at(3, 11, 1),
                    phone=p2,
                    conversation_id=missed_d.id,
                ),
            ]
        )
        for conv, to, status in ((missed_c, p1, "sent"), (missed_d, p2, "blocked")):
            s.add(
                Message(
                    channel="sms",
                    direction="outbound",
                    to_addr=to,
                    from_addr=tenant.phone_number,
                    body="Sorry we missed you",
                    kind="missed_call",
                    status=status,
                    conversation_id=conv.id,
                    created_at=at(3, 9, 2),
                )
            )
        booking(at(3, 14), "sms", 10000, customer_id=caller.id, status="cancelled")
        booking(at(3, 15), "owner", 5000)


async def test_figures_match_the_hand_count(
    client: httpx.AsyncClient, db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    await seed(db, tenant)
    response = await client.get("/v1/owner/kpis", params=PERIOD, headers=tenant.owner)
    assert response.status_code == 200, response.text
    k = response.json()
    assert k["timezone"] == "America/Chicago"
    assert (k["calls"], k["calls_answered"], k["conversations"]) == (4, 2, 4)
    assert (k["bookings"], k["bookings_by_assistant"]) == (4, 3)
    assert k["conversion"] == 0.75
    assert k["missed_call_recovery"] == {"missed": 2, "texted_back": 1, "booked": 1}
    assert k["after_hours_bookings"] == 1
    assert k["emergencies"] == 1
    assert k["revenue_booked_cents"] == 70000 and k["currency"] == "USD"
    assert (k["callbacks_opened"], k["callbacks_done"]) == (3, 2)
    assert k["callback_response_minutes"] == 20.0
    assert k["days"] == [
        {"day": "2026-03-02", "calls": 2, "bookings": 2},
        {"day": "2026-03-03", "calls": 2, "bookings": 2},
    ]
    # Sunday in Chicago holds only F, the web chat (already Monday in UTC).
    sunday = await client.get(
        "/v1/owner/kpis", params={"start": "2026-03-01", "end": "2026-03-01"}, headers=tenant.owner
    )
    assert sunday.json()["conversations"] == 1 and sunday.json()["calls"] == 0
    # The other tenant sees none of it.
    theirs = await client.get("/v1/owner/kpis", params=PERIOD, headers=other_tenant.owner)
    t = theirs.json()
    assert (t["calls"], t["bookings"], t["conversations"], t["revenue_booked_cents"]) == (
        0,
        0,
        0,
        0,
    )
    assert t["conversion"] is None and t["callback_response_minutes"] is None


async def test_default_period_is_the_last_seven_days(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    k = (await client.get("/v1/owner/kpis", headers=tenant.owner)).json()
    assert len(k["days"]) == 7
    assert (
        datetime.fromisoformat(k["end"]).date() - datetime.fromisoformat(k["start"]).date()
    ).days == 6


async def test_bad_periods_are_422(client: httpx.AsyncClient, tenant: Tenant) -> None:
    for params in (
        {"start": "2026-03-05", "end": "2026-03-01"},
        {"start": "2024-01-01", "end": "2026-01-01"},
        {"start": "1900-01-01", "end": "1900-01-02"},
        {"start": "tomorrow"},
        {"end": "2026-02-30"},
    ):
        response = await client.get("/v1/owner/kpis", params=params, headers=tenant.owner)
        assert response.status_code == 422, (params, response.text)
    assert uuid.UUID(tenant.id)
