"""A process keeps the terms of a tenant's services (duration, name, prices) by the business's
catalogue_version, which every catalogue change bumps in its own transaction: a slot search
or a booking reads no service row while the catalogue is unchanged, sees an owner's change at
once, and never answers one tenant with another's service."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from bench.tenants import provision_plumber
from switchboard.catalogue import service as catalogue
from switchboard.catalogue.schemas import ServiceUpdate
from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.scheduling import service as scheduling
from switchboard.tenancy.context import TenantContext
from tests.receptionist.test_turn_statements import _tables, statements
from tests.support import context_for

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # Monday 09:00 in Chicago


async def _plumber(db: Database, name: str) -> tuple[TenantContext, uuid.UUID]:
    """A tenant and the id of its first service."""
    tenant = context_for(await provision_plumber(db, name=name, reason="test provisions"))
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        first = (await catalogue.list_services(uow, tenant))[0]
    return tenant, first.id


async def _search(
    db: Database, tenant: TenantContext, service_id: uuid.UUID
) -> tuple[timedelta, int]:
    """The duration a slot search used for the service, and its reads of service_types."""
    with statements(db) as seen:
        async with db.unit_of_work() as uow:
            await uow.bind(tenant)
            _, _, duration, _ = await scheduling.find_slots(
                uow, tenant, FixedClock(NOW), None, service_id=service_id, limit=1
            )
    return duration, _tables(seen, "SELECT")["service_types"]


async def _set_duration(
    db: Database, tenant: TenantContext, service_id: uuid.UUID, minutes: int
) -> None:
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        await catalogue.update_service(
            uow, tenant, service_id, ServiceUpdate(duration_minutes=minutes)
        )


async def test_the_owners_change_to_a_service_is_seen_by_the_next_search(db: Database) -> None:
    tenant, service_id = await _plumber(db, "Terms Plumbing")
    first, _ = await _search(db, tenant, service_id)
    again, reads = await _search(db, tenant, service_id)
    assert (again, reads) == (first, 0)  # kept while the catalogue is unchanged
    await _set_duration(db, tenant, service_id, 150)
    changed, reads = await _search(db, tenant, service_id)
    assert (changed, reads) == (timedelta(minutes=150), 1)
    assert await _search(db, tenant, service_id) == (timedelta(minutes=150), 0)


async def test_an_uncommitted_change_is_seen_only_by_its_own_unit_of_work(db: Database) -> None:
    tenant, service_id = await _plumber(db, "Draft Plumbing")
    before, _ = await _search(db, tenant, service_id)

    class Abandoned(Exception):
        pass

    with pytest.raises(Abandoned):
        async with db.unit_of_work() as uow:
            await uow.bind(tenant)
            await catalogue.update_service(
                uow, tenant, service_id, ServiceUpdate(duration_minutes=200)
            )
            _, _, duration, _ = await scheduling.find_slots(
                uow, tenant, FixedClock(NOW), None, service_id=service_id, limit=1
            )
            assert duration == timedelta(minutes=200)
            raise Abandoned  # rolled back: nobody else may have seen 200 minutes
    assert (await _search(db, tenant, service_id))[0] == before


async def test_another_tenants_service_is_not_found_even_when_kept(db: Database) -> None:
    owner, service_id = await _plumber(db, "Kept Plumbing")
    other, own_id = await _plumber(db, "Other Plumbing")
    await _search(db, owner, service_id)  # the owner's terms are now kept by this process
    with pytest.raises(catalogue.ServiceNotFound):
        await _search(db, other, service_id)
    # Each tenant's change is its own: the other tenant's edit leaves the owner's terms.
    await _set_duration(db, other, own_id, 45)
    assert await _search(db, other, own_id) == (timedelta(minutes=45), 1)
    kept, reads = await _search(db, owner, service_id)
    assert reads == 0 and kept != timedelta(minutes=45)
