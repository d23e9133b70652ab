"""The built-in calendar: events kept in memory per calendar id."""

from __future__ import annotations

import uuid
from datetime import datetime

from switchboard.integrations.calendar.port import BusyInterval, CalendarEvent
from switchboard.integrations.errors import ProviderRetryable


class OfflineCalendar:
    name = "offline"

    def __init__(self) -> None:
        self.events: dict[str, dict[str, CalendarEvent]] = {}
        self.unavailable = False

    async def busy(self, calendar_id: str, start: datetime, end: datetime) -> list[BusyInterval]:
        if self.unavailable:
            raise ProviderRetryable("offline calendar: simulated outage")
        return sorted(
            (
                BusyInterval(e.start, e.end)
                for e in self.events.get(calendar_id, {}).values()
                if e.start < end and e.end > start
            ),
            key=lambda b: b.start,
        )

    async def upsert_event(self, calendar_id: str, event: CalendarEvent) -> str:
        if self.unavailable:
            raise ProviderRetryable("offline calendar: simulated outage")
        events = self.events.setdefault(calendar_id, {})
        for provider_id, existing in events.items():
            if event.client_reference and existing.client_reference == event.client_reference:
                events[provider_id] = event
                return provider_id
        provider_id = f"evoff{uuid.uuid4().hex}"
        events[provider_id] = event
        return provider_id

    async def delete_event(self, calendar_id: str, provider_id: str) -> None:
        if self.unavailable:
            raise ProviderRetryable("offline calendar: simulated outage")
        self.events.get(calendar_id, {}).pop(provider_id, None)
