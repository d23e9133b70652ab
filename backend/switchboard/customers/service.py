"""Customers: records, addresses, SMS consent with evidence, search."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from switchboard.audit import service as audit
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import Conflict, InvalidInput, NotFound
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.customers.repository import AddressRepository, CustomerRepository
from switchboard.customers.schemas import (
    AddressIn,
    AddressOut,
    CustomerIn,
    CustomerOut,
    CustomerUpdate,
    SmsConsentOut,
)
from switchboard.customers.sms_consent import apply_sms_consent, shown_decision
from switchboard.messaging import consent as sms_consent
from switchboard.models.customer import Customer, CustomerAddress
from switchboard.tenancy.context import TenantContext

# The source of an opt-out written for a number because its customer had already opted out.
NEW_NUMBER_SOURCE = "new_number"


class CustomerNotFound(NotFound):
    title = "Customer not found"


class CustomerPhoneTaken(Conflict):
    title = "Phone number already belongs to a customer"


def clean_tags(tags: Sequence[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:
        tag = tag.strip()[:60]
        if tag and tag.lower() not in {t.lower() for t in out}:
            out.append(tag)
    return out


def set_name(customer: Customer, name: str) -> None:
    customer.name = name.strip()
    customer.name_lower = customer.name.lower()


async def get_customer(uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID) -> Customer:
    customer = await CustomerRepository(uow, tenant).get(customer_id)
    if customer is None:
        raise CustomerNotFound()
    return customer


async def _check_phone_free(
    repo: CustomerRepository, phone: str | None, keep: uuid.UUID | None = None
) -> None:
    if phone is None:
        return
    other = await repo.by_phone(phone)
    if other is not None and other.id != keep:
        raise CustomerPhoneTaken(
            "Another customer already has this phone number; merge them instead.",
            existing_customer_id=str(other.id),
        )


async def create_customer(uow: UnitOfWork, tenant: TenantContext, data: CustomerIn) -> Customer:
    repo = CustomerRepository(uow, tenant)
    await _check_phone_free(repo, data.phone)
    customer = Customer(
        id=uuid.uuid4(),
        phone=data.phone,
        email=str(data.email) if data.email else None,
        tags=clean_tags(data.tags),
        notes=data.notes,
        extra={},
    )
    set_name(customer, data.name)
    await adopt_recorded_consent(uow, tenant, customer)
    try:
        async with uow.session.begin_nested():
            repo.add(customer)
            await uow.session.flush()
    except IntegrityError as exc:
        # Lost a race with a concurrent create of the same phone (PostgreSQL).
        raise CustomerPhoneTaken("Another customer already has this phone number.") from exc
    for address in data.addresses:
        add_address_row(uow, tenant, customer.id, address)
    await uow.session.flush()
    audit.record(uow, tenant, "customer.create", "customer", customer.id)
    return customer


def add_address_row(
    uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID, data: AddressIn
) -> CustomerAddress:
    line = " ".join(data.line.split())
    return AddressRepository(uow, tenant).add(
        CustomerAddress(
            id=uuid.uuid4(),
            customer_id=customer_id,
            label=data.label.strip(),
            line=line,
            line_lower=line.lower(),
        )
    )


async def add_address(
    uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID, data: AddressIn
) -> CustomerAddress:
    await get_customer(uow, tenant, customer_id)
    made_here = uow.memo.get(_made_key(customer_id))
    if isinstance(made_here, list):
        # Made in this unit of work: its only addresses are the ones added here (a booking
        # for a new caller saves the address without asking the database for any).
        existing: Sequence[CustomerAddress] = made_here
    else:
        existing = (await AddressRepository(uow, tenant).of([customer_id]))[customer_id]
    wanted = " ".join(data.line.split()).lower()
    for address in existing:
        if address.line_lower == wanted:
            return address
    address = add_address_row(uow, tenant, customer_id, data)
    if isinstance(made_here, list):
        made_here.append(address)
    await uow.session.flush()
    return address


def _made_key(customer_id: uuid.UUID) -> str:
    return f"customer_made:{customer_id}"


async def remove_address(
    uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID, address_id: uuid.UUID
) -> None:
    repo = AddressRepository(uow, tenant)
    address = await repo.get(address_id)
    if address is None or address.customer_id != customer_id:
        raise NotFound("No such address for this customer.")
    await uow.session.delete(address)
    await uow.session.flush()


async def update_customer(
    uow: UnitOfWork,
    tenant: TenantContext,
    customer_id: uuid.UUID,
    data: CustomerUpdate,
    now: datetime,
) -> Customer:
    repo = CustomerRepository(uow, tenant)
    customer = await get_customer(uow, tenant, customer_id)
    changes = data.model_dump(exclude_unset=True)
    if "phone" in changes and changes["phone"] != customer.phone:
        await _check_phone_free(repo, changes["phone"], keep=customer.id)
        await _change_phone(uow, tenant, customer, changes["phone"], now)
    if changes.get("name") is not None:
        set_name(customer, changes["name"])
    if "email" in changes:
        customer.email = str(changes["email"]) if changes["email"] else None
    if changes.get("tags") is not None:
        customer.tags = clean_tags(changes["tags"])
    if changes.get("notes") is not None:
        customer.notes = changes["notes"]
    await uow.session.flush()
    audit.record(
        uow, tenant, "customer.update", "customer", customer.id, {"fields": sorted(changes)}
    )
    return customer


async def search_customers(
    uow: UnitOfWork, tenant: TenantContext, query: str | None, limit: int = 50, offset: int = 0
) -> Sequence[Customer]:
    return await CustomerRepository(uow, tenant).search(query, limit, offset)


async def customers_by_ids(
    uow: UnitOfWork, tenant: TenantContext, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Customer]:
    return await CustomerRepository(uow, tenant).by_ids(ids)


async def find_by_phone(uow: UnitOfWork, tenant: TenantContext, raw_phone: str) -> Customer | None:
    try:
        phone = to_e164(raw_phone)
    except InvalidPhoneNumber:
        return None
    return await CustomerRepository(uow, tenant).by_phone(phone)


async def find_or_create(
    uow: UnitOfWork,
    tenant: TenantContext,
    *,
    phone: str | None,
    name: str | None = None,
    email: str | None = None,
) -> Customer:
    """The assistant's entry point: the customer behind a caller's number, made if new. No
    number (a web visitor who gave none): a new customer without one, nothing to match on."""
    if phone is None:
        return await _without_phone(uow, tenant, name, email)
    try:
        e164 = to_e164(phone)
    except InvalidPhoneNumber as exc:
        raise InvalidInput("That is not a phone number we can use.") from exc
    repo = CustomerRepository(uow, tenant)
    customer = await repo.by_phone(e164)
    if customer is not None:
        if name and not customer.name:
            set_name(customer, name)
        if email and not customer.email:
            customer.email = email
        return customer
    customer = Customer(id=uuid.uuid4(), phone=e164, email=email, tags=[], notes="", extra={})
    set_name(customer, name or "")
    await adopt_recorded_consent(uow, tenant, customer)
    made = await repo.add_unless_phone_taken(customer)
    if made is None:
        # Another transaction created this caller since the lookup above (PostgreSQL; on
        # SQLite the one writer excludes it); use theirs.
        existing = await repo.by_phone(e164)
        if existing is None:
            raise RuntimeError("a customer's phone was taken by no customer")
        return existing
    uow.memo[_made_key(made.id)] = []
    return made


async def _without_phone(
    uow: UnitOfWork, tenant: TenantContext, name: str | None, email: str | None
) -> Customer:
    customer = Customer(id=uuid.uuid4(), phone=None, email=email, tags=[], notes="", extra={})
    set_name(customer, name or "")
    CustomerRepository(uow, tenant).add(customer)
    await uow.session.flush()
    return customer


async def give_phone(
    uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID, phone: str, now: datetime
) -> bool:
    """A number for a customer who has none (a web visitor's, typed after booking). False
    when the customer already has one or another customer has this one: nothing changes."""
    try:
        e164 = to_e164(phone)
    except InvalidPhoneNumber:
        return False
    repo = CustomerRepository(uow, tenant)
    customer = await get_customer(uow, tenant, customer_id)
    if customer.phone is not None or await repo.by_phone(e164) is not None:
        return False
    await _change_phone(uow, tenant, customer, e164, now)
    return True


async def adopt_recorded_consent(
    uow: UnitOfWork, tenant: TenantContext, customer: Customer
) -> bool:
    """Show the consent recorded for the customer's number, if any (a number that texted STOP
    before it was a customer stays opted out as one). Returns whether there was a record."""
    if customer.phone is None:
        return False
    record = await sms_consent.current(uow, tenant, customer.phone)
    if record is None:
        return False
    evidence = record.evidence or {}
    apply_sms_consent(
        customer,
        granted=not record.opted_out,
        method=str(evidence.get("source") or "sms"),
        evidence=sms_consent.describe_evidence(evidence),
        at=record.updated_at,
    )
    return True


async def _change_phone(
    uow: UnitOfWork, tenant: TenantContext, customer: Customer, phone: str | None, now: datetime
) -> None:
    """Consent is per number (the sending rules read only the number's record), so a new phone
    must not carry the customer past their own opt-out, nor move any number's consent:
    - the old number keeps its record: an opt-out there still blocks it, whoever has it next;
    - a customer whose record says opted out stays opted out on the new number: the opt-out is
      written for it (source `new_number`, the earlier decision in the note), unless the
      number's own record already says so or is a later decision (a START texted from it
      after the customer's opt-out is that number's explicit consent);
    - otherwise the customer shows the new number's record, if it has one (a number that
      texted STOP starts opted out). A customer's "yes" never opts a number in."""
    earlier = shown_decision(customer)
    customer.phone = phone
    await uow.session.flush()
    if phone is None:
        return
    record = await sms_consent.current(uow, tenant, phone)
    carry = (
        earlier is not None
        and earlier.opted_out
        and (record is None or (not record.opted_out and record.updated_at < earlier.at))
    )
    if not carry:
        await adopt_recorded_consent(uow, tenant, customer)
        return
    assert earlier is not None
    await sms_consent.opt_out(
        uow,
        tenant,
        phone,
        now,
        source=NEW_NUMBER_SOURCE,
        note=(
            f"opted out on this customer's record before this number was theirs "
            f"({earlier.method}, {earlier.at.date().isoformat()}): {earlier.evidence}"
        ),
    )
    # The sending record has mirrored itself onto the customer; the record keeps showing the
    # customer's own decision (the owner's words, its date), which says the same.
    apply_sms_consent(
        customer, granted=False, method=earlier.method, evidence=earlier.evidence, at=earlier.at
    )


