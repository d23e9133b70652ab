"""What one assistant turn asks of the database: each thing it needs is read once per turn,
and the caller's message goes in with the reply. A turn's statements are most of its time (on
SQLite each is a round trip to the driver's thread; on PostgreSQL one over the network)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select

from bench.assistant_turn import SCRIPT
from bench.tenants import provision_plumber
from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.models.conversation import ConversationMessage
from switchboard.receptionist import turns
from switchboard.scheduling import service as scheduling
from switchboard.scheduling import setup
from switchboard.scheduling.engine import Preference
from switchboard.scheduling.schemas import ClosureIn
from switchboard.tenancy.context import TenantContext
from tests.support import context_for

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # Monday 09:00 in Chicago


async def _plumber(db: Database) -> TenantContext:
    """The bench's tenant (bench/assistant_turn.py), so these counts are the bench's turns."""
    return context_for(
        await provision_plumber(db, name="Statement Plumbing", reason="test provisions a tenant")
    )


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(db.engine.sync_engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", note)


def _tables(seen: list[str], verb: str) -> Counter[str]:
    """How many statements of `verb` (SELECT, INSERT, UPDATE) went to each table."""
    counts: Counter[str] = Counter()
    for statement in seen:
        if not statement.upper().startswith(verb):
            continue
        marker = " FROM " if verb == "SELECT" else " INTO " if verb == "INSERT" else "UPDATE "
        if marker in statement:
            counts[statement.split(marker, 1)[1].split()[0]] += 1
    return counts


async def _talk(
    db: Database, tenant: TenantContext, clock: FixedClock, said: list[str]
) -> tuple[uuid.UUID, list[str]]:
    """A new SMS conversation and the caller's turns; the statements of the last turn."""
    calendar = OfflineCalendar()
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        started = await turns.start(
            uow, tenant, clock, calendar, channel="sms", phone="+19135550177"
        )
    conversation_id = started.conversation.id
    last: list[str] = []
    for text in said:
        with statements(db) as seen:
            async with db.unit_of_work() as uow:
                await uow.bind(tenant)
                conversation = await turns.by_id(uow, tenant, conversation_id)
                await turns.turn(uow, tenant, clock, calendar, conversation, text)
        last = seen
    return conversation_id, last


async def test_a_turn_that_looks_around_a_closed_day_reads_the_set_up_once(db: Database) -> None:
    """Sunday is closed: the turn searches the day, the days after it and the week before it
    (three searches). The service, policy, closures and technicians are read once for all
    three; only each window's bookings are read per search."""
    tenant = await _plumber(db)
    clock = FixedClock(NOW)
    _, seen = await _talk(
        db, tenant, clock, ["the kitchen drain is clogged up", "could you come on sunday"]
    )
    selects = _tables(seen, "SELECT")
    assert selects["appointments"] >= 2, seen  # it did search more than once
    # The tenant's first search: the set-up is read here, once for the three searches.
    for table in ("service_types", "scheduling_policies", "closures", "technicians"):
        assert selects[table] == 1, (table, seen)


def _counts(seen: list[str]) -> dict[str, Counter[str]]:
    return {verb: +_tables(seen, verb) for verb in ("SELECT", "INSERT", "UPDATE")}


# The bench's slot-search turn, then its booking turn (a new texter's address, the last detail).
# The business comes with the conversation, in the same SELECT (`turns.by_id`).
_SEARCH_READS = Counter(conversations=1, appointments=1, offline_calendar_entries=1)
_BOOKING_READS = _SEARCH_READS + Counter(customers=1, sms_consents=1)
_BOOKING_WRITES = Counter(customers=1, customer_addresses=1, appointments=1, jobs=1, audit_events=1)


