"""Google Calendar (API v3) over httpx, with each business's own OAuth grant.

- Busy times are read from the events of the business's chosen calendars (and of each
  technician's own calendar, which blocks that technician only), not from freeBusy: events
  Switchboard wrote carry a private extended property and are skipped, so a visit never blocks
  its own move, and a technician's visit on a shared calendar never blocks the others.
  Transparent ("free") and cancelled events block nothing; an all-day event blocks its days.
  Answers are kept `busy_cache_s` per business and window, and forgotten when we write.
- Writes are idempotent: the event id is the appointment id (32 hex digits, valid base32hex as
  Google requires), so `insert` answered 409 means "already there" and becomes a `patch`.
- Access tokens live in memory only, refreshed five minutes before they expire; a 401 drops the
  token, refreshes once and retries once. A refused refresh (`invalid_grant`) marks the grant
  revoked: every call then fails permanently until the owner connects again, never retried.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from switchboard.core.db import UnitOfWork
from switchboard.integrations.calendar.google_oauth import AccessToken, GoogleOAuth, GrantRevoked
from switchboard.integrations.calendar.port import (
    BusyInterval,
    CalendarEvent,
    CalendarGrant,
    CalendarNotConnected,
    CalendarPermanentError,
    CalendarTemporaryError,
    ChangedEvent,
    Changes,
    GrantStore,
    WatchChannel,
)
from switchboard.integrations.errors import ProviderRetryable

API = "https://www.googleapis.com/calendar/v3"
OUR_KEY = "switchboard_key"
_EARLY = timedelta(minutes=5)
_MAX_PAGES = 20


def event_id(key: str) -> str:
    return uuid.UUID(key).hex


@dataclass
class _Cached:
    at: float
    busy: list[BusyInterval]


class GoogleCalendar:
    name = "google"

    def __init__(
        self,
        oauth: GoogleOAuth,
        *,
        busy_cache_s: float = 60.0,
        timeout_s: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
        store: GrantStore | None = None,
    ) -> None:
        self.oauth = oauth
        self._client = httpx.AsyncClient(timeout=timeout_s, transport=transport)
        self._store = store
        self._busy_cache_s = busy_cache_s
        # Business -> (the refresh token it came from, the access token): a grant replaced in
        # another process (a reconnection, maybe to another account) is never spoken for
        # with the old account's token.
        self._tokens: dict[uuid.UUID, tuple[str, AccessToken]] = {}
        self._cache: dict[tuple[uuid.UUID, datetime, datetime], _Cached] = {}

    def attach(self, store: GrantStore) -> None:
        if self._store is None:
            self._store = store

    async def aclose(self) -> None:
        await self._client.aclose()
        await self.oauth.aclose()

    def forget(self, business_id: uuid.UUID) -> None:
        """Drop what is held for a business (its grant changed or was disconnected)."""
        self._tokens.pop(business_id, None)
        for cached in [k for k in self._cache if k[0] == business_id]:
            del self._cache[cached]

    # -- the operator's health checks ---------------------------------------------------------
    async def check(self) -> str:
        return "each connected business's grant is refreshed on its own row"

    async def check_grant(self, business_id: uuid.UUID) -> str:
        """Whether the business's grant still refreshes: a fresh access token is asked for
        (the held one is dropped first). A refused grant is marked revoked, as in use, and
        raises CalendarNotConnected; an unreachable Google raises CalendarTemporaryError."""
        grant = await self._grant(business_id)
        if grant is None:
            raise CalendarNotConnected("google: not connected")
        self._tokens.pop(business_id, None)
        await self._token(grant)
        return "grant refreshes"

    # -- grant and token (also what the Gmail adapter sends with) -------------------------------
    async def grant_for(self, business_id: uuid.UUID) -> CalendarGrant | None:
        return await self._grant(business_id)

    async def call(
        self, grant: CalendarGrant, method: str, url: str, **kwargs: Any
    ) -> httpx.Response:
        """An authorised request with the business's token (refreshed, retried once on 401)."""
        return await self._call(grant, method, url, **kwargs)

    async def _grant(
        self, business_id: uuid.UUID, uow: UnitOfWork | None = None
    ) -> CalendarGrant | None:
        if self._store is None:
            raise CalendarPermanentError("the Google calendar has no grant store attached")
        grant = await self._store.grant(business_id, uow=uow)
        if grant is not None and grant.revoked:
            raise CalendarNotConnected("google: access was revoked; the owner must reconnect")
        return grant

    async def _token(self, grant: CalendarGrant) -> str:
        source, held = self._tokens.get(grant.business_id, ("", None))
        if (
            held is not None
            and source == grant.refresh_token
            and held.expires_at - _EARLY > datetime.now(UTC)
        ):
            return held.token
        try:
            fresh = await self.oauth.refresh(grant.refresh_token)
        except GrantRevoked as exc:
            self.forget(grant.business_id)
            assert self._store is not None
            await self._store.mark_revoked(
                grant.business_id, grant.refresh_token, "Google refused the refresh token"
            )
            raise CalendarNotConnected(str(exc)) from None
        except ProviderRetryable as exc:
            raise CalendarTemporaryError(str(exc)) from None
        self._tokens[grant.business_id] = (grant.refresh_token, fresh)
        return fresh.token

    async def _call(
        self, grant: CalendarGrant, method: str, url: str, **kwargs: Any
    ) -> httpx.Response:
        for attempt in (1, 2):
            token = await self._token(grant)
            try:
                response = await self._client.request(
                    method, url, headers={"Authorization": f"Bearer {token}"}, **kwargs
                )
            except httpx.TransportError as exc:
                raise CalendarTemporaryError(f"google: {type(exc).__name__}") from None
            if response.status_code == 401 and attempt == 1:
                self._tokens.pop(grant.business_id, None)  # expired early or revoked: refresh
                continue
            return response
        return response

    @staticmethod
    def failure(response: httpx.Response) -> Exception:
        reason = _reason(response)
        detail = f"google: HTTP {response.status_code} {reason}".strip()
        if response.status_code in (429, 500, 502, 503, 504) or reason in (
            "rateLimitExceeded",
            "userRateLimitExceeded",
        ):
            return CalendarTemporaryError(detail)
        return CalendarPermanentError(detail)

    # -- the port ------------------------------------------------------------------------------
    async def busy_times(
        self,
        business_id: uuid.UUID,
        start: datetime,
        end: datetime,
        *,
        uow: UnitOfWork | None = None,
    ) -> list[BusyInterval]:
        cache_key = (business_id, start, end)
        cached = self._cache.get(cache_key)
        if cached is not None and time.monotonic() - cached.at < self._busy_cache_s:
            return cached.busy
        grant = await self._grant(business_id, uow)
        if grant is None:
            return []  # not connected: there is no calendar to block anything
        targets: list[tuple[str, uuid.UUID | None]] = [(c, None) for c in grant.calendar_ids]
        targets += [(c, uuid.UUID(t)) for t, c in grant.technician_calendars.items()]
        busy: list[BusyInterval] = []
        for calendar_id, technician in targets:
            for item, zone in await self._events(grant, calendar_id, start, end):
                interval = _interval(item, zone)
                if interval is not None and _blocks(item):
                    busy.append(BusyInterval(interval[0], interval[1], technician))
        if len(self._cache) > 5000:
            self._cache.clear()  # bounded: windows are weeks, businesses many
        self._cache[cache_key] = _Cached(time.monotonic(), busy)
        return busy

    async def _events(
        self, grant: CalendarGrant, calendar_id: str, start: datetime, end: datetime
    ) -> list[tuple[dict[str, Any], ZoneInfo]]:
        url = f"{API}/calendars/{quote(calendar_id, safe='')}/events"
        params: dict[str, Any] = {
            "timeMin": _rfc3339(start),
            "timeMax": _rfc3339(end),
            "singleEvents": "true",
            "maxResults": 2500,
        }
        found: list[tuple[dict[str, Any], ZoneInfo]] = []
        for _ in range(_MAX_PAGES):
            response = await self._call(grant, "GET", url, params=params)
            if response.status_code != 200:
                raise self.failure(response)
            body = response.json()
            zone = _zone(body.get("timeZone"))
            found += [(item, zone) for item in body.get("items", [])]
            if not body.get("nextPageToken"):
                break
            params["pageToken"] = body["nextPageToken"]
        return found

    def _calendar_for(self, grant: CalendarGrant, technician_id: uuid.UUID | None) -> str:
        if technician_id is not None:
            own = grant.technician_calendars.get(str(technician_id))
            if own:
                return own
        return grant.write_calendar_id

    async def upsert_event(self, business_id: uuid.UUID, event: CalendarEvent) -> str:
        grant = await self._grant(business_id)
        if grant is None:
            raise CalendarNotConnected("google: the business has no calendar connected")
        calendar_id = quote(self._calendar_for(grant, event.technician_id), safe="")
        body = {
            "summary": event.title,
            "location": event.location,
            "description": event.description,
            "start": {"dateTime": _rfc3339(event.start)},
            "end": {"dateTime": _rfc3339(event.end)},
            "status": "confirmed",
            "extendedProperties": {"private": {OUR_KEY: event.key}},
        }
        ident = event_id(event.key)
        self.forget_busy(business_id)
        response = await self._call(
            grant, "POST", f"{API}/calendars/{calendar_id}/events", json={"id": ident, **body}
        )
        if response.status_code == 409:
            # Written before (a retry after a lost answer, a move, a cancelled event restored).
            response = await self._call(
                grant, "PATCH", f"{API}/calendars/{calendar_id}/events/{ident}", json=body
            )
        if response.status_code != 200:
            raise self.failure(response)
        # A visit handed to another technician leaves the calendar it was in before.
        target = self._calendar_for(grant, event.technician_id)
        for other in dict.fromkeys([grant.write_calendar_id, *grant.technician_calendars.values()]):
            if other != target:
                await self._delete(grant, other, ident)
        return str(response.json().get("id", ident))

    async def delete_event(self, business_id: uuid.UUID, key: str) -> None:
        grant = await self._grant(business_id)
        if grant is None:
            return  # disconnected: there is nothing of ours left to remove
        self.forget_busy(business_id)
        ident = event_id(key)
        for calendar_id in dict.fromkeys(
            [grant.write_calendar_id, *grant.technician_calendars.values()]
        ):
            await self._delete(grant, calendar_id, ident)

    async def _delete(self, grant: CalendarGrant, calendar_id: str, ident: str) -> None:
        url = f"{API}/calendars/{quote(calendar_id, safe='')}/events/{ident}"
        response = await self._call(grant, "DELETE", url)
        # 404: never there (another calendar); 410: already deleted.
        if response.status_code not in (200, 204, 404, 410):
            raise self.failure(response)

    def forget_busy(self, business_id: uuid.UUID) -> None:
        for cached in [k for k in self._cache if k[0] == business_id]:
            del self._cache[cached]


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _zone(name: Any) -> ZoneInfo:
    try:
        return ZoneInfo(str(name)) if name else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _blocks(item: dict[str, Any]) -> bool:
    if item.get("status") == "cancelled" or item.get("transparency") == "transparent":
        return False
    private = (item.get("extendedProperties") or {}).get("private") or {}
    return OUR_KEY not in private


