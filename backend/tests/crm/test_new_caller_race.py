"""A new caller's customer is made with one INSERT ... ON CONFLICT DO NOTHING: when another
transaction made a customer with the same number after this one looked it up, the booking
uses that customer and carries on in the same transaction (no error, no duplicate)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from bench.tenants import provision_plumber
from switchboard.core.db import Database
from switchboard.customers import service as customers
from switchboard.customers.repository import CustomerRepository
from switchboard.customers.schemas import AddressIn
from switchboard.models.customer import Customer
from tests.support import context_for

PHONE = "+19135550188"


async def test_a_number_made_by_another_transaction_since_the_lookup_is_theirs(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = context_for(await provision_plumber(db, name="Race Plumbing", reason="test"))
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        theirs = await customers.find_or_create(uow, tenant, phone=PHONE, name="Owner Typed")

    real = CustomerRepository.by_phone
    looked: list[str] = []

    async def before_their_commit(self: CustomerRepository, phone: str) -> Any:
        # The booking's lookup ran before the other transaction committed: it saw nobody.
        looked.append(phone)
        return None if len(looked) == 1 else await real(self, phone)

    monkeypatch.setattr(CustomerRepository, "by_phone", before_their_commit)
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        found = await customers.find_or_create(uow, tenant, phone=PHONE, name="Caller Said")
        # The transaction is still usable: the booking goes on to save the address.
        await customers.add_address(uow, tenant, found.id, AddressIn(line="3 Ash Ct"))
    assert found.id == theirs.id and found.name == "Owner Typed"
    assert looked == [PHONE, PHONE]
    async with db.unit_of_work(read_only=True) as uow:
        await uow.bind(tenant)
        count = await uow.session.scalar(
            select(func.count()).select_from(Customer).where(Customer.phone == PHONE)
        )
        assert count == 1
        saved = await customers.addresses_of(uow, tenant, [theirs.id])
        assert [a.line for a in saved[theirs.id]] == ["3 Ash Ct"]


async def test_a_new_callers_customer_is_the_sessions_own_object(db: Database) -> None:
    """The row inserted is the object the booking goes on with: its defaults are loaded, and a
    later change to it in the same unit of work is written."""
    tenant = context_for(await provision_plumber(db, name="Fresh Plumbing", reason="test"))
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        made = await customers.find_or_create(uow, tenant, phone=PHONE, name="Ana Ruiz")
        assert made.business_id == tenant.business_id
        assert (made.tags, made.sms_opt_out, made.sms_consent) == ([], False, "unknown")
        assert made.created_at is not None
        made.notes = "gate code 1234"
    async with db.unit_of_work(read_only=True) as uow:
        await uow.bind(tenant)
        again = await CustomerRepository(uow, tenant).by_phone(PHONE)
        assert again is not None and again.id == made.id
        assert (again.name, again.name_lower, again.notes) == (
            "Ana Ruiz",
            "ana ruiz",
            "gate code 1234",
        )
