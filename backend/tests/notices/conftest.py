"""Notices fixtures: the app and a worker sharing offline SMS/email providers and a fixed
clock (Monday 2 March 2026, 09:00 in Chicago), two tenants, and booking helpers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from tests.conftest import Tenant, app_client, provision
from tests.support import empty_queue, make_worker

CUSTOMER = "+19135550142"
OWNER = "+19135550199"


@pytest.fixture
def sms() -> OfflineSms:
    return OfflineSms()


@pytest.fixture
def providers(sms: OfflineSms) -> Providers:
    return Providers(sms=sms)


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
    return await provision(client, name="Bristol Plumbing", owner_phone=OWNER)


@pytest.fixture
async def other_tenant(client: httpx.AsyncClient) -> Tenant:
    return await provision(
        client, name="Other Electric", vertical="electrical", owner_phone="+19135550188"
    )


@pytest.fixture(autouse=True)
async def _empty_queue(db: Database) -> None:
    await empty_queue(db)


async def book(
    client: httpx.AsyncClient,
    tenant: Tenant,
    start: str,
    *,
    phone: str = CUSTOMER,
    **fields: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "customer": {"name": "Dana Reyes", "phone": phone},
        "service": "Leak repair",
        "start": start,
        "duration_minutes": 60,
        "address": "12 Oak St, Overland Park, KS",
        **fields,
    }
    response = await client.post("/v1/owner/appointments", json=body, headers=tenant.owner)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def texts_to(sms: OfflineSms, phone: str) -> list[str]:
    return [m.body for m in sms.sent_to(phone)]