def _interval(item: dict[str, Any], zone: ZoneInfo) -> tuple[datetime, datetime] | None:
    start, end = item.get("start") or {}, item.get("end") or {}
    try:
        if "dateTime" in start and "dateTime" in end:
            return (
                datetime.fromisoformat(start["dateTime"]).astimezone(UTC),
                datetime.fromisoformat(end["dateTime"]).astimezone(UTC),
            )
        if "date" in start and "date" in end:
            first, after = date.fromisoformat(start["date"]), date.fromisoformat(end["date"])
            return (
                datetime.combine(first, datetime.min.time(), zone).astimezone(UTC),
                datetime.combine(after, datetime.min.time(), zone).astimezone(UTC),
            )
    except ValueError:
        return None
    return None


def _reason(response: httpx.Response) -> str:
    try:
        error = response.json().get("error")
    except ValueError:
        return ""
    if isinstance(error, dict):
        errors = error.get("errors") or [{}]
        return str(errors[0].get("reason", "") or error.get("status", ""))
    return str(error or "")


class GoogleReadBack:
    """Push channels and incremental sync of the write calendar (the adapter's second half,
    used by `calendar_account/readback.py`; the calendar port stays what slot search and the
    write job need)."""

    def __init__(self, calendar: GoogleCalendar) -> None:
        self._calendar = calendar

    async def _grant(self, business_id: uuid.UUID) -> CalendarGrant:
        grant = await self._calendar._grant(business_id)
        if grant is None:
            raise CalendarNotConnected("google: the business has no calendar connected")
        return grant

    async def watch(
        self, business_id: uuid.UUID, *, channel_id: str, token: str, address: str, ttl_s: int
    ) -> WatchChannel:
        grant = await self._grant(business_id)
        calendar_id = quote(grant.write_calendar_id, safe="")
        body = {
            "id": channel_id,
            "type": "web_hook",
            "address": address,
            "token": token,
            "params": {"ttl": str(ttl_s)},
        }
        response = await self._calendar._call(
            grant, "POST", f"{API}/calendars/{calendar_id}/events/watch", json=body
        )
        if response.status_code != 200:
            raise GoogleCalendar.failure(response)
        answer = response.json()
        expires = datetime.fromtimestamp(int(answer["expiration"]) / 1000, UTC)
        return WatchChannel(str(answer["id"]), str(answer["resourceId"]), expires)

    async def stop(self, business_id: uuid.UUID, channel_id: str, resource_id: str) -> None:
        """Best effort: an expired or unknown channel is already stopped."""
        grant = await self._grant(business_id)
        response = await self._calendar._call(
            grant,
            "POST",
            f"{API}/channels/stop",
            json={"id": channel_id, "resourceId": resource_id},
        )
        if response.status_code not in (200, 204, 404):
            raise GoogleCalendar.failure(response)

    async def changes(
        self, business_id: uuid.UUID, sync_token: str | None, since: datetime
    ) -> Changes:
        """What changed since `sync_token`; without one (or when Google answers 410, the
        token expired) a full listing from `since` that yields a new token."""
        grant = await self._grant(business_id)
        self._calendar.forget_busy(business_id)  # whatever changed blocks from now on
        if sync_token is not None:
            try:
                return await self._list(grant, {"syncToken": sync_token}, full=False)
            except _FullSyncRequired:
                pass
        params = {"timeMin": _rfc3339(since), "showDeleted": "true"}
        return await self._list(grant, params, full=True)

    async def _list(self, grant: CalendarGrant, params: dict[str, Any], *, full: bool) -> Changes:
        calendar_id = quote(grant.write_calendar_id, safe="")
        query: dict[str, Any] = {"singleEvents": "true", "maxResults": 2500, **params}
        events: list[ChangedEvent] = []
        for _ in range(_MAX_PAGES):
            response = await self._calendar._call(
                grant, "GET", f"{API}/calendars/{calendar_id}/events", params=query
            )
            if response.status_code == 410:
                raise _FullSyncRequired()
            if response.status_code != 200:
                raise GoogleCalendar.failure(response)
            body = response.json()
            zone = _zone(body.get("timeZone"))
            for item in body.get("items", []):
                private = (item.get("extendedProperties") or {}).get("private") or {}
                interval = _interval(item, zone)
                events.append(
                    ChangedEvent(
                        event_id=str(item.get("id", "")),
                        key=private.get(OUR_KEY),
                        cancelled=item.get("status") == "cancelled",
                        start=interval[0] if interval else None,
                        end=interval[1] if interval else None,
                    )
                )
            if body.get("nextPageToken"):
                query["pageToken"] = body["nextPageToken"]
                continue
            return Changes(events, body.get("nextSyncToken"), full)
        raise CalendarTemporaryError("google: too many pages of changes; try again")


class _FullSyncRequired(Exception):
    pass
