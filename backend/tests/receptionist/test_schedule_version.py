"""A process keeps each tenant's scheduling set-up (policy, closures, technicians) by the
business's schedule_version (migration 0021), which every change to the set-up bumps in its
own transaction. Another process that closes a day is seen by this one's next turn."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from switchboard.assistant.engine import DialogState
from switchboard.businesses.hours import default_hours
from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.core.migrations import upgrade
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.receptionist import turns
from switchboard.tenancy.context import TenantContext
from tests.conftest import make_settings
from tests.crm.migration_support import (
    BUSINESSES_AT_0005,
    run,
    scratch_url,  # noqa: F401  (the fixture)
)
from tests.receptionist.test_turn_statements import statements
from tests.support import context_for

BACKEND = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # Monday 09:00 in Chicago
WEDNESDAY = date(2026, 3, 4)
ZONE = ZoneInfo("America/Chicago")

# The other replica: its own process, its own Database, the owner's change through the service.
_OTHER_PROCESS = """
import asyncio, sys, uuid
from datetime import date
from switchboard.core.db import Database
from switchboard.scheduling import setup
from switchboard.scheduling.schemas import ClosureIn
from tests.conftest import make_settings
from tests.support import context_for

async def close(url: str, business_id: str, day: date) -> None:
    db = Database(make_settings(url))
    try:
        tenant = context_for(business_id)
        async with db.unit_of_work() as uow:
            await uow.bind(tenant)
            await setup.add_closure(uow, tenant, ClosureIn(start_date=day, end_date=day))
    finally:
        await db.dispose()

asyncio.run(close(sys.argv[1], sys.argv[2], date.fromisoformat(sys.argv[3])))
"""


async def _offered_days(
    db: Database, tenant: TenantContext, phone: str
) -> tuple[set[date], list[str]]:
    """A caller asks for Wednesday: the days of the times offered, and the turn's statements."""
    clock, calendar = FixedClock(NOW), OfflineCalendar()
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        started = await turns.start(uow, tenant, clock, calendar, channel="sms", phone=phone)
    said = ("my kitchen sink is clogged", "could someone come on wednesday")
    last: list[list[str]] = []
    for text in said:
        with statements(db) as seen:
            last.append(seen)
            async with db.unit_of_work() as uow:
                await uow.bind(tenant)
                conversation = await turns.by_id(uow, tenant, started.conversation.id)
                await turns.turn(uow, tenant, clock, calendar, conversation, text)
                state = DialogState.from_json(conversation.state)
    days = {datetime.fromisoformat(o).astimezone(ZONE).date() for o in state.offered}
    return days, last[-1]


def _reads_closures(seen: list[str]) -> bool:
    return any(s.startswith("SELECT") and " FROM closures " in s for s in seen)


def test_a_day_another_process_closes_is_seen_by_the_next_turn(
    scratch_url: str,  # noqa: F811
) -> None:
    upgrade(scratch_url, "0020")
    business_id = uuid.uuid4()
    asyncio.run(
        run(
            scratch_url,
            sa.insert(BUSINESSES_AT_0005).values(
                id=business_id,
                name="Replica Plumbing",
                vertical="plumbing",
                timezone="America/Chicago",
                phone_number="+19135550142",
                language="en",
                business_hours=default_hours(),
                status="active",
                lockdown=False,
                settings={},
                created_at=NOW,
                updated_at=NOW,
            ),
        )
    )
    upgrade(scratch_url, "head")
    version = sa.select(sa.column("schedule_version")).select_from(sa.table("businesses"))
    assert asyncio.run(run(scratch_url, version)) == [[(0,)]]  # existing tenants start at 0

    async def before() -> None:
        db = Database(make_settings(scratch_url))
        try:
            tenant = context_for(business_id)
            await _offered_days(db, tenant, "+19135550101")  # makes the scheduling policy
            days, _ = await _offered_days(db, tenant, "+19135550102")  # reads, keeps
            assert days == {WEDNESDAY}
            days, seen = await _offered_days(db, tenant, "+19135550103")
            assert days == {WEDNESDAY} and not _reads_closures(seen)  # the kept view
        finally:
            await db.dispose()

    async def after() -> None:
        db = Database(make_settings(scratch_url))
        try:
            days, seen = await _offered_days(db, context_for(business_id), "+19135550104")
            assert WEDNESDAY not in days and days, days
            assert _reads_closures(seen)
        finally:
            await db.dispose()

    asyncio.run(before())
    subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, scratch_url, str(business_id), str(WEDNESDAY)],
        cwd=BACKEND,
        check=True,
        timeout=120,
    )
    assert asyncio.run(run(scratch_url, version)) == [[(1,)]]
    asyncio.run(after())
