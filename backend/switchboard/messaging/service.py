"""The message log and outbound messaging: every SMS and email goes through here.

`send_sms` / `send_email` record the message (status `queued`, or `blocked` with the reason) and
enqueue its delivery in the caller's transaction, so the message exists if and only if the
change that caused it committed. The delivery job (`messaging.delivery`) applies the sending
rules again at send time, since consent, lockdown and caps may have changed meanwhile.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from switchboard.businesses import service as businesses
from switchboard.core.clock import Clock
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import InvalidInput, NotFound
from switchboard.core.phones import InvalidPhoneNumber, region_of, to_e164
from switchboard.jobs import queue
from switchboard.messaging import consent
from switchboard.messaging.repository import MessageRepository
from switchboard.messaging.rules import (
    Decision,
    SmsFacts,
    SmsPolicy,
    decide_email,
    decide_sms,
)
from switchboard.messaging.status import FAILED, INBOUND_STATUS, advance
from switchboard.models.business import Business
from switchboard.models.message import Message
from switchboard.tenancy.context import TenantContext

SEND_JOB = "messaging.send"
MAX_BODY = 1600  # ten SMS segments; longer texts are a bug, not a message


class MessageNotFound(NotFound):
    title = "Message not found"


def normalise_phone(raw: str) -> str:
    try:
        return to_e164(raw)
    except InvalidPhoneNumber as exc:
        raise InvalidInput("Not a valid phone number.") from exc


async def _dedup(repo: MessageRepository, dedup_key: str | None) -> Message | None:
    return await repo.by_dedup_key(dedup_key) if dedup_key else None


async def send_sms(
    uow: UnitOfWork,
    tenant: TenantContext,
    *,
    to: str,
    body: str,
    kind: str,
    clock: Clock,
    urgent: bool = False,
    customer_id: uuid.UUID | None = None,
    conversation_id: uuid.UUID | None = None,
    dedup_key: str | None = None,
    on_undeliverable: dict[str, Any] | None = None,
) -> Message:
    """Queue an automated SMS from the business's own number.

    `dedup_key` makes the call idempotent (the same key returns the first message).
    `on_undeliverable` ({"kind": job kind, "payload": {...}}) is enqueued if the message is
    blocked or fails for good, e.g. an owner alert's email fallback."""
    if not body.strip() or len(body) > MAX_BODY:
        raise InvalidInput(f"An SMS body must be 1 to {MAX_BODY} characters.")
    phone = normalise_phone(to)
    repo = MessageRepository(uow, tenant)
    existing = await _dedup(repo, dedup_key)
    if existing is not None:
        return existing
    business = await businesses.get_own_business(uow, tenant)
    now = clock.now()
    message = repo.add(
        Message(
            id=uuid.uuid4(),
            channel="sms",
            direction="outbound",
            to_addr=phone,
            from_addr=business.phone_number,
            body=body,
            kind=kind,
            status="queued",
            urgent=urgent,
            customer_id=customer_id,
            conversation_id=conversation_id,
            dedup_key=dedup_key,
            meta=_meta(on_undeliverable),
            created_at=now,
            updated_at=now,
        )
    )
    await uow.session.flush()
    decision = await evaluate_sms(uow, tenant, business, message, now)
    await schedule(uow, tenant, message, decision, now)
    return message


async def send_email(
    uow: UnitOfWork,
    tenant: TenantContext,
    *,
    to: str,
    subject: str,
    body: str,
    kind: str,
    clock: Clock,
    from_addr: str,
    customer_id: uuid.UUID | None = None,
    dedup_key: str | None = None,
) -> Message:
    if "@" not in to or len(to) > 320:
        raise InvalidInput("Not a valid email address.")
    repo = MessageRepository(uow, tenant)
    existing = await _dedup(repo, dedup_key)
    if existing is not None:
        return existing
    business = await businesses.get_own_business(uow, tenant)
    now = clock.now()
    message = repo.add(
        Message(
            id=uuid.uuid4(),
            channel="email",
            direction="outbound",
            to_addr=to.strip().lower(),
            from_addr=from_addr,
            subject=subject[:300],
            body=body,
            kind=kind,
            status="queued",
            customer_id=customer_id,
            dedup_key=dedup_key,
            meta={},
            created_at=now,
            updated_at=now,
        )
    )
    await uow.session.flush()
    await schedule(uow, tenant, message, decide_email(lockdown=business.lockdown), now)
    return message


