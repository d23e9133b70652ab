"""The app with ACCOUNTING_PROVIDER=quickbooks's adapter talking to recorded Intuit answers."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import delete

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.accounting.intuit_oauth import IntuitOAuth
from switchboard.integrations.accounting.quickbooks import QuickBooksAccounting
from switchboard.integrations.providers import Providers
from switchboard.jobs.registry import registry
from switchboard.jobs.worker import Worker
from switchboard.models.job import Job
from tests.conftest import Tenant, app_client, make_settings
from tests.quickbooks.recorded import TOKEN_EXCHANGE, RecordedIntuit

CONNECT = "/v1/owner/integrations/quickbooks/connect"
STATUS = "/v1/owner/integrations/quickbooks"
CALLBACK = "/v1/integrations/quickbooks/callback"
CLIENT_ID = "ABRecordedClientId0000000000000000000000000000000"


@pytest.fixture(autouse=True)
async def _no_accounting_jobs_left_over(db: Database) -> None:
    """The test database (and its job queue) is shared by every test."""
    async with db.unit_of_work() as uow, uow.system_scope("test clears accounting jobs"):
        await uow.session.execute(
            delete(Job).where(Job.kind.like("accounting.%"), Job.status == "queued")
        )


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url, public_base_url="https://switchboard.example")


@pytest.fixture
def realm() -> str:
    """A company id of this test's own: the test database is shared, and a company linked
    by an earlier test's business would be refused."""
    return str(9_341_452_800_000_000 + random.randint(0, 999_999_999))


@pytest.fixture
def intuit() -> RecordedIntuit:
    return RecordedIntuit()


@pytest.fixture
def accounting(intuit: RecordedIntuit) -> QuickBooksAccounting:
    oauth = IntuitOAuth(CLIENT_ID, "RecordedClientSecret", transport=httpx.MockTransport(intuit))
    return QuickBooksAccounting(oauth, environment="sandbox", transport=httpx.MockTransport(intuit))


@pytest.fixture
def providers(accounting: QuickBooksAccounting) -> Providers:
    return Providers(accounting=accounting)


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
    client: httpx.AsyncClient, tenant: Tenant, intuit: RecordedIntuit, realm: str
) -> httpx.Response:
    """The whole consent round trip: start, then Intuit redirecting back with a code."""
    intuit.once("POST", "/oauth2/v1/tokens/bearer", (200, TOKEN_EXCHANGE))
    start = await client.post(CONNECT, headers=tenant.owner)
    assert start.status_code == 200, start.text
    return await client.get(
        CALLBACK,
        params={
            "code": "AB11773598042RecordedAuthorizationCode",
            "state": state_of(start.json()["authorization_url"]),
            "realmId": realm,
        },
    )
