"""Credential guessing is slowed down for every replica at once.

Every failed authentication (a 401 for a wrong token, a 403 for a forged webhook signature;
see `marks`) counts against the client's address in a shared database counter. Once a client
passes `limit` failures in a window, its requests (Twilio's webhooks excepted) are refused
with 429 before any credential is checked, so guessing cannot go on and learn from a 200.
Normal traffic pays nothing: only a client this process has seen fail is checked against the
shared counter (any replica it fails on starts checking it too).
"""

from __future__ import annotations

import ipaddress
from collections import OrderedDict
from datetime import timedelta

import structlog
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from switchboard.core.clock import Clock
from switchboard.core.db import Database
from switchboard.core.errors import problem
from switchboard.jobs.registry import JobContext, registry
from switchboard.ratelimit import counters
from switchboard.ratelimit.marks import claimed_numbers, is_auth_failure
from switchboard.security_events import service as security_events

log = structlog.get_logger("switchboard.ratelimit")

_SUSPECTS_MAX = 10_000
# The operator's security log is kept this long (long enough for a monthly review).
SECURITY_EVENTS_KEPT = timedelta(days=90)
# Twilio's webhooks come from addresses every Twilio customer shares, and their credential
# is an HMAC signature over the request (checked before anything is read), which no number
# of tries guesses. So a lockout never refuses them: a valid signature is always answered,
# with TwiML; forged ones still count against the address and are refused with 403.
_NEVER_LOCKED_OUT = "/twilio/"


def count_as_auth_failure(request: Request) -> None:
    """For a route whose credential is in the URL (the calendar feed answers 404 to a wrong
    token, as calendar apps expect): count this answer as a failed authentication."""
    request.state.auth_failed = True


def client_address(scope: Scope, *, trust_forwarded_for: bool, proxy_hops: int = 1) -> str:
    """The address failures are counted against. Behind `proxy_hops` trusted proxies, each
    appends the address it received the request from to X-Forwarded-For, so the client is the
    entry `proxy_hops` from the right; anything further left was written by the client and can
    name any address it likes (the semantics of uvicorn's ProxyHeadersMiddleware and
    werkzeug's ProxyFix with a hop count). Fewer entries than hops: the leftmost, which the
    outermost proxy wrote. A malformed entry counts against the peer."""
    client = scope.get("client")
    peer = str(client[0]) if client else "unknown"
    if not trust_forwarded_for:
        return peer
    values = [
        value.decode("latin-1")
        for name, value in scope.get("headers") or []
        if name == b"x-forwarded-for"
    ]
    entries = [e.strip() for e in ",".join(values).split(",") if e.strip()]
    if not entries:
        return peer
    candidate = entries[-proxy_hops] if len(entries) >= proxy_hops else entries[0]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return peer


class AuthFailureLimiter:
    def __init__(
        self,
        app: ASGIApp,
        *,
        db: Database,
        clock: Clock,
        limit: int,
        window: timedelta,
        trust_forwarded_for: bool,
        proxy_hops: int = 1,
    ) -> None:
        self.app = app
        self.db = db
        self.clock = clock
        self.limit = limit
        self.window = window
        self.trust_forwarded_for = trust_forwarded_for
        self.proxy_hops = proxy_hops
        # Clients this process has seen fail recently: only these are checked in the database.
        self._suspects: OrderedDict[str, None] = OrderedDict()

    def _client(self, scope: Scope) -> str:
        return client_address(
            scope, trust_forwarded_for=self.trust_forwarded_for, proxy_hops=self.proxy_hops
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path", "") in {"/healthz", "/readyz", "/metrics"}:
            await self.app(scope, receive, send)
            return
        client = self._client(scope)
        key = f"authfail:{client}"
        if client in self._suspects and not scope.get("path", "").startswith(_NEVER_LOCKED_OUT):
            try:
                async with self.db.unit_of_work(read_only=True) as uow:
                    failures = await counters.current(uow, key, self.clock.now(), self.window)
            except Exception:  # the limiter must never take the service down with it
                failures = 0
            if failures >= self.limit:
                log.warning("rate_limited", reason="auth_failures")
                seconds = int(self.window.total_seconds())
                await problem(
                    429,
                    "Too many failed attempts; try again later.",
                    headers={"retry-after": str(seconds)},
                )(scope, receive, send)
                return
        status = 0

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, watch)
        if is_auth_failure(scope, status) or (scope.get("state") or {}).get("auth_failed"):
            self._suspects[client] = None
            self._suspects.move_to_end(client)
            while len(self._suspects) > _SUSPECTS_MAX:
                self._suspects.popitem(last=False)
            try:
                now = self.clock.now()
                async with self.db.unit_of_work() as uow:
                    failures = await counters.increment(uow, key, now, self.window)
                    surface = security_events.surface_of(scope.get("path", ""))
                    # The operator's security log: the failure, and the lockout it causes
                    # (once per client and window: the failure that reaches the limit).
                    async with uow.system_scope("security event"):
                        claimed = await security_events.claimed_tenant(uow, claimed_numbers(scope))
                        security_events.record(
                            uow,
                            security_events.failure_kind(surface, status),
                            surface=surface,
                            client=client,
                            at=now,
                            status=status,
                            business_id=claimed,
                            details={"tenant": "claimed"} if claimed else None,
                        )
                        if failures == self.limit:
                            security_events.record(
                                uow,
                                "lockout",
                                surface=surface,
                                client=client,
                                at=now,
                                status=429,
                                details={"window_s": int(self.window.total_seconds())},
                            )
            except Exception:
                log.error("rate_limit_count_failed")


@registry.handler("ratelimit.purge")
async def purge_counters(ctx: JobContext) -> None:
    await counters.purge(ctx.uow, ctx.clock.now() - timedelta(days=1))
    await security_events.purge(ctx.uow, ctx.clock.now() - SECURITY_EVENTS_KEPT)


registry.every("ratelimit.purge", timedelta(hours=1))
