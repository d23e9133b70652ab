"""4xx and 5xx answers per tenant and hour, for the operator's usage and error rates.

A middleware inside the request context: once the answer is sent, an error answer to a request
that authenticated as a tenant (the tenant is bound to the log context by the authentication
layer) adds one to that tenant's counter for the hour. Successful answers cost nothing; the
counter is a database upsert shared by every replica, and a failure to count never touches the
answer. Counts are kept 90 days."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from switchboard.core.clock import Clock
from switchboard.core.db import Database, UnitOfWork
from switchboard.jobs.registry import JobContext, registry
from switchboard.models.tenant_error_count import TenantErrorCount

log = structlog.get_logger("switchboard.admin")

KEPT = timedelta(days=90)
PURGE_JOB = "admin.error_counts.purge"


def _hour(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


async def count(uow: UnitOfWork, business_id: uuid.UUID, status: int, now: datetime) -> None:
    insert = postgresql.insert if uow.dialect == "postgresql" else sqlite.insert
    status_class = "5xx" if status >= 500 else "4xx"
    await uow.session.execute(
        insert(TenantErrorCount)
        .values(business_id=business_id, hour=_hour(now), status_class=status_class, count=1)
        .on_conflict_do_update(
            index_elements=["business_id", "hour", "status_class"],
            set_={"count": TenantErrorCount.count + 1},
        )
    )


class TenantErrorCounter:
    def __init__(self, app: ASGIApp, *, db: Database, clock: Clock) -> None:
        self.app = app
        self.db = db
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 0

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception:
            status = 500
            raise
        finally:
            if status >= 400:
                await self._count(status)

    async def _count(self, status: int) -> None:
        bound = structlog.contextvars.get_contextvars().get("business_id")
        if not bound:
            return  # not authenticated as a tenant: the security log has refused credentials
        try:
            async with self.db.unit_of_work() as uow:
                await count(uow, uuid.UUID(str(bound)), status, self.clock.now())
        except Exception:  # counting must never change the answer
            log.error("tenant_error_count_failed")


async def totals(
    uow: UnitOfWork, since: datetime, until: datetime, business_id: uuid.UUID | None = None
) -> dict[str, dict[uuid.UUID, int]]:
    """{"http_4xx": {tenant: n}, "http_5xx": {tenant: n}} for the hours in [since, until)."""
    query = (
        select(
            TenantErrorCount.business_id,
            TenantErrorCount.status_class,
            func.sum(TenantErrorCount.count),
        )
        .where(TenantErrorCount.hour >= _hour(since), TenantErrorCount.hour < until)
        .group_by(TenantErrorCount.business_id, TenantErrorCount.status_class)
    )
    if business_id is not None:
        query = query.where(TenantErrorCount.business_id == business_id)
    result: dict[str, dict[uuid.UUID, int]] = {"http_4xx": {}, "http_5xx": {}}
    for tenant, status_class, n in (await uow.session.execute(query)).all():
        result[f"http_{status_class}"][tenant] = int(n or 0)
    return result


async def hourly(
    uow: UnitOfWork, business_id: uuid.UUID, since: datetime, until: datetime
) -> list[tuple[datetime, str, int]]:
    rows = await uow.session.execute(
        select(TenantErrorCount.hour, TenantErrorCount.status_class, TenantErrorCount.count).where(
            TenantErrorCount.business_id == business_id,
            TenantErrorCount.hour >= _hour(since),
            TenantErrorCount.hour < until,
        )
    )
    return [(hour, status_class, int(n)) for hour, status_class, n in rows.all()]


@registry.handler(PURGE_JOB)
async def purge(ctx: JobContext) -> None:
    await ctx.uow.session.execute(
        delete(TenantErrorCount).where(TenantErrorCount.hour < ctx.clock.now() - KEPT)
    )


registry.every(PURGE_JOB, timedelta(days=1))
