"""Housekeeping of the queue itself, run as a periodic job (once cluster-wide)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select

from switchboard.core.metrics import JOBS_DEAD
from switchboard.jobs.registry import JobContext, registry
from switchboard.models.job import Job

DONE_RETENTION = timedelta(days=7)


@registry.handler("jobs.sweep")
async def sweep(ctx: JobContext) -> None:
    """Forget finished jobs after a week and publish the dead-letter count."""
    cutoff = ctx.clock.now() - DONE_RETENTION
    async with ctx.uow.system_scope("job queue sweep"):
        await ctx.uow.session.execute(
            delete(Job).where(Job.status == "done", Job.finished_at < cutoff)
        )
        dead = (
            await ctx.uow.session.execute(
                select(func.count()).select_from(Job).where(Job.status == "dead")
            )
        ).scalar_one()
    JOBS_DEAD.set(dead)


registry.every("jobs.sweep", timedelta(minutes=10))
