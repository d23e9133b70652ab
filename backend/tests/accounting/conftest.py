"""Accounting fixtures: the app and a worker sharing the offline books (in the test database)
and a fixed clock, the QuickBooks webhook verifier set, and notifications signed with it
exactly as Intuit signs them (base64 HMAC-SHA256 of the raw body)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import delete

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.accounting.offline import OfflineAccounting
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.integrations.providers import Providers
from switchboard.jobs.worker import Worker
from switchboard.models.job import Job
from tests.conftest import Tenant, app_client, make_settings
from tests.crm.conftest import book
from tests.support import make_worker

VERIFIER = "7f3c1e9a-verifier-token-0b2d4e6f8a1c3e5f"
WEBHOOK = "/v1/accounting/quickbooks/webhook"
TUESDAY_10 = "2026-03-03T10:00:00-06:00"


@pytest.fixture(autouse=True)
async def _no_accounting_jobs_left_over(db: Database) -> None:
    """The job queue is shared by the test session: accounting jobs another test left queued
    would otherwise run against this test's books."""
    async with db.unit_of_work() as uow, uow.system_scope("test clears accounting jobs"):
        await uow.session.execute(delete(Job).where(Job.kind.like("accounting.%")))


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url, quickbooks_webhook_verifier=VERIFIER)


@pytest.fixture
def books(db: Database, clock: FixedClock) -> OfflineAccounting:
    return OfflineAccounting(db, clock)


@pytest.fixture
def providers(books: OfflineAccounting) -> Providers:
    return Providers(accounting=books, calendar=OfflineCalendar())


@pytest.fixture
async def client(
    settings: Settings, db: Database, clock: FixedClock, providers: Providers
) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(settings, db, clock=clock, providers=providers) as c:
        yield c


@pytest.fixture
def worker(db: Database, clock: FixedClock, settings: Settings, providers: Providers) -> Worker:
    return make_worker(db, clock, settings, providers)


def sign(body: bytes, verifier: str = VERIFIER) -> str:
    return base64.b64encode(hmac.new(verifier.encode(), body, hashlib.sha256).digest()).decode()


async def deliver(
    client: httpx.AsyncClient, payload: Any, *, signature: str | None = None
) -> httpx.Response:
    """POST a notification as Intuit does: JSON body, `intuit-signature` header."""
    body = json.dumps(payload).encode()
    headers = {"content-type": "application/json"}
    headers["intuit-signature"] = signature if signature is not None else sign(body)
    return await client.post(WEBHOOK, content=body, headers=headers)


def legacy(realm: str, name: str, entity_id: str, when: str, operation: str = "Update") -> Any:
    """The original payload (developer.intuit.com, "Managing webhooks notifications")."""
    return {
        "eventNotifications": [
            {
                "realmId": realm,
                "dataChangeEvent": {
                    "entities": [
                        {
                            "name": name,
                            "id": entity_id,
                            "operation": operation,
                            "lastUpdated": when,
                        }
                    ]
                },
            }
        ]
    }


def cloud_event(event_id: str, realm: str, kind: str, entity_id: str, when: str) -> Any:
    """The CloudEvents payload Intuit moved webhooks to in 2025."""
    return [
        {
            "specversion": "1.0",
            "id": event_id,
            "source": "intuit.dsnBgbseACLLRZNxo2dfc4evmEJdxde58xeeYcZliOU=",
            "type": kind,
            "datacontenttype": "application/json",
            "time": when,
            "intuitentityid": entity_id,
            "intuitaccountid": realm,
            "data": {},
        }
    ]


async def booked(
    client: httpx.AsyncClient, tenant: Tenant, start: str = TUESDAY_10, **fields: Any
) -> dict[str, Any]:
    response = await book(client, tenant.owner, start, **fields)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


async def complete(
    client: httpx.AsyncClient, tenant: Tenant, appointment_id: str, **body: Any
) -> httpx.Response:
    return await client.post(
        f"/v1/owner/appointments/{appointment_id}/complete", json=body, headers=tenant.owner
    )


async def appointment(
    client: httpx.AsyncClient, tenant: Tenant, appointment_id: str
) -> dict[str, Any]:
    response = await client.get(f"/v1/owner/appointments/{appointment_id}", headers=tenant.owner)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data
