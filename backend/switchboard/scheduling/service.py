"""Appointments: slot search, atomic booking, lifecycle, reschedule, cancel; technicians,
closures and the scheduling policy."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from switchboard.audit import service as audit
from switchboard.businesses import service as businesses
from switchboard.catalogue import service as catalogue
from switchboard.catalogue.service import ServiceTerms
from switchboard.core.clock import Clock, SystemClock
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import Conflict, InvalidInput, NotFound
from switchboard.customers import service as customers
from switchboard.customers.schemas import AddressIn
from switchboard.integrations.calendar.port import CalendarPort
from switchboard.jobs.queue import enqueue_keyed
from switchboard.models.catalogue import ServiceType
from switchboard.models.scheduling import Appointment
from switchboard.scheduling import availability, views
from switchboard.scheduling.engine import Preference, Slot
from switchboard.scheduling.repository import (
    AppointmentRepository,
)
from switchboard.scheduling.schemas import (
    AppointmentIn,
    AppointmentOut,
    AppointmentUpdate,
    CompleteIn,
)
from switchboard.scheduling.setup import get_technician
from switchboard.tenancy.context import TenantContext

DEFAULT_DURATION = timedelta(minutes=60)
# The channel of the owner's own bookings and changes (the owner API): the owner is not paged.
OWNER_CHANNEL = "owner"
ALTERNATIVES = 3
# Allowed status moves; `cancelled` goes through `cancel()`.
TRANSITIONS = {
    "scheduled": {"confirmed", "completed"},
    "confirmed": {"completed"},
    "completed": set(),
    "cancelled": set(),
}


class AppointmentNotFound(NotFound):
    title = "Appointment not found"


class SlotUnavailable(Conflict):
    type_slug = "slot-unavailable"
    title = "Slot unavailable"


class InvalidTransition(Conflict):
    type_slug = "invalid-transition"
    title = "Invalid status change"


# Slots ---------------------------------------------------------------------------------


async def _resolve_service(
    uow: UnitOfWork,
    tenant: TenantContext,
    service_id: uuid.UUID | None,
    name: str | None,
    emergency: bool,
) -> ServiceTerms | None:
    if service_id is not None:
        return await catalogue.service_terms(uow, tenant, service_id)
    if name:
        matched = await catalogue.match_service(uow, tenant, name, emergency=emergency)
        return ServiceTerms.of(matched) if matched is not None else None
    return None


async def find_slots(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    calendar: CalendarPort | None,
    *,
    service_id: uuid.UUID | None = None,
    duration_minutes: int | None = None,
    preference: Preference = Preference(),
    emergency: bool = False,
    technician_id: uuid.UUID | None = None,
    limit: int = 5,
) -> tuple[list[Slot], ServiceTerms | None, timedelta, bool]:
    """The `limit` earliest open slots matching the preference window."""
    service = await _resolve_service(uow, tenant, service_id, None, emergency)
    duration = _duration(service, duration_minutes)
    if technician_id is not None:
        await get_technician(uow, tenant, technician_id)
    schedule = await availability.load_schedule(uow, tenant, calendar)
    slots = await availability.search(
        uow,
        tenant,
        schedule,
        duration=duration,
        now=clock.now(),
        preference=preference,
        limit=limit,
        emergency=emergency,
        technician_id=technician_id,
    )
    return slots, service, duration, schedule.calendar_checked


def _duration(service: ServiceTerms | None, minutes: int | None) -> timedelta:
    if minutes is not None:
        return timedelta(minutes=minutes)
    if service is not None:
        return timedelta(minutes=service.duration_minutes)
    return DEFAULT_DURATION


async def _claim(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    calendar: CalendarPort | None,
    *,
    start: datetime,
    duration: timedelta,
    emergency: bool,
    technician_id: uuid.UUID | None,
    exclude: uuid.UUID | None = None,
) -> Slot:
    """Lock the tenant's schedule and check the exact slot; raise with alternatives if taken."""
    repo = AppointmentRepository(uow, tenant)
    await repo.lock_schedule()
    schedule = await availability.load_schedule(uow, tenant, calendar)
    now = clock.now()
    day_start = start - timedelta(days=1)
    avail = await availability.availability_between(
        uow, tenant, schedule, day_start, start + duration + timedelta(days=1), exclude
    )
    slot = avail.check(start, duration, now, emergency, technician_id)
    if slot is not None:
        return slot
    alternatives = await availability.search(
        uow,
        tenant,
        schedule,
        duration=duration,
        now=now,
        preference=Preference(earliest=max(now, start - timedelta(hours=2))),
        limit=ALTERNATIVES,
        emergency=emergency,
        technician_id=technician_id,
        exclude=exclude,
    )
    zone = schedule.zone
    raise SlotUnavailable(
        "That time is not available; here are the nearest open slots.",
        alternatives=[
            {
                "start": s.start.astimezone(zone).isoformat(),
                "end": s.end.astimezone(zone).isoformat(),
                "technician_id": str(s.resource_id) if s.resource_id else None,
            }
            for s in alternatives
        ],
    )


