"""Test set-up: a real database built by the migrations (SQLite by default, PostgreSQL when
TEST_DATABASE_URL is set), the app over ASGI, and factories that provision tenants through the
admin API. Tests are isolated by tenant: every test provisions its own businesses with fresh
phone numbers, so tests never see each other's rows even though every request really commits
(the unit of work's commit point is part of what is tested)."""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import make_url

from switchboard.core.clock import Clock, FixedClock, SystemClock
from switchboard.core.config import Settings
from switchboard.core.db import Database, normalise_url
from switchboard.core.migrations import upgrade
from switchboard.integrations.providers import Providers
from switchboard.main import create_app

ADMIN_KEY = "test-admin-key-0123456789abcdef-0123456789"
SECRET_KEY = "test-secret-key-0123456789abcdef-0123456789"


def _create_pg_database(url: str) -> str:
    """A fresh database per test run on the given server, so runs never share rows."""
    import asyncpg

    base = make_url(normalise_url(url))
    name = f"sb_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"

    async def create() -> None:
        conn = await asyncpg.connect(
            host=base.host,
            port=base.port or 5432,
            user=base.username,
            password=base.password,
            database=base.database or "postgres",
        )
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    asyncio.run(create())
    return base.set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(url: str) -> None:
    import asyncpg

    target = make_url(url)
    admin_db = make_url(normalise_url(os.environ["TEST_DATABASE_URL"])).database or "postgres"

    async def drop() -> None:
        conn = await asyncpg.connect(
            host=target.host,
            port=target.port or 5432,
            user=target.username,
            password=target.password,
            database=admin_db,
        )
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)')
        finally:
            await conn.close()

    asyncio.run(drop())


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    configured = os.environ.get("TEST_DATABASE_URL")
    if configured:
        url = _create_pg_database(configured)
        upgrade(url)
        yield url
        _drop_pg_database(url)
    else:
        path = Path(tmp_path_factory.mktemp("db")) / "switchboard-test.db"
        url = f"sqlite+aiosqlite:///{path}"
        upgrade(url)
        yield url


@pytest.fixture(scope="session", autouse=True)
def _meaning_model_loaded() -> None:
    """The app's lifespan loads the meaning model before the first call; tests that drive the
    app without its lifespan would otherwise load it inside a voice turn's time budget."""
    from switchboard.assistant.understanding.meaning import default_model

    default_model()


@pytest.fixture(scope="session")
def is_postgres(database_url: str) -> bool:
    return database_url.startswith("postgresql")


def make_settings(database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "environment": "test",
        "database_url": database_url,
        "admin_api_key": ADMIN_KEY,
        "secret_key": SECRET_KEY,
        "worker_in_process": False,
        "switchboard_no_demo": True,
        # Many tests fail authentication on purpose, all from one test client address; the
        # limiter itself is tested with its own limit in tests/core/test_rate_limits.py.
        "auth_failure_limit": 100_000,
        # Likewise failed sign-ins (tests/websessions/ tests that lockout with its own limit).
        "login_failure_limit": 100_000,
        # Likewise web chats: every test's visitor is the same client address in the same
        # hour of the fixed clock (the widget's limits are tested with their own values).
        "widget_chats_per_address_hour": 100_000,
        "widget_messages_per_address_hour": 100_000,
        # The dashboard's live stream ends by itself; short, so a test reading it is quick.
        "live_stream_s": 0.3,
        "live_poll_s": 0.1,
        # A voice webhook's answer budget, generous: a loaded machine must not turn a slow
        # turn into the safety net's voicemail prompt. The net's own timeout is tested with a
        # short budget (tests/receptionist/test_no_waiting_inside_transactions.py).
        "voice_answer_budget_s": 12,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 2, 15, 0, tzinfo=UTC))


@pytest.fixture
async def db(settings: Settings) -> AsyncIterator[Database]:
    database = Database(settings)
    yield database
    await database.dispose()


@pytest.fixture
async def client(settings: Settings, db: Database) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(settings, db, clock=SystemClock()) as c:
        yield c


@asynccontextmanager
async def app_client(
    settings: Settings,
    db: Database,
    *,
    clock: Clock,
    providers: Providers | None = None,
    base_url: str = "http://testserver",
) -> AsyncIterator[httpx.AsyncClient]:
    """The real app (started, no in-process worker) on the test database, with the test's
    clock and providers, reached in-process at `base_url`."""
    app = create_app(settings, database=db, clock=clock, run_worker=False, providers=providers)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=base_url) as c:
            yield c


# Tenant numbers a run hands out: counted up from a random start, so no two tests in a run
# draw the same one (drawing at random did, about once in a few runs of ~3000 tenants: a 409),
# and below 555-xxxx, the fictional range tests write by hand.
_PHONES = itertools.count(random.SystemRandom().randrange(2_000_000, 5_000_000))


def random_phone() -> str:
    return f"+1913{next(_PHONES)}"


# Client addresses for tests that count requests per address (rate limits, lockouts): each
# test its own, from the benchmarking range 198.18.0.0/15, so no two share a counter.
_ADDRESSES = itertools.count(random.SystemRandom().randrange(0, 60_000))


def own_address() -> str:
    n = next(_ADDRESSES) % 131_070 + 1
    return f"198.{18 + n // 65_536}.{n // 256 % 256}.{n % 256 or 1}"


@dataclass
class Tenant:
    id: str
    phone_number: str
    api_key: str
    owner_token: str
    widget_token: str

    @property
    def owner(self) -> dict[str, str]:
        return {"X-Owner-Token": self.owner_token}


ADMIN = {"X-Admin-API-Key": ADMIN_KEY}


async def provision(client: httpx.AsyncClient, **fields: Any) -> Tenant:
    body = {
        "name": "Bristol Plumbing",
        "timezone": "America/Chicago",
        "phone_number": random_phone(),
        **fields,
    }
    response = await client.post("/v1/admin/businesses", json=body, headers=ADMIN)
    assert response.status_code == 201, response.text
    data = response.json()
    return Tenant(
        id=data["business"]["id"],
        phone_number=data["business"]["phone_number"],
        **data["credentials"],
    )


@pytest.fixture
async def tenant(client: httpx.AsyncClient) -> Tenant:
    return await provision(client, name="Bristol Plumbing")


@pytest.fixture
async def other_tenant(client: httpx.AsyncClient) -> Tenant:
    return await provision(client, name="Other Electric", vertical="electrical")
