"""Appointment reminders: scheduled when a booking is made or moved, sent only if still true.

Each reminder is a job due at start - offset (per tenant, `Business.settings["reminders"]
["offsets_minutes"]`, default 24 h and 2 h before). Its key names the appointment, the start it
was made for and the offset, so scheduling twice makes one job, and a moved appointment gets
new reminders while the old ones find the start changed and do nothing. The message itself goes
through messaging, whose rules defer it out of the customer's quiet hours and drop it for an
opted-out number.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import structlog

from switchboard.billing import entitlements
from switchboard.businesses import service as businesses
from switchboard.core.db import UnitOfWork
from switchboard.customers import service as customers
from switchboard.jobs.queue import enqueue
from switchboard.jobs.registry import JobContext, PermanentFailure, registry
from switchboard.messaging import service as messaging
from switchboard.models.scheduling import Appointment
from switchboard.notices.catalogue import DEFAULT_SERVICE, language_of, notice_text
from switchboard.notices.speech import spoken_time
from switchboard.scheduling.repository import AppointmentRepository
from switchboard.tenancy.context import TenantContext

REMINDER_JOB = "appointment.reminder"
DEFAULT_OFFSETS_MINUTES = (1440, 120)
LIVE_STATUSES = ("scheduled", "confirmed")

log = structlog.get_logger("switchboard.notices")


def reminder_offsets(settings: dict[str, Any] | None) -> tuple[int, ...]:
    """The tenant's reminder offsets in minutes; a malformed setting falls back to the default."""
    raw = ((settings or {}).get("reminders") or {}).get("offsets_minutes")
    if raw is None:
        return DEFAULT_OFFSETS_MINUTES
    try:
        offsets = sorted({int(v) for v in raw if not isinstance(v, bool)}, reverse=True)
    except (TypeError, ValueError):
        return DEFAULT_OFFSETS_MINUTES
    return tuple(o for o in offsets if 0 < o <= 60 * 24 * 14)


def _stamp(moment: datetime) -> int:
    return int(moment.timestamp())


def reminder_dedup_prefix(appointment_id: uuid.UUID) -> str:
    return f"reminder:{appointment_id}:"


async def schedule_reminders(
    uow: UnitOfWork,
    tenant: TenantContext,
    appointment: Appointment,
    settings: dict[str, Any] | None,
    now: datetime,
) -> int:
    """Enqueue the appointment's reminders for its current start; offsets already past are
    skipped. Returns how many new reminder jobs were made."""
    made = 0
    start = appointment.start_at
    for offset in reminder_offsets(settings):
        run_at = start - timedelta(minutes=offset)
        if run_at <= now:
            continue
        job = await enqueue(
            uow,
            REMINDER_JOB,
            {
                "appointment_id": str(appointment.id),
                "start": start.isoformat(),
                "offset_minutes": offset,
            },
            tenant=tenant,
            run_at=run_at,
            idempotency_key=f"{REMINDER_JOB}:{appointment.id}:{_stamp(start)}:{offset}",
            now=now,
        )
        made += job is not None
    return made


@registry.handler(REMINDER_JOB)
async def send_reminder(ctx: JobContext) -> None:
    if ctx.tenant is None:
        raise PermanentFailure(f"{REMINDER_JOB} needs a tenant")
    tenant, uow = ctx.tenant, ctx.uow
    appointment = await AppointmentRepository(uow, tenant).get(
        uuid.UUID(str(ctx.payload["appointment_id"]))
    )
    planned = datetime.fromisoformat(str(ctx.payload["start"]))
    offset = int(ctx.payload["offset_minutes"])
    if appointment is None or appointment.status not in LIVE_STATUSES:
        return  # cancelled, completed or merged away since
    if appointment.start_at != planned or ctx.clock.now() >= appointment.start_at:
        return  # moved (its new reminders carry the new start) or already under way
    if not await entitlements.allows(
        uow, tenant, "reminders", now=ctx.clock.now(), settings=ctx.services["settings"]
    ):
        # Billing lapsed past its grace period (the owner was told why): confirmations still
        # go out, reminders do not.
        log.info("reminder_skipped", reason="billing", id=str(appointment.id))
        return
    customer = await customers.get_customer(uow, tenant, appointment.customer_id)
    if not customer.phone:
        log.info("reminder_skipped", reason="customer has no phone", id=str(appointment.id))
        return
    business = await businesses.get_own_business(uow, tenant)
    now = ctx.clock.now()
    closer = [o for o in reminder_offsets(business.settings) if o < offset]
    if any(planned - timedelta(minutes=o) <= now for o in closer):
        return  # ran late (a worker was down): the closer reminder says it better, once
    language = language_of(business.language)
    text_id = "reminder_unconfirmed" if appointment.status == "scheduled" else "reminder"
    await messaging.send_sms(
        uow,
        tenant,
        to=customer.phone,
        body=notice_text(
            language,
            text_id,
            business=business.name,
            service=appointment.service_name or DEFAULT_SERVICE[language],
            when=spoken_time(appointment.start_at, business.timezone, language),
        ),
        kind="reminder",
        clock=ctx.clock,
        customer_id=customer.id,
        dedup_key=f"{reminder_dedup_prefix(appointment.id)}{_stamp(planned)}:{offset}",
    )
