"""Cross-origin calls to the widget API from a business's own website.

The chat page we serve calls the API from our own origin and needs none of this. A business
may also call the widget API from its own pages (its own chat window): the browser's
preflight carries no credential and is answered for any origin, and the real request is
refused with 403 unless its `Origin` is in the business's `widget_origins` (`router.py`);
only an answer that was not refused names the origin in `Access-Control-Allow-Origin`, so
another site's script never reads one. No cookies are involved (credentials are headers)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PREFIX = "/v1/widget/"
ALLOW_HEADERS = b"content-type, x-widget-token, x-visitor-token"
ALLOW_METHODS = b"GET, POST"
MAX_AGE = b"600"


def _origin(scope: Scope) -> bytes | None:
    for name, value in scope.get("headers") or []:
        if name == b"origin":
            return bytes(value)
    return None


class WidgetCors:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        origin = _origin(scope) if path.startswith(PREFIX) or path == PREFIX[:-1] else None
        if origin is None or origin == b"null":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            await send(
                {
                    "type": "http.response.start",
                    "status": 204,
                    "headers": [
                        (b"access-control-allow-origin", origin),
                        (b"access-control-allow-methods", ALLOW_METHODS),
                        (b"access-control-allow-headers", ALLOW_HEADERS),
                        (b"access-control-max-age", MAX_AGE),
                        (b"vary", b"origin"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return

        async def with_cors(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] != 403:
                headers = list(message.get("headers", []))
                headers.append((b"access-control-allow-origin", origin))
                headers.append((b"vary", b"origin"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_cors)
