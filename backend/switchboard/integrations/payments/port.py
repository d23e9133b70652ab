"""Subscription billing for a tenant, as the billing domain sees any payments provider.

Objects are read back by id (`get_subscription`, `get_invoice`, `get_checkout`) so that an
event is applied from the object's current state, never from the event's own, possibly stale,
copy. The Stripe webhook itself is a route (billing/webhook_router.py), not part of the port."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

# Our subscription states; the provider's names are mapped onto these by each adapter.
SUBSCRIPTION_STATES = ("trialing", "active", "past_due", "unpaid", "cancelled", "incomplete")


@dataclass(frozen=True)
class CheckoutRequest:
    business_id: str
    plan: str
    price_ref: str | None
    amount_cents: int
    currency: str
    trial_days: int
    success_url: str
    cancel_url: str
    customer_ref: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class CheckoutSession:
    provider_id: str
    url: str


@dataclass(frozen=True)
class CheckoutState:
    ref: str
    status: str
    customer_ref: str | None
    subscription_ref: str | None
    business_id: str | None


@dataclass(frozen=True)
class SubscriptionState:
    ref: str
    customer_ref: str
    status: str
    price_ref: str | None
    period_start: datetime | None
    period_end: datetime | None
    trial_end: datetime | None
    cancel_at_period_end: bool
    business_id: str | None
    plan: str | None = None


@dataclass(frozen=True)
class InvoiceState:
    ref: str
    customer_ref: str
    subscription_ref: str | None
    status: str
    number: str | None
    amount_due_cents: int
    amount_paid_cents: int
    currency: str
    hosted_url: str | None
    period_start: datetime | None
    period_end: datetime | None
    created: datetime
    business_id: str | None


@dataclass(frozen=True)
class MeterEvent:
    """Usage reported to a metered price: `value` of `event_name` for one customer at one
    moment. `identifier` makes a repeat of the same report a no-op at the provider."""

    event_name: str
    customer_ref: str
    value: int
    identifier: str
    timestamp: datetime


class PaymentsPort(Protocol):
    name: str

    async def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        """A hosted checkout for a subscription to the plan; `url` is where the owner goes."""
        ...

    async def create_portal(self, customer_ref: str, return_url: str) -> str:
        """A customer portal session; returns its URL."""
        ...

    async def get_checkout(self, ref: str) -> CheckoutState: ...

    async def get_subscription(self, ref: str) -> SubscriptionState: ...

    async def get_invoice(self, ref: str) -> InvoiceState: ...

    async def undelivered_events(self) -> list[dict[str, Any]]:
        """Events the provider has not delivered by webhook (the offline provider simulates
        its webhooks this way); Stripe delivers its own and returns none."""
        ...

    async def mark_delivered(self, event_refs: list[str]) -> None: ...

    async def report_usage(self, event: MeterEvent) -> None:
        """One meter event; the same `identifier` twice counts once."""
        ...