def _meta(on_undeliverable: dict[str, Any] | None) -> dict[str, Any]:
    if on_undeliverable is None:
        return {}
    if not isinstance(on_undeliverable.get("kind"), str):
        raise ValueError("on_undeliverable needs a job kind")
    return {"on_undeliverable": on_undeliverable}


async def evaluate_sms(
    uow: UnitOfWork, tenant: TenantContext, business: Business, message: Message, now: datetime
) -> Decision:
    """Gather the facts the sending rules need, and apply them."""
    repo = MessageRepository(uow, tenant)
    record = await consent.current(uow, tenant, message.to_addr)
    opted_out = bool(record and record.opted_out)
    confirmations = 0
    if record is not None and opted_out and message.kind == "opt_out":
        confirmations = await repo.opt_out_confirmations_since(message.to_addr, record.updated_at)
        confirmations -= 1 if message.status != "blocked" else 0  # this message itself
    facts = SmsFacts(
        kind=message.kind,
        urgent=message.urgent,
        now=now,
        zone=ZoneInfo(business.timezone),
        lockdown=business.lockdown,
        country=region_of(message.to_addr),
        opted_out=opted_out,
        confirmations_since_opt_out=max(0, confirmations),
        tenant_sent_24h=await repo.sms_sent_since(now - timedelta(hours=24)),
        recipient_sent_1h=await repo.sms_sent_since(now - timedelta(hours=1), message.to_addr),
        policy=SmsPolicy.from_settings(business.settings),
    )
    return decide_sms(facts)


async def schedule(
    uow: UnitOfWork, tenant: TenantContext, message: Message, decision: Decision, now: datetime
) -> None:
    """Apply a rules decision to a message that has not been handed to a provider yet."""
    if decision.action == "block":
        message.status = "blocked"
        message.reason = decision.reason
        await undeliverable(uow, tenant, message, now)
        return
    run_at = now
    if decision.action == "defer" and decision.until is not None:
        run_at = decision.until
        message.send_after = decision.until
        message.reason = decision.reason
    await queue.enqueue(
        uow,
        SEND_JOB,
        {"message_id": str(message.id)},
        tenant=tenant,
        run_at=run_at,
        idempotency_key=f"message:{message.id}:send:{int(run_at.timestamp())}",
        now=now,
    )


async def undeliverable(
    uow: UnitOfWork, tenant: TenantContext, message: Message, now: datetime
) -> None:
    """Run the message's fallback, once, when it cannot reach its recipient."""
    fallback = (message.meta or {}).get("on_undeliverable")
    if not fallback:
        return
    payload = {**dict(fallback.get("payload") or {}), "message_id": str(message.id)}
    await queue.enqueue(
        uow,
        str(fallback["kind"]),
        payload,
        tenant=tenant,
        idempotency_key=f"message:{message.id}:undeliverable",
        now=now,
    )


async def withdraw_queued(
    uow: UnitOfWork, tenant: TenantContext, *, dedup_prefix: str, reason: str, clock: Clock
) -> int:
    """Stop automated messages that have not left yet, e.g. a reminder waiting out the quiet
    hours for an appointment that has since moved or been cancelled. Returns how many."""
    withdrawn = await MessageRepository(uow, tenant).queued_with_dedup_prefix(dedup_prefix)
    for message in withdrawn:
        message.status = "blocked"
        message.reason = reason
        message.updated_at = clock.now()
    await uow.session.flush()
    return len(withdrawn)


