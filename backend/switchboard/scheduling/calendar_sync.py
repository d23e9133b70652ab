"""The `calendar.write` job: mirror an appointment into the tenant's calendar provider."""

from __future__ import annotations

import uuid

import structlog

from switchboard.billing import entitlements
from switchboard.core.config import get_settings
from switchboard.integrations.calendar import calendar_for
from switchboard.integrations.calendar.port import (
    CalendarEvent,
    CalendarPermanentError,
    CalendarPort,
    CalendarTemporaryError,
)
from switchboard.jobs.registry import JobContext, PermanentFailure, RetryLater, registry
from switchboard.scheduling.repository import AppointmentRepository

log = structlog.get_logger("switchboard.scheduling")


def _calendar(ctx: JobContext) -> CalendarPort:
    providers = ctx.services.get("providers")
    if providers is not None:
        calendar: CalendarPort = providers.calendar
        return calendar
    return calendar_for(get_settings())


@registry.handler("calendar.write")
async def write_calendar_event(ctx: JobContext) -> None:
    if ctx.tenant is None:
        raise PermanentFailure("calendar.write needs a tenant")
    appointment_id = uuid.UUID(str(ctx.payload["appointment_id"]))
    appointment = await AppointmentRepository(ctx.uow, ctx.tenant).get(appointment_id)
    if appointment is None:
        return  # deleted since (e.g. merged away): nothing to mirror
    calendar = _calendar(ctx)
    key = str(appointment.id)
    # Calendar sync is a plan feature: without it (or once billing lapsed past its grace
    # period; the owner was told why) new and changed visits stay out of the calendar. A
    # visit already mirrored is still removed when it is cancelled, so the calendar never
    # sends a technician to a job that is off.
    removing = appointment.status == "cancelled"
    if not (removing and appointment.calendar_event_id) and not await entitlements.allows(
        ctx.uow,
        ctx.tenant,
        "calendar_sync",
        now=ctx.clock.now(),
        settings=ctx.services.get("settings") or get_settings(),
    ):
        log.info("calendar_skipped", reason="billing", id=key)
        return
    try:
        if appointment.status == "cancelled":
            await calendar.delete_event(ctx.tenant.business_id, key)
            appointment.calendar_event_id = None
        else:
            # Title and location only: the external calendar gets no phone numbers or notes.
            event = CalendarEvent(
                key=key,
                start=appointment.start_at,
                end=appointment.end_at,
                title=("EMERGENCY: " if appointment.is_emergency else "")
                + appointment.service_name,
                location=appointment.address,
                description="Booked by Switchboard",
            )
            appointment.calendar_event_id = await calendar.upsert_event(
                ctx.tenant.business_id, event
            )
    except CalendarTemporaryError as exc:
        raise RetryLater(str(exc)) from exc
    except CalendarPermanentError as exc:
        raise PermanentFailure(str(exc)) from exc