async def _enqueue_booking_jobs(
    uow: UnitOfWork,
    tenant: TenantContext,
    appointment: Appointment,
    event: str,
    now: datetime,
    via: str | None = None,
    *,
    notify_customer: bool = True,
) -> None:
    """Confirmation, owner alert and calendar write commit with the booking or not at all.
    `via` is the channel a reschedule or cancellation came through: the owner alert needs it
    to tell the customer's changes from the owner's own. `notify_customer` False: a change
    the owner made in their own calendar, when they chose not to tell customers."""
    ref = {"appointment_id": str(appointment.id), "event": event}
    version = len(appointment.reschedule_history)
    key = f"{appointment.id}:{event}:{version}"
    change: dict[str, Any] = {}
    if via is not None:
        change["via"] = via
    if event == "rescheduled":
        change["move"] = version  # which entry of reschedule_history this job is about
    jobs: list[tuple[str, dict[str, Any], str]] = []
    if notify_customer and (event != "cancelled" or appointment.status == "cancelled"):
        jobs.append(
            (
                "appointment.confirmation",
                {**ref, "customer_id": str(appointment.customer_id)},
                f"appointment.confirmation:{key}",
            )
        )
    kind = "emergency_booking" if appointment.is_emergency else f"appointment_{event}"
    jobs.append(("owner.alert", {**ref, **change, "kind": kind}, f"owner.alert:{key}"))
    jobs.append(("calendar.write", ref, f"calendar.write:{key}"))
    await enqueue_keyed(uow, jobs, tenant=tenant, now=now)


async def book(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    calendar: CalendarPort | None,
    data: AppointmentIn,
) -> Appointment:
    """Book atomically: the slot check and the insert happen under the tenant's schedule lock,
    so of two overlapping requests one books and the other gets `SlotUnavailable`."""
    # Taken first so that concurrent bookings also serialise the find-or-create of a new caller.
    await AppointmentRepository(uow, tenant).lock_schedule()
    service = await _resolve_service(uow, tenant, data.service_id, data.service, data.is_emergency)
    if data.service_id is None and data.service and service is None:
        service_name = data.service.strip()
    else:
        service_name = service.name if service is not None else "Service visit"
    duration = _duration(service, data.duration_minutes)
    if data.technician_id is not None:
        await get_technician(uow, tenant, data.technician_id)
    if data.customer_id is not None:
        customer = await customers.get_customer(uow, tenant, data.customer_id)
    else:
        assert data.customer is not None
        customer = await customers.find_or_create(
            uow,
            tenant,
            phone=data.customer.phone,
            name=data.customer.name or None,
            email=str(data.customer.email) if data.customer.email else None,
        )
    start = data.start.astimezone(UTC)
    slot = await _claim(
        uow,
        tenant,
        clock,
        calendar,
        start=start,
        duration=duration,
        emergency=data.is_emergency,
        technician_id=data.technician_id,
    )
    address = data.address
    if address is None:
        known = (await customers.addresses_of(uow, tenant, [customer.id]))[customer.id]
        address = known[0].line if known else ""
    elif address.strip():
        await customers.add_address(uow, tenant, customer.id, AddressIn(line=address))
    appointment = AppointmentRepository(uow, tenant).add(
        Appointment(
            id=uuid.uuid4(),
            customer_id=customer.id,
            service_id=service.id if service else None,
            service_name=service_name,
            technician_id=slot.resource_id,
            status="scheduled",
            start_at=slot.start,
            end_at=slot.end,
            address=" ".join(address.split()),
            is_emergency=data.is_emergency,
            estimated_value_cents=_estimate(data, service),
            currency=service.currency if service else "USD",
            source_channel=data.source_channel,
            notes=data.notes,
            reschedule_history=[],
        )
    )
    await uow.session.flush()
    await _enqueue_booking_jobs(uow, tenant, appointment, "booked", clock.now())
    audit.record(
        uow,
        tenant,
        "appointment.book",
        "appointment",
        appointment.id,
        {"channel": data.source_channel, "emergency": data.is_emergency},
    )
    return appointment


