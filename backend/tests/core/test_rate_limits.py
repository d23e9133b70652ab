"""Guessing credentials is cut off for everyone at once, and normal use is not slowed."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from switchboard.core.clock import SystemClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.main import create_app
from tests.conftest import Tenant, make_settings


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
