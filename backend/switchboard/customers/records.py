"""Flows over a customer's whole record across domains: merge, delete, timeline."""

from __future__ import annotations

import uuid
from datetime import datetime

from switchboard.audit import service as audit
from switchboard.conversations import inbox
from switchboard.conversations import service as conversations
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import Conflict, InvalidInput
from switchboard.customers import merge as merging
from switchboard.customers import service as customers
from switchboard.customers.schemas import Timeline, TimelineEntry
from switchboard.messaging import consent as sms_consent
from switchboard.messaging import service as messaging
from switchboard.models.customer import Customer
from switchboard.scheduling import service as scheduling
from switchboard.tenancy.context import TenantContext


async def merge(
    uow: UnitOfWork,
    tenant: TenantContext,
    keeper_id: uuid.UUID,
    duplicate_id: uuid.UUID,
    now: datetime,
) -> Customer:
    """Fold a duplicate into the keeper: its appointments, conversations, callbacks, messages,
    addresses, tags, notes and SMS consent history move over (no opt-out of either record is
    lost: see `customers.merge`), and the duplicate is gone."""
    keeper = await customers.get_customer(uow, tenant, keeper_id)
    duplicate = await customers.get_customer(uow, tenant, duplicate_id)
    if keeper.id == duplicate.id:
        raise InvalidInput("A customer cannot be merged into itself.")
    await scheduling.move_customer(uow, tenant, duplicate.id, keeper.id)
    await conversations.move_customer(uow, tenant, duplicate.id, keeper.id)
    await messaging.move_customer(uow, tenant, duplicate.id, keeper.id)
    await merging.absorb(uow, tenant, keeper, duplicate, now)
    audit.record(
        uow, tenant, "customer.merge", "customer", keeper.id, {"merged": str(duplicate_id)}
    )
    return keeper


async def delete(uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID) -> None:
    customer = await customers.get_customer(uow, tenant, customer_id)
    if await scheduling.count_for_customer(uow, tenant, customer.id):
        raise Conflict("This customer has appointments; merge the record instead of deleting it.")
    await conversations.move_customer_out(uow, tenant, customer.id)
    await sms_consent.detach_customer(uow, tenant, customer.id)
    await customers.delete_customer_row(uow, tenant, customer)


async def timeline(uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID) -> Timeline:
    """One history across calls, texts, chats, jobs, follow-ups and SMS consent decisions,
    newest first."""
    customer = await customers.get_customer(uow, tenant, customer_id)
    entries: list[TimelineEntry] = []
    for a in await scheduling.list_appointments(
        uow, tenant, None, None, None, limit=500, customer_id=customer.id
    ):
        entries.append(
            TimelineEntry(
                at=a.start,
                kind="appointment",
                id=a.id,
                summary=f"{a.service} ({a.status})",
                details={"status": a.status, "is_emergency": a.is_emergency, "address": a.address},
            )
        )
    items, counts, _ = await inbox.list_conversations(
        uow, tenant, None, customer_id=customer.id, limit=500
    )
    for c in items:
        entries.append(
            TimelineEntry(
                at=c.started_at,
                kind="conversation",
                id=c.id,
                summary=c.summary or f"{c.channel} conversation",
                details={"channel": c.channel, "messages": counts.get(c.id, 0)},
            )
        )
    for cb in await conversations.list_callbacks(uow, tenant, None, customer_id=customer.id):
        entries.append(
            TimelineEntry(
                at=cb.created_at,
                kind="callback",
                id=cb.id,
                summary=f"callback: {cb.reason}",
                details={"status": cb.status, "resolution": cb.resolution},
            )
        )
    for event in await sms_consent.history(uow, tenant, customer.id, customer.phone):
        entries.append(
            TimelineEntry(
                at=event.at,
                kind="sms_consent",
                id=event.id,
                summary=f"SMS {'opt-out' if event.opted_out else 'opt-in'} ({event.source})",
                details={
                    "opted_out": event.opted_out,
                    "phone": event.phone,
                    "source": event.source,
                    "message_id": str(event.message_id) if event.message_id else None,
                    "actor": event.actor,
                    "note": event.note,
                },
            )
        )
    entries.sort(key=lambda e: e.at, reverse=True)
    return Timeline(customer_id=customer.id, items=entries)
