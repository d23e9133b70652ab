"""The `calendar.write` job: mirror an appointment into the tenant's calendar provider.

In three steps (`jobs.registry.Steps`), so no transaction (and on SQLite no writer lock) is
held while the calendar answers: `prepare` reads the appointment and decides what to write,
`perform` calls the provider, `record` keeps the provider's event id on the appointment.

Writes are idempotent on the appointment id: the provider upserts the event keyed by it (the
Google adapter uses it as the event's own id), so a retry after a lost answer finds the same
event again instead of making a second one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import structlog

from switchboard.billing import entitlements
from switchboard.core.config import Settings, get_settings
from switchboard.customers import service as customers
from switchboard.integrations.calendar.port import (
    CalendarEvent,
    CalendarNotConnected,
    CalendarPermanentError,
    CalendarPort,
    CalendarTemporaryError,
)
from switchboard.jobs.registry import (
    JobContext,
    PermanentFailure,
    RetryLater,
    Steps,
    registry,
)
from switchboard.scheduling.repository import AppointmentRepository

log = structlog.get_logger("switchboard.scheduling")
WRITE_JOB = "calendar.write"


@dataclass(frozen=True)
class _Write:
    business_id: uuid.UUID
    appointment_id: uuid.UUID
    # None: remove the event; otherwise the event to create or update.
    event: CalendarEvent | None
    key: str


def _settings(services: dict[str, Any]) -> Settings:
    settings: Settings | None = services.get("settings")
    return settings or get_settings()


def _calendar(services: dict[str, Any]) -> CalendarPort:
    calendar: CalendarPort = services["providers"].calendar
    return calendar


def dashboard_link(settings: Settings, appointment_id: uuid.UUID) -> str:
    return f"{settings.public_base_url}/dashboard/#/appointments/{appointment_id}"


async def _prepare(ctx: JobContext) -> _Write | None:
    if ctx.tenant is None:
        raise PermanentFailure("calendar.write needs a tenant")
    appointment_id = uuid.UUID(str(ctx.payload["appointment_id"]))
    appointment = await AppointmentRepository(ctx.uow, ctx.tenant).get(appointment_id)
    if appointment is None:
        return None  # deleted since (e.g. merged away): nothing to mirror
    key = str(appointment.id)
    settings = _settings(ctx.services)
    # Calendar sync is a plan feature: without it (or once billing lapsed past its grace
    # period; the owner was told why) new and changed visits stay out of the calendar. A
    # visit already mirrored is still removed when it is cancelled, so the calendar never
    # sends a technician to a job that is off.
    removing = appointment.status == "cancelled"
    if not (removing and appointment.calendar_event_id) and not await entitlements.allows(
        ctx.uow, ctx.tenant, "calendar_sync", now=ctx.clock.now(), settings=settings
    ):
        log.info("calendar_skipped", reason="billing", id=key)
        return None
    if removing:
        return _Write(ctx.tenant.business_id, appointment.id, None, key)
    customer = await customers.get_customer(ctx.uow, ctx.tenant, appointment.customer_id)
    # The customer's name, the address, the service and a link back: no phone numbers or
    # notes leave us (a shared calendar is seen by more people than the CRM).
    description = "\n".join(
        line
        for line in (
            f"Customer: {customer.name}" if customer.name else "",
            f"Service: {appointment.service_name}",
            f"Address: {appointment.address}" if appointment.address else "",
            f"Open in Switchboard: {dashboard_link(settings, appointment.id)}",
            "Booked by Switchboard",
        )
        if line
    )
    event = CalendarEvent(
        key=key,
        start=appointment.start_at,
        end=appointment.end_at,
        title=("EMERGENCY: " if appointment.is_emergency else "")
        + appointment.service_name
        + (f" - {customer.name}" if customer.name else ""),
        location=appointment.address,
        description=description,
        technician_id=appointment.technician_id,
    )
    return _Write(ctx.tenant.business_id, appointment.id, event, key)


async def _perform(plan: _Write, services: dict[str, Any]) -> str | None:
    calendar = _calendar(services)
    try:
        if plan.event is None:
            await calendar.delete_event(plan.business_id, plan.key)
            return None
        return await calendar.upsert_event(plan.business_id, plan.event)
    except CalendarNotConnected:
        # Not connected, or the grant was revoked (the owner sees it): nothing to write to;
        # connecting again writes the upcoming visits.
        log.info("calendar_skipped", reason="not_connected", id=plan.key)
        return None
    except CalendarTemporaryError as exc:
        raise RetryLater(str(exc)) from exc
    except CalendarPermanentError as exc:
        raise PermanentFailure(str(exc)) from exc


async def _record(ctx: JobContext, plan: _Write, event_id: str | None) -> None:
    assert ctx.tenant is not None
    appointment = await AppointmentRepository(ctx.uow, ctx.tenant).get(plan.appointment_id)
    if appointment is not None:
        appointment.calendar_event_id = event_id


registry.in_steps(WRITE_JOB, Steps(prepare=_prepare, perform=_perform, record=_record))
