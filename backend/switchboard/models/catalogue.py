from __future__ import annotations

from sqlalchemy import JSON, Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, TenantScoped, TimestampMixin


class ServiceType(TenantScoped, IdMixin, TimestampMixin, Base):
    """One kind of job the business offers, with its duration and price range in cents."""

    __tablename__ = "service_types"
    __table_args__ = (UniqueConstraint("business_id", "name"),)

    name: Mapped[str] = mapped_column(String(120))
    trade: Mapped[str] = mapped_column(String(40), default="general")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    price_min_cents: Mapped[int | None] = mapped_column(Integer)
    price_max_cents: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    emergency_eligible: Mapped[bool] = mapped_column(Boolean, default=False)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
