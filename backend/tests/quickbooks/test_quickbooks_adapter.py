"""The QuickBooks adapter on recorded Intuit exchanges: customers found (reference, e-mail,
phone, name) or created once, invoices with their lines mapped to items, a duplicate reference
found not made twice, an unknown item named, 401 -> refresh -> retry with the rotated token
stored, a refused refresh marking the connection expired and paging the owner, throttling and
validation faults, invoice reads and change data capture."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import Text, select, type_coerce

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.accounting.port import (
    AccountingCustomer,
    AccountingNotConnected,
    AccountingPermanentError,
    AccountingTemporaryError,
    Invoice,
    InvoiceLine,
)
from switchboard.integrations.accounting.quickbooks import (
    MINOR_VERSION,
    QuickBooksAccounting,
    doc_number,
    escape,
    reference_tag,
)
from switchboard.jobs.worker import Worker
from switchboard.models.accounting import AccountingConnection
from switchboard.models.job import Job
from switchboard.models.message import Message
from tests.conftest import Tenant
from tests.quickbooks.conftest import connect
from tests.quickbooks.recorded import (
    ACCESS_REFRESHED,
    ACCESS_TOKEN,
    DUPLICATE_NAME,
    INVALID_CURRENCY,
    INVALID_GRANT,
    REFRESH_TOKEN,
    ROTATED_REFRESH,
    THROTTLED,
    UNAUTHORIZED,
    RecordedIntuit,
    customer,
    entity,
    invoice,
    item,
    query,
)
from tests.support import update_business

API = "https://sandbox-quickbooks.api.intuit.com/v3/company"
TOKEN_PATH = "/oauth2/v1/tokens/bearer"


@pytest.fixture
async def business(
    client: httpx.AsyncClient, tenant: Tenant, intuit: RecordedIntuit, realm: str
) -> uuid.UUID:
    """A business connected to its QuickBooks company (the recorded consent round trip)."""
    assert (await connect(client, tenant, intuit, realm)).status_code == 303
    intuit.requests.clear()
    return uuid.UUID(tenant.id)


async def _row(db: Database, business_id: uuid.UUID) -> AccountingConnection:
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test reads"):
        row = await uow.session.scalar(
            select(AccountingConnection).where(AccountingConnection.business_id == business_id)
        )
        assert row is not None
        uow.session.expunge(row)
        return row


def _ana(reference: str = "5b0f8a52-7d43-4a36-9a4e-0f3c1e2d9b11") -> AccountingCustomer:
    return AccountingCustomer(
        reference=reference, name="Ana O'Ruiz", email="ana@example.com", phone="+15125550143"
    )


def _job_invoice(reference: str, customer_id: str = "58", **kw: object) -> Invoice:
    values: dict[str, object] = {
        "reference": reference,
        "customer_id": customer_id,
        "currency": "USD",
        "lines": (
            InvoiceLine("Drain cleaning, kitchen", 15000, 1, "Drain cleaning"),
            InvoiceLine("Call-out fee", 4500, 1, None),
        ),
        "memo": "Thank you for your business",
    }
    values.update(kw)
    return Invoice(**values)  # type: ignore[arg-type]


def test_query_values_are_escaped() -> None:
    assert escape("Ana O'Ruiz") == "Ana O\\'Ruiz"
    assert escape("back\\slash'") == "back\\\\slash\\'"


# -- customers ----------------------------------------------------------------------------------
async def test_a_customer_is_found_by_email_with_the_token_and_minorversion(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, business: uuid.UUID, realm: str
) -> None:
    intuit.on(
        "GET",
        "/query",
        (200, query("Customer", customer("58", "Ana Ruiz", email="ana@example.com"))),
        where="PrimaryEmailAddr",
    )
    intuit.on("GET", "/query", (200, query("Customer")), where="DisplayName")
    assert await accounting.upsert_customer(business, _ana()) == "58"
    first = intuit.sent("GET", "/query")[0]
    assert str(first.url).startswith(f"{API}/{realm}/query?")
    assert first.url.params["minorversion"] == MINOR_VERSION
    assert first.headers["authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert first.headers["accept"] == "application/json"
    assert intuit.queries() == [
        "select * from Customer where PrimaryEmailAddr = 'ana@example.com' maxresults 50",
        "select * from Customer where DisplayName = 'Ana O\\'Ruiz' maxresults 50",
    ]
    assert not intuit.sent("POST", "/customer")


async def test_our_reference_wins_then_email_then_phone_then_name(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, business: uuid.UUID
) -> None:
    ana = _ana()
    by_name = customer("70", "Ana O'Ruiz")
    by_phone = customer("71", "Ana O'Ruiz", phone="(512) 555-0143")
    by_email = customer("72", "A. Ruiz", email="ANA@example.com")
    ours = customer("73", "Ana R.", notes=reference_tag(ana.reference))
    intuit.on("GET", "/query", (200, query("Customer", by_email, ours)), where="PrimaryEmail")
    intuit.on("GET", "/query", (200, query("Customer", by_name, by_phone)), where="DisplayName")
    assert await accounting.upsert_customer(business, ana) == "73"
    intuit.on("GET", "/query", (200, query("Customer", by_email)), where="PrimaryEmail")
    assert await accounting.upsert_customer(business, ana) == "72"
    intuit.on("GET", "/query", (200, query("Customer")), where="PrimaryEmail")
    assert await accounting.upsert_customer(business, ana) == "71"
    intuit.on("GET", "/query", (200, query("Customer", by_name)), where="DisplayName")
    assert await accounting.upsert_customer(business, ana) == "70"
    # Seven digits alone are not the same phone: another area code is another person.
    local = customer("74", "A. Ruiz", phone="555-0143")
    intuit.on("GET", "/query", (200, query("Customer", local, by_name)), where="DisplayName")
    assert await accounting.upsert_customer(business, ana) == "70"
    assert not intuit.sent("POST", "/customer")


async def test_a_missing_customer_is_created_once_with_our_reference(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, business: uuid.UUID
) -> None:
    intuit.on("GET", "/query", (200, query("Customer")))
    made = customer("58", "Ana O'Ruiz", email="ana@example.com", phone="+15125550143")
    intuit.on("POST", "/customer", (200, entity("Customer", made)))
    ana = _ana()
    assert await accounting.upsert_customer(business, ana) == "58"
    (create,) = intuit.sent("POST", "/customer")
    assert RecordedIntuit.body(create) == {
        "DisplayName": "Ana O'Ruiz",
        "Notes": f"Switchboard ref {ana.reference}",
        "PrimaryEmailAddr": {"Address": "ana@example.com"},
        "PrimaryPhone": {"FreeFormNumber": "+15125550143"},
    }
    assert create.headers["content-type"] == "application/json"
    request_id = create.url.params["requestid"]
    assert request_id.startswith("sb-cus-") and len(request_id) <= 50
    # Retried (the answer was lost): the same request id, so Intuit answers the same customer.
    assert await accounting.upsert_customer(business, ana) == "58"
    again = intuit.sent("POST", "/customer")[1]
    assert again.url.params["requestid"] == request_id


async def test_a_name_taken_by_a_vendor_gets_a_distinguishing_suffix(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, business: uuid.UUID
) -> None:
    intuit.on("GET", "/query", (200, query("Customer")))
    intuit.once(
        "POST",
        "/customer",
        (400, DUPLICATE_NAME),
        (200, entity("Customer", customer("59", "Ana O'Ruiz (5b0f8a52)"))),
    )
    assert await accounting.upsert_customer(business, _ana()) == "59"
    names = [RecordedIntuit.body(r)["DisplayName"] for r in intuit.sent("POST", "/customer")]
    assert names == ["Ana O'Ruiz", "Ana O'Ruiz (5b0f8a52)"]


# -- invoices -----------------------------------------------------------------------------------
async def test_an_invoice_is_created_with_items_doc_number_and_emailed_when_asked(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, business: uuid.UUID
) -> None:
    reference = "0d6c2b4e-91f3-4b8e-8a51-3c7e9f0a1b22"
    number = doc_number(reference)
    assert number == "SB-0d6c2b4e91f34b8e" and len(number) <= 21
    intuit.on("GET", "/query", (200, query("Invoice")), where="from Invoice")
    intuit.on(
        "GET", "/query", (200, query("Item", item("7", "Drain cleaning"))), where="Drain cleaning"
    )
    intuit.on("GET", "/query", (200, query("Item", item("1", "Services"))), where="'Services'")
    made = invoice(
        "239",
        number,
        total=195.0,
        note=reference_tag(reference),
        email_status="NeedToSend",
    )
    intuit.on("POST", "/invoice", (200, entity("Invoice", made)))
    sent = made | {"EmailStatus": "EmailSent"}
    intuit.on("POST", "/send", (200, entity("Invoice", sent)))

    state = await accounting.create_invoice(
        business, _job_invoice(reference, email_to="ana@example.com")
    )
    assert state.invoice_id == "239" and state.number == number
    assert state.status == "open"
    assert state.total_cents == 19500 and state.balance_cents == 19500
    assert state.reference == reference

    (create,) = intuit.sent_to("POST", "/invoice")
    body = RecordedIntuit.body(create)
    assert body["CustomerRef"] == {"value": "58"}
    assert body["DocNumber"] == number
    assert body["PrivateNote"] == f"Switchboard ref {reference}"
    assert body["CurrencyRef"] == {"value": "USD"}
    assert body["CustomerMemo"] == {"value": "Thank you for your business"}
    assert body["BillEmail"] == {"Address": "ana@example.com"}
    assert body["EmailStatus"] == "NeedToSend"
    assert body["Line"] == [
        {
            "DetailType": "SalesItemLineDetail",
            "Amount": 150.0,
            "Description": "Drain cleaning, kitchen",
            "SalesItemLineDetail": {
                "ItemRef": {"value": "7", "name": "Drain cleaning"},
                "Qty": 1,
                "UnitPrice": 150.0,
            },
        },
        {
            "DetailType": "SalesItemLineDetail",
            "Amount": 45.0,
            "Description": "Call-out fee",
            "SalesItemLineDetail": {
                "ItemRef": {"value": "1", "name": "Services"},
                "Qty": 1,
                "UnitPrice": 45.0,
            },
        },
    ]
    assert create.url.params["requestid"].startswith("sb-inv-")
    assert "TxnTaxDetail" not in body  # tax is left to the company's own settings
    (send,) = intuit.sent("POST", "/send")
    assert send.url.path.endswith("/invoice/239/send")
    assert send.url.params["sendTo"] == "ana@example.com"
    assert send.headers["content-type"] == "application/octet-stream"


async def test_an_invoice_already_made_for_the_reference_is_found_not_made_twice(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, business: uuid.UUID
) -> None:
    reference = "0d6c2b4e-91f3-4b8e-8a51-3c7e9f0a1b22"
    number = doc_number(reference)
    made = invoice("239", number, total=195.0, balance=0, note=reference_tag(reference))
    intuit.on("GET", "/query", (200, query("Invoice", made)), where=f"DocNumber = '{number}'")
    state = await accounting.create_invoice(business, _job_invoice(reference))
    assert state.invoice_id == "239" and state.status == "paid" and state.balance_cents == 0
    assert not intuit.sent("POST", "/invoice")
    assert all("from Item" not in q for q in intuit.queries())


async def test_a_duplicate_doc_number_answer_returns_the_existing_invoice(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, business: uuid.UUID
) -> None:
    reference = "1e6c2b4e-91f3-4b8e-8a51-3c7e9f0a1b22"
    number = doc_number(reference)
    made = invoice("240", number, total=195.0, note=reference_tag(reference))
    intuit.once("GET", "/query", (200, query("Invoice")), (200, query("Invoice", made)))
    intuit.on("GET", "/query", (200, query("Item", item("1", "Services"))), where="from Item")
    duplicate = {
        "Fault": {
            "Error": [
                {
                    "Message": "Duplicate Document Number Error",
                    "Detail": "Duplicate Document Number Error : You must specify a different "
                    "number. This number has already been used. DocNumber=" + number,
                    "code": "6140",
                    "element": "",
                }
            ],
            "type": "ValidationFault",
        },
        "time": "2026-03-02T07:00:00.000-08:00",
    }
    intuit.on("POST", "/invoice", (400, duplicate))
    lines = (InvoiceLine("Call-out fee", 19500),)
    state = await accounting.create_invoice(business, _job_invoice(reference, lines=lines))
    assert state.invoice_id == "240"
    assert len(intuit.sent("POST", "/invoice")) == 1


async def test_an_unknown_item_is_a_permanent_error_naming_it_and_nothing_is_sent(
    accounting: QuickBooksAccounting,
    intuit: RecordedIntuit,
    business: uuid.UUID,
    db: Database,
) -> None:
    intuit.on("GET", "/query", (200, query("Invoice")), where="from Invoice")
    intuit.on("GET", "/query", (200, query("Item")), where="Drain cleaning")
    intuit.on("GET", "/query", (200, query("Item", item("1", "Services"))), where="'Services'")
    with pytest.raises(AccountingPermanentError, match="'Drain cleaning'") as refused:
        await accounting.create_invoice(business, _job_invoice(str(uuid.uuid4())))
    assert not isinstance(refused.value, AccountingNotConnected)
    assert "create it in QuickBooks" in str(refused.value)
    assert not intuit.sent("POST", "/invoice")
    row = await _row(db, business)
    assert row.last_error is not None and "Drain cleaning" in row.last_error
    assert row.status == "connected"


async def test_a_validation_fault_is_permanent_with_intuits_message(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, business: uuid.UUID
) -> None:
    intuit.on("GET", "/query", (200, query("Invoice")), where="from Invoice")
    intuit.on("GET", "/query", (200, query("Item", item("1", "Services"))), where="from Item")
    intuit.on("POST", "/invoice", (400, INVALID_CURRENCY))
    lines = (InvoiceLine("Call-out fee", 4500),)
    with pytest.raises(AccountingPermanentError, match="Currency not enabled for this company"):
        await accounting.create_invoice(
            business, _job_invoice(str(uuid.uuid4()), currency="EUR", lines=lines)
        )


async def test_throttling_and_server_errors_are_temporary(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, business: uuid.UUID, db: Database
) -> None:
    intuit.once("GET", "/invoice/239", (429, THROTTLED))
    with pytest.raises(AccountingTemporaryError, match="429"):
        await accounting.invoice(business, "239")
    intuit.once("GET", "/invoice/239", (503, {}))
    with pytest.raises(AccountingTemporaryError, match="503"):
        await accounting.invoice(business, "239")
    # Retried by the caller, not kept as the connection's problem.
    assert (await _row(db, business)).last_error is None
    intuit.on("GET", "/invoice/239", (200, entity("Invoice", invoice("239", "1070", total=10))))
    assert (await accounting.invoice(business, "239")).number == "1070"


# -- tokens -------------------------------------------------------------------------------------
async def test_a_401_refreshes_once_stores_the_rotated_token_and_retries(
    accounting: QuickBooksAccounting,
    intuit: RecordedIntuit,
    business: uuid.UUID,
    db: Database,
    clock: FixedClock,
) -> None:
    intuit.on("GET", "/invoice/239", (200, entity("Invoice", invoice("239", "1070", total=10))))
    intuit.once("GET", "/invoice/239", (401, UNAUTHORIZED))
    assert (await accounting.invoice(business, "239")).invoice_id == "239"
    first, second = intuit.sent("GET", "/invoice/239")
    assert first.headers["authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert second.headers["authorization"] == f"Bearer {ACCESS_REFRESHED}"
    (refresh,) = intuit.sent("POST", TOKEN_PATH)
    assert RecordedIntuit.form(refresh) == {
        "grant_type": "refresh_token",
        "refresh_token": REFRESH_TOKEN,
    }
    row = await _row(db, business)
    assert row.refresh_token == ROTATED_REFRESH and row.access_token == ACCESS_REFRESHED
    assert row.access_expires_at == clock.now() + timedelta(hours=1)
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test reads raw"):
        raw = await uow.session.scalar(
            select(type_coerce(AccountingConnection.refresh_token, Text)).where(
                AccountingConnection.business_id == business
            )
        )
    assert raw is not None and ROTATED_REFRESH not in raw
    # The next call uses the newest refresh token when the access token lapses.
    clock.advance(timedelta(hours=2))
    await accounting.invoice(business, "239")
    assert RecordedIntuit.form(intuit.sent("POST", TOKEN_PATH)[1])["refresh_token"] == (
        ROTATED_REFRESH
    )


async def test_a_second_401_after_refreshing_is_not_retried_again(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, business: uuid.UUID
) -> None:
    intuit.on("GET", "/invoice/239", (401, UNAUTHORIZED))
    with pytest.raises(AccountingNotConnected):
        await accounting.invoice(business, "239")
    assert len(intuit.sent("GET", "/invoice/239")) == 2
    assert len(intuit.sent("POST", TOKEN_PATH)) == 1


async def test_a_refused_refresh_marks_the_connection_expired_and_pages_the_owner(
    accounting: QuickBooksAccounting,
    intuit: RecordedIntuit,
    business: uuid.UUID,
    db: Database,
    clock: FixedClock,
    client: httpx.AsyncClient,
    tenant: Tenant,
    worker: Worker,
) -> None:
    await update_business(db, tenant.id, owner_phone="+15125550199")
    clock.advance(timedelta(hours=2))  # the access token lapsed
    intuit.on("POST", TOKEN_PATH, (400, INVALID_GRANT))
    with pytest.raises(AccountingNotConnected, match="connect QuickBooks again"):
        await accounting.invoice(business, "239")
    assert not intuit.sent("GET", "/invoice/239")
    row = await _row(db, business)
    assert row.status == "expired" and row.access_token is None
    assert row.last_error is not None and "refresh token" in row.last_error
    view = (await client.get("/v1/owner/integrations/quickbooks", headers=tenant.owner)).json()
    assert view["status"] == "expired" and "connect QuickBooks again" in view["last_error"]
    # Every later call fails at once, without asking Intuit.
    with pytest.raises(AccountingNotConnected):
        await accounting.upsert_customer(business, _ana())
    assert len(intuit.sent("POST", TOKEN_PATH)) == 1
    # The owner is paged once, in their language.
    await worker.drain()
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test reads"):
        pages = (
            (
                await uow.session.execute(
                    select(Message).where(
                        Message.business_id == business, Message.kind == "owner_alert"
                    )
                )
            )
            .scalars()
            .all()
        )
        alerts = (
            (
                await uow.session.execute(
                    select(Job).where(
                        Job.business_id == business,
                        Job.kind == "accounting.quickbooks.reconnect_alert",
                    )
                )
            )
            .scalars()
            .all()
        )
    assert len(alerts) == 1
    (page,) = pages
    assert "QuickBooks" in page.body and "Connect QuickBooks again" in page.body


async def test_calls_without_a_connection_are_not_connected(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, other_tenant: Tenant
) -> None:
    with pytest.raises(AccountingNotConnected):
        await accounting.upsert_customer(uuid.UUID(other_tenant.id), _ana())
    assert not intuit.requests


# -- reads and change data capture ------------------------------------------------------------
async def test_changed_invoices_come_from_cdc(
    accounting: QuickBooksAccounting,
    intuit: RecordedIntuit,
    business: uuid.UUID,
    clock: FixedClock,
) -> None:
    reference = "0d6c2b4e-91f3-4b8e-8a51-3c7e9f0a1b22"
    paid = invoice(
        "239",
        doc_number(reference),
        total=195.0,
        balance=0,
        note=reference_tag(reference),
        when="2026-03-02T08:10:00-08:00",
    )
    deleted = {
        "domain": "QBO",
        "status": "Deleted",
        "Id": "240",
        "MetaData": {"LastUpdatedTime": "2026-03-02T08:12:00-08:00"},
    }
    cdc = {
        "CDCResponse": [
            {"QueryResponse": [{"Invoice": [paid, deleted], "startPosition": 1, "maxResults": 2}]}
        ],
        "time": "2026-03-02T08:15:00.000-08:00",
    }
    intuit.on("GET", "/cdc", (200, cdc))
    since = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
    changed = await accounting.changed_invoices(business, since)
    (request,) = intuit.sent("GET", "/cdc")
    assert request.url.params["entities"] == "Invoice"
    assert request.url.params["changedSince"] == "2026-03-02T14:00:00+00:00"
    assert [(c.invoice_id, c.status, c.reference) for c in changed] == [
        ("239", "paid", reference),
        ("240", "voided", None),
    ]
    assert changed[0].updated_at == datetime(2026, 3, 2, 16, 10, tzinfo=UTC)
    # Intuit looks back 30 days at most: an older mark is asked from there.
    await accounting.changed_invoices(business, clock.now() - timedelta(days=90))
    asked = datetime.fromisoformat(intuit.sent("GET", "/cdc")[1].url.params["changedSince"])
    assert clock.now() - timedelta(days=30) < asked < clock.now() - timedelta(days=29)


async def test_an_invoice_id_is_a_number(
    accounting: QuickBooksAccounting, intuit: RecordedIntuit, business: uuid.UUID
) -> None:
    with pytest.raises(AccountingPermanentError):
        await accounting.invoice(business, "../customer/1")
    assert not intuit.requests
