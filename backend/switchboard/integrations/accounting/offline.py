"""The built-in bookkeeping: customers and invoices per business, kept in the database.

It is the default provider (`ACCOUNTING_PROVIDER=offline`) and the one tests inject, so the
whole complete -> invoice -> paid flow runs without an account. Customers and invoices live in
`offline_accounting_customers` and `offline_accounting_invoices`, so a restart (or a separate
worker process) loses nothing. The port is keyed by business, so rows are read and written in
a short unit of work of its own under an explicit system scope filtered by the business asked
about (the export job calls it with no transaction open).

What the owner would do in the books themselves: `record_payment` (a customer paid),
`void`. `failing` ("temporary" / "permanent") makes every port call fail that way until
cleared, as real books can; `missing_items` names catalogue items the books do not know (an
invoice line naming one is refused permanently, as QuickBooks refuses an unknown item).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from switchboard.core.clock import Clock, SystemClock
from switchboard.core.db import Database
from switchboard.integrations.accounting.port import (
    AccountingCustomer,
    AccountingPermanentError,
    AccountingTemporaryError,
    Invoice,
    InvoiceState,
    InvoiceStatusName,
)
from switchboard.models.accounting import OfflineAccountingCustomer, OfflineAccountingInvoice

_SCOPE = "offline accounting"
FIRST_NUMBER = 1001


def realm_for(business_id: uuid.UUID) -> str:
    """The company id the offline books give a business (webhooks name it)."""
    return f"offline-{business_id.hex}"


class OfflineAccounting:
    name = "offline"

    def __init__(self, database: Database | None = None, clock: Clock | None = None) -> None:
        self._db = database
        self._clock: Clock = clock or SystemClock()
        # "temporary" or "permanent" makes every port call fail that way until cleared.
        self.failing: str | None = None
        self.missing_items: set[str] = set()
        self.calls = 0

    def attach(self, database: Database, clock: Clock) -> None:
        """The app (or worker) hands over its database and clock; ones given already stay."""
        if self._db is None:
            self._db = database
            self._clock = clock

    @property
    def db(self) -> Database:
        if self._db is None:
            raise AccountingPermanentError("the offline books have no database attached")
        return self._db

    def _maybe_fail(self) -> None:
        self.calls += 1
        if self.failing == "temporary":
            raise AccountingTemporaryError("offline books told to fail temporarily")
        if self.failing == "permanent":
            raise AccountingPermanentError("offline books told to fail permanently")

    # -- the port ----------------------------------------------------------------------------
    async def upsert_customer(self, business_id: uuid.UUID, customer: AccountingCustomer) -> str:
        self._maybe_fail()
        async with self.db.unit_of_work() as uow, uow.system_scope(_SCOPE):
            session = uow.session
            mine = OfflineAccountingCustomer.business_id == business_id
            found = await session.scalar(
                select(OfflineAccountingCustomer).where(
                    mine, OfflineAccountingCustomer.reference == customer.reference
                )
            )
            for field, value in (
                ("email", customer.email),
                ("phone", customer.phone),
                ("name", customer.name),
            ):
                if found is not None or not value:
                    continue
                column = getattr(OfflineAccountingCustomer, field)
                match = func.lower(column) == value.lower() if field != "phone" else column == value
                found = await session.scalar(
                    select(OfflineAccountingCustomer)
                    .where(mine, match)
                    .order_by(OfflineAccountingCustomer.created_at)
                    .limit(1)
                )
            if found is None:
                new = OfflineAccountingCustomer(
                    business_id=business_id,
                    external_id=f"cus_off_{uuid.uuid4().hex[:12]}",
                    reference=customer.reference,
                    name=customer.name,
                )
                if await _added(session, new):
                    found = new
                else:  # the same reference made at the same moment by another export
                    found = await session.scalar(
                        select(OfflineAccountingCustomer).where(
                            mine, OfflineAccountingCustomer.reference == customer.reference
                        )
                    )
                    if found is None:
                        raise AccountingTemporaryError("the offline books were busy")
            # The books keep the latest contact details they were given.
            found.name = customer.name or found.name
            found.email = customer.email or found.email
            found.phone = customer.phone or found.phone
            await session.flush()
            return found.external_id

    async def create_invoice(self, business_id: uuid.UUID, invoice: Invoice) -> InvoiceState:
        self._maybe_fail()
        async with self.db.unit_of_work() as uow, uow.system_scope(_SCOPE):
            session = uow.session
            existing = await session.scalar(
                select(OfflineAccountingInvoice).where(
                    OfflineAccountingInvoice.business_id == business_id,
                    OfflineAccountingInvoice.reference == invoice.reference,
                )
            )
            if existing is not None:
                return _state(existing)
            customer = await session.scalar(
                select(OfflineAccountingCustomer.id).where(
                    OfflineAccountingCustomer.business_id == business_id,
                    OfflineAccountingCustomer.external_id == invoice.customer_id,
                )
            )
            if customer is None:
                raise AccountingPermanentError("no such customer in the books")
            if any(line.amount_cents < 0 for line in invoice.lines):
                raise AccountingPermanentError("negative invoice line")
            missing = sorted(
                {line.item_name for line in invoice.lines if line.item_name} & self.missing_items
            )
            if missing:
                raise AccountingPermanentError(f"the books have no item named {', '.join(missing)}")
            total = sum(line.amount_cents for line in invoice.lines)
            for _ in range(5):
                count = await session.scalar(
                    select(func.count())
                    .select_from(OfflineAccountingInvoice)
                    .where(OfflineAccountingInvoice.business_id == business_id)
                )
                row = OfflineAccountingInvoice(
                    business_id=business_id,
                    external_id=f"inv_off_{uuid.uuid4().hex[:12]}",
                    number=str(FIRST_NUMBER + int(count or 0)),
                    reference=invoice.reference,
                    customer_external_id=invoice.customer_id,
                    currency=invoice.currency,
                    status="open" if total else "paid",
                    total_cents=total,
                    balance_cents=total,
                    lines=[
                        {
                            "description": line.description,
                            "item_name": line.item_name,
                            "quantity": line.quantity,
                            "amount_cents": line.amount_cents,
                        }
                        for line in invoice.lines
                    ],
                    memo=invoice.memo,
                    emailed_to=invoice.email_to,
                    changed_at=self._clock.now(),
                )
                if await _added(session, row):
                    return _state(row)
                # Another invoice took the number (or this reference) meanwhile.
                made = await session.scalar(
                    select(OfflineAccountingInvoice).where(
                        OfflineAccountingInvoice.business_id == business_id,
                        OfflineAccountingInvoice.reference == invoice.reference,
                    )
                )
                if made is not None:
                    return _state(made)
            raise AccountingTemporaryError("the offline books were busy")

    async def invoice(self, business_id: uuid.UUID, invoice_id: str) -> InvoiceState:
        self._maybe_fail()
        async with self.db.unit_of_work(read_only=True) as uow, uow.system_scope(_SCOPE):
            row = await _invoice(uow.session, business_id, invoice_id)
            return _state(row)

    async def changed_invoices(self, business_id: uuid.UUID, since: datetime) -> list[InvoiceState]:
        self._maybe_fail()
        async with self.db.unit_of_work(read_only=True) as uow, uow.system_scope(_SCOPE):
            rows = await uow.session.scalars(
                select(OfflineAccountingInvoice)
                .where(
                    OfflineAccountingInvoice.business_id == business_id,
                    OfflineAccountingInvoice.changed_at > since,
                )
                .order_by(OfflineAccountingInvoice.changed_at)
            )
            return [_state(row) for row in rows]

    # -- what happens in the books themselves ------------------------------------------------
    async def record_payment(self, business_id: uuid.UUID, invoice_id: str, cents: int) -> None:
        """A customer paid (part of) the invoice in the books."""
        if cents <= 0:
            raise AccountingPermanentError("a payment is a positive amount")
        async with self.db.unit_of_work() as uow, uow.system_scope(_SCOPE):
            row = await _invoice(uow.session, business_id, invoice_id)
            if row.status == "voided":
                raise AccountingPermanentError("the invoice is void")
            row.balance_cents = max(0, row.balance_cents - cents)
            row.status = "paid" if row.balance_cents == 0 else "open"
            row.changed_at = self._clock.now()

    async def void(self, business_id: uuid.UUID, invoice_id: str) -> None:
        async with self.db.unit_of_work() as uow, uow.system_scope(_SCOPE):
            row = await _invoice(uow.session, business_id, invoice_id)
            row.status, row.balance_cents = "voided", 0
            row.changed_at = self._clock.now()

    async def invoices(self, business_id: uuid.UUID) -> list[OfflineAccountingInvoice]:
        """Every invoice the books hold for the business (tests, `make run` inspection)."""
        async with self.db.unit_of_work(read_only=True) as uow, uow.system_scope(_SCOPE):
            rows = await uow.session.scalars(
                select(OfflineAccountingInvoice)
                .where(OfflineAccountingInvoice.business_id == business_id)
                .order_by(OfflineAccountingInvoice.number)
            )
            return list(rows)

    async def customers(self, business_id: uuid.UUID) -> list[OfflineAccountingCustomer]:
        async with self.db.unit_of_work(read_only=True) as uow, uow.system_scope(_SCOPE):
            rows = await uow.session.scalars(
                select(OfflineAccountingCustomer).where(
                    OfflineAccountingCustomer.business_id == business_id
                )
            )
            return list(rows)

    async def find_invoice(self, business_id: uuid.UUID, key: str) -> InvoiceState | None:
        """By invoice id or by reference (our appointment id)."""
        async with self.db.unit_of_work(read_only=True) as uow, uow.system_scope(_SCOPE):
            row = await uow.session.scalar(
                select(OfflineAccountingInvoice).where(
                    OfflineAccountingInvoice.business_id == business_id,
                    or_(
                        OfflineAccountingInvoice.external_id == key,
                        OfflineAccountingInvoice.reference == key,
                    ),
                )
            )
            return None if row is None else _state(row)


async def _added(session: AsyncSession, row: object) -> bool:
    """Insert `row` in a savepoint; False when a unique constraint refused it (PostgreSQL: a
    concurrent export made the same customer or number first)."""
    try:
        async with session.begin_nested():
            session.add(row)
            await session.flush()
    except IntegrityError:
        return False
    return True


async def _invoice(
    session: AsyncSession, business_id: uuid.UUID, invoice_id: str
) -> OfflineAccountingInvoice:
    row: OfflineAccountingInvoice | None = await session.scalar(
        select(OfflineAccountingInvoice).where(
            OfflineAccountingInvoice.business_id == business_id,
            OfflineAccountingInvoice.external_id == invoice_id,
        )
    )
    if row is None:
        raise AccountingPermanentError("no such invoice")
    return row


def _state(row: OfflineAccountingInvoice) -> InvoiceState:
    status: InvoiceStatusName = (
        row.status if row.status in ("open", "paid", "voided") else "open"  # type: ignore[assignment]
    )
    return InvoiceState(
        invoice_id=row.external_id,
        number=row.number,
        status=status,
        total_cents=row.total_cents,
        balance_cents=row.balance_cents,
        reference=row.reference,
        updated_at=row.changed_at,
    )