async def _record_for_sending(
    uow: UnitOfWork,
    tenant: TenantContext,
    phone: str,
    *,
    granted: bool,
    method: str,
    evidence: str,
    at: datetime,
) -> None:
    """Write the consent the sending rules obey (they read only `messaging.consent`)."""
    record = sms_consent.opt_in if granted else sms_consent.opt_out
    await record(uow, tenant, phone, at, source=method, note=evidence)


async def set_sms_consent(
    uow: UnitOfWork,
    tenant: TenantContext,
    customer_id: uuid.UUID,
    *,
    granted: bool,
    method: str,
    evidence: str,
    at: datetime,
) -> Customer:
    customer = await get_customer(uow, tenant, customer_id)
    if customer.phone:
        await _record_for_sending(
            uow, tenant, customer.phone, granted=granted, method=method, evidence=evidence, at=at
        )
    else:
        await sms_consent.record_without_number(
            uow, tenant, customer.id, opted_out=not granted, now=at, source=method, note=evidence
        )
    # After the sending record (which mirrors itself here): the owner's own words are kept.
    apply_sms_consent(customer, granted=granted, method=method, evidence=evidence, at=at)
    await uow.session.flush()
    audit.record(
        uow,
        tenant,
        "customer.sms_consent",
        "customer",
        customer.id,
        {"granted": granted, "method": method},
    )
    return customer


