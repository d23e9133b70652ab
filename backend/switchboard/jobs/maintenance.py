"""Housekeeping of the queue itself, run as a periodic job (once cluster-wide)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select, update

from switchboard.core.metrics import JOBS_DEAD
from switchboard.jobs.registry import JobContext, registry
from switchboard.models.job import Job
from switchboard.models.webhook_receipt import WebhookReceipt

DONE_RETENTION = timedelta(days=7)
# Twilio retries a webhook within minutes; a receipt holds the answer we gave (a voice answer
# can name the caller, their address, their appointment), so the answer is not kept past that
# need. The key names only a provider id and our number, and a Twilio signature never
# expires: it is kept much longer, so a replay weeks later still finds it and acts no more.
RECEIPT_RETENTION = timedelta(hours=48)
RECEIPT_KEY_RETENTION = timedelta(days=30)


@registry.handler("jobs.sweep")
async def sweep(ctx: JobContext) -> None:
    """Forget finished jobs after a week, webhook receipts' answers after two days and their
    keys after a month, and publish the dead-letter count."""
    now = ctx.clock.now()
    async with ctx.uow.system_scope("job queue sweep"):
        await ctx.uow.session.execute(
            delete(Job).where(
                Job.status.in_(("done", "discarded")), Job.finished_at < now - DONE_RETENTION
            )
        )
        await ctx.uow.session.execute(
            update(WebhookReceipt)
            .where(
                WebhookReceipt.created_at < now - RECEIPT_RETENTION,
                WebhookReceipt.response.is_not(None),
            )
            .values(response=None)
        )
        await ctx.uow.session.execute(
            delete(WebhookReceipt).where(WebhookReceipt.created_at < now - RECEIPT_KEY_RETENTION)
        )
        dead = (
            await ctx.uow.session.execute(
                select(func.count()).select_from(Job).where(Job.status == "dead")
            )
        ).scalar_one()
    JOBS_DEAD.set(dead)


registry.every("jobs.sweep", timedelta(minutes=10))
