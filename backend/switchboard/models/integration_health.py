from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, utc_now


class IntegrationHealth(IdMixin, Base):
    """The latest result of one integration check: platform-wide (`business_id` null) or for
    one tenant. Written only by the `admin.health.check` job, never by a request. A system
    table: the operator reads it across tenants. `last_error` is a short, non-personal text
    (the provider's error class and status, never a message body or an address)."""

    __tablename__ = "integration_health"
    __table_args__ = (Index("ix_integration_health_scope", "scope", "capability", unique=True),)

    # "platform" or the business id: one row per scope and capability.
    scope: Mapped[str] = mapped_column(String(40))
    business_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    capability: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str] = mapped_column(String(40), default="")
    # ok | failing | unknown (no live check) | off (not configured)
    status: Mapped[str] = mapped_column(String(12), default="unknown")
    detail: Mapped[str] = mapped_column(String(300), default="")
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    last_error_at: Mapped[datetime | None] = mapped_column(default=None)
    last_ok_at: Mapped[datetime | None] = mapped_column(default=None)
    checked_at: Mapped[datetime] = mapped_column(default=utc_now)
