"""The calendar capability: choose the provider explicitly (`CALENDAR_PROVIDER`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from switchboard.core.config import Settings
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.integrations.calendar.port import CalendarPort
from switchboard.integrations.errors import ProviderConfigError

_OFFLINE = OfflineCalendar()


def calendar_for(settings: Settings) -> CalendarPort:
    if settings.calendar_provider.lower() == "offline":
        # One per process so the worker's writes and the API's reads see the same calendar.
        return _OFFLINE
    raise ProviderConfigError(
        f"CALENDAR_PROVIDER={settings.calendar_provider!r} is not available: only 'offline' "
        "until a calendar adapter exists"
    )


async def get_calendar(request: Request) -> CalendarPort:
    calendar: CalendarPort = request.app.state.providers.calendar
    return calendar


CalendarDep = Annotated[CalendarPort, Depends(get_calendar)]
