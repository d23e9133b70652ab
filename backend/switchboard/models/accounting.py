"""A tenant's link to its books (QuickBooks Online, or the built-in offline books)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text, UniqueConstraint
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


class OfflineAccountingCustomer(TenantScoped, IdMixin, TimestampMixin, Base):
    """A customer in the built-in offline books (`ACCOUNTING_PROVIDER=offline`)."""

    __tablename__ = "offline_accounting_customers"
    __table_args__ = (
        UniqueConstraint("business_id", "external_id"),
        UniqueConstraint("business_id", "reference"),
    )

    external_id: Mapped[str] = mapped_column(String(40))
    reference: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))


class OfflineAccountingInvoice(TenantScoped, IdMixin, TimestampMixin, Base):
    """An invoice in the built-in offline books: one per reference (our appointment id)."""

    __tablename__ = "offline_accounting_invoices"
    __table_args__ = (
        UniqueConstraint("business_id", "external_id"),
        UniqueConstraint("business_id", "reference"),
        UniqueConstraint("business_id", "number"),
    )

    external_id: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(64))
    customer_external_id: Mapped[str] = mapped_column(String(40))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    status: Mapped[str] = mapped_column(String(10), default="open")
    total_cents: Mapped[int] = mapped_column(Integer)
    balance_cents: Mapped[int] = mapped_column(Integer)
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    memo: Mapped[str] = mapped_column(Text, default="")
    # Who the books emailed the invoice to (None: not emailed).
    emailed_to: Mapped[str | None] = mapped_column(String(254))
    changed_at: Mapped[datetime] = mapped_column()
