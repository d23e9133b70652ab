"""The built-in bookkeeping: customers and invoices per business, idempotent by reference.

Kept in memory for now; the QuickBooks work moves it into the database so a restart loses
nothing and the whole complete -> invoice -> paid flow runs without an account.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

from switchboard.integrations.accounting.port import (
    AccountingCustomer,
    AccountingPermanentError,
    Invoice,
    InvoiceState,
)


class OfflineAccounting:
    name = "offline"

    def __init__(self) -> None:
        self.customers: dict[tuple[uuid.UUID, str], str] = {}
        self.invoices: dict[tuple[uuid.UUID, str], InvoiceState] = {}

    async def upsert_customer(self, business_id: uuid.UUID, customer: AccountingCustomer) -> str:
        key = (business_id, customer.reference)
        return self.customers.setdefault(key, f"cus_off_{uuid.uuid4().hex[:10]}")

    async def create_invoice(self, business_id: uuid.UUID, invoice: Invoice) -> InvoiceState:
        known = {cid for (bid, _), cid in self.customers.items() if bid == business_id}
        if invoice.customer_id not in known:
            raise AccountingPermanentError("no such customer")
        if any(line.amount_cents < 0 for line in invoice.lines):
            raise AccountingPermanentError("negative invoice line")
        existing = self.invoices.get((business_id, invoice.reference))
        if existing is not None:
            return existing
        total = sum(line.amount_cents for line in invoice.lines)
        number = str(1001 + sum(1 for bid, _ in self.invoices if bid == business_id))
        state = InvoiceState(
            invoice_id=f"inv_off_{uuid.uuid4().hex[:10]}",
            number=number,
            status="open" if total else "paid",
            total_cents=total,
            balance_cents=total,
            reference=invoice.reference,
            updated_at=datetime.now(UTC),
        )
        self.invoices[(business_id, invoice.reference)] = state
        return state

    async def invoice(self, business_id: uuid.UUID, invoice_id: str) -> InvoiceState:
        for (bid, _), state in self.invoices.items():
            if bid == business_id and state.invoice_id == invoice_id:
                return state
        raise AccountingPermanentError("no such invoice")

    async def changed_invoices(self, business_id: uuid.UUID, since: datetime) -> list[InvoiceState]:
        return [
            state
            for (bid, _), state in self.invoices.items()
            if bid == business_id and state.updated_at is not None and state.updated_at > since
        ]

    async def record_payment(self, business_id: uuid.UUID, invoice_id: str, cents: int) -> None:
        """What a customer paying the invoice in the books looks like from here."""
        for key, state in self.invoices.items():
            if key[0] == business_id and state.invoice_id == invoice_id:
                balance = max(0, state.balance_cents - cents)
                self.invoices[key] = replace(
                    state,
                    balance_cents=balance,
                    status="paid" if balance == 0 else "open",
                    updated_at=datetime.now(UTC),
                )
                return
        raise AccountingPermanentError("no such invoice")
