"""Slot search against the database: loads a tenant's rules and bookings and asks the engine.

Bookings are loaded a week at a time (local midnights as boundaries, so daily caps count
whole days) and the search stops as soon as it has enough slots, which keeps "the next five
slots" cheap however long the horizon is.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import structlog
from sqlalchemy.exc import IntegrityError

from switchboard.businesses import service as businesses
from switchboard.businesses.hours import normalise_hours
from switchboard.core.db import UnitOfWork
from switchboard.integrations.calendar.port import CalendarError, CalendarPort
from switchboard.models.scheduling import Closure, SchedulingPolicy, Technician
from switchboard.scheduling.engine import (
    Availability,
    Booked,
    Preference,
    Resource,
    Rules,
    Slot,
    localize,
)
from switchboard.scheduling.repository import (
    AppointmentRepository,
    ClosureRepository,
    PolicyRepository,
    TechnicianRepository,
)
from switchboard.tenancy.context import TenantContext

log = structlog.get_logger(__name__)
CHUNK_DAYS = 7


async def policy_for(uow: UnitOfWork, tenant: TenantContext) -> SchedulingPolicy:
    repo = PolicyRepository(uow, tenant)
    policy = await repo.current()
    if policy is not None:
        return policy
    if uow.read_only:  # made on first use, even by a read
        async with uow.write_aside() as writer:
            await policy_for(writer, tenant)
        made = await repo.current()
        if made is None:
            raise RuntimeError("the scheduling policy was not made")
        return made
    policy = SchedulingPolicy(
        id=uuid.uuid4(),
        slot_step_minutes=30,
        travel_buffer_minutes=30,
        min_notice_minutes=120,
        horizon_days=60,
        daily_job_cap=None,
        emergency_reserve_per_day=0,
    )
    try:
        async with uow.session.begin_nested():
            repo.add(policy)
            await uow.session.flush()
    except IntegrityError:
        # A concurrent first request made it (PostgreSQL); use that one.
        existing = await repo.current()
        if existing is None:
            raise
        return existing
    return policy


@dataclass
class TenantSchedule:
    """Everything the engine needs about one tenant except its bookings."""

    zone: ZoneInfo
    rules: Rules
    resources: list[Resource]
    calendar: CalendarPort | None
    calendar_checked: bool = True


def _set_up_key(tenant: TenantContext) -> str:
    return f"schedule_set_up:{tenant.business_id}"


async def _set_up(
    uow: UnitOfWork, tenant: TenantContext
) -> tuple[SchedulingPolicy, Sequence[Closure], Sequence[Technician]]:
    """The policy, closures and active technicians, read once per unit of work: an assistant
    turn that looks on both sides of a full day searches three times. Changing a closure or
    a technician forgets them (`forget_set_up`); the policy is the session's own object, so
    a change to it is seen as it is made."""
    key = _set_up_key(tenant)
    held = uow.memo.get(key)
    if isinstance(held, tuple):
        return held
    policy = await policy_for(uow, tenant)
    closures = await ClosureRepository(uow, tenant).list(order_by=Closure.start_date, limit=1000)
    technicians = await TechnicianRepository(uow, tenant).list(
        Technician.active.is_(True), order_by=Technician.name, limit=200
    )
    uow.memo[key] = (policy, closures, technicians)
    return policy, closures, technicians


def forget_set_up(uow: UnitOfWork, tenant: TenantContext) -> None:
    """A closure or technician changed in this unit of work: the next search reads them again."""
    uow.memo.pop(_set_up_key(tenant), None)


async def load_schedule(
    uow: UnitOfWork, tenant: TenantContext, calendar: CalendarPort | None
) -> TenantSchedule:
    # The business is the session's own object (its hours as they are now), never held here.
    business = await businesses.get_own_business(uow, tenant)
    policy, closures, technicians = await _set_up(uow, tenant)
    zone = ZoneInfo(business.timezone)
    rules = Rules(
        zone=zone,
        hours=normalise_hours(business.business_hours),
        closures=[(c.start_date, c.end_date) for c in closures],
        step_minutes=policy.slot_step_minutes,
        buffer_minutes=policy.travel_buffer_minutes,
        min_notice_minutes=policy.min_notice_minutes,
        horizon_days=policy.horizon_days,
        daily_cap=policy.daily_job_cap,
        emergency_reserve=policy.emergency_reserve_per_day,
    )
    resources = [Resource(t.id, t.working_hours) for t in technicians]
    return TenantSchedule(zone, rules, resources, calendar)


async def availability_between(
    uow: UnitOfWork,
    tenant: TenantContext,
    schedule: TenantSchedule,
    start: datetime,
    end: datetime,
    exclude: uuid.UUID | None = None,
) -> Availability:
    pad = timedelta(minutes=schedule.rules.buffer_minutes) + timedelta(days=1)
    rows = await AppointmentRepository(uow, tenant).busy_rows(start - pad, end + pad, exclude)
    booked = [Booked(r[0], r[1], r[2]) for r in rows]
    busy: list[Booked] = []
    if schedule.calendar is not None:
        try:
            busy_times = schedule.calendar.busy_times
            for item in await busy_times(tenant.business_id, start, end, uow=uow):
                busy.append(Booked(item.start, item.end, item.technician_id, False))
        except CalendarError as exc:
            # Offer slots from our own bookings rather than none; the answer says so.
            schedule.calendar_checked = False
            log.warning("calendar_busy_unavailable", error_type=type(exc).__name__)
    return Availability(schedule.rules, schedule.resources, booked, busy)


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return localize(day, 0, zone)


async def search(
    uow: UnitOfWork,
    tenant: TenantContext,
    schedule: TenantSchedule,
    *,
    duration: timedelta,
    now: datetime,
    preference: Preference,
    limit: int,
    emergency: bool,
    technician_id: uuid.UUID | None = None,
    exclude: uuid.UUID | None = None,
) -> list[Slot]:
    rules = schedule.rules
    if not any(rules.hours.values()):
        return []  # never open: no need to walk the whole horizon
    earliest = max(now, preference.earliest or now)
    latest = now + timedelta(days=rules.horizon_days)
    if preference.latest is not None:
        latest = min(latest, preference.latest)
    day = earliest.astimezone(schedule.zone).date()
    slots: list[Slot] = []
    while len(slots) < limit:
        chunk_start = _midnight(day, schedule.zone)
        if chunk_start >= latest:
            break
        day = day + timedelta(days=CHUNK_DAYS)
        chunk_end = _midnight(day, schedule.zone)
        availability = await availability_between(
            uow, tenant, schedule, chunk_start, min(chunk_end, latest), exclude
        )
        window = replace(
            preference, earliest=max(earliest, chunk_start), latest=min(latest, chunk_end)
        )
        slots.extend(
            availability.find(duration, now, window, limit - len(slots), emergency, technician_id)
        )
    return slots
