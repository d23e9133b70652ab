"""The calendar capability: what scheduling needs from an external calendar.

Services see only this Protocol and these data classes. An adapter maps vendor errors to
`CalendarTemporaryError` (retry later) or `CalendarPermanentError` (retrying cannot help).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from switchboard.core.db import UnitOfWork


class CalendarError(Exception):
    pass


class CalendarTemporaryError(CalendarError):
    """Timeout, rate limit, 5xx: try again later."""


class CalendarPermanentError(CalendarError):
    """Revoked access, deleted calendar: retrying cannot help."""


class CalendarNotConnected(CalendarPermanentError):
    """The business has no usable calendar grant: never connected, or the grant was revoked
    (the owner is shown why). Busy times cannot be read; writes are skipped, not failed, and
    reconnecting writes the upcoming visits again."""


@dataclass(frozen=True)
class BusyInterval:
    start: datetime
    end: datetime
    # None: blocks the whole business; otherwise only that technician.
    technician_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CalendarEvent:
    """An appointment as written to the external calendar (no more personal data than needed)."""

    key: str  # our appointment id: writes are idempotent upserts on it
    start: datetime
    end: datetime
    title: str
    location: str
    description: str
    cancelled: bool = False
    # The technician sent, when the business gives them a calendar of their own.
    technician_id: uuid.UUID | None = None


class CalendarPort(Protocol):
    async def busy_times(
        self,
        business_id: uuid.UUID,
        start: datetime,
        end: datetime,
        *,
        uow: UnitOfWork | None = None,
    ) -> list[BusyInterval]:
        """External busy blocks overlapping [start, end), excluding events we wrote ourselves.
        `uow`: the caller's open transaction (slot search, a booking holding the schedule
        lock); a provider that keeps state in the database reads through it rather than
        taking a second connection per request, which under load would exhaust the pool."""
        ...

    async def upsert_event(self, business_id: uuid.UUID, event: CalendarEvent) -> str:
        """Create or update the event keyed by `event.key`; returns the provider's event id."""
        ...

    async def delete_event(self, business_id: uuid.UUID, key: str) -> None: ...


@dataclass(frozen=True)
class CalendarGrant:
    """A business's connection to an external calendar account, as an adapter needs it."""

    business_id: uuid.UUID
    refresh_token: str
    calendar_ids: tuple[str, ...]
    write_calendar_id: str
    # Technician id (as text) -> that technician's own calendar id.
    technician_calendars: dict[str, str]
    revoked: bool = False
    scopes: tuple[str, ...] = ()


class GrantStore(Protocol):
    """Where an account-based adapter finds a business's grant (kept by `calendar_account/`)."""

    async def grant(
        self, business_id: uuid.UUID, *, uow: UnitOfWork | None = None
    ) -> CalendarGrant | None:
        """None: the business has not connected a calendar. `uow` as for `busy_times`."""
        ...

    async def mark_revoked(self, business_id: uuid.UUID, refresh_token: str, detail: str) -> None:
        """Google (or another provider) refused this refresh token: stop using it."""
        ...


@dataclass(frozen=True)
class ChangedEvent:
    """An event as the provider's change feed reports it (read back into appointments)."""

    event_id: str
    key: str | None  # our appointment id, for events Switchboard wrote
    cancelled: bool
    start: datetime | None
    end: datetime | None


@dataclass(frozen=True)
class Changes:
    events: list[ChangedEvent]
    sync_token: str | None
    # True when the provider forgot our place (HTTP 410) and everything was listed again.
    full: bool


@dataclass(frozen=True)
class WatchChannel:
    channel_id: str
    resource_id: str
    expires_at: datetime
