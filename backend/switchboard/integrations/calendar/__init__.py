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
    if choice == "google":
        from switchboard.integrations.calendar.google import GoogleCalendar
        from switchboard.integrations.calendar.google_oauth import GoogleOAuth

        if not settings.google_client_id or not settings.google_client_secret:
            raise ProviderConfigError(
                "CALENDAR_PROVIDER=google needs GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET"
            )
        if not settings.secret_key and settings.environment == "prod":
            raise ProviderConfigError("CALENDAR_PROVIDER=google needs SECRET_KEY")
        oauth = GoogleOAuth(
            settings.google_client_id,
            settings.google_client_secret,
            timeout_s=settings.provider_timeout_s,
        )
        return GoogleCalendar(
            oauth,
            busy_cache_s=settings.google_busy_cache_s,
            timeout_s=settings.provider_timeout_s,
        )
    raise ProviderConfigError(f"CALENDAR_PROVIDER={choice!r} is not one of offline, google")


async def get_calendar(request: Request) -> CalendarPort:
    calendar: CalendarPort = request.app.state.providers.calendar
    return calendar


CalendarDep = Annotated[CalendarPort, Depends(get_calendar)]
