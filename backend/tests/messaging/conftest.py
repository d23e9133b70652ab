from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.email.offline import OfflineEmail
from switchboard.integrations.providers import Providers
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from tests.conftest import Tenant, app_client, make_settings, provision
from tests.support import empty_queue, make_worker

TWILIO_TOKEN = "test-twilio-auth-token-0123456789abcdef"


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url, twilio_auth_token=TWILIO_TOKEN)


@pytest.fixture
def sms() -> OfflineSms:
    return OfflineSms()


@pytest.fixture
def email() -> OfflineEmail:
    return OfflineEmail()


@pytest.fixture
def providers(sms: OfflineSms, email: OfflineEmail) -> Providers:
    return Providers(sms=sms, email=email)


@pytest.fixture
async def client(
    settings: Settings, db: Database, providers: Providers, clock: FixedClock
) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(settings, db, clock=clock, providers=providers) as c:
        yield c


@pytest.fixture
def worker(db: Database, clock: FixedClock, settings: Settings, providers: Providers) -> Worker:
    return make_worker(db, clock, settings, providers)


@pytest.fixture
async def tenant(client: httpx.AsyncClient) -> Tenant:
    return await provision(
        client,
        name="Bristol Plumbing",
        owner_phone="+19135550199",
        owner_email="owner@bristol-plumbing.com",
    )


@pytest.fixture
async def other_tenant(client: httpx.AsyncClient) -> Tenant:
    return await provision(
        client,
        name="Other Electric",
        vertical="electrical",
        owner_phone="+19135550188",
        owner_email="owner@other-electric.com",
    )


@pytest.fixture(autouse=True)
async def _empty_queue(db: Database) -> None:
    await empty_queue(db)
