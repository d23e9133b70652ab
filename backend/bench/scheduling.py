"""Scheduling benchmarks, each against a hand-written SQL baseline measured in the same run.

1. Slot search: a tenant with 10,000 appointments and 3 technicians asks for the next 5 slots
   within 30 days (the full service call: policy, hours, closures, technicians, bookings, the
   engine). Baseline: the one hand-written SQL query that reads the bookings of that window,
   i.e. the least any slot finder has to do against the database.
2. Owner appointment list: one month of a tenant with 100,000 appointments, through the
   service (ORM, join to customers, shaping into the API objects). Baseline: the same join,
   filter and order written by hand in SQL.

SQLite always (a throwaway file); PostgreSQL too when reachable (BENCH_DATABASE_URL, or the
local test server), in a throwaway database. Figures are p50/p99 in ms.
"""

from __future__ import annotations

import asyncio
import gc
import random
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, text

from bench.harness import each_migrated_database, percentile
from bench.tenants import provision_plumber
from switchboard.cli import settle_heap
from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.models.customer import Customer
from switchboard.models.scheduling import Appointment, SchedulingPolicy, Technician
from switchboard.scheduling import service as scheduling
from switchboard.scheduling.engine import Preference
from switchboard.tenancy.context import Actor, TenantContext, issue_tenant_context

NOW = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)  # Monday 08:00 in Chicago
ROUNDS = 150
BENCH_ACTOR = Actor("system", "bench")
SLOT_STARTS = [(8, 0), (9, 30), (11, 0), (12, 30), (14, 0), (15, 30)]  # local, 1 h + buffer


async def _time(fn: Callable[[], Awaitable[Any]], rounds: int = ROUNDS) -> tuple[float, float]:
    for _ in range(5):
        await fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        await fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), percentile(samples, 99)


async def _tenant(db: Database, name: str) -> TenantContext:
    business_id = await provision_plumber(
        db, name=name, reason="bench provisions a tenant", catalogue=False
    )
    return issue_tenant_context(business_id, BENCH_ACTOR)


async def _customers(db: Database, tenant: TenantContext, count: int) -> list[uuid.UUID]:
    ids = [uuid.uuid4() for _ in range(count)]
    now = datetime.now(UTC)
    rows = [
        {
            "id": i,
            "business_id": tenant.business_id,
            "name": f"Customer {n}",
            "name_lower": f"customer {n}",
            "phone": f"+1816{n:07d}",
            "tags": [],
            "notes": "",
            "sms_opt_out": False,
            "sms_consent": "unknown",
            "extra": {},
            "created_at": now,
            "updated_at": now,
        }
        for n, i in enumerate(ids)
    ]
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        await uow.session.execute(insert(Customer), rows)
    return ids


async def _appointments(db: Database, tenant: TenantContext, rows: list[dict[str, Any]]) -> None:
    now = datetime.now(UTC)
    for row in rows:
        row.update(
            business_id=tenant.business_id,
            status=row.get("status", "scheduled"),
            service_name="Drain cleaning",
            address="12 Oak St",
            is_emergency=False,
            currency="USD",
            source_channel="voice",
            notes="",
            reschedule_history=[],
            created_at=now,
            updated_at=now,
        )
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        for chunk in range(0, len(rows), 5000):
            await uow.session.execute(insert(Appointment), rows[chunk : chunk + 5000])


def _local(day: date, hour: int, minute: int) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(
        day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo("America/Chicago")
    ).astimezone(UTC)


async def _seed_busy_tenant(db: Database) -> TenantContext:
    """10,000 appointments on 3 technicians' weekday grids, most of them in the past, the
    next weeks well filled, none overlapping."""
    tenant = await _tenant(db, "Bench Plumbing")
    techs = [uuid.uuid4() for _ in range(3)]
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        for i, tech in enumerate(techs):
            uow.session.add(
                Technician(
                    id=tech,
                    business_id=tenant.business_id,
                    name=f"Tech {i}",
                    working_hours=None,
                    active=True,
                )
            )
        uow.session.add(
            SchedulingPolicy(
                id=uuid.uuid4(),
                business_id=tenant.business_id,
                slot_step_minutes=30,
                travel_buffer_minutes=30,
                min_notice_minutes=120,
                horizon_days=60,
                daily_job_cap=None,
                emergency_reserve_per_day=0,
            )
        )
    customers = await _customers(db, tenant, 2000)
    positions = []
    first = NOW.date() - timedelta(days=900)
    for offset in range(0, 900 + 60):
        day = first + timedelta(days=offset)
        if day.weekday() < 5:
            positions += [(day, tech, hm) for tech in techs for hm in SLOT_STARTS]
    rng = random.Random(7)
    chosen = rng.sample(positions, 10_000)
    rows = []
    for day, tech, (hour, minute) in chosen:
        start = _local(day, hour, minute)
        rows.append(
            {
                "id": uuid.uuid4(),
                "customer_id": rng.choice(customers),
                "technician_id": tech,
                "start_at": start,
                "end_at": start + timedelta(hours=1),
            }
        )
    await _appointments(db, tenant, rows)
    return tenant


