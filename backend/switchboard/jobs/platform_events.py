"""The trail of platform jobs (jobs of no tenant): failed runs and the operator's retries and
discards, with who, what and when. Tenant jobs' operator actions are on their tenant's audit
trail; a platform job has no tenant, so its trail is kept here and shown on the console's
audit and jobs pages as the "platform" scope."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from switchboard.core.db import UnitOfWork
from switchboard.models.job import Job
from switchboard.models.platform_job_event import PlatformJobEvent

EVENTS = ("failed", "dead", "retry", "discard")


def summary(error: str | None) -> str:
    """The error's first line, cut short (what the console shows for a dead job)."""
    return (error or "").splitlines()[0][:300] if error else ""


def record(
    uow: UnitOfWork,
    job: Job,
    event: str,
    *,
    actor_kind: str,
    actor_id: str,
    at: datetime,
    detail: str = "",
) -> None:
    """Caller holds the system scope; only for a job of no tenant."""
    uow.session.add(
        PlatformJobEvent(
            id=uuid.uuid4(),
            at=at,
            job_id=job.id,
            kind=job.kind[:80],
            event=event,
            attempt=job.attempts,
            actor_kind=actor_kind[:20],
            actor_id=actor_id[:80],
            detail=detail[:300],
        )
    )


async def list_events(
    uow: UnitOfWork,
    *,
    event: str | None = None,
    actor_kind: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 200,
) -> Sequence[PlatformJobEvent]:
    query = select(PlatformJobEvent).order_by(PlatformJobEvent.at.desc()).limit(limit)
    if event:
        query = query.where(PlatformJobEvent.event == event)
    if actor_kind:
        query = query.where(PlatformJobEvent.actor_kind == actor_kind)
    if since is not None:
        query = query.where(PlatformJobEvent.at >= since)
    if until is not None:
        query = query.where(PlatformJobEvent.at < until)
    async with uow.system_scope("operator reads platform job events"):
        return (await uow.session.execute(query)).scalars().all()
