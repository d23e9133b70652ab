"""QuickBooks Online (Accounting API v3) over httpx, with each business's own Intuit grant.

- Every request names the company (`/v3/company/{realmId}/...`) and the `minorversion` the
  code was written against (75: Intuit retired 1-74 in 2025 and answers 75 by default).
- Tokens: the access token (one hour) and the rotating refresh token (about 100 days) live
  in `accounting_connections`, encrypted; the access token is refreshed five minutes before it
  lapses and on a 401 (once, then the call is retried once). Every refresh stores the newest
  refresh token before the call goes on. A refused refresh (`invalid_grant`) marks the
  connection `expired` and every call fails with `AccountingNotConnected` until the owner
  connects again.
- Errors: 429 and 5xx (and no answer) are `AccountingTemporaryError`; 400 (a validation
  fault) is `AccountingPermanentError` with Intuit's own message; the last refusal is kept on
  the connection for the owner and the admin console.
- Customers: looked up by e-mail (`PrimaryEmailAddr`) and by `DisplayName` (the fields Intuit's
  query language filters on; a phone number cannot be filtered on); among those found, the one
  carrying our reference in its `Notes` wins, then the same e-mail, the same phone, the same
  name. Created only when none matches; quotes are escaped in every query.
- Invoices: `DocNumber` is `SB-` and 16 hex digits derived from our reference (QuickBooks allows
  21 characters), so a retried export finds the invoice already made; creates also carry
  Intuit's `requestid` (a digest of the reference and the request body), so a create whose
  answer was lost is answered again, not made twice. Lines map to QuickBooks items by name
  (a free-text line to the "Services" item every company starts with); an unknown item is a
  permanent error naming it, so the owner can create it in QuickBooks and retry.
- Changes: change data capture (`/cdc?entities=Invoice&changedSince=`), at most 30 days back
  as Intuit allows.

The port is called outside a database transaction (a job's perform step): token rotation is
written in a short transaction of its own.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol

import httpx

from switchboard.core.clock import Clock, SystemClock
from switchboard.integrations.accounting.intuit_oauth import GrantRefused, IntuitOAuth, IntuitTokens
from switchboard.integrations.accounting.port import (
    AccountingCustomer,
    AccountingNotConnected,
    AccountingPermanentError,
    AccountingTemporaryError,
    Invoice,
    InvoiceLine,
    InvoiceState,
    InvoiceStatusName,
)
from switchboard.integrations.errors import ProviderError

BASE_URLS = {
    "sandbox": "https://sandbox-quickbooks.api.intuit.com",
    "production": "https://quickbooks.api.intuit.com",
}
MINOR_VERSION = "75"
FREE_TEXT_ITEM = "Services"
_EARLY = timedelta(minutes=5)
CDC_LOOKBACK = timedelta(days=30)
_DUPLICATE_NAME = "6240"
_DUPLICATE_DOC_NUMBER = "6140"


@dataclass(frozen=True)
class QuickBooksGrant:
    business_id: uuid.UUID
    realm_id: str
    status: str  # connected | expired | disconnected
    refresh_token: str | None
    access_token: str | None
    access_expires_at: datetime | None


class GrantStore(Protocol):
    """Where the adapter reads and keeps each business's grant (accounting_account/store.py)."""

    async def grant(self, business_id: uuid.UUID) -> QuickBooksGrant | None: ...

    async def save_tokens(
        self, business_id: uuid.UUID, previous_refresh: str, tokens: IntuitTokens
    ) -> None: ...

    async def mark_expired(
        self, business_id: uuid.UUID, refresh_token: str, detail: str
    ) -> None: ...

    async def record_error(self, business_id: uuid.UUID, detail: str) -> None: ...


def escape(value: str) -> str:
    """A value inside single quotes of Intuit's query language."""
    return value.replace("\\", "\\\\").replace("'", "\\'")


def reference_tag(reference: str) -> str:
    return f"Switchboard ref {reference}"


def doc_number(reference: str) -> str:
    try:
        digits = uuid.UUID(reference).hex
    except ValueError:
        digits = hashlib.sha256(reference.encode()).hexdigest()
    return f"SB-{digits[:16]}"


