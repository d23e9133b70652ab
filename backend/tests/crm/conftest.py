"""CRM fixtures: the app with a fixed clock and an injected offline calendar (through a
dependency override, not by patching), so slot times are deterministic."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.integrations.providers import Providers
from tests.conftest import app_client


@pytest.fixture
def calendar() -> OfflineCalendar:
    return OfflineCalendar()


@pytest.fixture
async def client(
    settings: Settings, db: Database, clock: FixedClock, calendar: OfflineCalendar
) -> AsyncIterator[httpx.AsyncClient]:
    # Monday 2 March 2026, 09:00 in Chicago (the conftest clock).
    async with app_client(settings, db, clock=clock, providers=Providers(calendar=calendar)) as c:
        yield c


async def make_customer(
    client: httpx.AsyncClient, headers: dict[str, str], **fields: Any
) -> dict[str, Any]:
    body = {"name": "Dana Reyes", "phone": "+19135550142", **fields}
    response = await client.post("/v1/owner/customers", json=body, headers=headers)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


async def book(
    client: httpx.AsyncClient, headers: dict[str, str], start: str, **fields: Any
) -> httpx.Response:
    body: dict[str, Any] = {
        "customer": {"name": "Dana Reyes", "phone": "+19135550142"},
        "start": start,
        "duration_minutes": 60,
        "address": "12 Oak St, Overland Park, KS",
        **fields,
    }
    return await client.post("/v1/owner/appointments", json=body, headers=headers)
