"""Slot search against the database: loads a tenant's rules and bookings and asks the engine.

Bookings are loaded a week at a time (local midnights as boundaries, so daily caps count
whole days) and the search stops as soon as it has enough slots, which keeps "the next five
slots" cheap however long the horizon is.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import structlog
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from switchboard.businesses import service as businesses
from switchboard.businesses.hours import normalise_hours
from switchboard.core.db import UnitOfWork
from switchboard.integrations.calendar.port import CalendarError, CalendarPort
from switchboard.models.business import Business
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
    # Made here: not yet committed, so this unit of work keeps its view from the process.
    uow.memo[_CHANGED] = True
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


@dataclass(frozen=True)
class SetUp:
    """What the engine takes from a tenant's scheduling set-up, as plain values a process
    may keep: the policy's numbers, the closed date ranges, the active technicians."""

    step_minutes: int
    buffer_minutes: int
    min_notice_minutes: int
    horizon_days: int
    daily_cap: int | None
    emergency_reserve: int
    closures: tuple[tuple[date, date], ...]
    resources: tuple[Resource, ...]


# Each tenant's set-up by (business id, schedule_version): the version is bumped in the same
# transaction as every change to the policy, a closure or a technician (`scheduling.setup`),
# so every process drops what it holds at its next search. The oldest go first.
_SET_UPS: OrderedDict[tuple[uuid.UUID, int], SetUp] = OrderedDict()
SET_UPS_CACHED = 4096
_CHANGED = "schedule_set_up_changed"


def _set_up_key(tenant: TenantContext) -> str:
    return f"schedule_set_up:{tenant.business_id}"


async def _read_set_up(uow: UnitOfWork, tenant: TenantContext) -> SetUp:
    policy = await policy_for(uow, tenant)
    closures = await ClosureRepository(uow, tenant).list(order_by=Closure.start_date, limit=1000)
    technicians = await TechnicianRepository(uow, tenant).list(
        Technician.active.is_(True), order_by=Technician.name, limit=200
    )
    return SetUp(
        step_minutes=policy.slot_step_minutes,
        buffer_minutes=policy.travel_buffer_minutes,
        min_notice_minutes=policy.min_notice_minutes,
        horizon_days=policy.horizon_days,
        daily_cap=policy.daily_job_cap,
        emergency_reserve=policy.emergency_reserve_per_day,
        closures=tuple((c.start_date, c.end_date) for c in closures),
        resources=tuple(Resource(t.id, t.working_hours) for t in technicians),
    )


async def _set_up(uow: UnitOfWork, tenant: TenantContext, business: Business) -> SetUp:
    """The tenant's set-up: held by this unit of work once read (an assistant turn that looks
    on both sides of a full day searches three times), and by the process per
    schedule_version, so a turn reads none of it while nothing changes. A unit of work that
    changed the set-up reads its own uncommitted view and keeps it from the process."""
    key = _set_up_key(tenant)
    held = uow.memo.get(key)
    if isinstance(held, SetUp):
        return held
    changed = bool(uow.memo.get(_CHANGED))
    version = (business.id, business.schedule_version or 0)
    kept = None if changed else _SET_UPS.get(version)
    if kept is not None:
        _SET_UPS.move_to_end(version)
    else:
        # The version was read (with the business) before these rows: what is kept is never
        # older than the number it is kept under.
        kept = await _read_set_up(uow, tenant)
        if not changed and not uow.memo.get(_CHANGED):  # policy_for may have made the policy
            _SET_UPS[version] = kept
            while len(_SET_UPS) > SET_UPS_CACHED:
                _SET_UPS.popitem(last=False)
    uow.memo[key] = kept
    return kept


async def set_up_changed(uow: UnitOfWork, tenant: TenantContext) -> None:
    """The policy, a closure or a technician changed in this unit of work: its next search
    reads them again, and the business's schedule_version is bumped (atomically, so two
    concurrent changes make two numbers) so every process drops the set-up it holds."""
    uow.memo.pop(_set_up_key(tenant), None)
    uow.memo[_CHANGED] = True
    await uow.session.execute(
        update(Business)
        .where(Business.id == tenant.business_id)
        .values(schedule_version=Business.schedule_version + 1)
        .execution_options(synchronize_session=False)
    )


async def load_schedule(
    uow: UnitOfWork, tenant: TenantContext, calendar: CalendarPort | None
) -> TenantSchedule:
    # The business is the session's own object (its hours as they are now), never held here.
    business = await businesses.get_own_business(uow, tenant)
    set_up = await _set_up(uow, tenant, business)
    zone = ZoneInfo(business.timezone)
    rules = Rules(
        zone=zone,
        hours=normalise_hours(business.business_hours),
        closures=set_up.closures,
        step_minutes=set_up.step_minutes,
        buffer_minutes=set_up.buffer_minutes,
        min_notice_minutes=set_up.min_notice_minutes,
        horizon_days=set_up.horizon_days,
        daily_cap=set_up.daily_cap,
        emergency_reserve=set_up.emergency_reserve,
    )
    return TenantSchedule(zone, rules, list(set_up.resources), calendar)


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
