"""A real in-process calendar: it keeps events and busy blocks, and can be told to fail.

It is the default provider (`CALENDAR_PROVIDER=offline`) and the one tests inject. Events live
in memory for the life of the process, which is what a built-in offline calendar can promise.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from switchboard.integrations.calendar.port import (
    BusyInterval,
    CalendarEvent,
    CalendarPermanentError,
    CalendarTemporaryError,
)


@dataclass
class OfflineCalendar:
    events: dict[tuple[uuid.UUID, str], CalendarEvent] = field(default_factory=dict)
    busy: dict[uuid.UUID, list[BusyInterval]] = field(default_factory=dict)
    # "temporary" or "permanent" makes every call fail that way until cleared.
    failing: str | None = None
    calls: int = 0

    def _maybe_fail(self) -> None:
        self.calls += 1
        if self.failing == "temporary":
            raise CalendarTemporaryError("offline calendar told to fail temporarily")
        if self.failing == "permanent":
            raise CalendarPermanentError("offline calendar told to fail permanently")

    def add_busy(self, business_id: uuid.UUID, interval: BusyInterval) -> None:
        self.busy.setdefault(business_id, []).append(interval)

    async def busy_times(
        self, business_id: uuid.UUID, start: datetime, end: datetime
    ) -> list[BusyInterval]:
        self._maybe_fail()
        return [b for b in self.busy.get(business_id, []) if b.start < end and b.end > start]

    async def upsert_event(self, business_id: uuid.UUID, event: CalendarEvent) -> str:
        self._maybe_fail()
        self.events[(business_id, event.key)] = event
        return f"offline-{event.key}"

    async def delete_event(self, business_id: uuid.UUID, key: str) -> None:
        self._maybe_fail()
        self.events.pop((business_id, key), None)
