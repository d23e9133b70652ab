"""A tenant's link to its books (QuickBooks Online, or the built-in offline books)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.core.crypto import EncryptedText
from switchboard.models.base import Base, IdMixin, TenantScoped, TimestampMixin


class AccountingConnection(TenantScoped, IdMixin, TimestampMixin, Base):
    """One business's books (at most one connection per business).

    `realm_id` is the company id the books give (QuickBooks: realmId); webhooks name it, so it
    maps a notification to its business (a realm already linked to another business is refused
    when connecting: every unique constraint of a tenant table includes business_id).
    `status`: `connected`, `expired` (the refresh token lapsed or was refused: the owner must
    connect again) or `disconnected`.
    """

    __tablename__ = "accounting_connections"
    __table_args__ = (UniqueConstraint("business_id"),)

    provider: Mapped[str] = mapped_column(String(20), default="quickbooks")
    realm_id: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(14), default="connected")
    status_detail: Mapped[str | None] = mapped_column(String(200))
    # Encrypted at rest under SECRET_KEY (core/crypto.py). Intuit rotates the refresh token on
    # every refresh (the newest one must be kept) and expires it after about 100 days.
    refresh_token: Mapped[str | None] = mapped_column(EncryptedText())
    access_token: Mapped[str | None] = mapped_column(EncryptedText())
    access_expires_at: Mapped[datetime | None] = mapped_column()
    refresh_expires_at: Mapped[datetime | None] = mapped_column()
    connected_by: Mapped[str] = mapped_column(String(80), default="")
    # The last time change data capture caught up (webhooks missed are fetched from here).
    synced_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(String(300))
    last_error_at: Mapped[datetime | None] = mapped_column()
