from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.models.base import Base, IdMixin, TimestampMixin


class Business(IdMixin, TimestampMixin, Base):
    """A tenant. Row-level security keys this table on `id` rather than `business_id`."""

    __tablename__ = "businesses"

    name: Mapped[str] = mapped_column(String(200))
    vertical: Mapped[str] = mapped_column(String(40), default="general")
    timezone: Mapped[str] = mapped_column(String(64))
    phone_number: Mapped[str] = mapped_column(String(20), unique=True)
    owner_phone: Mapped[str | None] = mapped_column(String(20))
    owner_email: Mapped[str | None] = mapped_column(String(320))
    language: Mapped[str] = mapped_column(String(5), default="en")
    business_hours: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="active")
    lockdown: Mapped[bool] = mapped_column(Boolean, default=False)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Bumped by every change to the tenant's service catalogue (catalogue.service), so a
    # process may keep what it derived from the catalogue until the number moves.
    catalogue_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Likewise for the scheduling set-up: the policy, closures and technicians
    # (scheduling.setup), which slot searches keep per process by this number.
    schedule_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Website origins (`scheme://host[:port]`) allowed to embed the chat widget; empty: any.
    widget_origins: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    # When the owner entered the code texted to `owner_phone` (cleared when the phone changes),
    # and the code waiting to be entered: keyed hash, the number it went to, expiry, wrong tries.
    owner_phone_verified_at: Mapped[datetime | None] = mapped_column(default=None)
    owner_phone_code_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    owner_phone_code_to: Mapped[str | None] = mapped_column(String(20), default=None)
    owner_phone_code_expires_at: Mapped[datetime | None] = mapped_column(default=None)
    owner_phone_code_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
