"""Booking notices: what happens after an appointment is booked, moved or cancelled.

Scheduling enqueues `appointment.confirmation` and `owner.alert` in the booking's own
transaction (ids only); these handlers turn them into a text to the customer (through
messaging, whose rules apply consent, quiet hours, caps and lockdown), the appointment's
reminders, and a page to the owner (through alerts): a booking, or a move or cancellation
the customer made. Nothing the owner did themselves (channel `owner`) pages the owner.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import structlog

from switchboard.alerts import service as alerts
from switchboard.businesses import service as businesses
from switchboard.customers import service as customers
from switchboard.jobs.registry import JobContext, PermanentFailure, registry
from switchboard.messaging import service as messaging
from switchboard.models.business import Business
from switchboard.models.customer import Customer
from switchboard.models.scheduling import Appointment
from switchboard.notices import reminders
from switchboard.notices.catalogue import DEFAULT_SERVICE, language_of, notice_text
from switchboard.notices.speech import short_time, spoken_time
from switchboard.scheduling.repository import AppointmentRepository
from switchboard.scheduling.service import OWNER_CHANNEL
from switchboard.tenancy.context import TenantContext

CONFIRMATION_JOB = "appointment.confirmation"
OWNER_ALERT_JOB = "owner.alert"
EVENTS = ("booked", "rescheduled", "cancelled")

log = structlog.get_logger("switchboard.notices")


async def _appointment(ctx: JobContext) -> tuple[TenantContext, Appointment | None]:
    if ctx.tenant is None:
        raise PermanentFailure(f"{ctx.kind} needs a tenant")
    appointment_id = uuid.UUID(str(ctx.payload["appointment_id"]))
    return ctx.tenant, await AppointmentRepository(ctx.uow, ctx.tenant).get(appointment_id)


@registry.handler(CONFIRMATION_JOB)
async def confirm_to_customer(ctx: JobContext) -> None:
    tenant, appointment = await _appointment(ctx)
    event = str(ctx.payload.get("event"))
    if appointment is None or event not in EVENTS:
        return
    uow, now = ctx.uow, ctx.clock.now()
    business = await businesses.get_own_business(uow, tenant)
    if event != "booked":
        # A reminder already waiting out the quiet hours must not go out for the old time.
        await messaging.withdraw_queued(
            uow,
            tenant,
            dedup_prefix=reminders.reminder_dedup_prefix(appointment.id),
            reason=f"appointment {event}",
            clock=ctx.clock,
        )
    live = appointment.status in reminders.LIVE_STATUSES
    if live == (event == "cancelled"):
        return  # a later change overtook this one; its own notice tells the customer
    if event != "cancelled":
        await reminders.schedule_reminders(uow, tenant, appointment, business.settings, now)
    customer = await customers.get_customer(uow, tenant, appointment.customer_id)
    if not customer.phone:
        log.info("confirmation_skipped", reason="customer has no phone", notice=event)
        return
    language = language_of(business.language)
    version = len(appointment.reschedule_history or [])
    start_key = int(appointment.start_at.timestamp())
    await messaging.send_sms(
        uow,
        tenant,
        to=customer.phone,
        body=notice_text(
            language,
            event,
            business=business.name,
            service=appointment.service_name or DEFAULT_SERVICE[language],
            when=spoken_time(appointment.start_at, business.timezone, language),
        ),
        kind="confirmation",
        clock=ctx.clock,
        customer_id=customer.id,
        # The job's identity (appointment, event, which move, time): a re-run never texts
        # twice, and two moves made before the worker ran give one text with the final time.
        dedup_key=f"confirmation:{appointment.id}:{event}:{version}:{start_key}",
    )


@registry.handler(OWNER_ALERT_JOB)
async def alert_owner(ctx: JobContext) -> None:
    tenant, appointment = await _appointment(ctx)
    event = str(ctx.payload.get("event", "booked"))
    if appointment is None:
        return
    if event == "booked":
        await _page_booking(ctx, tenant, appointment)
    elif event in ("rescheduled", "cancelled"):
        await _page_change(ctx, tenant, appointment, event)


async def _business_and_customer(
    ctx: JobContext, tenant: TenantContext, appointment: Appointment
) -> tuple[Business, Customer, str]:
    business = await businesses.get_own_business(ctx.uow, tenant)
    customer = await customers.get_customer(ctx.uow, tenant, appointment.customer_id)
    return business, customer, language_of(business.language)


async def _page_booking(ctx: JobContext, tenant: TenantContext, appointment: Appointment) -> None:
    if appointment.source_channel == OWNER_CHANNEL:
        return  # the owner's own booking
    business, customer, language = await _business_and_customer(ctx, tenant, appointment)
    summary = ", ".join(p for p in (appointment.service_name, appointment.address) if p)
    emergency = ctx.payload.get("kind") == "emergency_booking" or appointment.is_emergency
    await alerts.page_owner(
        ctx.uow,
        tenant,
        event="emergency" if emergency else "new_booking",
        event_key=f"appointment:{appointment.id}",
        clock=ctx.clock,
        caller=_who_booked(customer, appointment, language),
        summary=summary + ".",
        when=spoken_time(appointment.start_at, business.timezone, language),
    )


def _who_booked(customer: Customer, appointment: Appointment, language: str) -> str:
    """The customer's name and number; a web visitor who gave none: where to answer them."""
    reach = customer.phone or ""
    if not reach and appointment.source_channel == "web":
        reach = f"({notice_text(language, 'no_phone_web')})"
    return " ".join(p for p in (customer.name, reach) if p)


async def _page_change(
    ctx: JobContext, tenant: TenantContext, appointment: Appointment, event: str
) -> None:
    """The customer moved or cancelled (through the assistant): tell the owner which job and
    when, in the business's zone. Each move and the cancellation page once (`event_key`)."""
    via = ctx.payload.get("via")
    if via is None or via == OWNER_CHANNEL:
        # The owner's own change; a job without `via` predates changes carrying their
        # channel, and a page that may be about the owner's own change would mislead.
        return
    business, customer, language = await _business_and_customer(ctx, tenant, appointment)
    zone = business.timezone
    if event == "rescheduled":
        move = int(ctx.payload.get("move") or 0)
        history = appointment.reschedule_history or []
        if not 0 < move <= len(history):
            log.warning("owner_alert_skipped", reason="move not in the history", notice=event)
            return
        entry = history[move - 1]
        alert: alerts.AlertEvent = "booking_moved"
        event_key = f"appointment:{appointment.id}:move:{move}"
        when = short_time(datetime.fromisoformat(entry["to_start"]), zone, language)
        from_when = short_time(datetime.fromisoformat(entry["from_start"]), zone, language)
    else:
        alert, event_key = "booking_cancelled", f"appointment:{appointment.id}:cancelled"
        when, from_when = short_time(appointment.start_at, zone, language), ""
    await alerts.page_owner(
        ctx.uow,
        tenant,
        event=alert,
        event_key=event_key,
        clock=ctx.clock,
        caller=customer.name or customer.phone or "",
        # The number too, unless it already stands in for a missing name.
        phone=(customer.phone or "") if customer.name else "",
        service=appointment.service_name or DEFAULT_SERVICE[language],
        when=when,
        from_when=from_when,
    )
