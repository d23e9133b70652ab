"""CSV import of customers from real-world spreadsheets.

Headers in any order, case or common wording ("Phone #", "Mobile", "E-mail", "First Name" +
"Last Name"); comma, semicolon, tab or pipe separated; UTF-8 (with or without BOM) or
Latin-1; blank lines skipped; each data row gets its own result with its line number, and a
bad row never aborts the rest.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from email_validator import EmailNotValidError, validate_email

from switchboard.audit import service as audit
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import InvalidInput
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.customers import service
from switchboard.customers.repository import CustomerRepository
from switchboard.customers.schemas import AddressIn, CustomerIn, ImportResult, ImportRow
from switchboard.tenancy.context import TenantContext

MAX_ROWS = 10_000

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "fullname",
        "customer",
        "customername",
        "client",
        "clientname",
        "contact",
        "contactname",
    ),
    "first": ("first", "firstname", "givenname", "fname"),
    "last": ("last", "lastname", "surname", "familyname", "lname"),
    "phone": (
        "phone",
        "phonenumber",
        "phoneno",
        "mobile",
        "mobilephone",
        "cell",
        "cellphone",
        "tel",
        "telephone",
        "number",
        "primaryphone",
        "homephone",
    ),
    "email": ("email", "emailaddress", "mail"),
    "address": (
        "address",
        "serviceaddress",
        "street",
        "streetaddress",
        "address1",
        "addressline1",
        "addr",
        "location",
    ),
    "address2": ("address2", "addressline2", "unit", "apt", "suite"),
    "city": ("city", "town"),
    "state": ("state", "province", "region", "st"),
    "zip": ("zip", "zipcode", "postcode", "postalcode", "postal"),
    "tags": ("tags", "tag", "labels", "label", "groups", "group", "type"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "memo"),
}
_LOOKUP = {alias: key for key, aliases in _SYNONYMS.items() for alias in aliases}


def _key(header: str) -> str | None:
    compact = re.sub(r"[^a-z0-9]", "", header.lower().replace("#", "number"))
    compact = compact.removesuffix("number") if compact.startswith("phone") else compact
    return _LOOKUP.get(compact) or _LOOKUP.get(re.sub(r"\d+$", "", compact))


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


@dataclass
class _Parsed:
    line: int
    name: str
    phone: str | None
    email: str | None
    address: str
    tags: list[str] = field(default_factory=list)
    notes: str = ""


def _cell(row: list[str], columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    if index is None or index >= len(row):
        return ""
    return " ".join(row[index].split())


def _parse_row(line: int, row: list[str], columns: dict[str, int]) -> _Parsed:
    name = _cell(row, columns, "name") or " ".join(
        part for part in (_cell(row, columns, "first"), _cell(row, columns, "last")) if part
    )
    raw_phone = _cell(row, columns, "phone")
    phone = None
    if raw_phone:
        try:
            phone = to_e164(raw_phone)
        except InvalidPhoneNumber as exc:
            raise ValueError("phone number not recognised") from exc
    raw_email = _cell(row, columns, "email")
    email = None
    if raw_email:
        try:
            email = validate_email(raw_email, check_deliverability=False).normalized
        except EmailNotValidError as exc:
            raise ValueError("email address not valid") from exc
    if not (name or phone or email):
        raise ValueError("no name, phone or email")
    street = ", ".join(
        p for p in (_cell(row, columns, "address"), _cell(row, columns, "address2")) if p
    )
    locality = " ".join(p for p in (_cell(row, columns, "state"), _cell(row, columns, "zip")) if p)
    address = ", ".join(p for p in (street, _cell(row, columns, "city"), locality) if p)
    tags = [t for t in re.split(r"[;,|]", _cell(row, columns, "tags")) if t.strip()]
    return _Parsed(
        line, name or "", phone, email, address[:400], tags, _cell(row, columns, "notes")
    )


async def import_customers(uow: UnitOfWork, tenant: TenantContext, data: bytes) -> ImportResult:
    text = decode(data)
    if not text.strip():
        raise InvalidInput("The file is empty.")
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text[:4096]))
    columns: dict[str, int] | None = None
    parsed: list[_Parsed] = []
    rows: list[ImportRow] = []
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if columns is None:
                columns = {}
                for index, header in enumerate(row):
                    key = _key(header)
                    if key and key not in columns:
                        columns[key] = index
                if not ({"name", "first", "last", "phone", "email"} & set(columns)):
                    raise InvalidInput(
                        "No name, phone or email column found in the first row of the file."
                    )
                continue
            if len(parsed) + len(rows) >= MAX_ROWS:
                raise InvalidInput(f"At most {MAX_ROWS} rows per import.")
            try:
                parsed.append(_parse_row(reader.line_num, row, columns))
            except ValueError as exc:
                rows.append(ImportRow(line=reader.line_num, status="error", error=str(exc)))
    except csv.Error as exc:
        raise InvalidInput(f"The file is not readable CSV near line {reader.line_num}.") from exc
    if columns is None:
        raise InvalidInput("The file has no header row.")

    repo = CustomerRepository(uow, tenant)
    existing = await repo.by_phones([p.phone for p in parsed if p.phone])
    seen: dict[str, int] = {}
    created = updated = 0
    for item in parsed:
        if item.phone and item.phone in seen:
            rows.append(
                ImportRow(
                    line=item.line,
                    status="duplicate",
                    error=f"same phone as line {seen[item.phone]}",
                )
            )
            continue
        if item.phone:
            seen[item.phone] = item.line
        customer = existing.get(item.phone) if item.phone else None
        if customer is None:
            customer = await service.create_customer(
                uow,
                tenant,
                CustomerIn.model_construct(
                    name=item.name,
                    phone=item.phone,
                    email=item.email,
                    tags=item.tags,
                    notes=item.notes,
                    addresses=[AddressIn(line=item.address)] if item.address else [],
                ),
            )
            created += 1
            rows.append(ImportRow(line=item.line, status="created", customer_id=customer.id))
            continue
        # Fill what the existing record lacks; never overwrite what the owner already has.
        if not customer.name and item.name:
            service.set_name(customer, item.name)
        customer.email = customer.email or item.email
        customer.tags = list(dict.fromkeys([*(customer.tags or []), *item.tags]))
        if item.notes and item.notes not in (customer.notes or ""):
            customer.notes = "\n".join(p for p in (customer.notes, item.notes) if p)
        if item.address:
            await service.add_address(uow, tenant, customer.id, AddressIn(line=item.address))
        updated += 1
        rows.append(ImportRow(line=item.line, status="updated", customer_id=customer.id))
    await uow.session.flush()
    rows.sort(key=lambda r: r.line)
    result = ImportResult(
        created=created,
        updated=updated,
        duplicates=sum(r.status == "duplicate" for r in rows),
        errors=sum(r.status == "error" for r in rows),
        rows=rows,
    )
    audit.record(
        uow,
        tenant,
        "customer.import",
        "customer",
        None,
        {
            "created": result.created,
            "updated": result.updated,
            "errors": result.errors,
        },
    )
    return result
