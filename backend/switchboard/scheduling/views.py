"""How appointments are shown: stored rows and models in the API's shapes, and windows in the
tenant's own terms (its zone, the bounds of a listing)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from switchboard.businesses import service as businesses
from switchboard.core import bounds
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import InvalidInput
from switchboard.customers import service as customers
from switchboard.models.scheduling import Appointment
from switchboard.scheduling.engine import Slot, localize
from switchboard.scheduling.schemas import AppointmentOut, CustomerRef, InvoiceOut, LineItemOut
from switchboard.tenancy.context import TenantContext


def row_out(r: tuple[Any, ...], zone: ZoneInfo) -> AppointmentOut:
    # Positions follow repository.LIST_COLUMNS, then customer name and phone. The values come
    # typed from the database columns, so the models are constructed without a second
    # validation pass (the list of a busy month is hundreds of rows; validating them again
    # cost more than the query).
    return AppointmentOut.model_construct(
        id=r[0],
        status=r[1],
        start=r[2].astimezone(zone),
        end=r[3].astimezone(zone),
        service=r[4],
        service_id=r[5],
        is_emergency=r[6],
        address=r[7],
        customer=CustomerRef.model_construct(id=r[8], name=r[-2], phone=r[-1]),
        technician_id=r[9],
        estimated_value_cents=r[10],
        currency=r[11],
        source_channel=r[12],
        notes=r[13],
        reschedule_history=r[14] or [],
        cancel_reason=r[15],
        created_at=r[16],
        completed_at=r[17].astimezone(zone) if r[17] else None,
        amount_cents=r[18],
        line_items=_lines_out(r[19]),
        completion_notes=r[20],
        invoice=_invoice_out(*r[21:28]),
        paid_at=r[28].astimezone(zone) if r[28] else None,
        paid_cents=r[29],
    )


def _lines_out(lines: list[dict[str, Any]] | None) -> list[LineItemOut]:
    return [
        LineItemOut.model_construct(
            service_id=uuid.UUID(line["service_id"]) if line.get("service_id") else None,
            description=line.get("description") or "",
            item_name=line.get("item_name"),
            quantity=int(line.get("quantity") or 1),
            amount_cents=int(line.get("amount_cents") or 0),
        )
        for line in lines or []
    ]


def _invoice_out(
    state: str | None,
    invoice_id: str | None,
    number: str | None,
    status: str | None,
    total: int | None,
    balance: int | None,
    error: str | None,
) -> InvoiceOut | None:
    if state is None:
        return None
    return InvoiceOut.model_construct(
        state=state,
        id=invoice_id,
        number=number,
        status=status,
        total_cents=total,
        balance_cents=balance,
        error=error,
    )


async def appointment_out(
    uow: UnitOfWork, tenant: TenantContext, appointment: Appointment
) -> AppointmentOut:
    zone = ZoneInfo((await businesses.get_own_business(uow, tenant)).timezone)
    customer = await customers.get_customer(uow, tenant, appointment.customer_id)
    return _out(appointment, customer.name, customer.phone, zone)


def _out(a: Appointment, name: str, phone: str | None, zone: ZoneInfo) -> AppointmentOut:
    return AppointmentOut(
        id=a.id,
        status=a.status,
        start=a.start_at.astimezone(zone),
        end=a.end_at.astimezone(zone),
        service=a.service_name,
        service_id=a.service_id,
        is_emergency=a.is_emergency,
        address=a.address,
        customer=CustomerRef(id=a.customer_id, name=name, phone=phone),
        technician_id=a.technician_id,
        estimated_value_cents=a.estimated_value_cents,
        currency=a.currency,
        source_channel=a.source_channel,
        notes=a.notes,
        reschedule_history=list(a.reschedule_history or []),
        cancel_reason=a.cancel_reason,
        created_at=a.created_at,
        completed_at=a.completed_at.astimezone(zone) if a.completed_at else None,
        amount_cents=a.amount_cents,
        line_items=_lines_out(a.line_items),
        completion_notes=a.completion_notes,
        invoice=_invoice_out(
            a.invoice_state,
            a.invoice_id,
            a.invoice_number,
            a.invoice_status,
            a.invoice_total_cents,
            a.invoice_balance_cents,
            a.invoice_error,
        ),
        paid_at=a.paid_at.astimezone(zone) if a.paid_at else None,
        paid_cents=a.paid_cents,
    )


def serialise_slot(slot: Slot, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "start": slot.start.astimezone(zone),
        "end": slot.end.astimezone(zone),
        "technician_id": slot.resource_id,
    }


# Windows in the tenant's own terms -------------------------------------------------------


async def tenant_zone(uow: UnitOfWork, tenant: TenantContext) -> ZoneInfo:
    return ZoneInfo((await businesses.get_own_business(uow, tenant)).timezone)


def parse_bound(value: str | None, zone: ZoneInfo, *, end: bool = False) -> datetime | None:
    """An ISO 8601 instant with offset, or a local date (its midnight in the tenant's zone;
    for an end bound, the midnight after it, so `end=2026-03-31` includes that day)."""
    if value is None or value == "":
        return None
    text = value.strip().replace(" ", "+") if "T" in value else value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            if not bounds.day_in_range(day):
                raise InvalidInput(f"Out of range: {bounds.DATE_RANGE_MESSAGE}.")
            return localize(day + timedelta(days=1) if end else day, 0, zone)
        instant = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput("Dates are ISO 8601: 2026-03-02 or 2026-03-02T09:00:00-06:00.") from exc
    if not bounds.day_in_range(instant.date()):
        raise InvalidInput(f"Out of range: {bounds.DATE_RANGE_MESSAGE}.")
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=zone)
    return instant.astimezone(UTC)
