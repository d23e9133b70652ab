"""Emergency pages that nobody acknowledges go to the backup number.

When the owner is paged about an emergency, a job is queued for `escalation_minutes` later
(Business.settings, default 5). The owner acknowledges by texting "1" or "OK" to the business
number; the inbound SMS flow logs that text with kind `page_ack`. When the job runs it looks
for an acknowledgement in the inbound message log since the page; without one it pages
`backup_phone` once. The job lives in the database (not in a timer in this process), so the
escalation survives restarts and runs on whichever worker claims it. Each step is in the
audit trail and every text in the message log."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

import structlog

from switchboard.alerts.catalogue import alert_text
from switchboard.audit import service as audit
from switchboard.businesses import service as businesses
from switchboard.core.clock import Clock
from switchboard.core.db import UnitOfWork
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, registry
from switchboard.messaging import service as messaging
from switchboard.models.message import Message
from switchboard.tenancy.context import TenantContext

ESCALATE_JOB = "alerts.escalate_emergency"
ACK_KIND = "page_ack"
DEFAULT_ESCALATION_MINUTES = 5
# The whole text is the acknowledgement ("1", "ok", "OK!", " Okay. "), never part of a sentence.
_ACK = re.compile(r"^\W*(1|ok|okay)\W*$", re.IGNORECASE)

log = structlog.get_logger("switchboard.alerts")


def is_acknowledgement(body: str) -> bool:
    return bool(_ACK.match(body))


def escalation_minutes(settings: dict[str, Any] | None) -> int:
    value = (settings or {}).get("escalation_minutes")
    return int(value) if value else DEFAULT_ESCALATION_MINUTES


async def schedule(
    uow: UnitOfWork,
    tenant: TenantContext,
    *,
    event_key: str,
    fields: dict[str, str],
    settings: dict[str, Any] | None,
    clock: Clock,
) -> None:
    """Called with the emergency page, in its transaction: no page, no escalation."""
    now = clock.now()
    minutes = escalation_minutes(settings)
    job_id = await queue.enqueue(
        uow,
        ESCALATE_JOB,
        {"event_key": event_key, "paged_at": now.isoformat(), "minutes": minutes, "fields": fields},
        tenant=tenant,
        run_at=now + timedelta(minutes=minutes),
        idempotency_key=f"{ESCALATE_JOB}:{tenant.business_id}:{event_key}",
        now=now,
    )
    if job_id is not None:
        audit.record(
            uow,
            tenant,
            "alert.escalation_scheduled",
            "alert",
            event_key,
            {"minutes": minutes, "run_at": (now + timedelta(minutes=minutes)).isoformat()},
        )


def acknowledge(uow: UnitOfWork, tenant: TenantContext, inbound: Message) -> None:
    """The owner answered a page: mark the text so the escalation job finds it."""
    inbound.kind = ACK_KIND
    audit.record(uow, tenant, "alert.acknowledged", "message", inbound.id, {"body": inbound.body})


async def _escalate(ctx: JobContext) -> None:
    assert ctx.tenant is not None
    uow, tenant = ctx.uow, ctx.tenant
    event_key = str(ctx.payload["event_key"])
    paged_at = datetime.fromisoformat(str(ctx.payload["paged_at"]))
    business = await businesses.get_own_business(uow, tenant)
    if business.owner_phone and await messaging.received_since(
        uow, tenant, from_addr=business.owner_phone, kind=ACK_KIND, since=paged_at
    ):
        audit.record(
            uow,
            tenant,
            "alert.escalation_cancelled",
            "alert",
            event_key,
            {"reason": "acknowledged"},
        )
        return
    backup = (business.settings or {}).get("backup_phone")
    if not backup:
        log.warning("emergency_unacknowledged", event_key=event_key, reason="no backup_phone")
        audit.record(
            uow, tenant, "alert.escalation_skipped", "alert", event_key, {"reason": "no backup"}
        )
        return
    fields = {str(k): str(v) for k, v in (ctx.payload.get("fields") or {}).items()}
    fields["minutes"] = str(ctx.payload.get("minutes", DEFAULT_ESCALATION_MINUTES))
    message = await messaging.send_sms(
        uow,
        tenant,
        to=str(backup),
        body=alert_text(business.language, "emergency_backup", fields),
        kind="owner_alert",
        urgent=True,
        clock=ctx.clock,
        dedup_key=f"owner_alert:emergency:{event_key}:backup",
    )
    audit.record(
        uow,
        tenant,
        "alert.escalated",
        "message",
        message.id,
        {"event_key": event_key, "to": str(backup), "minutes": fields["minutes"]},
    )


registry.handler(ESCALATE_JOB)(_escalate)
