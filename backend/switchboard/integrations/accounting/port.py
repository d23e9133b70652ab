"""Bookkeeping: customers and invoices for completed jobs (e.g. QuickBooks Online)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class InvoiceLine:
    description: str
    amount_cents: int


@dataclass(frozen=True)
class Invoice:
    customer_ref: str
    currency: str  # ISO 4217
    lines: tuple[InvoiceLine, ...]
    client_reference: str  # our appointment id: a retried export does not invoice twice


class AccountingPort(Protocol):
    name: str

    async def upsert_customer(self, client_reference: str, name: str, email: str | None) -> str: ...

    async def create_invoice(self, invoice: Invoice) -> str:
        """Returns the provider's invoice id; the same `client_reference` yields the same id."""
        ...
