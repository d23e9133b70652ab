"""The built-in bookkeeping: customers and invoices kept in memory, idempotent by reference."""

from __future__ import annotations

import uuid

from switchboard.integrations.accounting.port import Invoice
from switchboard.integrations.errors import ProviderPermanent


class OfflineAccounting:
    name = "offline"

    def __init__(self) -> None:
        self.customers: dict[str, str] = {}
        self.invoices: dict[str, tuple[str, Invoice]] = {}

    async def upsert_customer(self, client_reference: str, name: str, email: str | None) -> str:
        return self.customers.setdefault(client_reference, f"qboff{uuid.uuid4().hex[:10]}")

    async def create_invoice(self, invoice: Invoice) -> str:
        if invoice.customer_ref not in self.customers.values():
            raise ProviderPermanent("no such customer")
        if any(line.amount_cents < 0 for line in invoice.lines):
            raise ProviderPermanent("negative invoice line")
        existing = self.invoices.get(invoice.client_reference)
        if existing is not None:
            return existing[0]
        invoice_id = f"invoff{uuid.uuid4().hex[:10]}"
        self.invoices[invoice.client_reference] = (invoice_id, invoice)
        return invoice_id