@pytest.mark.parametrize(
    ("said", "reads", "writes", "on_sqlite", "on_postgres"),
    [
        # BEGIN IMMEDIATE on SQLite; on PostgreSQL the tenant's settings for row-level security.
        pytest.param(SCRIPT[:2], _SEARCH_READS, Counter(), 6, 6, id="slot search"),
        # PostgreSQL: the schedule lock. The new customer is one INSERT ... ON CONFLICT DO
        # NOTHING (a concurrent first booking by the same number is yielded to, with no
        # savepoint). No customer_addresses read: a customer made in this unit of work has
        # none to match.
        pytest.param(SCRIPT, _BOOKING_READS, _BOOKING_WRITES, 13, 14, id="booking"),
    ],
)
async def test_a_turn_reads_no_set_up_and_no_service_while_they_are_unchanged(
    db: Database,
    is_postgres: bool,
    said: tuple[str, ...],
    reads: Counter[str],
    writes: Counter[str],
    on_sqlite: int,
    on_postgres: int,
) -> None:
    """The policy, closures and technicians are kept per process by the business's
    schedule_version, the service's terms by its catalogue_version: once a search has read
    them, a later turn's search reads only the window's bookings and the calendar's busy
    blocks, and a booking adds only the customer and the consent recorded for the number,
    then writes the customer, address, appointment, its jobs and the audit row."""
    tenant = await _plumber(db)
    clock = FixedClock(NOW)
    # The tenant's first search makes its scheduling policy (uncommitted then, so not kept);
    # the second reads the set-up and keeps it.
    for _ in range(2):
        await _talk(db, tenant, clock, list(SCRIPT[:2]))
    _, seen = await _talk(db, tenant, clock, list(said))
    # On PostgreSQL a booking also locks the business row (FOR NO KEY UPDATE).
    locks = Counter(businesses=1) if is_postgres and writes else Counter()
    assert _counts(seen) == {
        "SELECT": reads + locks,
        "INSERT": writes + Counter(conversation_messages=1),
        "UPDATE": Counter(conversations=1),
    }, seen
    assert len(seen) == (on_postgres if is_postgres else on_sqlite), seen


async def test_the_callers_message_goes_in_with_the_reply(db: Database) -> None:
    """Even a turn that searches (a query flushes what is pending) writes the conversation
    once and both messages in one INSERT, the caller's first."""
    tenant = await _plumber(db)
    clock = FixedClock(NOW)
    conversation_id, seen = await _talk(
        db, tenant, clock, ["my water heater is leaking a bit", "tomorrow morning works"]
    )
    assert _tables(seen, "INSERT")["conversation_messages"] == 1, seen
    assert _tables(seen, "UPDATE")["conversations"] == 1, seen
    async with db.unit_of_work(read_only=True) as uow:
        await uow.bind(tenant)
        rows = (
            await uow.session.execute(
                select(ConversationMessage.seq, ConversationMessage.role, ConversationMessage.text)
                .where(ConversationMessage.conversation_id == conversation_id)
                .order_by(ConversationMessage.seq)
            )
        ).all()
    assert [seq for seq, _, _ in rows] == list(range(len(rows)))
    assert [role for _, role, _ in rows] == [
        "assistant",
        "caller",
        "assistant",
        "caller",
        "assistant",
    ]
    assert rows[3][2] == "tomorrow morning works"


async def test_a_closure_added_in_the_same_unit_of_work_is_seen_by_the_next_search(
    db: Database,
) -> None:
    """What one search read is kept for the unit of work, but not past a change to it."""
    tenant = await _plumber(db)
    clock = FixedClock(NOW)
    zone = ZoneInfo("America/Chicago")
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        first, _, _, _ = await scheduling.find_slots(
            uow, tenant, clock, None, preference=Preference(), limit=1
        )
        day = first[0].start.astimezone(zone).date()
        await setup.add_closure(uow, tenant, ClosureIn(start_date=day, end_date=day))
        after, _, _, _ = await scheduling.find_slots(
            uow, tenant, clock, None, preference=Preference(), limit=1
        )
    assert after[0].start.astimezone(zone).date() > day