def request_id(kind: str, reference: str, body: dict[str, Any]) -> str:
    """Intuit's idempotency key (at most 50 characters, unique per company): the same
    reference and the same body are the same request; a changed body (an item created since)
    is a new one, so a refused request is never replayed as refused."""
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return f"sb-{kind}-" + hashlib.sha256(f"{reference}\n{text}".encode()).hexdigest()[:40]


def _cents(value: Any) -> int:
    return int((Decimal(str(value or 0)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _money(cents: int) -> float:
    return float(Decimal(cents) / 100)


def _digits(phone: str | None) -> str:
    return re.sub(r"\D", "", phone or "")


def _same_phone(ours: str | None, theirs: str | None) -> bool:
    # E.164 on our side; QuickBooks keeps whatever the owner typed (often without the country
    # code, sometimes with a trunk 0): the national number must match, 9 digits at least.
    a, b = _digits(ours).lstrip("0"), _digits(theirs).lstrip("0")
    if len(a) < 9 or len(b) < 9:
        return False
    return a.endswith(b) or b.endswith(a)


def _when(text: Any) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def invoice_state(entity: dict[str, Any]) -> InvoiceState:
    """An Invoice (or a CDC "Deleted" stub) as the port reports it."""
    note = str(entity.get("PrivateNote") or "")
    match = re.search(r"Switchboard ref (\S+)", note)
    updated = _when((entity.get("MetaData") or {}).get("LastUpdatedTime"))
    if entity.get("status") == "Deleted":
        status: InvoiceStatusName = "voided"
    else:
        total, balance = _cents(entity.get("TotalAmt")), _cents(entity.get("Balance"))
        # A voided invoice keeps its lines at zero and QuickBooks notes "Voided".
        if total == 0 and note.startswith("Voided"):
            status = "voided"
        elif balance == 0 and total > 0:
            status = "paid"
        else:
            status = "open"
    return InvoiceState(
        invoice_id=str(entity.get("Id", "")),
        number=str(entity.get("DocNumber") or ""),
        status=status,
        total_cents=_cents(entity.get("TotalAmt")),
        balance_cents=_cents(entity.get("Balance")),
        reference=match.group(1) if match else None,
        updated_at=updated,
    )


def _fault(response: httpx.Response) -> tuple[str, str]:
    """(Intuit's error code, its message and detail) from a Fault body."""
    try:
        body = response.json()
    except ValueError:
        return "", ""
    fault = body.get("Fault") or body.get("fault") or {}
    errors = fault.get("Error") or fault.get("error") or []
    if not errors:
        return "", ""
    first = errors[0]
    message = str(first.get("Message") or first.get("message") or "")
    detail = str(first.get("Detail") or first.get("detail") or "")
    code = str(first.get("code") or "")
    text = f"{message}: {detail}" if detail and detail != message else message
    return code, text


class QuickBooksError(AccountingPermanentError):
    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class QuickBooksAccounting:
    name = "quickbooks"

    def __init__(
        self,
        oauth: IntuitOAuth,
        *,
        environment: str = "sandbox",
        timeout_s: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
        store: GrantStore | None = None,
        clock: Clock | None = None,
    ) -> None:
        if environment not in BASE_URLS:
            raise ValueError(f"QUICKBOOKS_ENVIRONMENT={environment!r} is not sandbox/production")
        self.oauth = oauth
        self.environment = environment
        self.base_url = BASE_URLS[environment]
        self._client = httpx.AsyncClient(timeout=timeout_s, transport=transport)
        self._store = store
        self._clock: Clock = clock or SystemClock()
        self._locks: dict[uuid.UUID, asyncio.Lock] = {}

    def attach(self, store: GrantStore, clock: Clock | None = None) -> None:
        if self._store is None:
            self._store = store
        if clock is not None:
            self._clock = clock

    async def aclose(self) -> None:
        await self._client.aclose()
        await self.oauth.aclose()

    async def check(self) -> str:
        """The admin console's platform check: the adapter is configured (each tenant's
        connection is checked from its own row)."""
        return f"QuickBooks Online ({self.environment}), minorversion {MINOR_VERSION}"

    # -- grant and token -----------------------------------------------------------------------
    async def _grant(self, business_id: uuid.UUID) -> QuickBooksGrant:
        if self._store is None:
            raise AccountingPermanentError("quickbooks: no grant store attached")
        grant = await self._store.grant(business_id)
        if grant is None or grant.status != "connected" or not grant.refresh_token:
            state = "not connected" if grant is None else grant.status
            raise AccountingNotConnected(f"quickbooks: {state}; the owner must connect")
        return grant

    async def refresh(self, business_id: uuid.UUID) -> None:
        """Refresh now (the periodic job keeps the rotating refresh token from lapsing)."""
        grant = await self._grant(business_id)
        await self._refresh(grant, force=True)

    async def _refresh(self, grant: QuickBooksGrant, *, force: bool = False) -> str:
        """A fresh access token; the rotated refresh token is stored before it is used."""
        assert self._store is not None
        lock = self._locks.setdefault(grant.business_id, asyncio.Lock())
        async with lock:
            # Another call may have refreshed meanwhile: its token is the one to use.
            latest = await self._grant(grant.business_id)
            if (
                not force
                and latest.access_token
                and latest.access_token != grant.access_token
                and latest.access_expires_at is not None
                and latest.access_expires_at - _EARLY > self._clock.now()
            ):
                return latest.access_token
            refresh_token = latest.refresh_token
            assert refresh_token is not None
            try:
                tokens = await self.oauth.refresh(refresh_token, self._clock.now())
            except GrantRefused:
                detail = "Intuit refused the refresh token; connect QuickBooks again"
                await self._store.mark_expired(grant.business_id, refresh_token, detail)
                raise AccountingNotConnected(f"quickbooks: {detail}") from None
            except ProviderError as exc:
                raise AccountingTemporaryError(str(exc)) from None
            await self._store.save_tokens(grant.business_id, refresh_token, tokens)
            return tokens.access_token

    async def _token(self, grant: QuickBooksGrant) -> str:
        if (
            grant.access_token
            and grant.access_expires_at is not None
            and grant.access_expires_at - _EARLY > self._clock.now()
        ):
            return grant.access_token
        return await self._refresh(grant)

    async def _call(
        self,
        business_id: uuid.UUID,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
        content_type: str | None = None,
    ) -> dict[str, Any]:
        grant = await self._grant(business_id)
        url = f"{self.base_url}/v3/company/{grant.realm_id}/{path}"
        query = {**(params or {}), "minorversion": MINOR_VERSION}
        token = await self._token(grant)
        response: httpx.Response | None = None
        for attempt in (1, 2):
            headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
            if content_type:
                headers["Content-Type"] = content_type
            try:
                response = await self._client.request(
                    method,
                    url,
                    params=query,
                    headers=headers,
                    content=json.dumps(body).encode() if body is not None else None,
                )
            except httpx.TransportError as exc:
                raise await self._failed(
                    business_id, AccountingTemporaryError(f"quickbooks: {type(exc).__name__}")
                ) from None
            if response.status_code == 401 and attempt == 1:
                # The access token lapsed early or was revoked: refresh once, retry once.
                token = await self._refresh(grant)
                continue
            break
        assert response is not None
        if response.status_code == 200:
            try:
                answer: dict[str, Any] = response.json()
            except ValueError:
                raise await self._failed(
                    business_id, AccountingTemporaryError("quickbooks: unreadable answer")
                ) from None
            return answer
        raise await self._failed(business_id, self._error(response))

    @staticmethod
    def _error(response: httpx.Response) -> Exception:
        code, text = _fault(response)
        status = response.status_code
        if status == 429:
            return AccountingTemporaryError("quickbooks: throttled (HTTP 429); try again later")
        if status >= 500:
            return AccountingTemporaryError(f"quickbooks: HTTP {status}")
        if status == 401:
            return AccountingNotConnected(
                "quickbooks: access refused after a refresh; connect QuickBooks again"
            )
        if status == 403:
            return QuickBooksError(
                f"quickbooks: not allowed ({text or 'HTTP 403'}); check the company's "
                "subscription and the connecting user's role",
                code,
            )
        return QuickBooksError(f"quickbooks: {text or f'HTTP {status}'}"[:300], code)

    async def _failed(self, business_id: uuid.UUID, error: Exception) -> Exception:
        """Keep a refusal on the connection (the owner's status, the admin console); a
        temporary failure is retried and not kept, a lapsed grant is recorded by the store."""
        if (
            self._store is not None
            and isinstance(error, AccountingPermanentError)
            and not isinstance(error, AccountingNotConnected)
        ):
            await self._store.record_error(business_id, str(error)[:300])
        return error

    async def _query(self, business_id: uuid.UUID, entity: str, where: str) -> list[dict[str, Any]]:
        # Intuit's query language, not SQL; every value in `where` went through `escape`.
        statement = f"select * from {entity} where {where} maxresults 50"  # noqa: S608
        answer = await self._call(business_id, "GET", "query", params={"query": statement})
        found = (answer.get("QueryResponse") or {}).get(entity) or []
        return [e for e in found if isinstance(e, dict)]

    # -- customers -----------------------------------------------------------------------------
    async def upsert_customer(self, business_id: uuid.UUID, customer: AccountingCustomer) -> str:
        name = _display_name(customer.name)
        candidates: list[dict[str, Any]] = []
        if customer.email:
            where = f"PrimaryEmailAddr = '{escape(customer.email)}'"
            candidates += await self._query(business_id, "Customer", where)
        candidates += await self._query(business_id, "Customer", f"DisplayName = '{escape(name)}'")
        chosen = _best_customer(candidates, customer, name)
        if chosen is not None:
            return str(chosen["Id"])
        body: dict[str, Any] = {"DisplayName": name, "Notes": reference_tag(customer.reference)}
        if customer.email:
            body["PrimaryEmailAddr"] = {"Address": customer.email}
        if customer.phone:
            body["PrimaryPhone"] = {"FreeFormNumber": customer.phone}
        try:
            created = await self._create(business_id, "customer", customer.reference, body)
        except QuickBooksError as exc:
            if exc.code != _DUPLICATE_NAME:
                raise
            # The name belongs to an inactive customer, a vendor or an employee (names are
            # unique across all three): ours gets a distinguishing suffix.
            body["DisplayName"] = f"{name[:480]} ({customer.reference[:8]})"
            created = await self._create(business_id, "customer", customer.reference, body)
        return str(created["Customer"]["Id"])

    async def _create(
        self, business_id: uuid.UUID, entity: str, reference: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        return await self._call(
            business_id,
            "POST",
            entity,
            params={"requestid": request_id(entity[:3], reference, body)},
            body=body,
            content_type="application/json",
        )

    # -- invoices ------------------------------------------------------------------------------
    async def create_invoice(self, business_id: uuid.UUID, invoice: Invoice) -> InvoiceState:
        number = doc_number(invoice.reference)
        existing = await self._by_doc_number(business_id, number)
        if existing is not None:
            return await self._sent_if_asked(business_id, existing, invoice)
        items = await self._items(business_id, invoice)
        body: dict[str, Any] = {
            "CustomerRef": {"value": invoice.customer_id},
            "DocNumber": number,
            "PrivateNote": reference_tag(invoice.reference),
            "CurrencyRef": {"value": invoice.currency.upper()},
            "Line": [_line(line, items) for line in invoice.lines],
        }
        if invoice.memo:
            body["CustomerMemo"] = {"value": invoice.memo[:1000]}
        if invoice.email_to:
            body["BillEmail"] = {"Address": invoice.email_to}
            body["EmailStatus"] = "NeedToSend"
        try:
            created = (await self._create(business_id, "invoice", invoice.reference, body))[
                "Invoice"
            ]
        except QuickBooksError as exc:
            if exc.code != _DUPLICATE_DOC_NUMBER:
                raise
            again = await self._by_doc_number(business_id, number)
            if again is None:
                raise
            created = again
        return await self._sent_if_asked(business_id, created, invoice)

    async def _by_doc_number(self, business_id: uuid.UUID, number: str) -> dict[str, Any] | None:
        found = await self._query(business_id, "Invoice", f"DocNumber = '{escape(number)}'")
        return found[0] if found else None

    async def _items(self, business_id: uuid.UUID, invoice: Invoice) -> dict[str, dict[str, str]]:
        names = {line.item_name or FREE_TEXT_ITEM for line in invoice.lines}
        items: dict[str, dict[str, str]] = {}
        for name in sorted(names):
            found = await self._query(business_id, "Item", f"Name = '{escape(name)}'")
            if not found:
                raise await self._failed(
                    business_id,
                    AccountingPermanentError(
                        f"quickbooks: no product or service named {name!r}; create it in "
                        "QuickBooks (Sales > Products and services) and retry"
                    ),
                )
            items[name] = {"value": str(found[0]["Id"]), "name": str(found[0].get("Name", name))}
        return items

    async def _sent_if_asked(
        self, business_id: uuid.UUID, entity: dict[str, Any], invoice: Invoice
    ) -> InvoiceState:
        if invoice.email_to and entity.get("EmailStatus") == "NeedToSend":
            answer = await self._call(
                business_id,
                "POST",
                f"invoice/{entity['Id']}/send",
                params={"sendTo": invoice.email_to},
                content_type="application/octet-stream",
            )
            entity = answer.get("Invoice") or entity
        return invoice_state(entity)

    async def invoice(self, business_id: uuid.UUID, invoice_id: str) -> InvoiceState:
        if not invoice_id.isdigit():
            raise AccountingPermanentError("quickbooks: an invoice id is a number")
        answer = await self._call(business_id, "GET", f"invoice/{invoice_id}")
        return invoice_state(answer["Invoice"])

    async def changed_invoices(self, business_id: uuid.UUID, since: datetime) -> list[InvoiceState]:
        floor = self._clock.now() - CDC_LOOKBACK + timedelta(minutes=1)
        since = max(since if since.tzinfo else since.replace(tzinfo=UTC), floor)
        answer = await self._call(
            business_id,
            "GET",
            "cdc",
            params={"entities": "Invoice", "changedSince": since.isoformat(timespec="seconds")},
        )
        out: list[InvoiceState] = []
        for block in answer.get("CDCResponse") or []:
            for response in block.get("QueryResponse") or []:
                for entity in response.get("Invoice") or []:
                    if isinstance(entity, dict):
                        out.append(invoice_state(entity))
        return out


def _display_name(name: str) -> str:
    # QuickBooks refuses colons, tabs and new lines in a display name (max 500 characters).
    cleaned = " ".join(name.replace(":", " ").split())
    return (cleaned or "Customer")[:500]


def _best_customer(
    candidates: list[dict[str, Any]], customer: AccountingCustomer, name: str
) -> dict[str, Any] | None:
    tag = reference_tag(customer.reference)
    email = (customer.email or "").lower()

    def mail(c: dict[str, Any]) -> str:
        return str((c.get("PrimaryEmailAddr") or {}).get("Address") or "").lower()

    def phones(c: dict[str, Any]) -> list[str]:
        return [
            str((c.get(k) or {}).get("FreeFormNumber") or "") for k in ("PrimaryPhone", "Mobile")
        ]

    tests: tuple[Callable[[dict[str, Any]], bool], ...] = (
        lambda c: tag in str(c.get("Notes") or ""),
        lambda c: bool(email) and mail(c) == email,
        lambda c: any(_same_phone(customer.phone, p) for p in phones(c)),
        lambda c: str(c.get("DisplayName") or "").lower() == name.lower(),
    )
    for test in tests:
        for candidate in candidates:
            if "Id" in candidate and test(candidate):
                return candidate
    return None


def _line(line: InvoiceLine, items: dict[str, dict[str, str]]) -> dict[str, Any]:
    item = items[line.item_name or FREE_TEXT_ITEM]
    detail: dict[str, Any] = {"ItemRef": item}
    quantity = max(1, int(line.quantity))
    # QuickBooks checks Amount = UnitPrice x Qty; a total that does not divide evenly is sent
    # as one unit at the line's total, with the quantity kept in the description.
    description = line.description[:4000]
    if line.amount_cents % quantity == 0:
        detail["Qty"] = quantity
        detail["UnitPrice"] = _money(line.amount_cents // quantity)
    else:
        detail["Qty"] = 1
        detail["UnitPrice"] = _money(line.amount_cents)
        description = f"{description} (x{quantity})"[:4000]
    return {
        "DetailType": "SalesItemLineDetail",
        "Amount": _money(line.amount_cents),
        "Description": description,
        "SalesItemLineDetail": detail,
    }
