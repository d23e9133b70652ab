"""A tenant's link to an external calendar, and the built-in offline calendar's entries."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from switchboard.core.crypto import EncryptedText
from switchboard.models.base import Base, IdMixin, TenantScoped, TimestampMixin


class CalendarConnection(TenantScoped, IdMixin, TimestampMixin, Base):
    """One business's Google account grant (at most one per business).

    `status`: `connected`, or `revoked` once Google refused the refresh token (the owner
    revoked access or the grant expired): nothing is retried until the owner connects again.
    """

    __tablename__ = "calendar_connections"
    __table_args__ = (UniqueConstraint("business_id"),)

    provider: Mapped[str] = mapped_column(String(20), default="google")
    status: Mapped[str] = mapped_column(String(12), default="connected")
    status_detail: Mapped[str | None] = mapped_column(String(200))
    scopes: Mapped[str] = mapped_column(Text, default="")
    # Encrypted at rest under SECRET_KEY (core/crypto.py); access tokens are never stored.
    refresh_token: Mapped[str] = mapped_column(EncryptedText())
    # Calendars whose busy times block slots; events are written to `write_calendar_id`.
    calendar_ids: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["primary"])
    write_calendar_id: Mapped[str] = mapped_column(String(200), default="primary")
    # Technician id -> that technician's own calendar id (busy times and their visits).
    technician_calendars: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    connected_by: Mapped[str] = mapped_column(String(80), default="")
    revoked_at: Mapped[datetime | None] = mapped_column()
    # Whether a visit the owner moves or deletes in Google tells the customer, as the same
    # change made in the dashboard does.
    tell_customers: Mapped[bool] = mapped_column(Boolean, default=True)
    # Read back: the write calendar's incremental sync token and its push channel. The
    # channel's token is kept as a SHA-256 hash: Google echoes it on every notification.
    sync_token: Mapped[str | None] = mapped_column(Text)
    synced_at: Mapped[datetime | None] = mapped_column()
    channel_id: Mapped[str | None] = mapped_column(String(64), index=True)
    channel_token_hash: Mapped[str | None] = mapped_column(String(64))
    channel_resource_id: Mapped[str | None] = mapped_column(String(200))
    channel_expires_at: Mapped[datetime | None] = mapped_column()


class OfflineCalendarEntry(TenantScoped, IdMixin, Base):
    """What the built-in offline calendar holds, so a restart loses nothing: the events
    Switchboard wrote (`kind` event, `key` our appointment id) and busy blocks put there as
    the owner's own (`kind` busy)."""

    __tablename__ = "offline_calendar_entries"
    __table_args__ = (
        UniqueConstraint("business_id", "key"),
        # The busy read (`OfflineCalendar.busy_times`, every slot search and booking): only
        # the tenant's busy blocks ending after the window starts, never the event row kept
        # for every appointment ever booked.
        Index(
            "ix_offline_calendar_entries_business_id_kind_end_at", "business_id", "kind", "end_at"
        ),
    )

    kind: Mapped[str] = mapped_column(String(8))
    key: Mapped[str | None] = mapped_column(String(64))
    start_at: Mapped[datetime] = mapped_column()
    end_at: Mapped[datetime] = mapped_column()
    technician_id: Mapped[uuid.UUID | None] = mapped_column()
    title: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(400), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
