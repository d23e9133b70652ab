"""The calendar capability: choose the provider explicitly (`CALENDAR_PROVIDER`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from switchboard.core.config import Settings
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.integrations.calendar.port import CalendarPort
from switchboard.integrations.errors import ProviderConfigError


def calendar_for(settings: Settings) -> CalendarPort:
    """The configured provider; it gets the process's database from `attach_database`."""
    choice = settings.calendar_provider.lower()
    if choice == "offline":
        return OfflineCalendar()
    raise ProviderConfigError(f"CALENDAR_PROVIDER={choice!r} is not one of offline")


async def get_calendar(request: Request) -> CalendarPort:
    calendar: CalendarPort = request.app.state.providers.calendar
    return calendar


CalendarDep = Annotated[CalendarPort, Depends(get_calendar)]
