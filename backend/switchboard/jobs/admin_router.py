"""The platform operator's view of the job queue: dead letters and re-runs."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Query

from switchboard.audit import service as audit
from switchboard.auth.dependencies import AdminDep
from switchboard.core.db import UnitOfWork
from switchboard.core.deps import ClockDep, UowDep
from switchboard.jobs import platform_events, queue
from switchboard.jobs.schemas import JobList, JobOut
from switchboard.models.job import Job
from switchboard.tenancy.context import Actor

router = APIRouter(prefix="/v1/admin/jobs", tags=["admin"])


@router.get("", response_model=JobList)
async def list_jobs(
    _: AdminDep,
    uow: UowDep,
    status: Literal["queued", "running", "done", "dead", "discarded"] | None = None,
    kind: str | None = Query(default=None, max_length=80),
    scope: Literal["platform", "tenant"] | None = None,
    limit: int = Query(default=100, ge=1, le=500),
) -> JobList:
    """Jobs newest first; `scope=platform` only those of no tenant, `tenant` only tenants'."""
    async with uow.system_scope("admin list jobs"):
        jobs = await queue.list_jobs(uow, status, kind, limit, scope=scope)
    return JobList(items=[JobOut.of(j) for j in jobs])


@router.get("/{job_id}", response_model=JobOut)
async def get_job(job_id: uuid.UUID, _: AdminDep, uow: UowDep) -> JobOut:
    async with uow.system_scope("admin read job"):
        return JobOut.of(await queue.get(uow, job_id))


@router.post("/{job_id}/retry", response_model=JobOut)
async def retry_job(job_id: uuid.UUID, actor: AdminDep, uow: UowDep, clock: ClockDep) -> JobOut:
    async with uow.system_scope("admin re-run dead job"):
        job = await queue.requeue_dead(uow, job_id, clock.now())
        _audit(uow, job, actor, "retry", clock.now())
        return JobOut.of(job)


@router.post("/{job_id}/discard", response_model=JobOut)
async def discard_job(job_id: uuid.UUID, actor: AdminDep, uow: UowDep, clock: ClockDep) -> JobOut:
    async with uow.system_scope("admin discard dead job"):
        job = await queue.discard_dead(uow, job_id, clock.now())
        _audit(uow, job, actor, "discard", clock.now())
        return JobOut.of(job)


def _audit(uow: UnitOfWork, job: Job, actor: Actor, what: str, now: datetime) -> None:
    """A tenant job's retry or discard goes on its tenant's audit trail; a platform job's on
    the platform job trail (both shown on the console's audit page)."""
    if job.business_id is not None:
        audit.record_admin(
            uow, job.business_id, actor, f"job.{what}", "job", job.id, {"kind": job.kind}
        )
    else:
        platform_events.record(uow, job, what, actor_kind=actor.kind, actor_id=actor.id, at=now)
