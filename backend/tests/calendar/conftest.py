"""The app with CALENDAR_PROVIDER=google's adapter talking to recorded Google answers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import delete

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.calendar.google import GoogleCalendar
from switchboard.integrations.calendar.google_oauth import GoogleOAuth
from switchboard.integrations.providers import Providers
from switchboard.jobs.registry import registry
from switchboard.jobs.worker import Worker
from switchboard.models.job import Job
from tests.calendar.recorded import GMAIL_SCOPE, TOKEN_EXCHANGE, RecordedGoogle
from tests.conftest import Tenant, app_client, make_settings


@pytest.fixture(autouse=True)
async def _no_calendar_jobs_left_over(db: Database) -> None:
    """The test database (and its job queue) is shared by every test: calendar jobs an
    earlier test left queued would run against this test's recorded Google."""
    async with db.unit_of_work() as uow, uow.system_scope("test clears calendar jobs"):
        await uow.session.execute(
            delete(Job).where(Job.kind.like("calendar.%"), Job.status == "queued")
        )


@pytest.fixture
def settings(database_url: str) -> Settings:
    # Google pushes to https addresses only.
    return make_settings(database_url, public_base_url="https://switchboard.example")


@pytest.fixture
def google() -> RecordedGoogle:
    return RecordedGoogle()


@pytest.fixture
def calendar(google: RecordedGoogle) -> GoogleCalendar:
    oauth = GoogleOAuth(
        "1234-test.apps.googleusercontent.com",
        "GOCSPX-test-secret",
        transport=httpx.MockTransport(google),
        async_transport=httpx.MockTransport(google),
    )
    return GoogleCalendar(oauth, busy_cache_s=60, transport=httpx.MockTransport(google))


@pytest.fixture
def providers(calendar: GoogleCalendar) -> Providers:
    return Providers(calendar=calendar)


@pytest.fixture
async def client(
    settings: Settings, db: Database, clock: FixedClock, providers: Providers
) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(settings, db, clock=clock, providers=providers) as c:
        yield c


@pytest.fixture
def worker(db: Database, clock: FixedClock, providers: Providers, settings: Settings) -> Worker:
    return Worker(db, registry, clock, services={"providers": providers, "settings": settings})


def state_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["state"][0]


async def connect(
    client: httpx.AsyncClient, tenant: Tenant, google: RecordedGoogle, **body: object
) -> httpx.Response:
    """The whole consent round trip: start, then Google redirecting back with a code."""
    granted = TOKEN_EXCHANGE
    if body.get("gmail"):
        granted = TOKEN_EXCHANGE | {"scope": f"{TOKEN_EXCHANGE['scope']} {GMAIL_SCOPE}"}
    google.once("POST", "/token", (200, granted))
    start = await client.post(
        "/v1/owner/integrations/google/connect", json=body, headers=tenant.owner
    )
    assert start.status_code == 200, start.text
    back = await client.get(
        "/v1/integrations/google/callback",
        params={
            "code": "4/0AeaYSHRecordedCode",
            "state": state_of(start.json()["authorization_url"]),
        },
    )
    return back
