"""Key figures over a period of local days [start, end] in the business's time zone.

- calls: voice conversations started; calls_answered: those the assistant spoke in.
- conversations: conversations on any channel the assistant spoke in.
- bookings: appointments made in the period (not later cancelled or not: a booking counts
  when it is made); bookings_by_assistant: those made on a call, text or web chat.
- conversion: bookings_by_assistant / conversations.
- missed_call_recovery: missed calls (their callbacks), of which texted back (the missed-call
  text not blocked or failed), of which booked (a booking for the caller's number within 7
  days of the call).
- after_hours_bookings: assistant bookings made while the business was closed.
- emergencies: emergency bookings made.
- revenue_booked_cents: estimated value of the bookings made, cancelled ones left out.
- revenue_collected_cents: what was paid on the invoices of completed jobs, counted on the
  day the books marked the invoice paid (whenever the job was booked).
- callback_response_minutes: median time from a callback's opening to its resolution, over
  the callbacks opened in the period and resolved.
"""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from switchboard.businesses import service as businesses
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import InvalidInput
from switchboard.kpis.repository import KpiRepository
from switchboard.kpis.schemas import DayFigures, Kpis, Recovery
from switchboard.receptionist.facts import open_at
from switchboard.tenancy.context import TenantContext

MAX_DAYS = 366
ASSISTANT_CHANNELS = frozenset({"voice", "sms", "web"})
RECOVERY_WINDOW = timedelta(days=7)


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


async def figures(uow: UnitOfWork, tenant: TenantContext, start: date, end: date) -> Kpis:
    if end < start:
        raise InvalidInput("end is before start")
    if (end - start).days + 1 > MAX_DAYS:
        raise InvalidInput(f"a period is at most {MAX_DAYS} days")
    business = await businesses.get_own_business(uow, tenant)
    zone = ZoneInfo(business.timezone)
    since, until = _local_midnight(start, zone), _local_midnight(end + timedelta(days=1), zone)
    repo = KpiRepository(uow, tenant)

    def local_day(moment: datetime) -> date:
        return moment.astimezone(zone).date()

    days = {start + timedelta(days=i): [0, 0] for i in range((end - start).days + 1)}

    conversations = await repo.conversations(since, until)
    calls = [c for c in conversations if c.channel == "voice"]
    answered = [c for c in conversations if (c.assistant or 0) > 0]
    for c in calls:
        days[local_day(c.started_at)][0] += 1

    booked = await repo.appointments_booked(since, until)
    by_assistant = [a for a in booked if a.source_channel in ASSISTANT_CHANNELS]
    for a in booked:
        days[local_day(a.created_at)][1] += 1

    paid = await repo.payments(since, until)
    callbacks = await repo.callbacks(since, until)
    missed = [c for c in callbacks if c.reason == "missed_call"]
    texted_ids = await repo.texts_back({c.conversation_id for c in missed if c.conversation_id})
    texted = [c for c in missed if c.conversation_id in texted_ids]
    later = await repo.bookings_by_phone_since({c.phone for c in texted if c.phone}, since)
    recovered = [
        c
        for c in texted
        if any(
            phone == c.phone and c.created_at <= made <= c.created_at + RECOVERY_WINDOW
            for phone, made in later
        )
    ]
    resolved = [
        (c.resolved_at - c.created_at).total_seconds() / 60
        for c in callbacks
        if c.status == "done" and c.resolved_at is not None
    ]
    return Kpis(
        start=start,
        end=end,
        timezone=business.timezone,
        calls=len(calls),
        calls_answered=sum(1 for c in calls if (c.assistant or 0) > 0),
        conversations=len(answered),
        bookings=len(booked),
        bookings_by_assistant=len(by_assistant),
        conversion=round(len(by_assistant) / len(answered), 4) if answered else None,
        missed_call_recovery=Recovery(
            missed=len(missed), texted_back=len(texted), booked=len(recovered)
        ),
        after_hours_bookings=sum(1 for a in by_assistant if not open_at(business, a.created_at)),
        emergencies=sum(1 for a in booked if a.is_emergency),
        revenue_booked_cents=sum(
            a.estimated_value_cents or 0 for a in booked if a.status != "cancelled"
        ),
        revenue_collected_cents=sum(p.paid_cents or 0 for p in paid),
        currency=booked[0].currency if booked else (paid[0].currency if paid else "USD"),
        callbacks_opened=len(callbacks),
        callbacks_done=len(resolved),
        callback_response_minutes=round(statistics.median(resolved), 1) if resolved else None,
        days=[DayFigures(day=d, calls=v[0], bookings=v[1]) for d, v in days.items()],
    )
