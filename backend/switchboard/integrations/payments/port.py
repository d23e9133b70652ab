"""Subscription billing for a tenant (the Stripe webhook is a route, not a port)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class CheckoutSession:
    provider_id: str
    url: str


class PaymentsPort(Protocol):
    name: str

    async def create_customer(self, business_id: str, email: str | None) -> str:
        """Returns the provider's customer id; the same business id yields the same id."""
        ...

    async def create_checkout(
        self, customer_id: str, plan: str, success_url: str, cancel_url: str
    ) -> CheckoutSession: ...
