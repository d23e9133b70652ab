"""Guessing credentials is cut off for everyone at once, and normal use is not slowed."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from switchboard.core.clock import SystemClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.main import create_app
from tests.conftest import Tenant, make_settings, own_address


@pytest.fixture
async def limited(database_url: str) -> AsyncIterator[tuple[httpx.AsyncClient, httpx.AsyncClient]]:
    """Two replicas of the app on one database, each seen from its own client address."""
    settings: Settings = make_settings(database_url, auth_failure_limit=5)
    dbs = [Database(settings), Database(settings)]
    clients = []
    for db in dbs:
        app = create_app(settings, database=db, clock=SystemClock(), run_worker=False)
        transport = httpx.ASGITransport(app=app, client=("203.0.113.9", 4000))
        clients.append(httpx.AsyncClient(transport=transport, base_url="http://t"))
    try:
        yield clients[0], clients[1]
    finally:
        for c in clients:
            await c.aclose()
        for db in dbs:
            await db.dispose()


async def test_repeated_failures_get_429_before_any_credential_check(
    limited: tuple[httpx.AsyncClient, httpx.AsyncClient], tenant: Tenant
) -> None:
    first, second = limited
    for _ in range(3):
        assert (
            await first.get(
                "/v1/owner/business",
                headers={"X-Owner-Token": "sb_test_owner_wrongwrongwrongwrong"},
            )
        ).status_code == 401
    for _ in range(2):
        assert (
            await second.get(
                "/v1/owner/business",
                headers={"X-Owner-Token": "sb_test_owner_wrongwrongwrongwrong"},
            )
        ).status_code == 401
    # Five failures across both replicas: now even the right token is refused, on both.
    for client in (first, second):
        refused = await client.get("/v1/owner/business", headers=tenant.owner)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "300"
        assert refused.headers["content-type"].startswith("application/problem+json")


async def test_successful_requests_do_not_count(
    limited: tuple[httpx.AsyncClient, httpx.AsyncClient], tenant: Tenant
) -> None:
    first, _ = limited
    for _ in range(20):
        assert (await first.get("/v1/owner/business", headers=tenant.owner)).status_code == 200


async def _limited_behind_proxy(
    database_url: str, **overrides: object
) -> tuple[httpx.AsyncClient, Database]:
    settings = make_settings(
        database_url, auth_failure_limit=3, trust_forwarded_for=True, **overrides
    )
    db = Database(settings)
    app = create_app(settings, database=db, clock=SystemClock(), run_worker=False)
    # Every request arrives from the proxy's own address.
    transport = httpx.ASGITransport(app=app, client=("10.0.0.2", 4000))
    return httpx.AsyncClient(transport=transport, base_url="http://t"), db


WRONG = {"X-Owner-Token": "sb_test_owner_wrongwrongwrongwrong"}


async def test_a_client_cannot_pick_its_address_through_x_forwarded_for(
    database_url: str, tenant: Tenant
) -> None:
    client, db = await _limited_behind_proxy(database_url)
    try:
        # The client writes any left-hand entries it likes; the proxy appends what it saw.
        for i in range(3):
            forwarded = {"X-Forwarded-For": f"192.0.2.{i}, 198.51.100.7"}
            response = await client.get("/v1/owner/business", headers={**WRONG, **forwarded})
            assert response.status_code == 401
        spoofed = {"X-Forwarded-For": "192.0.2.99, 198.51.100.7"}
        refused = await client.get("/v1/owner/business", headers={**tenant.owner, **spoofed})
        assert refused.status_code == 429
        # Another real client behind the same proxy is not locked out.
        other = {"X-Forwarded-For": "192.0.2.1, 198.51.100.8"}
        assert (
            await client.get("/v1/owner/business", headers={**tenant.owner, **other})
        ).status_code == 200
    finally:
        await client.aclose()
        await db.dispose()


async def test_trusted_proxy_hops_picks_the_entry_the_outer_proxy_wrote(
    database_url: str, tenant: Tenant
) -> None:
    client, db = await _limited_behind_proxy(database_url, trusted_proxy_hops=2)
    try:
        for i in range(3):
            # client-written, the CDN's view of the client, the load balancer's view of the CDN
            forwarded = {"X-Forwarded-For": f"192.0.2.{i}, 198.51.100.9, 10.1.1.{i}"}
            await client.get("/v1/owner/business", headers={**WRONG, **forwarded})
        again = {"X-Forwarded-For": "203.0.113.50, 198.51.100.9, 10.1.1.200"}
        assert (
            await client.get("/v1/owner/business", headers={**tenant.owner, **again})
        ).status_code == 429
    finally:
        await client.aclose()
        await db.dispose()


async def test_guessed_calendar_feed_tokens_count_as_failed_authentication(
    database_url: str, tenant: Tenant
) -> None:
    settings = make_settings(database_url, auth_failure_limit=5)
    db = Database(settings)
    app = create_app(settings, database=db, clock=SystemClock(), run_worker=False)
    address = own_address()  # its own counter
    transport = httpx.ASGITransport(app=app, client=(address, 4000))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            for _ in range(5):
                guess = "/v1/calendar-feeds/sb_ics_" + "g" * 32 + ".ics"
                assert (await client.get(guess)).status_code == 404
            refused = await client.get("/v1/owner/business", headers=tenant.owner)
            assert refused.status_code == 429
    finally:
        await db.dispose()
