"""The scoped repository base: every query is filtered to the bound tenant by construction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession

from switchboard.core.db import UnitOfWork
from switchboard.models.base import Base, TenantScoped
from switchboard.tenancy.context import TenantContext

M = TypeVar("M", bound=Base)


def _usable(obj: object) -> bool:
    """A held object the identity map may answer with: not deleted in this unit of work and
    with its tenant column loaded (an expired one would need a lazy load, which async
    sessions cannot do)."""
    state = inspect(obj)
    return not (state.deleted or state.was_deleted) and "business_id" not in state.unloaded


class TenantRepository(Generic[M]):
    """Subclasses set `model`. No public method takes a tenant id: it comes from the context."""

    model: type[M]
    # Declared here so subclasses type-check inside import cycles (mypy "cannot determine").
    uow: UnitOfWork
    session: AsyncSession
    tenant: TenantContext

    def __init__(self, uow: UnitOfWork, tenant: TenantContext) -> None:
        if not issubclass(self.model, TenantScoped):
            raise TypeError(f"{self.model.__name__} is not a tenant table")
        self.uow = uow
        self.session = uow.session
        self.tenant = tenant

    def select(self, *criteria: Any) -> Select[M]:
        column = self.model.business_id  # type: ignore[attr-defined]
        return select(self.model).where(column == self.tenant.business_id, *criteria)

    async def get(self, object_id: uuid.UUID) -> M | None:
        # An object this unit of work already holds is answered from the identity map (no
        # statement), after the same tenant check the query would have made.
        held = self.session.sync_session.identity_map.get(
            self.session.sync_session.identity_key(self.model, object_id)
        )
        if (
            isinstance(held, self.model)
            and _usable(held)
            and held not in self.session.sync_session.deleted
        ):
            same_tenant = getattr(held, "business_id", None) == self.tenant.business_id
            return held if same_tenant else None
        result = await self.session.execute(
            self.select(self.model.id == object_id)  # type: ignore[attr-defined]
        )
        return result.scalar_one_or_none()

    async def list(
        self, *criteria: Any, order_by: Any = None, limit: int = 100, offset: int = 0
    ) -> Sequence[M]:
        stmt = self.select(*criteria).limit(limit).offset(offset)
        if order_by is not None:
            stmt = stmt.order_by(order_by)
        return (await self.session.execute(stmt)).scalars().all()

    async def count(self, *criteria: Any) -> int:
        column = self.model.business_id  # type: ignore[attr-defined]
        stmt = (
            select(func.count())
            .select_from(self.model)
            .where(column == self.tenant.business_id, *criteria)
        )
        return int((await self.session.execute(stmt)).scalar_one())

    def add(self, obj: M) -> M:
        obj.business_id = self.tenant.business_id  # type: ignore[attr-defined]
        self.session.add(obj)
        return obj
