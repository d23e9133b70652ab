"""Google's answers, recorded: the shapes (fields, status codes, error bodies) of the OAuth
token and revocation endpoints and the Calendar API v3 as Google documents and sends them,
with identifying values replaced. `RecordedGoogle` replays them over httpx.MockTransport (the
same handler serves the synchronous client google-auth refreshes with and the async client
the adapter calls the API with) and keeps every request it was sent."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx

CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar.events"
GMAIL_SCOPE = "https://www.googleapis.com/auth/gmail.send"
REFRESH_TOKEN = "1//0gRecordedRefreshToken-abcdefghijklmnopqrstuvwxyz"

TOKEN_EXCHANGE = {
    "access_token": "ya29.a0AfB_byRecordedAccessToken",
    "expires_in": 3599,
    "refresh_token": REFRESH_TOKEN,
    "scope": CALENDAR_SCOPE,
    "token_type": "Bearer",
}
TOKEN_REFRESH = {
    "access_token": "ya29.a0AfB_byRefreshedAccessToken",
    "expires_in": 3599,
    "scope": CALENDAR_SCOPE,
    "token_type": "Bearer",
}
INVALID_GRANT = {
    "error": "invalid_grant",
    "error_description": "Token has been expired or revoked.",
}
CODE_REUSED = {"error": "invalid_grant", "error_description": "Bad Request"}
REVOKE_INVALID = {"error": "invalid_token", "error_description": "Token expired or revoked"}
UNAUTHENTICATED = {
    "error": {
        "code": 401,
        "message": "Request had invalid authentication credentials. Expected OAuth 2 access "
        "token, login cookie or other valid authentication credential.",
        "errors": [
            {
                "message": "Invalid Credentials",
                "domain": "global",
                "reason": "authError",
                "location": "Authorization",
                "locationType": "header",
            }
        ],
        "status": "UNAUTHENTICATED",
    }
}
DUPLICATE = {
    "error": {
        "errors": [
            {
                "domain": "global",
                "reason": "duplicate",
                "message": "The requested identifier already exists.",
            }
        ],
        "code": 409,
        "message": "The requested identifier already exists.",
    }
}
RATE_LIMITED = {
    "error": {
        "errors": [
            {
                "domain": "usageLimits",
                "reason": "rateLimitExceeded",
                "message": "Rate Limit Exceeded",
            }
        ],
        "code": 403,
        "message": "Rate Limit Exceeded",
    }
}
FULL_SYNC_REQUIRED = {
    "error": {
        "errors": [
            {
                "domain": "global",
                "reason": "fullSyncRequired",
                "message": "Sync token is no longer valid, a full sync is required.",
            }
        ],
        "code": 410,
        "message": "Sync token is no longer valid, a full sync is required.",
    }
}
NOT_FOUND = {
    "error": {
        "errors": [{"domain": "global", "reason": "notFound", "message": "Not Found"}],
        "code": 404,
        "message": "Not Found",
    }
}


def event(
    ident: str,
    start: dict[str, str],
    end: dict[str, str],
    *,
    summary: str = "Dentist",
    status: str = "confirmed",
    ours: str | None = None,
    transparency: str | None = None,
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "kind": "calendar#event",
        "etag": '"3421870000000000"',
        "id": ident,
        "status": status,
        "htmlLink": f"https://www.google.com/calendar/event?eid={ident}",
        "created": "2026-02-20T16:00:00.000Z",
        "updated": "2026-02-20T16:00:00.000Z",
        "summary": summary,
        "creator": {"email": "owner@example.com", "self": True},
        "organizer": {"email": "owner@example.com", "self": True},
        "start": start,
        "end": end,
        "iCalUID": f"{ident}@google.com",
        "sequence": 0,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    if ours is not None:
        item["extendedProperties"] = {"private": {"switchboard_key": ours}}
    if transparency is not None:
        item["transparency"] = transparency
    return item


def events_page(items: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "kind": "calendar#events",
        "etag": '"p33c9lmgbbe0ro0g"',
        "summary": "owner@example.com",
        "description": "",
        "updated": "2026-03-02T15:00:00.000Z",
        "timeZone": "America/Chicago",
        "accessRole": "owner",
        "defaultReminders": [{"method": "popup", "minutes": 10}],
        "items": items,
        **extra,
    }


def watch_channel(channel_id: str, token: str, expiration_ms: int) -> dict[str, Any]:
    return {
        "kind": "api#channel",
        "id": channel_id,
        "resourceId": "ret08u3rv24htgh289g",
        "resourceUri": "https://www.googleapis.com/calendar/v3/calendars/primary/events?alt=json",
        "token": token,
        "expiration": str(expiration_ms),
    }


class RecordedGoogle:
    """Routes are (method, path prefix) -> answers, played in order; the last one repeats."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._routes: list[tuple[str, str, dict[str, str], list[tuple[int, Any]], bool]] = []
        self._lock = threading.Lock()
        self._dynamic: list[tuple[str, str, Callable[[httpx.Request], httpx.Response]]] = []
        self.on("POST", "/token", (200, TOKEN_REFRESH))
        self.on("POST", "/revoke", (200, {}))

    def on(
        self,
        method: str,
        path: str,
        *answers: tuple[int, Any],
        params: dict[str, str] | None = None,
    ) -> None:
        """Answers for requests whose path starts with `path` and whose query has `params`
        (newest routes win); the last answer repeats."""
        self._routes.insert(0, (method, path, params or {}, list(answers), True))

    def once(
        self,
        method: str,
        path: str,
        *answers: tuple[int, Any],
        params: dict[str, str] | None = None,
    ) -> None:
        """Answers given once each, ahead of the standing routes."""
        self._routes.insert(0, (method, path, params or {}, list(answers), False))

    def dynamic(
        self, method: str, path: str, answer: Callable[[httpx.Request], httpx.Response]
    ) -> None:
        """An answer made from the request (e.g. a watch channel echoing its id and token)."""
        self._dynamic.insert(0, (method, path, answer))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            for method, path, make in self._dynamic:
                if self._matches(request, method, path):
                    return make(request)
            for method, path, params, answers, repeat in self._routes:
                if not self._matches(request, method, path):
                    continue
                if any(request.url.params.get(k) != v for k, v in params.items()):
                    continue
                if not answers:
                    continue
                status, body = answers.pop(0) if (len(answers) > 1 or not repeat) else answers[0]
                return httpx.Response(status, json=body)
        return httpx.Response(404, json=NOT_FOUND)

    def sent(self, method: str, path: str) -> list[httpx.Request]:
        """Requests under `path`; a channel's watch request only when asked for by name."""
        return [r for r in self.requests if self._matches(r, method, path)]

    @staticmethod
    def _matches(request: httpx.Request, method: str, path: str) -> bool:
        """`path` and what lies under it; a channel's watch request only when named."""
        return (
            request.method == method
            and request.url.path.startswith(path)
            and (path.endswith("/watch") or not request.url.path.endswith("/watch"))
        )

    @staticmethod
    def form(request: httpx.Request) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}

    @staticmethod
    def body(request: httpx.Request) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(request.content)
        return data
