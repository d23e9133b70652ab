"""An owner's external calendar: busy times in, bookings out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class BusyInterval:
    start: datetime  # timezone-aware
    end: datetime


@dataclass(frozen=True)
class CalendarEvent:
    start: datetime
    end: datetime
    title: str
    description: str = ""
    # Our appointment id, so a retried write updates instead of duplicating.
    client_reference: str = ""


class CalendarPort(Protocol):
    name: str

    async def busy(self, calendar_id: str, start: datetime, end: datetime) -> list[BusyInterval]:
        """Raises `ProviderRetryable` when the calendar cannot be read: callers must not
        pretend the time is free."""
        ...

    async def upsert_event(self, calendar_id: str, event: CalendarEvent) -> str:
        """Create or update the event with this `client_reference`; returns its provider id."""
        ...

    async def delete_event(self, calendar_id: str, provider_id: str) -> None: ...
