"""A test job whose effect is a row in the database, so "ran once" can be counted."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from switchboard.core.db import Database
from switchboard.jobs.registry import JobContext
from switchboard.models.audit import AuditEvent

EFFECT = "test.effect"


async def write_effect(ctx: JobContext) -> None:
    assert ctx.tenant is not None
    ctx.uow.session.add(
        AuditEvent(
            id=uuid.uuid4(),
            at=ctx.clock.now(),
            actor_kind="system",
            actor_id="tests",
            action=EFFECT,
            target_type="job",
            target_id=str(ctx.payload["n"]),
            details={},
        )
    )
    await ctx.uow.session.flush()


async def effects(db: Database, business_id: str) -> dict[str, int]:
    """How many times each job's effect was committed, by job number."""
    async with db.unit_of_work() as uow, uow.system_scope("test count effects"):
        rows = await uow.session.execute(
            select(AuditEvent.target_id, func.count())
            .where(AuditEvent.business_id == uuid.UUID(business_id), AuditEvent.action == EFFECT)
            .group_by(AuditEvent.target_id)
        )
        return {str(target): int(count) for target, count in rows}
