from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, TenantScoped, TimestampMixin


class Customer(TenantScoped, IdMixin, TimestampMixin, Base):
    """A person or company the business serves. Phone is E.164 and unique within the tenant."""

    __tablename__ = "customers"
    __table_args__ = (
        UniqueConstraint("business_id", "phone"),
        Index("ix_customers_business_id_name_lower", "business_id", "name_lower"),
    )

    name: Mapped[str] = mapped_column(String(200), default="")
    # Lower-cased copy of `name` so search is case-insensitive on SQLite and PostgreSQL alike.
    name_lower: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(320))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    # SMS consent with its evidence: when, how (verbal, sms_keyword, web_form, import, owner)
    # and which message or words gave or withdrew it.
    sms_opt_out: Mapped[bool] = mapped_column(Boolean, default=False)
    sms_consent: Mapped[str] = mapped_column(String(12), default="unknown")
    sms_consent_at: Mapped[datetime | None] = mapped_column()
    sms_consent_method: Mapped[str | None] = mapped_column(String(40))
    sms_consent_evidence: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CustomerAddress(TenantScoped, IdMixin, Base):
    """A service address; a customer may have several (home, rental, shop)."""

    __tablename__ = "customer_addresses"

    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(60), default="")
    line: Mapped[str] = mapped_column(String(400))
    line_lower: Mapped[str] = mapped_column(String(400))