async def _seed_big_tenant(db: Database) -> TenantContext:
    """100,000 appointments over ten years (about 830 a month)."""
    tenant = await _tenant(db, "Bench HVAC")
    customers = await _customers(db, tenant, 5000)
    rng = random.Random(11)
    span = timedelta(days=3650)
    origin = NOW - span / 2
    rows = []
    for _ in range(100_000):
        start = origin + timedelta(minutes=30 * rng.randrange(int(span.total_seconds() // 1800)))
        rows.append(
            {
                "id": uuid.uuid4(),
                "customer_id": rng.choice(customers),
                "technician_id": None,
                "start_at": start,
                "end_at": start + timedelta(hours=1),
                "status": rng.choice(["scheduled", "confirmed", "completed", "cancelled"]),
            }
        )
    await _appointments(db, tenant, rows)
    return tenant


_WINDOW_SQL = text(
    "SELECT start_at, end_at, technician_id FROM appointments "
    "WHERE business_id = :bid AND status IN ('scheduled', 'confirmed', 'completed') "
    "AND start_at > :lo AND start_at < :end AND end_at > :start"
)
_MONTH_SQL = text(
    "SELECT a.id, a.status, a.start_at, a.end_at, a.service_name, a.is_emergency, a.address, "
    "a.customer_id, c.name, c.phone FROM appointments a JOIN customers c ON c.id = a.customer_id "
    "WHERE a.business_id = :bid AND a.start_at >= :start AND a.start_at < :end "
    "ORDER BY a.start_at, a.id LIMIT 5000"
)


def _bid(db: Database, tenant: TenantContext) -> Any:
    # Raw SQL binds the uuid the way the column stores it on each database.
    return tenant.business_id.hex if db.is_sqlite else tenant.business_id


def _ts(db: Database, value: datetime) -> Any:
    return value.replace(tzinfo=None).isoformat(sep=" ") if db.is_sqlite else value


async def _bench(db: Database, label: str) -> list[str]:
    started = time.perf_counter()
    busy = await _seed_busy_tenant(db)
    big = await _seed_big_tenant(db)
    seeded = time.perf_counter() - started
    clock = FixedClock(NOW)
    calendar = OfflineCalendar()
    window_end = NOW + timedelta(days=30)
    found: list[int] = []

    async def slot_search() -> None:
        async with db.unit_of_work() as uow:
            await uow.bind(busy)
            slots, *_ = await scheduling.find_slots(
                uow,
                busy,
                clock,
                calendar,
                duration_minutes=60,
                preference=Preference(latest=window_end),
                limit=5,
            )
            found.append(len(slots))

    async def slot_baseline() -> None:
        async with db.unit_of_work() as uow:
            await uow.bind(busy)
            await uow.session.execute(
                _WINDOW_SQL,
                {
                    "bid": _bid(db, busy),
                    "start": _ts(db, NOW - timedelta(days=1)),
                    "lo": _ts(db, NOW - timedelta(days=2)),
                    "end": _ts(db, window_end + timedelta(days=1)),
                },
            )

    month_start, month_end = (
        datetime(2026, 3, 1, 6, tzinfo=UTC),
        datetime(2026, 4, 1, 5, tzinfo=UTC),
    )
    listed: list[int] = []

    async def month_list() -> None:
        async with db.unit_of_work() as uow:
            await uow.bind(big)
            listed.append(
                len(
                    await scheduling.list_appointments(
                        uow, big, month_start, month_end, None, limit=5000
                    )
                )
            )

    async def month_baseline() -> None:
        async with db.unit_of_work() as uow:
            await uow.bind(big)
            rows = await uow.session.execute(
                _MONTH_SQL,
                {"bid": _bid(db, big), "start": _ts(db, month_start), "end": _ts(db, month_end)},
            )
            rows.all()

    # Measured the way `switchboard run` serves: its start-up heap settled out of the garbage
    # collector's way (cli.settle_heap). Without that, the p99 is a full collection of the
    # whole process heap; that figure is printed too.
    settle_heap()
    try:
        slot = await _time(slot_search)
        slot_base = await _time(slot_baseline)
        month = await _time(month_list, rounds=60)
        month_base = await _time(month_baseline, rounds=60)
    finally:
        gc.unfreeze()
    assert min(found) == 5, "slot search must find 5 slots"
    unsettled_slot = await _time(slot_search)
    unsettled_month = await _time(month_list, rounds=60)
    return [
        f"[{label}] seeded 110,000 appointments in {seeded:.1f} s",
        f"[{label}] slot search, 10k appts, 3 techs, next 5 in 30 days: "
        f"p50 {slot[0]:.2f} ms  p99 {slot[1]:.2f} ms  (target p99 <= 10 ms)",
        f"[{label}]   baseline hand-written SQL (window bookings only): "
        f"p50 {slot_base[0]:.2f} ms  p99 {slot_base[1]:.2f} ms  "
        f"ratio p50 {slot[0] / slot_base[0]:.1f}x",
        f"[{label}] owner appointment list, one month of 100k ({listed[-1]} rows): "
        f"p50 {month[0]:.2f} ms  p99 {month[1]:.2f} ms  (target p99 <= 50 ms)",
        f"[{label}]   baseline hand-written SQL: p50 {month_base[0]:.2f} ms  "
        f"p99 {month_base[1]:.2f} ms  ratio p50 {month[0] / month_base[0]:.1f}x",
        f"[{label}] without settling the heap: slot search p50 "
        f"{unsettled_slot[0]:.2f} ms p99 {unsettled_slot[1]:.2f} ms; month list p50 "
        f"{unsettled_month[0]:.2f} ms p99 {unsettled_month[1]:.2f} ms",
    ]


async def run() -> list[str]:
    return await each_migrated_database(_bench)


if __name__ == "__main__":
    for line in asyncio.run(run()):
        print(line)
