"""The built-in payments provider: customers and checkouts kept in memory."""

from __future__ import annotations

import uuid

from switchboard.integrations.errors import ProviderPermanent
from switchboard.integrations.payments.port import CheckoutSession


class OfflinePayments:
    name = "offline"

    def __init__(self) -> None:
        self.customers: dict[str, str] = {}
        self.checkouts: dict[str, tuple[str, str]] = {}

    async def create_customer(self, business_id: str, email: str | None) -> str:
        return self.customers.setdefault(business_id, f"cus_off_{uuid.uuid4().hex[:14]}")

    async def create_checkout(
        self, customer_id: str, plan: str, success_url: str, cancel_url: str
    ) -> CheckoutSession:
        if customer_id not in self.customers.values():
            raise ProviderPermanent("no such customer")
        session_id = f"cs_off_{uuid.uuid4().hex[:14]}"
        self.checkouts[session_id] = (customer_id, plan)
        # Offline checkout "completes" by returning straight to the success page.
        return CheckoutSession(session_id, success_url)
