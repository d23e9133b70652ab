"""Housekeeping of the queue itself, run as a periodic job (once cluster-wide)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select

from switchboard.core.metrics import JOBS_DEAD
from switchboard.jobs.registry import JobContext, registry
from switchboard.models.job import Job
from switchboard.models.webhook_receipt import WebhookReceipt

DONE_RETENTION = timedelta(days=7)
# Twilio retries a webhook within minutes; a receipt holds the answer we gave (a voice answer
# can name the caller, their address, their appointment), so it is not kept past that need.
RECEIPT_RETENTION = timedelta(hours=48)


@registry.handler("jobs.sweep")
async def sweep(ctx: JobContext) -> None:
    """Forget finished jobs after a week and webhook receipts after two days, and publish the
    dead-letter count."""
    now = ctx.clock.now()
    async with ctx.uow.system_scope("job queue sweep"):
        await ctx.uow.session.execute(
            delete(Job).where(Job.status == "done", Job.finished_at < now - DONE_RETENTION)
        )
        await ctx.uow.session.execute(
            delete(WebhookReceipt).where(WebhookReceipt.created_at < now - RECEIPT_RETENTION)
        )
        dead = (
            await ctx.uow.session.execute(
                select(func.count()).select_from(Job).where(Job.status == "dead")
            )
        ).scalar_one()
    JOBS_DEAD.set(dead)


registry.every("jobs.sweep", timedelta(minutes=10))
