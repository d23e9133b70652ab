"""Tenancy you cannot forget: the metadata rule, the session guard, and RLS on PostgreSQL."""

from __future__ import annotations

import ast
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import UniqueConstraint, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from switchboard.core.db import Database
from switchboard.models import AuditEvent, Base, Credential, TenantScoped
from switchboard.models.rate_limit import RateLimitCounter
from switchboard.tenancy.context import SYSTEM_ACTOR, TenantContext, issue_tenant_context
from switchboard.tenancy.guard import TenantMismatch, TenantScopeMissing
from switchboard.tenancy.repository import TenantRepository
from tests.conftest import Tenant
from tests.support import as_tenant

PACKAGE = Path(__file__).resolve().parents[2] / "switchboard"


def test_every_tenant_table_has_an_indexed_business_id_in_every_unique_constraint() -> None:
    tenant_tables = [
        m.local_table for m in Base.registry.mappers if issubclass(m.class_, TenantScoped)
    ]
    assert len(tenant_tables) >= 2
    for table in tenant_tables:
        column = table.columns.get("business_id")
        assert column is not None and not column.nullable, table.name
        indexed = any(index.columns.keys()[0] == "business_id" for index in table.indexes)
        assert indexed, f"{table.name}.business_id is not the leading column of an index"
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                assert "business_id" in constraint.columns, (table.name, constraint.name)
        for index in table.indexes:
            if index.unique:
                assert "business_id" in index.columns, (table.name, index.name)


def test_only_the_auth_layer_and_the_worker_issue_tenant_contexts() -> None:
    allowed = {
        PACKAGE / "auth" / "dependencies.py",
        PACKAGE / "jobs" / "worker.py",
        PACKAGE / "tenancy" / "context.py",
    }
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            named = isinstance(node, ast.Name) and node.id in {"issue_tenant_context", "_ISSUER"}
            if named and path not in allowed:
                offenders.append(str(path.relative_to(PACKAGE)))
    assert not offenders


def test_tenant_context_cannot_be_forged() -> None:
    with pytest.raises(TypeError):
        TenantContext(uuid.uuid4(), SYSTEM_ACTOR)
    ctx = issue_tenant_context(uuid.uuid4(), SYSTEM_ACTOR)
    with pytest.raises(AttributeError):
        ctx.business_id = uuid.uuid4()  # type: ignore[misc]


async def test_guard_refuses_tenant_queries_without_a_tenant(db: Database, tenant: Tenant) -> None:
    with pytest.raises(TenantScopeMissing):
        async with db.unit_of_work() as uow:
            await uow.session.execute(select(Credential))


