"""Helpers shared by the queue, messaging and alert tests."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select

from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import Database, UnitOfWork
from switchboard.integrations.providers import Providers
from switchboard.jobs.registry import JobRegistry, registry
from switchboard.jobs.worker import Worker
from switchboard.main import worker_services
from switchboard.models.business import Business
from switchboard.models.job import Job
from switchboard.tenancy.context import Actor, TenantContext, issue_tenant_context

TEST_ACTOR = Actor("system", "tests")


def context_for(business_id: str | uuid.UUID) -> TenantContext:
    """Tests act as the system component that a job or webhook would be."""
    return issue_tenant_context(uuid.UUID(str(business_id)), TEST_ACTOR)


@asynccontextmanager
async def as_tenant(
    db: Database, business_id: str | uuid.UUID
) -> AsyncIterator[tuple[UnitOfWork, TenantContext]]:
    tenant = context_for(business_id)
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        yield uow, tenant


async def update_business(db: Database, business_id: str, **values: Any) -> None:
    async with db.unit_of_work() as uow, uow.system_scope("test set-up"):
        business = await uow.session.get(Business, uuid.UUID(business_id))
        assert business is not None
        for key, value in values.items():
            setattr(business, key, value)


async def jobs_of(db: Database, kind: str, business_id: str | None = None) -> list[Job]:
    async with db.unit_of_work() as uow, uow.system_scope("test read jobs"):
        stmt = select(Job).where(Job.kind == kind).order_by(Job.created_at)
        if business_id is not None:
            stmt = stmt.where(Job.business_id == uuid.UUID(business_id))
        return list((await uow.session.execute(stmt)).scalars())


def make_worker(
    db: Database,
    clock: Clock,
    settings: Settings,
    providers: Providers,
    *,
    job_registry: JobRegistry = registry,
    lease: timedelta = timedelta(seconds=60),
    worker_id: str | None = None,
    concurrency: int = 4,
) -> Worker:
    return Worker(
        db,
        job_registry,
        clock,
        concurrency=concurrency,
        poll_interval=0.01,
        lease=lease,
        services=worker_services(settings, providers),
        worker_id=worker_id,
    )


async def empty_queue(db: Database) -> None:
    """The job queue is shared by the whole test session (tenants are not): each queue test
    starts with no pending jobs so its worker runs only the test's own work."""
    async with db.unit_of_work() as uow, uow.system_scope("test queue reset"):
        await uow.session.execute(delete(Job))