def _estimate(data: AppointmentIn, service: ServiceTerms | None) -> int | None:
    if data.estimated_value_cents is not None:
        return data.estimated_value_cents
    if service is None or service.price_max_cents is None:
        return None
    low = service.price_min_cents or 0
    return (low + service.price_max_cents) // 2


async def get_appointment(
    uow: UnitOfWork, tenant: TenantContext, appointment_id: uuid.UUID
) -> Appointment:
    appointment = await AppointmentRepository(uow, tenant).get(appointment_id)
    if appointment is None:
        raise AppointmentNotFound()
    return appointment


async def reschedule(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    calendar: CalendarPort | None,
    appointment_id: uuid.UUID,
    start: datetime,
    technician_id: uuid.UUID | None = None,
    *,
    via: str,
    notify_customer: bool = True,
) -> Appointment:
    """Move an appointment. `via` is the channel the change came through (`OWNER_CHANNEL` for
    the owner's own change, else the customer's channel, which pages the owner)."""
    appointment = await get_appointment(uow, tenant, appointment_id)
    if appointment.status in ("completed", "cancelled"):
        raise InvalidTransition(f"A {appointment.status} appointment cannot be rescheduled.")
    if technician_id is not None:
        await get_technician(uow, tenant, technician_id)
    duration = appointment.end_at - appointment.start_at
    slot = await _claim(
        uow,
        tenant,
        clock,
        calendar,
        start=start.astimezone(UTC),
        duration=duration,
        emergency=appointment.is_emergency,
        technician_id=technician_id,
        exclude=appointment.id,
    )
    history = list(appointment.reschedule_history or [])
    history.append(
        {
            "from_start": appointment.start_at.isoformat(),
            "from_end": appointment.end_at.isoformat(),
            "to_start": slot.start.isoformat(),
            "to_end": slot.end.isoformat(),
            "at": clock.now().isoformat(),
            "by": tenant.actor.label,
            "via": via,
        }
    )
    appointment.reschedule_history = history
    appointment.start_at, appointment.end_at = slot.start, slot.end
    appointment.technician_id = slot.resource_id
    # A moved appointment needs the customer's confirmation again.
    appointment.status = "scheduled"
    await uow.session.flush()
    await _enqueue_booking_jobs(
        uow, tenant, appointment, "rescheduled", clock.now(), via, notify_customer=notify_customer
    )
    audit.record(uow, tenant, "appointment.reschedule", "appointment", appointment.id, {"via": via})
    return appointment


async def cancel(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    appointment_id: uuid.UUID,
    reason: str,
    *,
    via: str,
    notify_customer: bool = True,
) -> Appointment:
    """Cancel an appointment; `via` and `notify_customer` as for `reschedule`."""
    appointment = await get_appointment(uow, tenant, appointment_id)
    if appointment.status == "cancelled":
        return appointment
    if appointment.status == "completed":
        raise InvalidTransition("A completed appointment cannot be cancelled.")
    appointment.status = "cancelled"
    appointment.cancelled_at = clock.now()
    appointment.cancel_reason = reason or None
    await uow.session.flush()
    await _enqueue_booking_jobs(
        uow, tenant, appointment, "cancelled", clock.now(), via, notify_customer=notify_customer
    )
    audit.record(uow, tenant, "appointment.cancel", "appointment", appointment.id, {"via": via})
    return appointment


async def complete(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    appointment_id: uuid.UUID,
    data: CompleteIn,
) -> Appointment:
    """Mark the job done with what was charged; its invoice goes to the books by a job."""
    appointment = await get_appointment(uow, tenant, appointment_id)
    if "completed" not in TRANSITIONS[appointment.status]:
        raise InvalidTransition(f"A {appointment.status} appointment cannot be completed.")
    lines: list[dict[str, Any]] = []
    for number, item in enumerate(data.line_items, start=1):
        service: ServiceType | None = None
        if item.service_id is not None:
            try:
                service = await catalogue.get_service(uow, tenant, item.service_id)
            except NotFound:
                raise InvalidInput(f"Line {number}: no such service in the catalogue.") from None
        lines.append(
            {
                "service_id": str(service.id) if service else None,
                "description": (item.description or "").strip()
                or (service.name if service else ""),
                "item_name": service.name if service else None,
                "quantity": item.quantity,
                "amount_cents": item.amount_cents,
            }
        )
    amount = data.amount_cents if data.amount_cents is not None else 0
    if lines:
        amount = sum(line["amount_cents"] for line in lines)
    else:
        lines = [_service_line(appointment, amount)]
    await _mark_completed(uow, tenant, clock, appointment, amount, lines, data.notes)
    audit.record(
        uow,
        tenant,
        "appointment.complete",
        "appointment",
        appointment.id,
        {"amount_cents": amount, "lines": len(lines)},
    )
    return appointment