async def test_guard_filters_orm_queries_to_the_bound_tenant(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    async with db.unit_of_work() as uow:
        await uow.bind(issue_tenant_context(uuid.UUID(tenant.id), SYSTEM_ACTOR))
        # Even a query that forgets its own filter sees only the bound tenant's rows.
        rows = (await uow.session.execute(select(Credential))).scalars().all()
        assert rows and {str(r.business_id) for r in rows} == {tenant.id}


async def test_guard_filters_a_count_that_names_no_entity(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    # "select(func.count()).select_from(Credential)" returns no entity, only a number: the
    # guard still sees the tenant table in its FROM and counts the bound tenant's rows.
    count = select(func.count()).select_from(Credential)
    async with db.unit_of_work() as uow:
        await uow.bind(issue_tenant_context(uuid.UUID(tenant.id), SYSTEM_ACTOR))
        mine = len((await uow.session.execute(select(Credential))).scalars().all())
        assert mine and (await uow.session.execute(count)).scalar_one() == mine
    async with db.unit_of_work() as uow, uow.system_scope("test: every tenant's rows"):
        assert (await uow.session.execute(count)).scalar_one() > mine
    with pytest.raises(TenantScopeMissing):
        async with db.unit_of_work() as uow:
            await uow.session.execute(count)


async def test_guard_refuses_writing_another_tenants_row(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    with pytest.raises(TenantMismatch):
        async with db.unit_of_work() as uow:
            await uow.bind(issue_tenant_context(uuid.UUID(tenant.id), SYSTEM_ACTOR))
            uow.session.add(
                AuditEvent(
                    business_id=uuid.UUID(other_tenant.id),
                    actor_kind="system",
                    actor_id="x",
                    action="forged",
                    target_type="business",
                    details={},
                )
            )


async def test_a_repository_get_never_answers_another_tenants_held_row(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    """`TenantRepository.get` answers from the identity map when the unit of work already
    holds the row; a row of another tenant held there (read in a system scope) stays hidden."""

    class Credentials(TenantRepository[Credential]):
        model = Credential

    async with db.unit_of_work() as uow:
        async with uow.system_scope("test: read another tenant's row"):
            theirs = (
                (
                    await uow.session.execute(
                        select(Credential).where(
                            Credential.business_id == uuid.UUID(other_tenant.id)
                        )
                    )
                )
                .scalars()
                .first()
            )
            ours = (
                (
                    await uow.session.execute(
                        select(Credential).where(Credential.business_id == uuid.UUID(tenant.id))
                    )
                )
                .scalars()
                .first()
            )
        assert theirs is not None and ours is not None
        context = issue_tenant_context(uuid.UUID(tenant.id), SYSTEM_ACTOR)
        await uow.bind(context)
        repo = Credentials(uow, context)
        assert await repo.get(theirs.id) is None
        assert await repo.get(ours.id) is ours


async def test_a_repository_get_does_not_answer_with_a_row_deleted_in_this_unit_of_work(
    db: Database, tenant: Tenant
) -> None:
    class Credentials(TenantRepository[Credential]):
        model = Credential

    context = issue_tenant_context(uuid.UUID(tenant.id), SYSTEM_ACTOR)
    with pytest.raises(RuntimeError, match="roll back"):
        async with db.unit_of_work() as uow:
            await uow.bind(context)
            repo = Credentials(uow, context)
            held = (await uow.session.execute(select(Credential))).scalars().first()
            assert held is not None and await repo.get(held.id) is held
            await uow.session.delete(held)  # pending: not flushed yet
            assert await repo.get(held.id) is None
            raise RuntimeError("roll back: the credential is needed by other tests")


async def test_system_scope_sees_every_tenant(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    async with db.unit_of_work() as uow, uow.system_scope("test: cross-tenant read"):
        ids = {
            str(b) for b in (await uow.session.execute(select(Credential.business_id))).scalars()
        }
    assert {tenant.id, other_tenant.id} <= ids


async def test_rls_hides_rows_from_the_app_role_without_a_tenant(
    db: Database, is_postgres: bool, tenant: Tenant, other_tenant: Tenant
) -> None:
    if not is_postgres:
        pytest.skip("row-level security is a PostgreSQL feature")
    async with db.engine.connect() as conn:
        role = (await conn.execute(text("SELECT current_user"))).scalar_one()
        assert role == "switchboard_app"
        bypass = (
            await conn.execute(
                text("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user")
            )
        ).scalar_one()
        assert bypass is False
        # No tenant set: raw SQL (which the ORM guard cannot see) finds nothing.
        assert (await conn.execute(text("SELECT count(*) FROM credentials"))).scalar_one() == 0
        assert (await conn.execute(text("SELECT count(*) FROM businesses"))).scalar_one() == 0
        await conn.execute(text("SELECT set_config('app.business_id', :b, true)"), {"b": tenant.id})
        owners = (
            await conn.execute(text("SELECT DISTINCT business_id FROM credentials"))
        ).scalars()
        assert [str(o) for o in owners] == [tenant.id]
        # Writing a row for another tenant is refused by the policy's WITH CHECK.
        with pytest.raises(Exception, match="row-level security"):
            await conn.execute(
                text(
                    "INSERT INTO audit_events (id, business_id, at, actor_kind, actor_id, action,"
                    " target_type, details) VALUES (:id, :b, now(), 's', 's', 'x', 'y', '{}')"
                ),
                {"id": uuid.uuid4(), "b": uuid.UUID(other_tenant.id)},
            )
        await conn.rollback()


async def test_rls_lets_the_owner_api_work_through_the_app_role(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    response = await client.get("/v1/owner/audit", headers=tenant.owner)
    assert response.status_code == 200 and response.json()["items"]


async def test_a_system_scope_ends_even_when_its_body_fails(
    db: Database, is_postgres: bool, tenant: Tenant, other_tenant: Tenant
) -> None:
    async with as_tenant(db, tenant.id) as (uow, _):
        await uow.session.execute(text("SELECT 1"))  # the transaction is under way
        with pytest.raises(RuntimeError):
            async with uow.system_scope("test: a caught failure"):
                raise RuntimeError("caught by the caller, who carries on")
        # Raw SQL, which only row-level security filters on PostgreSQL.
        owners = (
            await uow.session.execute(text("SELECT DISTINCT business_id FROM credentials"))
        ).scalars()
        seen = {str(o) for o in owners}
        if is_postgres:
            assert seen == {tenant.id}
        orm = (await uow.session.execute(select(Credential.business_id))).scalars()
        assert {str(b) for b in orm} == {tenant.id}


async def test_a_system_scope_ends_even_when_its_closing_flush_fails(db: Database) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    with pytest.raises(IntegrityError):
        async with db.unit_of_work() as uow:
            await uow.session.execute(
                insert(RateLimitCounter).values(key="scope-test", window_start=now, count=1)
            )
            try:
                async with uow.system_scope("test: a failing flush"):
                    uow.session.add(RateLimitCounter(key="scope-test", window_start=now, count=2))
            finally:
                # Back to no scope at all: a tenant query here would be refused by the guard.
                assert uow.session.sync_session.info.get("system_scope") is None
