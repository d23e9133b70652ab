"""Owner API for scheduling: appointments, slot search, technicians, closures, policy, ICS."""

from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import JSONResponse

from switchboard.auth.dependencies import OwnerDep
from switchboard.core.deps import ClockDep, SettingsDep, UowDep
from switchboard.core.errors import InvalidInput
from switchboard.customers import service as customers
from switchboard.exports.spreadsheet import safe_json, to_csv
from switchboard.integrations.calendar import CalendarDep
from switchboard.ratelimit.middleware import count_as_auth_failure
from switchboard.scheduling import ics, setup, views
from switchboard.scheduling import service as scheduling
from switchboard.scheduling.engine import Preference
from switchboard.scheduling.schemas import (
    AppointmentIn,
    AppointmentList,
    AppointmentOut,
    AppointmentUpdate,
    CancelIn,
    ClosureIn,
    ClosureList,
    ClosureOut,
    CompleteIn,
    FeedOut,
    PolicyIn,
    PolicyOut,
    RescheduleIn,
    SlotList,
    SlotOut,
    TechnicianIn,
    TechnicianList,
    TechnicianOut,
    TechnicianUpdate,
)

router = APIRouter(prefix="/v1/owner", tags=["scheduling"])
feed_router = APIRouter(tags=["scheduling"])
ICS_MEDIA = "text/calendar; charset=utf-8"
STATUSES = {"scheduled", "confirmed", "completed", "cancelled"}


@router.get("/appointments", response_model=AppointmentList)
async def list_appointments(
    tenant: OwnerDep,
    uow: UowDep,
    start: str | None = Query(default=None, description="ISO 8601 instant or local date"),
    end: str | None = Query(default=None, description="ISO 8601 instant or local date"),
    status_: str | None = Query(default=None, alias="status", description="comma-separated"),
    customer_id: uuid.UUID | None = None,
    limit: int = Query(default=1000, ge=1, le=5000),
) -> AppointmentList:
    statuses = [s.strip() for s in status_.split(",") if s.strip()] if status_ else None
    if statuses and not set(statuses) <= STATUSES:
        raise InvalidInput("status is one of scheduled, confirmed, completed, cancelled.")
    zone = await views.tenant_zone(uow, tenant)
    items = await scheduling.list_appointments(
        uow,
        tenant,
        views.parse_bound(start, zone),
        views.parse_bound(end, zone, end=True),
        statuses,
        limit,
        customer_id,
    )
    return AppointmentList(items=items)


APPOINTMENT_COLUMNS = (
    "id",
    "status",
    "start",
    "end",
    "service",
    "customer_id",
    "customer_name",
    "customer_phone",
    "address",
    "technician_id",
    "is_emergency",
    "estimated_value_cents",
    "source_channel",
    "notes",
)