def _service_line(appointment: Appointment, amount: int) -> dict[str, Any]:
    """The one line of a job completed without lines: its own service (a catalogue item when
    it was booked from the catalogue)."""
    return {
        "service_id": str(appointment.service_id) if appointment.service_id else None,
        "description": appointment.service_name,
        "item_name": appointment.service_name if appointment.service_id else None,
        "quantity": 1,
        "amount_cents": amount,
    }


async def _mark_completed(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    appointment: Appointment,
    amount: int | None,
    lines: list[dict[str, Any]],
    notes: str,
) -> None:
    from switchboard.accounting import sync  # the export job imports this module

    appointment.status = "completed"
    appointment.completed_at = clock.now()
    appointment.completion_notes = notes
    if amount is None:
        return  # nothing to invoice: completed without an amount (a PATCH with no estimate)
    appointment.amount_cents = amount
    appointment.line_items = lines
    await uow.session.flush()
    await sync.enqueue_export(uow, tenant, appointment, clock.now())


async def update_appointment(
    uow: UnitOfWork,
    tenant: TenantContext,
    appointment_id: uuid.UUID,
    data: AppointmentUpdate,
    clock: Clock | None = None,
) -> Appointment:
    appointment = await get_appointment(uow, tenant, appointment_id)
    changes = data.model_dump(exclude_unset=True)
    new_status = changes.pop("status", None)
    if new_status is not None and new_status != appointment.status:
        if new_status not in TRANSITIONS[appointment.status]:
            raise InvalidTransition(
                f"An appointment cannot go from {appointment.status} to {new_status}."
            )
        if new_status == "completed":
            # Completed by status alone: invoiced at the estimated value (the amount, when
            # sent with it); with neither, completed without an invoice.
            amount = changes.get("estimated_value_cents", appointment.estimated_value_cents)
            lines = [_service_line(appointment, amount or 0)]
            await _mark_completed(
                uow, tenant, clock or SystemClock(), appointment, amount, lines, ""
            )
        else:
            appointment.status = new_status
    if "technician_id" in changes and changes["technician_id"] != appointment.technician_id:
        raise InvalidInput("Change the technician through reschedule, which checks availability.")
    for key in ("address", "estimated_value_cents", "notes"):
        if key in changes and changes[key] is not None:
            setattr(appointment, key, changes[key])
    await uow.session.flush()
    audit.record(
        uow,
        tenant,
        "appointment.update",
        "appointment",
        appointment.id,
        {"fields": sorted(data.model_dump(exclude_unset=True))},
    )
    return appointment


async def list_appointments(
    uow: UnitOfWork,
    tenant: TenantContext,
    start: datetime | None,
    end: datetime | None,
    statuses: Sequence[str] | None,
    limit: int = 1000,
    customer_id: uuid.UUID | None = None,
) -> list[AppointmentOut]:
    zone = ZoneInfo((await businesses.get_own_business(uow, tenant)).timezone)
    rows = await AppointmentRepository(uow, tenant).in_range(
        start, end, statuses, limit, customer_id
    )
    return [views.row_out(tuple(row), zone) for row in rows]


async def last_visit_address(
    uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID
) -> str | None:
    """Where the customer's most recent appointment (not a cancelled one) was."""
    return await AppointmentRepository(uow, tenant).latest_address(customer_id)


async def count_for_customer(uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID) -> int:
    return await AppointmentRepository(uow, tenant).count_for_customer(customer_id)


async def move_customer(
    uow: UnitOfWork, tenant: TenantContext, from_id: uuid.UUID, to_id: uuid.UUID
) -> int:
    moved = await AppointmentRepository(uow, tenant).list(
        Appointment.customer_id == from_id, limit=100_000
    )
    for appointment in moved:
        appointment.customer_id = to_id
    await uow.session.flush()
    return len(moved)
