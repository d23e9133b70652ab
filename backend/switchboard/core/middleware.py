"""ASGI middleware: request id and log context, body size limit, access log and metrics."""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from switchboard.core.errors import problem
from switchboard.core.metrics import HTTP_LATENCY, HTTP_REQUESTS

log = structlog.get_logger("switchboard.http")
_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class _BodyTooLarge(Exception):
    pass


class RequestContextMiddleware:
    """Binds a request id (a safe incoming `X-Request-ID` or a new one) to the log context,
    refuses bodies over the limit with 413, and records one access-log line and metrics keyed
    by the route template."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _REQUEST_ID_RE.match(incoming) else uuid.uuid4().hex
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        started = time.perf_counter()
        status_code = 500
        response_started = False

        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_body_bytes
            except ValueError:
                too_big = True
            if too_big:
                await self._reject(scope, receive, send, request_id)
                self._observe(scope, 413, started)
                return

        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _BodyTooLarge
            return message

        async def send_with_id(message: Message) -> None:
            nonlocal status_code, response_started
            if message["type"] == "http.response.start":
                status_code = message["status"]
                response_started = True
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_id)
        except _BodyTooLarge:
            if not response_started:
                await self._reject(scope, receive, send, request_id)
            status_code = 413
        finally:
            self._observe(scope, status_code, started)

    async def _reject(self, scope: Scope, receive: Receive, send: Send, request_id: str) -> None:
        response = problem(413, "The request body is larger than this server accepts.",
                           headers={"x-request-id": request_id})
        await response(scope, receive, send)

    def _observe(self, scope: Scope, status_code: int, started: float) -> None:
        elapsed = time.perf_counter() - started
        route = _route_template(scope)
        method = scope.get("method", "")
        HTTP_REQUESTS.labels(method=method, route=route, status=str(status_code)).inc()
        HTTP_LATENCY.labels(method=method, route=route).observe(elapsed)
        log.info(
            "request", method=method, route=route, status=status_code,
            duration_ms=round(elapsed * 1000, 2),
        )


def _route_template(scope: dict[str, Any]) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    # Unmatched paths are grouped: a raw path could carry anything, including personal data.
    return str(path) if path else "unmatched"
