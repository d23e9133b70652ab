"""Input refused at the edge, before any route, dependency or query sees it.

- Request headers over `max_header_bytes` in total: 431. Uvicorn caps what it buffers too
  (`cli.cmd_run`); this cap holds whatever server runs the app.
- A NUL character (U+0000) in the path, the query string, a header, a JSON string (raw or as
  the `\\u0000` escape) or any other request body (the CSV import): 422. PostgreSQL refuses
  NUL in text, so it would otherwise reach the database as a 500 whose traceback carries the
  statement's parameters (names, emails, notes).

Twilio's webhooks (`/twilio/...`) are signed form posts answered with TwiML; their own routes
decide what a bad parameter gets (`auth/twilio.py`), so only the header cap applies to them.
"""

from __future__ import annotations

import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from switchboard.core.errors import problem

# An odd run of backslashes before u0000 is the JSON escape for NUL (an even run is a literal
# backslash followed by the text "u0000").
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
_BODYLESS = {"GET", "HEAD", "OPTIONS"}
_FORM_TYPES = (b"application/x-www-form-urlencoded", b"multipart/form-data")
_NUL_DETAIL = "Text may not contain the NUL character (U+0000)."


def _json_type(content_type: bytes) -> bool:
    media = content_type.split(b";", 1)[0].strip().lower()
    return media == b"application/json" or media.endswith(b"+json")


def body_has_nul(body: bytes, *, json: bool) -> bool:
    return b"\x00" in body or (json and _JSON_NUL.search(body) is not None)


class EdgeGuard:
    def __init__(
        self, app: ASGIApp, *, max_header_bytes: int, exempt_prefixes: tuple[str, ...] = ()
    ) -> None:
        self.app = app
        self.max_header_bytes = max_header_bytes
        self.exempt_prefixes = exempt_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in {"http", "websocket"}:
            await self.app(scope, receive, send)
            return
        headers: list[tuple[bytes, bytes]] = scope.get("headers") or []
        if sum(len(name) + len(value) + 4 for name, value in headers) > self.max_header_bytes:
            await self._refuse(scope, receive, send, 431, "The request headers are too large.")
            return
        path: str = scope.get("path", "")
        if path.startswith(self.exempt_prefixes):
            await self.app(scope, receive, send)
            return
        query: bytes = scope.get("query_string", b"")
        if (
            "\x00" in path
            or b"%00" in query
            or b"\x00" in query
            or any(b"\x00" in value for _, value in headers)
        ):
            await self._refuse(scope, receive, send, 422, _NUL_DETAIL)
            return
        if scope["type"] != "http" or scope.get("method") in _BODYLESS:
            await self.app(scope, receive, send)
            return
        content_type = next((v for n, v in headers if n == b"content-type"), b"")
        if content_type.split(b";", 1)[0].strip().lower() in _FORM_TYPES:
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        body = bytearray()
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break  # the client went away, or the outer size limit stopped the body
            body += message.get("body", b"")
            if not message.get("more_body", False):
                if body_has_nul(bytes(body), json=_json_type(content_type)):
                    await self._refuse(scope, receive, send, 422, _NUL_DETAIL)
                    return
                messages = [{"type": "http.request", "body": bytes(body), "more_body": False}]
                break

        async def replay() -> Message:
            if messages:
                return messages.pop(0)
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(
        self, scope: Scope, receive: Receive, send: Send, status: int, detail: str
    ) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        slug = "headers-too-large" if status == 431 else "nul-character"
        await problem(status, detail, type_slug=slug)(scope, receive, send)
