"""Owner alerts: the one place that pages a business owner.

Emergencies, missed calls, voicemails, new bookings, and appointments the customer moved or
cancelled (each switchable per tenant in `Business.settings["owner_alerts"]`, all on by
default) go to the tenant's own owner phone by SMS first; when that cannot be delivered (no
phone, blocked, failed), to the owner's email.
Each event is paged once, however often it is reported: `event_key` names it (a call sid, an
appointment id). Emergencies are urgent and ignore quiet hours; the rest wait for the morning.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

import structlog

from switchboard.alerts import escalation
from switchboard.alerts.catalogue import alert_subject, alert_text
from switchboard.businesses import service as businesses
from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, registry
from switchboard.messaging import service as messaging
from switchboard.models.message import Message
from switchboard.tenancy.context import TenantContext

AlertEvent = Literal[
    "emergency",
    "missed_call",
    "voicemail",
    "new_booking",
    "booking_moved",
    "booking_cancelled",
    "voicemail_untranscribed",
    # QuickBooks: the connection lapsed, or will soon and cannot be extended (reconnect).
    "accounting_expired",
    "accounting_expiring",
]
ALERT_EVENTS: tuple[AlertEvent, ...] = get_args(AlertEvent)
# Events that follow another's switch rather than having their own.
_SWITCH: dict[str, str] = {"voicemail_untranscribed": "voicemail"}
EMAIL_FALLBACK_JOB = "alerts.email_fallback"

log = structlog.get_logger("switchboard.alerts")


def alerts_enabled(settings: dict[str, object] | None, event: AlertEvent) -> bool:
    switches = (settings or {}).get("owner_alerts")
    if not isinstance(switches, dict):
        return True
    return switches.get(_SWITCH.get(event, event), True) is not False


async def page_owner(
    uow: UnitOfWork,
    tenant: TenantContext,
    *,
    event: AlertEvent,
    event_key: str,
    clock: Clock,
    caller: str = "",
    summary: str = "",
    when: str = "",
    service: str = "",
    from_when: str = "",
    phone: str = "",
) -> Message | None:
    """Page the owner about `event`. Returns the SMS (or None when the alert is switched off,
    or the owner has no phone and the email fallback was queued instead). `service`,
    `from_when` and `phone` fill the words of a moved or cancelled appointment."""
    if event not in ALERT_EVENTS:
        raise ValueError(f"unknown owner alert {event!r}")
    business = await businesses.get_own_business(uow, tenant)
    if not alerts_enabled(business.settings, event):
        return None
    fields = {
        "business": business.name,
        "caller": caller,
        "summary": summary[:300],
        "when": when,
        "service": service[:200],
        "from_when": from_when,
        "phone": phone,
    }
    payload: dict[str, Any] = {"event": event, "event_key": event_key, "fields": fields}
    fallback: dict[str, Any] = {"kind": EMAIL_FALLBACK_JOB, "payload": payload}
    if event == "emergency":
        await escalation.schedule(
            uow,
            tenant,
            event_key=event_key,
            fields=fields,
            settings=business.settings,
            clock=clock,
        )
    if not business.owner_phone:
        await queue.enqueue(
            uow,
            EMAIL_FALLBACK_JOB,
            payload,
            tenant=tenant,
            idempotency_key=f"owner_alert:{tenant.business_id}:{event}:{event_key}:email",
            now=clock.now(),
        )
        return None
    return await messaging.send_sms(
        uow,
        tenant,
        to=business.owner_phone,
        body=alert_text(business.language, event, fields),
        kind="owner_alert",
        urgent=event == "emergency",
        clock=clock,
        dedup_key=f"owner_alert:{event}:{event_key}:sms",
        on_undeliverable=fallback,
    )


async def _email_fallback(ctx: JobContext) -> None:
    assert ctx.tenant is not None
    settings: Settings = ctx.services["settings"]
    business = await businesses.get_own_business(ctx.uow, ctx.tenant)
    event: AlertEvent = ctx.payload["event"]
    fields = {str(k): str(v) for k, v in (ctx.payload.get("fields") or {}).items()}
    if not business.owner_email:
        log.warning("owner_alert_undeliverable", alert=event, reason="no owner email")
        return
    await messaging.send_email(
        ctx.uow,
        ctx.tenant,
        to=business.owner_email,
        subject=alert_subject(business.language, event, fields),
        body=alert_text(business.language, event, fields),
        kind="owner_alert",
        clock=ctx.clock,
        from_addr=settings.email_from,
        dedup_key=f"owner_alert:{event}:{ctx.payload['event_key']}:email",
    )


registry.handler(EMAIL_FALLBACK_JOB)(_email_fallback)
