from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, utc_now


class WebhookReceipt(IdMixin, Base):
    """One row per webhook delivery we acted on, keyed by the provider's idempotency token.

    A system table: the key is checked before the tenant is known. The stored answer is sent
    again, unchanged, when the same delivery is retried, so its effect happens once."""

    __tablename__ = "webhook_receipts"

    key: Mapped[str] = mapped_column(String(200), unique=True)
    business_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    response: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
