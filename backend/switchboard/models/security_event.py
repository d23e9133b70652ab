from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, utc_now


class SecurityEvent(IdMixin, Base):
    """A refused credential or signature, a lockout, a failed operator sign-in. A system table:
    most of these happen before any tenant is known. The client is kept only as a keyed
    pseudonym (`client_ref`), so the log can tell one source from another without holding
    anyone's address; `details` never holds a secret or personal data."""

    __tablename__ = "security_events"
    __table_args__ = (
        Index("ix_security_events_at", "at"),
        Index("ix_security_events_business_id_at", "business_id", "at"),
    )

    at: Mapped[datetime] = mapped_column(default=utc_now)
    # auth_failure | signature_failure | lockout | admin_sign_in_failed
    kind: Mapped[str] = mapped_column(String(40))
    # admin | admin_sign_in | owner | owner_sign_in | widget | twilio | stripe |
    # calendar_feed | sessions | other
    surface: Mapped[str] = mapped_column(String(20))
    status: Mapped[int] = mapped_column(default=0)
    client_ref: Mapped[str] = mapped_column(String(24))
    business_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
