"""The platform operator's view of the job queue: dead letters and re-runs."""

from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter, Query

from switchboard.audit import service as audit
from switchboard.auth.dependencies import AdminDep
from switchboard.core.deps import ClockDep, UowDep
from switchboard.jobs import queue
from switchboard.jobs.schemas import JobList, JobOut

router = APIRouter(prefix="/v1/admin/jobs", tags=["admin"])


@router.get("", response_model=JobList)
async def list_jobs(
    _: AdminDep,
    uow: UowDep,
    status: Literal["queued", "running", "done", "dead", "discarded"] | None = None,
    kind: str | None = Query(default=None, max_length=80),
    limit: int = Query(default=100, ge=1, le=500),
) -> JobList:
    async with uow.system_scope("admin list jobs"):
        jobs = await queue.list_jobs(uow, status, kind, limit)
    return JobList(items=[JobOut.of(j) for j in jobs])


@router.get("/{job_id}", response_model=JobOut)
async def get_job(job_id: uuid.UUID, _: AdminDep, uow: UowDep) -> JobOut:
    async with uow.system_scope("admin read job"):
        return JobOut.of(await queue.get(uow, job_id))


@router.post("/{job_id}/retry", response_model=JobOut)
async def retry_job(job_id: uuid.UUID, actor: AdminDep, uow: UowDep, clock: ClockDep) -> JobOut:
    async with uow.system_scope("admin re-run dead job"):
        job = await queue.requeue_dead(uow, job_id, clock.now())
        if job.business_id is not None:
            # Platform jobs (no tenant) are visible in the job list itself; tenant jobs are
            # also on the tenant's audit trail.
            audit.record_admin(
                uow, job.business_id, actor, "job.retry", "job", job.id, {"kind": job.kind}
            )
        return JobOut.of(job)


@router.post("/{job_id}/discard", response_model=JobOut)
async def discard_job(job_id: uuid.UUID, actor: AdminDep, uow: UowDep, clock: ClockDep) -> JobOut:
    async with uow.system_scope("admin discard dead job"):
        job = await queue.discard_dead(uow, job_id, clock.now())
        if job.business_id is not None:
            audit.record_admin(
                uow, job.business_id, actor, "job.discard", "job", job.id, {"kind": job.kind}
            )
        return JobOut.of(job)
