"""The Stripe adapter against recorded exchanges (respx): the requests the SDK makes for a
Checkout session, a Customer Portal session and a subscription, and what we read back.

The answers follow the API reference's shapes for the SDK's pinned version (2026-02-25.clover:
periods on the subscription item, an invoice's subscription under `parent`)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import respx

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.payments.port import CheckoutRequest
from switchboard.integrations.payments.stripe import StripePayments
from switchboard.integrations.providers import Providers
from tests.billing.conftest import account_of, event, post_event
from tests.conftest import Tenant, app_client, provision
from tests.support import make_worker

API = "https://api.stripe.com"
KEY = "sk_test_0123456789abcdefghijklmnop"
PERIOD_START, PERIOD_END = 1772463600, 1775142000

SUBSCRIPTION: dict[str, Any] = {
    "id": "sub_1RecordedExchange",
    "object": "subscription",
    "customer": "cus_Recorded01",
    "status": "active",
    "cancel_at_period_end": False,
    "trial_end": None,
    "metadata": {"plan": "pro"},
    "items": {
        "object": "list",
        "data": [
            {
                "id": "si_Recorded01",
                "object": "subscription_item",
                "current_period_start": PERIOD_START,
                "current_period_end": PERIOD_END,
                "price": {"id": "price_pro_monthly", "object": "price", "unit_amount": 14900},
            }
        ],
    },
}


def _form(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(request.content.decode()))


@respx.mock
async def test_checkout_session_create() -> None:
    route = respx.post(f"{API}/v1/checkout/sessions").mock(
        return_value=httpx.Response(
            200,
            json={
                "id": "cs_test_a1Recorded",
                "object": "checkout.session",
                "mode": "subscription",
                "status": "open",
                "url": "https://checkout.stripe.com/c/pay/cs_test_a1Recorded",
            },
        )
    )
    business = str(uuid.uuid4())
    session = await StripePayments(KEY).create_checkout(
        CheckoutRequest(
            business_id=business,
            plan="pro",
            price_ref="price_pro_monthly",
            amount_cents=14900,
            currency="usd",
            trial_days=9,
            success_url="https://sb.example.com/dashboard/#billing?checkout=done",
            cancel_url="https://sb.example.com/dashboard/#billing?checkout=cancelled",
            email="owner@example.com",
        )
    )
    assert session.url == "https://checkout.stripe.com/c/pay/cs_test_a1Recorded"
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["Stripe-Version"].startswith("20")
    assert _form(request) == {
        "mode": "subscription",
        "line_items[0][price]": "price_pro_monthly",
        "line_items[0][quantity]": "1",
        "success_url": "https://sb.example.com/dashboard/#billing?checkout=done",
        "cancel_url": "https://sb.example.com/dashboard/#billing?checkout=cancelled",
        "client_reference_id": business,
        "metadata[business_id]": business,
        "metadata[plan]": "pro",
        "subscription_data[metadata][business_id]": business,
        "subscription_data[metadata][plan]": "pro",
        "subscription_data[trial_period_days]": "9",
        "customer_email": "owner@example.com",
    }


@respx.mock
async def test_portal_session_create() -> None:
    route = respx.post(f"{API}/v1/billing_portal/sessions").mock(
        return_value=httpx.Response(
            200,
            json={
                "id": "bps_Recorded01",
                "object": "billing_portal.session",
                "customer": "cus_Recorded01",
                "url": "https://billing.stripe.com/p/session/test_Recorded01",
            },
        )
    )
    url = await StripePayments(KEY).create_portal("cus_Recorded01", "https://sb.example.com/x")
    assert url == "https://billing.stripe.com/p/session/test_Recorded01"
    assert _form(route.calls.last.request) == {
        "customer": "cus_Recorded01",
        "return_url": "https://sb.example.com/x",
    }


@respx.mock
async def test_subscription_retrieve() -> None:
    respx.get(f"{API}/v1/subscriptions/sub_1RecordedExchange").mock(
        return_value=httpx.Response(200, json=SUBSCRIPTION)
    )
    sub = await StripePayments(KEY).get_subscription("sub_1RecordedExchange")
    assert (sub.status, sub.customer_ref, sub.price_ref, sub.plan) == (
        "active",
        "cus_Recorded01",
        "price_pro_monthly",
        "pro",
    )
    assert sub.period_start == datetime.fromtimestamp(PERIOD_START, UTC)
    assert sub.period_end == datetime.fromtimestamp(PERIOD_END, UTC)


@pytest.mark.parametrize(
    ("status", "error"),
    [(500, ProviderRetryable), (429, ProviderRetryable), (404, ProviderPermanent)],
)
@respx.mock
async def test_errors_are_mapped(status: int, error: type[Exception]) -> None:
    respx.get(f"{API}/v1/subscriptions/sub_x").mock(
        return_value=httpx.Response(
            status, json={"error": {"type": "invalid_request_error", "message": "no"}}
        )
    )
    with pytest.raises(error):
        await StripePayments(KEY).get_subscription("sub_x")


@respx.mock
async def test_a_webhook_event_is_applied_from_the_fetched_subscription(
    settings: Settings, db: Database, clock: FixedClock
) -> None:
    """With the Stripe adapter, an event whose own copy is stale (it says past_due) is applied
    from the subscription as Stripe returns it now (active)."""
    providers = Providers(payments=StripePayments(KEY))
    async with app_client(settings, db, clock=clock, providers=providers) as client:
        tenant: Tenant = await provision(client, name="Stripe Plumbing")
        current = {**SUBSCRIPTION, "metadata": {"plan": "pro", "business_id": tenant.id}}
        route = respx.get(f"{API}/v1/subscriptions/{current['id']}").mock(
            return_value=httpx.Response(200, json=current)
        )
        stale = {**current, "status": "past_due"}
        assert (
            await post_event(client, event("customer.subscription.updated", stale))
        ).status_code == 200
        await make_worker(db, clock, settings, providers).drain()
    assert route.called
    account = await account_of(db, tenant)
    assert account is not None
    assert (account.status, account.customer_ref, account.past_due_since) == (
        "active",
        "cus_Recorded01",
        None,
    )


@respx.mock
async def test_meter_event_create() -> None:
    """Usage of a metered plan: the request Stripe documents for a Billing Meter event, with
    the identifier doubling as the idempotency key."""
    from switchboard.integrations.payments.port import MeterEvent

    route = respx.post(f"{API}/v1/billing/meter_events").mock(
        return_value=httpx.Response(
            200,
            json={
                "object": "billing.meter_event",
                "created": 1772470000,
                "event_name": "switchboard_minutes",
                "identifier": "b1:minutes:20260302T16",
                "livemode": False,
                "payload": {"stripe_customer_id": "cus_Recorded01", "value": "7"},
                "timestamp": 1772470799,
            },
        )
    )
    at = datetime.fromtimestamp(1772470799, UTC)
    await StripePayments(KEY).report_usage(
        MeterEvent("switchboard_minutes", "cus_Recorded01", 7, "b1:minutes:20260302T16", at)
    )
    request = route.calls.last.request
    assert request.headers["Idempotency-Key"] == "meter-b1:minutes:20260302T16"
    assert _form(request) == {
        "event_name": "switchboard_minutes",
        "payload[stripe_customer_id]": "cus_Recorded01",
        "payload[value]": "7",
        "identifier": "b1:minutes:20260302T16",
        "timestamp": "1772470799",
    }
    respx.post(f"{API}/v1/billing/meter_events").mock(
        return_value=httpx.Response(
            400,
            json={"error": {"type": "invalid_request_error", "message": "No such customer"}},
        )
    )
    with pytest.raises(ProviderPermanent):
        await StripePayments(KEY).report_usage(
            MeterEvent("switchboard_minutes", "cus_Gone", 1, "b1:minutes:20260302T17", at)
        )
