"""The durable job queue in the application database (a transactional outbox).

`enqueue` writes the job in the caller's own transaction: the job exists if and only if the
change that caused it was committed. An idempotency key makes a second enqueue of the same
work a no-op, which is also how periodic jobs are scheduled once cluster-wide.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from switchboard.core.db import UnitOfWork
from switchboard.core.errors import Conflict, NotFound
from switchboard.models.job import Job
from switchboard.tenancy.context import TenantContext

BACKOFF_BASE_S = 2.0
BACKOFF_CAP_S = 15 * 60.0


async def enqueue(
    uow: UnitOfWork,
    kind: str,
    payload: dict[str, Any] | None = None,
    *,
    tenant: TenantContext | None = None,
    run_at: datetime | None = None,
    idempotency_key: str | None = None,
    max_attempts: int = 8,
    now: datetime | None = None,
) -> uuid.UUID | None:
    """Add a job in the current transaction. Returns its id, or None when the idempotency key
    already names a job. Tenant work passes `tenant`; the job then runs in that tenant's scope."""
    values = _row(kind, payload, tenant, run_at or now, idempotency_key, max_attempts)
    result = await _insert(uow, [values], keyed=idempotency_key is not None)
    return values["id"] if getattr(result, "rowcount", 1) != 0 else None


async def enqueue_keyed(
    uow: UnitOfWork,
    jobs: Sequence[tuple[str, dict[str, Any], str]],
    *,
    tenant: TenantContext | None,
    now: datetime,
) -> None:
    """Several jobs, each `(kind, payload, idempotency_key)`, due at `now`, written by one
    statement (a booking's confirmation, owner alert and calendar write); a key that already
    names a job is skipped as in `enqueue`."""
    if jobs:
        rows = [_row(kind, payload, tenant, now, key, 8) for kind, payload, key in jobs]
        await _insert(uow, rows, keyed=True)


def _row(
    kind: str,
    payload: dict[str, Any] | None,
    tenant: TenantContext | None,
    run_at: datetime | None,
    idempotency_key: str | None,
    max_attempts: int,
) -> dict[str, Any]:
    values: dict[str, Any] = {
        "id": uuid.uuid4(),
        "kind": kind,
        "business_id": tenant.business_id if tenant else None,
        "payload": payload or {},
        "status": "queued",
        "attempts": 0,
        "max_attempts": max_attempts,
        "idempotency_key": idempotency_key,
    }
    if run_at is not None:
        values["run_at"] = run_at
    return values


async def _insert(uow: UnitOfWork, rows: list[dict[str, Any]], *, keyed: bool) -> Any:
    insert = postgresql.insert if uow.dialect == "postgresql" else sqlite.insert
    if len({frozenset(row) for row in rows}) > 1:
        raise ValueError("jobs written together must name the same columns")
    stmt = insert(Job).values(rows)
    if keyed:
        stmt = stmt.on_conflict_do_nothing(index_elements=["idempotency_key"])
    result = await uow.session.execute(stmt)
    uow.after_commit(uow.wake_jobs)
    return result


def backoff(attempt: int) -> timedelta:
    """Exponential backoff with jitter: a random delay between half and all of 2 s, 4 s, 8 s …
    (capped at 15 minutes), so jobs that failed together do not all retry at once."""
    ceiling = min(BACKOFF_CAP_S, BACKOFF_BASE_S * (2 ** max(0, attempt - 1)))
    return timedelta(seconds=random.uniform(ceiling / 2, ceiling))


async def claim(
    uow: UnitOfWork, worker_id: str, now: datetime, lease: timedelta, limit: int
) -> Sequence[Job]:
    """Take up to `limit` due jobs (or jobs whose lease expired) for this worker."""
    due = or_(
        (Job.status == "queued") & (Job.run_at <= now),
        (Job.status == "running") & (Job.locked_until < now),
    )
    stmt = select(Job.id).where(due).order_by(Job.run_at).limit(limit)
    if uow.dialect == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    ids = list((await uow.session.execute(stmt)).scalars())
    if not ids:
        return []
    await uow.session.execute(
        update(Job)
        .where(Job.id.in_(ids))
        .values(
            status="running",
            locked_by=worker_id,
            locked_until=now + lease,
            attempts=Job.attempts + 1,
            started_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    rows = await uow.session.execute(
        select(Job).where(Job.id.in_(ids)).execution_options(populate_existing=True)
    )
    return rows.scalars().all()


async def finish(uow: UnitOfWork, job_id: uuid.UUID, worker_id: str, now: datetime) -> bool:
    """Mark done, only if this worker still holds the lease. False means another worker took
    the job over; the caller must then roll back the job's effects."""
    result = await uow.session.execute(
        update(Job)
        .where(Job.id == job_id, Job.locked_by == worker_id, Job.status == "running")
        .values(status="done", finished_at=now, locked_until=None, last_error=None)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0))


async def fail(
    uow: UnitOfWork,
    job_id: uuid.UUID,
    worker_id: str,
    now: datetime,
    error: str,
    *,
    permanent: bool,
    delay: timedelta | None = None,
) -> str | None:
    """Schedule a retry, or move to `dead` when permanent or out of attempts."""
    job = (
        await uow.session.execute(
            select(Job).where(Job.id == job_id).execution_options(populate_existing=True)
        )
    ).scalar_one_or_none()
    if job is None or job.locked_by != worker_id or job.status != "running":
        return None
    job.last_error = error[:2000]
    job.locked_until = None
    if permanent or job.attempts >= job.max_attempts:
        job.status = "dead"
        job.finished_at = now
    else:
        job.status = "queued"
        job.run_at = now + (delay if delay is not None else backoff(job.attempts))
    return job.status


async def get(uow: UnitOfWork, job_id: uuid.UUID) -> Job:
    job = await uow.session.get(Job, job_id)
    if job is None:
        raise NotFound("No such job.")
    return job


async def list_jobs(
    uow: UnitOfWork, status: str | None, kind: str | None, limit: int, *, scope: str | None = None
) -> Sequence[Job]:
    """`scope`: "platform" (jobs of no tenant), "tenant" (tenants' jobs) or None (all)."""
    stmt = select(Job).order_by(Job.created_at.desc()).limit(limit)
    if scope == "platform":
        stmt = stmt.where(Job.business_id.is_(None))
    elif scope == "tenant":
        stmt = stmt.where(Job.business_id.is_not(None))
    if status:
        stmt = stmt.where(Job.status == status)
    if kind:
        stmt = stmt.where(Job.kind == kind)
    return (await uow.session.execute(stmt)).scalars().all()


async def requeue_dead(uow: UnitOfWork, job_id: uuid.UUID, now: datetime) -> Job:
    """Give a dead job a fresh set of attempts (the admin "re-run" button)."""
    job = await get(uow, job_id)
    if job.status != "dead":
        raise Conflict("Only a dead job can be re-run.")
    job.status = "queued"
    job.attempts = 0
    job.run_at = now
    job.finished_at = None
    uow.after_commit(uow.wake_jobs)
    return job


async def discard_dead(uow: UnitOfWork, job_id: uuid.UUID, now: datetime) -> Job:
    """Give up on a dead job for good (the admin "discard" button): it leaves the dead-letter
    list and is forgotten with the finished jobs."""
    job = await get(uow, job_id)
    if job.status != "dead":
        raise Conflict("Only a dead job can be discarded.")
    job.status = "discarded"
    job.finished_at = now
    return job
