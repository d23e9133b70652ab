"""Bookkeeping: customers and invoices for completed jobs (e.g. QuickBooks Online).

Services see only this Protocol and these data classes. Every call names the business: a
provider that keeps per-business grants (QuickBooks: a realm and its tokens) looks them up
itself. An adapter maps vendor errors to `AccountingTemporaryError` (retry later) or
`AccountingPermanentError` (retrying cannot help; shown to the owner with a retry button once
fixed, e.g. an item missing in QuickBooks).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol


class AccountingError(Exception):
    pass


class AccountingTemporaryError(AccountingError):
    """Timeout, throttling (429), 5xx: try again later."""


class AccountingPermanentError(AccountingError):
    """A refused request (validation, an unknown item): retrying the same call cannot help."""


class AccountingNotConnected(AccountingPermanentError):
    """The business has no usable grant: never connected, disconnected, or the refresh token
    expired or was revoked (the owner is told to reconnect)."""


@dataclass(frozen=True)
class AccountingCustomer:
    reference: str  # our customer id: the same reference never creates a second customer
    name: str
    email: str | None = None
    phone: str | None = None  # E.164


@dataclass(frozen=True)
class InvoiceLine:
    description: str
    amount_cents: int  # the line total
    quantity: int = 1
    # The catalogue service the line came from (mapped to an item/service of the books by name);
    # None for a free-text line.
    item_name: str | None = None


@dataclass(frozen=True)
class Invoice:
    reference: str  # our appointment id: a retried export never invoices twice
    customer_id: str  # the provider's customer id (from upsert_customer)
    currency: str  # ISO 4217
    lines: tuple[InvoiceLine, ...]
    memo: str = ""
    email_to: str | None = None  # when set, the books email the invoice to the customer


InvoiceStatusName = Literal["open", "paid", "voided"]


@dataclass(frozen=True)
class InvoiceState:
    invoice_id: str
    number: str  # the number the books show (QuickBooks: DocNumber)
    status: InvoiceStatusName
    total_cents: int
    balance_cents: int
    reference: str | None = None  # our appointment id when the invoice is ours
    updated_at: datetime | None = None


class AccountingPort(Protocol):
    name: str

    async def upsert_customer(self, business_id: uuid.UUID, customer: AccountingCustomer) -> str:
        """The provider's customer id: found by reference, then email, phone, display name;
        created only when none matches."""
        ...

    async def create_invoice(self, business_id: uuid.UUID, invoice: Invoice) -> InvoiceState:
        """Create the invoice, or return the one already made for `invoice.reference`."""
        ...

    async def invoice(self, business_id: uuid.UUID, invoice_id: str) -> InvoiceState:
        """The invoice as the books hold it now (status, balance)."""
        ...

    async def changed_invoices(self, business_id: uuid.UUID, since: datetime) -> list[InvoiceState]:
        """Invoices changed since `since` (QuickBooks: change data capture): the catch-up when
        a webhook was missed."""
        ...
