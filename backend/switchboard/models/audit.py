from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, TenantScoped, utc_now


class AuditEvent(TenantScoped, IdMixin, Base):
    """Who changed what, when, in which tenant. Details never hold personal data or secrets."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_business_id_at", "business_id", "at"),)

    at: Mapped[datetime] = mapped_column(default=utc_now)
    actor_kind: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(80))
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str | None] = mapped_column(String(80))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    request_id: Mapped[str | None] = mapped_column(String(64))
