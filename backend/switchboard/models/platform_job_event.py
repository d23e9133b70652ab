from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, utc_now


class PlatformJobEvent(IdMixin, Base):
    """The trail of platform jobs (those of no tenant: integration checks, purges, billing
    reconciliation, metering): each failed run (retried later or dead) and each operator's
    retry or discard, with who, what and when. A system table, since these jobs have no tenant
    whose audit trail could hold them. `detail` is the error's first line, cut short; a
    platform job carries no customer's data."""

    __tablename__ = "platform_job_events"
    __table_args__ = (Index("ix_platform_job_events_at", "at"),)

    at: Mapped[datetime] = mapped_column(default=utc_now)
    job_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(80))
    # failed (to be retried) | dead | retry | discard
    event: Mapped[str] = mapped_column(String(12))
    attempt: Mapped[int] = mapped_column(default=0)
    # system (the worker, actor_id "job:<kind>") or the operator (admin / admin_session)
    actor_kind: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[str] = mapped_column(String(80))
    detail: Mapped[str] = mapped_column(String(300), default="")
