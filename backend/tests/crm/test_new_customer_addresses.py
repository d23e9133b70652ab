"""A customer made in this unit of work (a new caller's booking) has no saved addresses to
match, so adding one asks the database for none; the same address given twice in that unit
of work is still saved once. A customer who already existed is matched against the database."""

from __future__ import annotations

from sqlalchemy import select

from bench.tenants import provision_plumber
from switchboard.core.db import Database
from switchboard.customers import service as customers
from switchboard.customers.schemas import AddressIn
from switchboard.models.customer import CustomerAddress
from tests.receptionist.test_turn_statements import statements
from tests.support import context_for


def _address_reads(seen: list[str]) -> int:
    return sum(1 for s in seen if s.startswith("SELECT") and " FROM customer_addresses " in s)


async def test_a_new_customers_address_is_saved_once_without_a_lookup(db: Database) -> None:
    tenant = context_for(await provision_plumber(db, name="Address Plumbing", reason="test"))
    with statements(db) as seen:
        async with db.unit_of_work() as uow:
            await uow.bind(tenant)
            made = await customers.find_or_create(uow, tenant, phone="+19135550161", name="Ana")
            first = await customers.add_address(uow, tenant, made.id, AddressIn(line="12 Oak St"))
            again = await customers.add_address(uow, tenant, made.id, AddressIn(line="12  oak st"))
            other = await customers.add_address(uow, tenant, made.id, AddressIn(line="9 Elm Rd"))
    assert again.id == first.id and other.id != first.id
    assert _address_reads(seen) == 0, seen
    async with db.unit_of_work(read_only=True) as uow:
        await uow.bind(tenant)
        lines = (
            await uow.session.execute(
                select(CustomerAddress.line).where(CustomerAddress.customer_id == made.id)
            )
        ).scalars()
        assert sorted(lines) == ["12 Oak St", "9 Elm Rd"]


async def test_a_returning_customers_address_is_matched_against_the_saved_ones(
    db: Database,
) -> None:
    tenant = context_for(await provision_plumber(db, name="Returning Plumbing", reason="test"))
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        made = await customers.find_or_create(uow, tenant, phone="+19135550162", name="Bo")
        saved = await customers.add_address(uow, tenant, made.id, AddressIn(line="4 Pine Ave"))
    with statements(db) as seen:
        async with db.unit_of_work() as uow:
            await uow.bind(tenant)
            found = await customers.find_or_create(uow, tenant, phone="+19135550162")
            again = await customers.add_address(uow, tenant, found.id, AddressIn(line="4 PINE AVE"))
    assert again.id == saved.id
    assert _address_reads(seen) == 1, seen
