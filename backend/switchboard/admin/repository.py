"""The operator's cross-tenant reads: counts grouped by tenant, last signs of life.

Every query here runs in an explicit, named system scope (the console's only reason to cross
tenants) and returns numbers and dates, never a customer's data."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from switchboard.admin import error_counts
from switchboard.core.db import UnitOfWork
from switchboard.models.audit import AuditEvent
from switchboard.models.billing import BillingAccount
from switchboard.models.business import Business
from switchboard.models.conversation import Conversation
from switchboard.models.credential import Credential
from switchboard.models.job import Job
from switchboard.models.message import Message
from switchboard.models.scheduling import Appointment
from switchboard.models.security_event import SecurityEvent
from switchboard.models.webhook_receipt import WebhookReceipt

# What a tenant's usage is made of: the table, its tenant column, its time column, and the
# rows that count.
_COUNTED: dict[str, tuple[Any, Any, Any, tuple[ColumnElement[bool], ...]]] = {
    "calls": (
        Conversation,
        Conversation.business_id,
        Conversation.started_at,
        (Conversation.channel == "voice",),
    ),
    "chats": (
        Conversation,
        Conversation.business_id,
        Conversation.started_at,
        (Conversation.channel == "web",),
    ),
    "texts": (
        Message,
        Message.business_id,
        Message.created_at,
        (Message.channel == "sms", Message.status != "blocked"),
    ),
    "emails": (Message, Message.business_id, Message.created_at, (Message.channel == "email",)),
    "bookings": (Appointment, Appointment.business_id, Appointment.created_at, ()),
    "delivery_failures": (
        Message,
        Message.business_id,
        Message.created_at,
        (Message.direction == "outbound", Message.status.in_(("failed", "undelivered"))),
    ),
    "job_failures": (
        Job,
        Job.business_id,
        Job.finished_at,
        (Job.status.in_(("dead", "discarded")),),
    ),
    # Twilio webhooks refused for their signature, by the tenant whose number they name
    # (claimed, never verified; security_events.claimed_tenant). Unattributed ones are only
    # in the platform's security counts.
    "webhook_rejections": (
        SecurityEvent,
        SecurityEvent.business_id,
        SecurityEvent.at,
        (SecurityEvent.kind == "signature_failure", SecurityEvent.surface == "twilio"),
    ),
}
MEASURES = tuple(_COUNTED)


def _counting(
    name: str, since: datetime, until: datetime, business_id: uuid.UUID | None
) -> tuple[Select[Any], Any]:
    model, tenant_column, at, conditions = _COUNTED[name]
    query = select(tenant_column, func.count()).select_from(model)
    query = query.where(at >= since, at < until, *conditions).group_by(tenant_column)
    if business_id is not None:
        query = query.where(tenant_column == business_id)
    return query, at


async def counts_by_tenant(
    uow: UnitOfWork, since: datetime, until: datetime, business_id: uuid.UUID | None = None
) -> dict[str, dict[uuid.UUID, int]]:
    """For each measure, how many per tenant in [since, until)."""
    result: dict[str, dict[uuid.UUID, int]] = {}
    async with uow.system_scope("operator counts usage across tenants"):
        for name in MEASURES:
            query, _ = _counting(name, since, until, business_id)
            rows = (await uow.session.execute(query)).all()
            result[name] = {row[0]: int(row[1]) for row in rows if row[0] is not None}
    return result


async def moments(
    uow: UnitOfWork, business_id: uuid.UUID, since: datetime, until: datetime
) -> dict[str, list[datetime]]:
    """When each counted thing happened for one tenant (for its daily chart); bounded by the
    period (at most 90 days of one small business's activity)."""
    result: dict[str, list[datetime]] = {}
    async with uow.system_scope("operator charts one tenant's usage"):
        for name in MEASURES:
            _model, tenant_column, at, conditions = _COUNTED[name]
            query = select(at).where(
                tenant_column == business_id, at >= since, at < until, *conditions
            )
            result[name] = [row[0] for row in (await uow.session.execute(query)).all()]
    return result


async def dead_jobs_by_tenant(uow: UnitOfWork) -> dict[uuid.UUID | None, int]:
    async with uow.system_scope("operator counts dead jobs"):
        rows = (
            await uow.session.execute(
                select(Job.business_id, func.count())
                .where(Job.status == "dead")
                .group_by(Job.business_id)
            )
        ).all()
    return {row[0]: int(row[1]) for row in rows}


async def tenants(uow: UnitOfWork) -> Sequence[Business]:
    async with uow.system_scope("operator overview of tenants"):
        return (
            (await uow.session.execute(select(Business).order_by(Business.name).limit(2000)))
            .scalars()
            .all()
        )


async def last_webhook_at(uow: UnitOfWork, business_id: uuid.UUID) -> datetime | None:
    """The last sign that the tenant's number reaches us: a signed Twilio delivery we kept a
    receipt of, an inbound text, or a call."""
    async with uow.system_scope("operator reads a tenant's last webhook"):
        candidates = [
            (
                await uow.session.execute(
                    select(func.max(WebhookReceipt.created_at)).where(
                        WebhookReceipt.business_id == business_id
                    )
                )
            ).scalar_one_or_none(),
            (
                await uow.session.execute(
                    select(func.max(Message.created_at)).where(
                        Message.business_id == business_id,
                        Message.channel == "sms",
                        Message.direction == "inbound",
                    )
                )
            ).scalar_one_or_none(),
            (
                await uow.session.execute(
                    select(func.max(Conversation.started_at)).where(
                        Conversation.business_id == business_id,
                        Conversation.channel == "voice",
                        # A call Twilio put through (not one started through /v1/sessions).
                        Conversation.external_id.like("call:%"),
                    )
                )
            ).scalar_one_or_none(),
        ]
    seen = [_aware(c) for c in candidates if c is not None]
    return max(seen) if seen else None


def _aware(value: datetime) -> datetime:
    # func.max() bypasses the column type on SQLite: naive text comes back.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


async def widget_last_used_at(uow: UnitOfWork, business_id: uuid.UUID) -> datetime | None:
    async with uow.system_scope("operator reads a tenant's widget use"):
        value = (
            await uow.session.execute(
                select(func.max(Credential.last_used_at)).where(
                    Credential.business_id == business_id, Credential.kind == "widget_token"
                )
            )
        ).scalar_one_or_none()
    return None if value is None else _aware(value)


async def calendar_mirrored(uow: UnitOfWork, business_id: uuid.UUID) -> bool:
    async with uow.system_scope("operator reads a tenant's calendar mirroring"):
        found = (
            await uow.session.execute(
                select(Appointment.id)
                .where(
                    Appointment.business_id == business_id,
                    Appointment.calendar_event_id.is_not(None),
                )
                .limit(1)
            )
        ).first()
    return found is not None


async def billing_account(uow: UnitOfWork, business_id: uuid.UUID) -> BillingAccount | None:
    async with uow.system_scope("operator reads a tenant's billing status"):
        return (
            await uow.session.execute(
                select(BillingAccount).where(BillingAccount.business_id == business_id)
            )
        ).scalar_one_or_none()


async def services_reviewed(uow: UnitOfWork, business_id: uuid.UUID) -> bool:
    """Someone (the owner or the operator) changed the service catalogue: the defaults written
    on first use do not count."""
    async with uow.system_scope("operator reads a tenant's catalogue edits"):
        found = (
            await uow.session.execute(
                select(AuditEvent.id)
                .where(AuditEvent.business_id == business_id, AuditEvent.action.like("service.%"))
                .limit(1)
            )
        ).first()
    return found is not None


async def error_totals(
    uow: UnitOfWork, since: datetime, until: datetime
) -> dict[str, dict[uuid.UUID, int]]:
    async with uow.system_scope("operator counts error answers across tenants"):
        return await error_counts.totals(uow, since, until)


async def error_hours(
    uow: UnitOfWork, business_id: uuid.UUID, since: datetime, until: datetime
) -> list[tuple[datetime, str, int]]:
    async with uow.system_scope("operator charts one tenant's error answers"):
        return await error_counts.hourly(uow, business_id, since, until)
