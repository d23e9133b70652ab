"""The session guard: tenant tables are unreachable unless a tenant (or the system scope) is bound.

Bound state lives in `session.info`:
- `tenant`: the `TenantContext` of the request or job;
- `system_scope`: a reason string while inside `system_scope()` (cross-tenant work on purpose).

On PostgreSQL the same state is mirrored into `app.business_id` / `app.system` with
`set_config(..., is_local => true)` so row-level security policies see it per transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.util import find_tables

from switchboard.models.base import Base, TenantScoped
from switchboard.tenancy.context import TenantContext


class TenantScopeMissing(RuntimeError):
    """A tenant table was queried with no tenant and no system scope bound. A programming error."""


class TenantMismatch(RuntimeError):
    """An object of one tenant was about to be written while another tenant is bound."""


def bound_tenant(session: Session) -> TenantContext | None:
    tenant = session.info.get("tenant")
    return tenant if isinstance(tenant, TenantContext) else None


def in_system_scope(session: Session) -> bool:
    return bool(session.info.get("system_scope"))


def bind_tenant(session: Session, tenant: TenantContext) -> None:
    session.info["tenant"] = tenant


@contextmanager
def system_scope(session: Session, reason: str) -> Iterator[None]:
    """Cross-tenant access, on purpose. Grep for `system_scope(` to audit every use."""
    previous = session.info.get("system_scope")
    session.info["system_scope"] = reason
    try:
        yield
    finally:
        session.info["system_scope"] = previous


def rls_params(session: Session) -> dict[str, str]:
    tenant = bound_tenant(session)
    return {
        "bid": str(tenant.business_id) if tenant else "",
        "sys": "on" if in_system_scope(session) else "",
    }


SET_RLS = text(
    "SELECT set_config('app.business_id', :bid, true), set_config('app.system', :sys, true)"
)


@cache
def _tenant_tables(_mappers: int) -> frozenset[Any]:
    """The tenant tables, cached per count of mapped classes (a model imported later joins)."""
    return frozenset(
        m.local_table for m in Base.registry.mappers if issubclass(m.class_, TenantScoped)
    )


def _touches_tenant_tables(state: ORMExecuteState) -> bool:
    """Whether the statement reads or writes a tenant table: through an entity it returns, or
    only in its FROM clause ("select(func.count()).select_from(Customer)" names no entity,
    yet counts every tenant's rows unless it is filtered too)."""
    if any(issubclass(m.class_, TenantScoped) for m in state.all_mappers):
        return True
    statement = state.statement
    return isinstance(statement, ClauseElement) and not _tenant_tables(
        len(Base.registry.mappers)
    ).isdisjoint(find_tables(statement, include_crud=True))


def install_guard(session_class: type[Session]) -> None:
    @event.listens_for(session_class, "after_begin")
    def _after_begin(session: Session, tx: Any, connection: Any) -> None:
        # A savepoint runs inside the transaction that already carries the values (kept
        # current by `UnitOfWork._sync_rls`): setting them again was one more round trip.
        if session.info.get("postgres") and not tx.nested:
            connection.execute(SET_RLS, rls_params(session))

    @event.listens_for(session_class, "do_orm_execute")
    def _guard(state: ORMExecuteState) -> None:
        if not (state.is_select or state.is_update or state.is_delete):
            return
        if not _touches_tenant_tables(state):
            return
        session = state.session
        if in_system_scope(session):
            return
        tenant = bound_tenant(session)
        if tenant is None:
            raise TenantScopeMissing("query on a tenant table with no tenant bound")
        business_id = tenant.business_id
        state.statement = state.statement.options(
            with_loader_criteria(
                TenantScoped,
                lambda cls: cls.business_id == business_id,
                include_aliases=True,
            )
        )

    @event.listens_for(session_class, "before_flush")
    def _stamp(session: Session, _ctx: Any, _instances: Any) -> None:
        tenant = bound_tenant(session)
        system = in_system_scope(session)
        for obj in list(session.new) + list(session.dirty):
            if not isinstance(obj, TenantScoped):
                continue
            current: uuid.UUID | None = obj.business_id
            if current is None:
                if tenant is None:
                    raise TenantScopeMissing(f"new {type(obj).__name__} with no tenant bound")
                obj.business_id = tenant.business_id
            elif tenant is not None and current != tenant.business_id and not system:
                raise TenantMismatch(f"{type(obj).__name__} belongs to another tenant")
            elif tenant is None and not system:
                raise TenantScopeMissing(f"write to {type(obj).__name__} with no tenant bound")