async def record_inbound(
    uow: UnitOfWork,
    tenant: TenantContext,
    *,
    channel: str,
    from_addr: str,
    to_addr: str,
    body: str,
    kind: str,
    clock: Clock,
    provider_id: str | None = None,
    customer_id: uuid.UUID | None = None,
    conversation_id: uuid.UUID | None = None,
) -> Message:
    """Log a message received from outside (the inbound SMS flow calls this). A provider id
    seen before returns the first record, so a repeated webhook is logged once."""
    repo = MessageRepository(uow, tenant)
    if provider_id:
        existing = await repo.by_provider_id(provider_id)
        if existing is not None:
            return existing
    now = clock.now()
    message = repo.add(
        Message(
            id=uuid.uuid4(),
            channel=channel,
            direction="inbound",
            to_addr=to_addr,
            from_addr=from_addr,
            body=body,
            kind=kind,
            status=INBOUND_STATUS,
            provider_id=provider_id,
            customer_id=customer_id,
            conversation_id=conversation_id,
            meta={},
            created_at=now,
            updated_at=now,
        )
    )
    await uow.session.flush()
    return message


async def apply_provider_status(
    uow: UnitOfWork,
    tenant: TenantContext,
    provider_id: str,
    reported: str,
    clock: Clock,
    error_code: str | None = None,
    message_id: uuid.UUID | None = None,
) -> Message | None:
    """A delivery report from the provider; repeated or out-of-order reports are harmless.
    `message_id` (from the callback URL) finds a message whose provider id is not stored yet,
    when the report outruns the delivery job's own commit."""
    repo = MessageRepository(uow, tenant)
    message = await repo.by_provider_id(provider_id)
    if message is None and message_id is not None:
        message = await repo.get(message_id)
        if message is not None and message.provider_id not in (None, provider_id):
            message = None
        if message is not None:
            message.provider_id = provider_id
    if message is None or message.direction != "outbound":
        return None
    new = advance(message.status, reported)
    if new != message.status:
        message.status = new
        message.updated_at = clock.now()
        if new in FAILED:
            message.reason = f"carrier reported {new}" + (
                f" (error {error_code})" if error_code else ""
            )
            await undeliverable(uow, tenant, message, clock.now())
    return message


async def list_messages(
    uow: UnitOfWork,
    tenant: TenantContext,
    *,
    to: str | None = None,
    channel: str | None = None,
    kind: str | None = None,
    limit: int = 100,
) -> Sequence[Message]:
    if to:
        to = to.strip()
        if "@" in to:
            to = to.lower()
        else:
            # Not a phone number: an exact match on what was given, which simply finds nothing.
            with contextlib.suppress(InvalidPhoneNumber):
                to = to_e164(to)
    return await MessageRepository(uow, tenant).search(
        to=to, channel=channel, kind=kind, limit=limit
    )


async def received_since(
    uow: UnitOfWork, tenant: TenantContext, *, from_addr: str, kind: str, since: datetime
) -> bool:
    """Whether an inbound message of `kind` from `from_addr` was logged at or after `since`."""
    return await MessageRepository(uow, tenant).received_since(from_addr, kind, since) > 0


async def get_message(uow: UnitOfWork, tenant: TenantContext, message_id: uuid.UUID) -> Message:
    message = await MessageRepository(uow, tenant).get(message_id)
    if message is None:
        raise MessageNotFound()
    return message


async def move_customer(
    uow: UnitOfWork, tenant: TenantContext, from_id: uuid.UUID, to_id: uuid.UUID
) -> None:
    """A merge: the duplicate's messages (its STOP, its confirmations) belong to the survivor."""
    await MessageRepository(uow, tenant).reassign(from_id, to_id)


async def count_texts(
    uow: UnitOfWork, tenant: TenantContext, start: datetime, end: datetime
) -> int:
    """SMS sent or received in [start, end), blocked ones not counted: what billing meters."""
    return await MessageRepository(uow, tenant).count(
        Message.channel == "sms",
        Message.status != "blocked",
        Message.created_at >= start,
        Message.created_at < end,
    )
