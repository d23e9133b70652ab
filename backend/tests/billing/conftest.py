"""Billing fixtures: the app and a worker sharing the offline providers (payments in the test
database) and a fixed clock, Twilio and Stripe secrets set, two tenants with owner contacts,
and Stripe events signed by the stripe library's own signature code."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import stripe
from sqlalchemy import select

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.payments.offline import OfflinePayments
from switchboard.integrations.payments.port import CheckoutRequest
from switchboard.integrations.providers import Providers
from switchboard.jobs.worker import Worker
from switchboard.models.billing import BillingAccount, BillingEvent
from tests.channels.conftest import PUBLIC, TWILIO_TOKEN
from tests.conftest import Tenant, app_client, make_settings, provision
from tests.support import empty_queue, make_worker

WEBHOOK_SECRET = "whsec_test_0123456789abcdef0123456789abcdef"
OWNER_PHONE = "+19135550199"
OWNER_EMAIL = "owner@example.com"


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(
        database_url,
        twilio_auth_token=TWILIO_TOKEN,
        public_base_url=PUBLIC,
        stripe_webhook_secret=WEBHOOK_SECRET,
    )


@pytest.fixture
def payments(db: Database, clock: FixedClock) -> OfflinePayments:
    return OfflinePayments(db, clock)


@pytest.fixture
def providers(payments: OfflinePayments) -> Providers:
    return Providers(payments=payments)


@pytest.fixture
async def client(
    settings: Settings, db: Database, clock: FixedClock, providers: Providers
) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(
        settings, db, clock=clock, providers=providers, base_url="http://internal:8000"
    ) as c:
        yield c


@pytest.fixture
def worker(db: Database, clock: FixedClock, settings: Settings, providers: Providers) -> Worker:
    return make_worker(db, clock, settings, providers)


@pytest.fixture(autouse=True)
async def _empty_queue(db: Database) -> None:
    await empty_queue(db)


@pytest.fixture
async def tenant(client: httpx.AsyncClient) -> Tenant:
    return await provision(
        client,
        name="Bristol Plumbing",
        vertical="plumbing",
        owner_phone=OWNER_PHONE,
        owner_email=OWNER_EMAIL,
    )


@pytest.fixture
async def other_tenant(client: httpx.AsyncClient) -> Tenant:
    return await provision(
        client, name="Other Electric", vertical="electrical", owner_phone="+19135550188"
    )


def signature(payload: str, *, secret: str = WEBHOOK_SECRET, at: int | None = None) -> str:
    """A `Stripe-Signature` header made the way Stripe makes it, with the library's own HMAC."""
    timestamp = int(time.time()) if at is None else at
    mac = stripe.WebhookSignature._compute_signature(f"{timestamp}.{payload}", secret)
    return f"t={timestamp},v1={mac}"


def event(event_type: str, obj: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    return {
        "id": event_id or f"evt_{uuid.uuid4().hex[:24]}",
        "object": "event",
        "api_version": "2026-02-25.clover",
        "created": int(time.time()),
        "livemode": False,
        "type": event_type,
        "data": {"object": obj},
    }


async def post_event(
    client: httpx.AsyncClient, body: dict[str, Any], *, header: str | None = None
) -> httpx.Response:
    payload = json.dumps(body)
    return await client.post(
        "/v1/billing/stripe/webhook",
        content=payload,
        headers={
            "Content-Type": "application/json",
            "Stripe-Signature": header if header is not None else signature(payload),
        },
    )


async def offline_subscription(
    payments: OfflinePayments, tenant: Tenant, *, trial_days: int = 0
) -> dict[str, Any]:
    """A checkout completed at the offline provider, its events not delivered anywhere yet:
    returns the objects it made (read back from the provider's own records)."""
    session = await payments.create_checkout(
        CheckoutRequest(
            business_id=tenant.id,
            plan="pro",
            price_ref=None,
            amount_cents=14900,
            currency="usd",
            trial_days=trial_days,
            success_url=f"{PUBLIC}/dashboard/",
            cancel_url=f"{PUBLIC}/dashboard/",
        )
    )
    events = await payments.undelivered_events()
    await payments.mark_delivered([e["id"] for e in events])
    objects = {e["type"]: e["data"]["object"] for e in events}
    checkout = await payments.get_checkout(session.provider_id)
    assert checkout.subscription_ref is not None
    return objects


async def account_of(db: Database, tenant: Tenant) -> BillingAccount | None:
    async with db.unit_of_work() as uow, uow.system_scope("test read billing"):
        rows = await uow.session.execute(
            select(BillingAccount).where(BillingAccount.business_id == uuid.UUID(tenant.id))
        )
        return rows.scalar_one_or_none()


async def inbox(db: Database) -> list[BillingEvent]:
    async with db.unit_of_work() as uow, uow.system_scope("test read billing inbox"):
        rows = await uow.session.execute(select(BillingEvent).order_by(BillingEvent.received_at))
        return list(rows.scalars())