async def record_sms_consent_by_phone(
    uow: UnitOfWork,
    tenant: TenantContext,
    phone: str,
    *,
    granted: bool,
    method: str,
    evidence: str,
    at: datetime,
) -> Customer:
    """For messaging: STOP/START keywords update (or create) the customer with the evidence."""
    customer = await find_or_create(uow, tenant, phone=phone)
    if customer.phone:
        await _record_for_sending(
            uow, tenant, customer.phone, granted=granted, method=method, evidence=evidence, at=at
        )
    apply_sms_consent(customer, granted=granted, method=method, evidence=evidence, at=at)
    await uow.session.flush()
    return customer


async def to_out(
    uow: UnitOfWork, tenant: TenantContext, customers: Sequence[Customer]
) -> list[CustomerOut]:
    addresses = await AddressRepository(uow, tenant).of([c.id for c in customers])
    return [
        CustomerOut(
            id=c.id,
            name=c.name,
            phone=c.phone,
            email=c.email,
            sms_opt_out=c.sms_opt_out,
            sms_consent=SmsConsentOut(
                status=c.sms_consent,
                at=c.sms_consent_at,
                method=c.sms_consent_method,
                evidence=c.sms_consent_evidence,
            ),
            tags=list(c.tags or []),
            notes=c.notes,
            addresses=[AddressOut.model_validate(a) for a in addresses.get(c.id, [])],
            created_at=c.created_at,
            updated_at=c.updated_at,
        )
        for c in customers
    ]


async def all_customers(uow: UnitOfWork, tenant: TenantContext) -> Sequence[Customer]:
    return await CustomerRepository(uow, tenant).all_in_order()


async def addresses_of(
    uow: UnitOfWork, tenant: TenantContext, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[CustomerAddress]]:
    return await AddressRepository(uow, tenant).of(ids)


async def delete_customer_row(uow: UnitOfWork, tenant: TenantContext, customer: Customer) -> None:
    await AddressRepository(uow, tenant).delete_of(customer.id)
    await uow.session.delete(customer)
    await uow.session.flush()
    audit.record(uow, tenant, "customer.delete", "customer", customer.id)
