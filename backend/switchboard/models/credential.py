from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, TenantScoped, utc_now


class Credential(TenantScoped, IdMixin, Base):
    """A tenant credential. Only the SHA-256 of the secret is kept; `lookup` is a non-secret
    fragment of the token used to find the row before the constant-time hash comparison."""

    __tablename__ = "credentials"
    __table_args__ = (
        Index("ix_credentials_lookup", "lookup"),
        Index("ix_credentials_business_id_kind", "business_id", "kind"),
    )

    kind: Mapped[str] = mapped_column(String(20))
    lookup: Mapped[str] = mapped_column(String(32))
    secret_hash: Mapped[str] = mapped_column(String(64))
    hint: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    created_by: Mapped[str] = mapped_column(String(80), default="system")


