"""Booking notices: what happens after an appointment is booked, moved or cancelled.

Scheduling enqueues `appointment.confirmation` and `owner.alert` in the booking's own
transaction (ids only); these handlers turn them into a text to the customer (through
messaging, whose rules apply consent, quiet hours, caps and lockdown), the appointment's
reminders, and a page to the owner (through alerts).
"""

from __future__ import annotations

import uuid

import structlog

from switchboard.alerts import service as alerts
from switchboard.businesses import service as businesses
from switchboard.customers import service as customers
from switchboard.jobs.registry import JobContext, PermanentFailure, registry
from switchboard.messaging import service as messaging
from switchboard.models.scheduling import Appointment
from switchboard.notices import reminders
from switchboard.notices.catalogue import DEFAULT_SERVICE, language_of, notice_text
from switchboard.notices.speech import spoken_time
from switchboard.scheduling.repository import AppointmentRepository
from switchboard.tenancy.context import TenantContext

CONFIRMATION_JOB = "appointment.confirmation"
OWNER_ALERT_JOB = "owner.alert"
EVENTS = ("booked", "rescheduled", "cancelled")
# Where the owner booked or changed the appointment themselves: nothing to tell them.
OWNER_CHANNEL = "owner"

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
    if appointment.source_channel == OWNER_CHANNEL:
        return  # the owner's own action
    if event != "booked":
        # The alert catalogue has no words for a change or a cancellation, and "new booking"
        # would mislead the owner; the change shows on the calendar and in the dashboard.
        log.info("owner_alert_skipped", reason="no alert for a change", notice=event)
        return
    uow = ctx.uow
    business = await businesses.get_own_business(uow, tenant)
    customer = await customers.get_customer(uow, tenant, appointment.customer_id)
    language = language_of(business.language)
    summary = ", ".join(p for p in (appointment.service_name, appointment.address) if p)
    emergency = ctx.payload.get("kind") == "emergency_booking" or appointment.is_emergency
    await alerts.page_owner(
        uow,
        tenant,
        event="emergency" if emergency else "new_booking",
        event_key=f"appointment:{appointment.id}",
        clock=ctx.clock,
        caller=" ".join(p for p in (customer.name, customer.phone or "") if p),
        summary=summary + ".",
        when=spoken_time(appointment.start_at, business.timezone, language),
    )