@router.get("/appointments/export", response_model=None)
async def export_appointments(
    tenant: OwnerDep,
    uow: UowDep,
    start: str | None = None,
    end: str | None = None,
    format: Literal["csv", "json"] = "csv",
) -> Response:
    zone = await views.tenant_zone(uow, tenant)
    items = await scheduling.list_appointments(
        uow,
        tenant,
        views.parse_bound(start, zone),
        views.parse_bound(end, zone, end=True),
        None,
        limit=100_000,
    )
    rows = [
        {
            "id": str(a.id),
            "status": a.status,
            "start": a.start.isoformat(),
            "end": a.end.isoformat(),
            "service": a.service,
            "customer_id": str(a.customer.id),
            "customer_name": a.customer.name,
            "customer_phone": a.customer.phone,
            "address": a.address,
            "technician_id": str(a.technician_id or ""),
            "is_emergency": a.is_emergency,
            "estimated_value_cents": a.estimated_value_cents,
            "source_channel": a.source_channel,
            "notes": a.notes,
        }
        for a in items
    ]
    if format == "json":
        return JSONResponse({"items": safe_json(rows)})
    return Response(
        to_csv(APPOINTMENT_COLUMNS, rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="appointments.csv"'},
    )


@router.post("/appointments", response_model=AppointmentOut, status_code=status.HTTP_201_CREATED)
async def book_appointment(
    body: AppointmentIn, tenant: OwnerDep, uow: UowDep, clock: ClockDep, calendar: CalendarDep
) -> AppointmentOut:
    appointment = await scheduling.book(uow, tenant, clock, calendar, body)
    return await views.appointment_out(uow, tenant, appointment)


@router.get("/appointments/{appointment_id}", response_model=AppointmentOut)
async def get_appointment(
    appointment_id: uuid.UUID, tenant: OwnerDep, uow: UowDep
) -> AppointmentOut:
    appointment = await scheduling.get_appointment(uow, tenant, appointment_id)
    return await views.appointment_out(uow, tenant, appointment)


@router.patch("/appointments/{appointment_id}", response_model=AppointmentOut)
async def update_appointment(
    appointment_id: uuid.UUID,
    body: AppointmentUpdate,
    tenant: OwnerDep,
    uow: UowDep,
    clock: ClockDep,
) -> AppointmentOut:
    appointment = await scheduling.update_appointment(uow, tenant, appointment_id, body, clock)
    return await views.appointment_out(uow, tenant, appointment)


@router.post("/appointments/{appointment_id}/complete", response_model=AppointmentOut)
async def complete_appointment(
    appointment_id: uuid.UUID, body: CompleteIn, tenant: OwnerDep, uow: UowDep, clock: ClockDep
) -> AppointmentOut:
    """The job is done: the amount charged, its line items (catalogue services or free text)
    and notes. The invoice is then made in the books by a job (`invoice` on the answer)."""
    appointment = await scheduling.complete(uow, tenant, clock, appointment_id, body)
    return await views.appointment_out(uow, tenant, appointment)


@router.post("/appointments/{appointment_id}/invoice/retry", response_model=AppointmentOut)
async def retry_invoice(
    appointment_id: uuid.UUID, tenant: OwnerDep, uow: UowDep, clock: ClockDep
) -> AppointmentOut:
    """Send a completed job's invoice again after it failed (e.g. once the missing item is
    added in the books); 409 unless its invoice failed."""
    from switchboard.accounting import sync

    appointment = await scheduling.get_appointment(uow, tenant, appointment_id)
    await sync.retry_export(uow, tenant, appointment, clock.now())
    return await views.appointment_out(uow, tenant, appointment)


@router.post("/appointments/{appointment_id}/cancel", response_model=AppointmentOut)
async def cancel_appointment(
    appointment_id: uuid.UUID, body: CancelIn, tenant: OwnerDep, uow: UowDep, clock: ClockDep
) -> AppointmentOut:
    appointment = await scheduling.cancel(
        uow, tenant, clock, appointment_id, body.reason, via=scheduling.OWNER_CHANNEL
    )
    return await views.appointment_out(uow, tenant, appointment)


@router.post("/appointments/{appointment_id}/reschedule", response_model=AppointmentOut)
async def reschedule_appointment(
    appointment_id: uuid.UUID,
    body: RescheduleIn,
    tenant: OwnerDep,
    uow: UowDep,
    clock: ClockDep,
    calendar: CalendarDep,
) -> AppointmentOut:
    appointment = await scheduling.reschedule(
        uow,
        tenant,
        clock,
        calendar,
        appointment_id,
        body.start,
        body.technician_id,
        via=scheduling.OWNER_CHANNEL,
    )
    return await views.appointment_out(uow, tenant, appointment)


@router.get("/appointments/{appointment_id}/ics", response_class=Response)
async def appointment_ics(appointment_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> Response:
    appointment = await scheduling.get_appointment(uow, tenant, appointment_id)
    customer = await customers.get_customer(uow, tenant, appointment.customer_id)
    body = ics.render(appointment.service_name, [ics.event_for(appointment, customer.name)])
    return Response(
        body,
        media_type=ICS_MEDIA,
        headers={"Content-Disposition": f'attachment; filename="appointment-{appointment.id}.ics"'},
    )


@router.get("/slots", response_model=SlotList)
async def search_slots(
    tenant: OwnerDep,
    uow: UowDep,
    clock: ClockDep,
    calendar: CalendarDep,
    service_id: uuid.UUID | None = None,
    duration_minutes: int | None = Query(default=None, ge=5, le=24 * 60),
    start: str | None = Query(default=None, description="earliest: instant or local date"),
    end: str | None = Query(default=None, description="latest: instant or local date"),
    part_of_day: Literal["morning", "afternoon", "evening"] | None = None,
    emergency: bool = False,
    technician_id: uuid.UUID | None = None,
    limit: int = Query(default=5, ge=1, le=50),
) -> SlotList:
    zone = await views.tenant_zone(uow, tenant)
    preference = Preference(
        earliest=views.parse_bound(start, zone),
        latest=views.parse_bound(end, zone, end=True),
        part_of_day=part_of_day,
    )
    slots, service, duration, checked = await scheduling.find_slots(
        uow,
        tenant,
        clock,
        calendar,
        service_id=service_id,
        duration_minutes=duration_minutes,
        preference=preference,
        emergency=emergency,
        technician_id=technician_id,
        limit=limit,
    )
    return SlotList(
        items=[SlotOut(**views.serialise_slot(s, zone)) for s in slots],
        service_id=service.id if service else None,
        duration_minutes=int(duration.total_seconds() // 60),
        calendar_checked=checked,
    )


@router.get("/technicians", response_model=TechnicianList)
async def list_technicians(tenant: OwnerDep, uow: UowDep) -> TechnicianList:
    items = await setup.list_technicians(uow, tenant)
    return TechnicianList(items=[TechnicianOut.model_validate(t) for t in items])


@router.post("/technicians", response_model=TechnicianOut, status_code=status.HTTP_201_CREATED)
async def add_technician(body: TechnicianIn, tenant: OwnerDep, uow: UowDep) -> TechnicianOut:
    return TechnicianOut.model_validate(await setup.add_technician(uow, tenant, body))


@router.get("/technicians/{technician_id}", response_model=TechnicianOut)
async def get_technician(technician_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> TechnicianOut:
    return TechnicianOut.model_validate(await setup.get_technician(uow, tenant, technician_id))


@router.patch("/technicians/{technician_id}", response_model=TechnicianOut)
async def update_technician(
    technician_id: uuid.UUID, body: TechnicianUpdate, tenant: OwnerDep, uow: UowDep
) -> TechnicianOut:
    technician = await setup.update_technician(uow, tenant, technician_id, body)
    return TechnicianOut.model_validate(technician)


@router.get("/scheduling", response_model=PolicyOut)
async def get_policy(tenant: OwnerDep, uow: UowDep) -> PolicyOut:
    return PolicyOut.model_validate(await setup.get_policy(uow, tenant))


@router.put("/scheduling", response_model=PolicyOut)
async def put_policy(body: PolicyIn, tenant: OwnerDep, uow: UowDep) -> PolicyOut:
    return PolicyOut.model_validate(await setup.update_policy(uow, tenant, body))


@router.get("/closures", response_model=ClosureList)
async def list_closures(tenant: OwnerDep, uow: UowDep) -> ClosureList:
    items = await setup.list_closures(uow, tenant)
    return ClosureList(items=[ClosureOut.model_validate(c) for c in items])


@router.post("/closures", response_model=ClosureOut, status_code=status.HTTP_201_CREATED)
async def add_closure(body: ClosureIn, tenant: OwnerDep, uow: UowDep) -> ClosureOut:
    return ClosureOut.model_validate(await setup.add_closure(uow, tenant, body))


@router.delete("/closures/{closure_id}", status_code=status.HTTP_204_NO_CONTENT)
async def remove_closure(closure_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> Response:
    await setup.remove_closure(uow, tenant, closure_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/calendar-feed", response_model=FeedOut)
async def rotate_feed(tenant: OwnerDep, uow: UowDep, settings: SettingsDep) -> FeedOut:
    """A new secret ICS feed URL for this business (shown once; the old one stops working)."""
    token = await ics.rotate_feed(uow, tenant)
    return FeedOut(url=f"{settings.public_base_url}/v1/calendar-feeds/{token}.ics")


@feed_router.get("/v1/calendar-feeds/{token}.ics", response_class=Response)
async def calendar_feed(token: str, request: Request, uow: UowDep, clock: ClockDep) -> Response:
    try:
        body = await ics.feed(uow, token, clock.now())
    except ics.UnknownFeed:
        # The token is the credential: a wrong one counts towards the failed-auth lockout.
        count_as_auth_failure(request)
        raise
    return Response(body, media_type=ICS_MEDIA)
