"""A turn's conversation comes with its business in one statement (`turns.by_id`): the turn's
own read of the business then sends none, the business row is never locked by it (its row
lock is the schedule's), and a unit of work that already holds the business reads only the
conversation."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from bench.tenants import provision_plumber
from switchboard.businesses import service as businesses
from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.receptionist import turns
from switchboard.scheduling.repository import AppointmentRepository
from switchboard.tenancy.context import TenantContext
from tests.receptionist.test_turn_statements import NOW, statements
from tests.support import context_for


async def _conversation(db: Database, name: str) -> tuple[TenantContext, uuid.UUID]:
    tenant = context_for(await provision_plumber(db, name=name, reason="test provisions"))
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        started = await turns.start(
            uow, tenant, FixedClock(NOW), OfflineCalendar(), channel="sms", phone="+19135550166"
        )
    return tenant, started.conversation.id


async def test_the_business_comes_with_the_conversation(db: Database) -> None:
    tenant, conversation_id = await _conversation(db, "Joined Plumbing")
    with statements(db) as seen:
        async with db.unit_of_work() as uow:
            await uow.bind(tenant)
            conversation = await turns.by_id(uow, tenant, conversation_id)
            business = await businesses.get_own_business(uow, tenant)
    assert conversation.business_id == business.id == tenant.business_id
    assert business.name == "Joined Plumbing"
    reads = [s for s in seen if s.startswith("SELECT") and "set_config" not in s]
    assert len(reads) == 1 and "JOIN businesses" in reads[0], seen


async def test_a_business_already_held_is_not_read_again(db: Database) -> None:
    tenant, conversation_id = await _conversation(db, "Held Plumbing")
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        held = await businesses.get_own_business(uow, tenant)
        with statements(db) as seen:
            await turns.by_id(uow, tenant, conversation_id)
            again = await businesses.get_own_business(uow, tenant)
    assert again is held
    assert len(seen) == 1 and "businesses" not in seen[0], seen


async def test_a_turn_holding_its_conversation_leaves_the_schedule_lock_free(
    db: Database,
) -> None:
    """Only the conversation's row is locked (FOR NO KEY UPDATE OF conversations): a booking
    in another conversation of the tenant takes the schedule lock at once."""
    if db.is_sqlite:
        pytest.skip("row locks are PostgreSQL's; SQLite has one writer at a time")
    tenant, conversation_id = await _conversation(db, "Unlocked Plumbing")
    async with db.unit_of_work() as turn:
        await turn.bind(tenant)
        await turns.by_id(turn, tenant, conversation_id)
        async with db.unit_of_work() as booking:
            await booking.bind(tenant)
            await booking.session.execute(text("SET LOCAL lock_timeout = '2s'"))
            await AppointmentRepository(booking, tenant).lock_schedule()  # would time out
