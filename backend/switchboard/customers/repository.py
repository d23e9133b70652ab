"""Customer queries, scoped to the bound tenant by `TenantRepository`."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, inspect, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from switchboard.models.customer import Customer, CustomerAddress
from switchboard.tenancy.repository import TenantRepository


def like_pattern(fragment: str) -> str:
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class CustomerRepository(TenantRepository[Customer]):
    model = Customer

    async def by_phone(self, phone: str) -> Customer | None:
        result = await self.session.execute(self.select(Customer.phone == phone))
        return result.scalar_one_or_none()

    async def add_unless_phone_taken(self, customer: Customer) -> Customer | None:
        """Insert `customer` (new, with a phone) unless a customer of this tenant has that
        phone by now, and return the session's object for the row; None when it was taken.

        One INSERT ... ON CONFLICT DO NOTHING: a concurrent insert of the same number
        (PostgreSQL) is waited for and then yielded to, with no error to recover from, where
        a plain INSERT needed a savepoint around it (two more round trips)."""
        customer.business_id = self.tenant.business_id
        given = inspect(customer).dict
        values = {
            attr.key: given[attr.key]
            for attr in inspect(Customer).column_attrs
            if attr.key in given
        }
        insert = postgresql.insert if self.uow.dialect == "postgresql" else sqlite.insert
        stmt = (
            insert(Customer)
            .values(values)
            .on_conflict_do_nothing(index_elements=["business_id", "phone"])
            .returning(Customer)
        )
        made: Customer | None = (await self.session.scalars(stmt)).one_or_none()
        return made

    async def by_phones(self, phones: Sequence[str]) -> dict[str, Customer]:
        if not phones:
            return {}
        rows = await self.session.execute(self.select(Customer.phone.in_(list(phones))))
        return {c.phone: c for c in rows.scalars() if c.phone}

    async def by_ids(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Customer]:
        if not ids:
            return {}
        rows = await self.session.execute(self.select(Customer.id.in_(list(set(ids)))))
        return {c.id: c for c in rows.scalars()}

    async def search(self, query: str | None, limit: int, offset: int) -> Sequence[Customer]:
        stmt = self.select()
        if query:
            text = query.strip().lower()
            criteria = [Customer.name_lower.like(like_pattern(text), escape="\\")]
            if "@" in text:
                criteria.append(Customer.email.ilike(like_pattern(text), escape="\\"))
            digits = "".join(ch for ch in text if ch.isdigit())
            if len(digits) >= 3:
                criteria.append(Customer.phone.like(like_pattern(digits), escape="\\"))
            at_address = select(CustomerAddress.customer_id).where(
                CustomerAddress.business_id == self.tenant.business_id,
                CustomerAddress.line_lower.like(like_pattern(text), escape="\\"),
            )
            criteria.append(Customer.id.in_(at_address))
            stmt = stmt.where(or_(*criteria))
        stmt = stmt.order_by(Customer.name_lower, Customer.id).limit(limit).offset(offset)
        return (await self.session.execute(stmt)).scalars().all()

    async def all_in_order(self) -> Sequence[Customer]:
        stmt = self.select().order_by(Customer.created_at, Customer.id)
        return (await self.session.execute(stmt)).scalars().all()


class AddressRepository(TenantRepository[CustomerAddress]):
    model = CustomerAddress

    async def of(self, customer_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[CustomerAddress]]:
        out: dict[uuid.UUID, list[CustomerAddress]] = {i: [] for i in customer_ids}
        if not customer_ids:
            return out
        stmt = self.select(CustomerAddress.customer_id.in_(list(customer_ids))).order_by(
            CustomerAddress.label, CustomerAddress.id
        )
        for address in (await self.session.execute(stmt)).scalars():
            out.setdefault(address.customer_id, []).append(address)
        return out

    async def delete_of(self, customer_id: uuid.UUID) -> None:
        await self.session.execute(
            delete(CustomerAddress).where(
                CustomerAddress.business_id == self.tenant.business_id,
                CustomerAddress.customer_id == customer_id,
            )
        )
