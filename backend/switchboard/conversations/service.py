"""Conversations (voice, SMS, web chat) with their messages in order, and the callback queue.

Other domains record through `start_conversation`, `append_message` and `open_callback`; the
owner reads, adds notes, assigns and resolves.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from switchboard.audit import service as audit
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import InvalidInput, NotFound
from switchboard.customers import service as customers
from switchboard.models.business import Business
from switchboard.models.callback import Callback
from switchboard.models.conversation import Conversation, ConversationMessage
from switchboard.models.customer import Customer
from switchboard.tenancy.context import TenantContext
from switchboard.tenancy.repository import TenantRepository

CHANNELS = ("voice", "sms", "web")
ROLES = ("caller", "assistant", "owner")


class ConversationNotFound(NotFound):
    title = "Conversation not found"


class CallbackNotFound(NotFound):
    title = "Callback not found"


class ConversationRepository(TenantRepository[Conversation]):
    model = Conversation

    async def detach(self, customer_id: uuid.UUID) -> None:
        await self.session.execute(
            update(Conversation)
            .where(
                Conversation.business_id == self.tenant.business_id,
                Conversation.customer_id == customer_id,
            )
            .values(customer_id=None)
            .execution_options(synchronize_session=False)
        )

    async def message_counts(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
        if not ids:
            return {}
        stmt = (
            select(ConversationMessage.conversation_id, func.count())
            .where(
                ConversationMessage.business_id == self.tenant.business_id,
                ConversationMessage.conversation_id.in_(list(ids)),
            )
            .group_by(ConversationMessage.conversation_id)
        )
        return {row[0]: int(row[1]) for row in (await self.session.execute(stmt)).all()}

    async def last_roles(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
        if not ids:
            return {}
        newest = (
            select(
                ConversationMessage.conversation_id,
                func.max(ConversationMessage.seq).label("seq"),
            )
            .where(
                ConversationMessage.business_id == self.tenant.business_id,
                ConversationMessage.conversation_id.in_(list(ids)),
            )
            .group_by(ConversationMessage.conversation_id)
            .subquery()
        )
        stmt = (
            select(ConversationMessage.conversation_id, ConversationMessage.role)
            .join(
                newest,
                (newest.c.conversation_id == ConversationMessage.conversation_id)
                & (newest.c.seq == ConversationMessage.seq),
            )
            .where(ConversationMessage.business_id == self.tenant.business_id)
        )
        return {row[0]: row[1] for row in (await self.session.execute(stmt)).all()}

    async def reassign(self, from_id: uuid.UUID, to_id: uuid.UUID) -> None:
        await self.session.execute(
            update(Conversation)
            .where(
                Conversation.business_id == self.tenant.business_id,
                Conversation.customer_id == from_id,
            )
            .values(customer_id=to_id)
            .execution_options(synchronize_session=False)
        )


class MessageRepository(TenantRepository[ConversationMessage]):
    model = ConversationMessage

    async def of(
        self, conversation_id: uuid.UUID, *, after: int = -1, before: int | None = None
    ) -> Sequence[ConversationMessage]:
        criteria = [
            ConversationMessage.conversation_id == conversation_id,
            ConversationMessage.seq > after,
        ]
        if before is not None:
            criteria.append(ConversationMessage.seq < before)
        stmt = self.select(*criteria).order_by(ConversationMessage.seq)
        return (await self.session.execute(stmt)).scalars().all()

    async def last_from(self, conversation_id: uuid.UUID, role: str) -> ConversationMessage | None:
        stmt = (
            self.select(
                ConversationMessage.conversation_id == conversation_id,
                ConversationMessage.role == role,
            )
            .order_by(ConversationMessage.seq.desc())
            .limit(1)
        )
        return (await self.session.execute(stmt)).scalars().first()


class CallbackRepository(TenantRepository[Callback]):
    model = Callback

    async def detach(self, customer_id: uuid.UUID) -> None:
        await self.session.execute(
            update(Callback)
            .where(
                Callback.business_id == self.tenant.business_id, Callback.customer_id == customer_id
            )
            .values(customer_id=None)
            .execution_options(synchronize_session=False)
        )

    async def reassign(self, from_id: uuid.UUID, to_id: uuid.UUID) -> None:
        await self.session.execute(
            update(Callback)
            .where(Callback.business_id == self.tenant.business_id, Callback.customer_id == from_id)
            .values(customer_id=to_id)
            .execution_options(synchronize_session=False)
        )

    async def open_for_conversation(self, conversation_id: uuid.UUID) -> Callback | None:
        stmt = self.select(
            Callback.conversation_id == conversation_id, Callback.status == "open"
        ).limit(1)
        return (await self.session.execute(stmt)).scalars().first()


# Conversations ---------------------------------------------------------------------------


async def start_conversation(
    uow: UnitOfWork,
    tenant: TenantContext,
    channel: str,
    at: datetime,
    *,
    phone: str | None = None,
    customer_id: uuid.UUID | None = None,
    external_id: str | None = None,
) -> Conversation:
    """A new conversation, written with the unit of work's next flush (its id is made here,
    so nothing needs it in the database sooner); its first message will be seq 0."""
    if channel not in CHANNELS:
        raise InvalidInput(f"channel is one of {', '.join(CHANNELS)}")
    found: Customer | None = None
    if customer_id is None and phone:
        found = await customers.find_by_phone(uow, tenant, phone)
        customer_id = found.id if found else None
    conversation = ConversationRepository(uow, tenant).add(
        Conversation(
            id=uuid.uuid4(),
            channel=channel,
            phone=phone,
            customer_id=customer_id,
            started_at=at,
            summary="",
            external_id=external_id,
            next_seq=0,
        )
    )
    if phone and found is None and customer_id is None:
        uow.memo[f"caller:{conversation.id}"] = None  # looked up: not a customer
    elif found is not None:
        uow.memo[f"caller:{conversation.id}"] = found
    return conversation


async def append_message(
    uow: UnitOfWork,
    tenant: TenantContext,
    conversation_id: uuid.UUID,
    role: str,
    text: str,
    at: datetime,
) -> ConversationMessage:
    conversation = await for_turn(uow, tenant, Conversation.id == conversation_id)
    if conversation is None:
        raise ConversationNotFound()
    return await append_to(uow, tenant, conversation, role, text, at)


async def append_to(
    uow: UnitOfWork,
    tenant: TenantContext,
    conversation: Conversation,
    role: str,
    text: str,
    at: datetime,
    meta: dict[str, Any] | None = None,
) -> ConversationMessage:
    """Append to a conversation the caller has loaded in this unit of work through `for_turn`
    (or just started): its row is this transaction's to write, so its `next_seq` is counted
    on here. The message is written with the unit of work's next flush, so a turn's caller
    message and reply go to the database together."""
    if role not in ROLES:
        raise InvalidInput(f"role is one of {', '.join(ROLES)}")
    repo = MessageRepository(uow, tenant)
    seq = conversation.next_seq or 0
    conversation.next_seq = seq + 1
    message = repo.add(
        ConversationMessage(
            id=uuid.uuid4(),
            conversation_id=conversation.id,
            seq=seq,
            role=role,
            text=text,
            at=at,
            meta=meta if meta is not None else {},
        )
    )
    conversation.last_message_at = at
    return message


async def annotate_last(
    uow: UnitOfWork,
    tenant: TenantContext,
    conversation: Conversation,
    role: str,
    notes: dict[str, Any],
) -> ConversationMessage | None:
    """Add `notes` to the `meta` of the conversation's latest message from `role` (e.g. the
    reply a caller talked over), if there is one."""
    message = await MessageRepository(uow, tenant).last_from(conversation.id, role)
    if message is not None:
        message.meta = {**(message.meta or {}), **notes}  # a new dict: JSON changes are seen
    return message


async def for_turn(
    uow: UnitOfWork, tenant: TenantContext, *criteria: Any, with_business: bool = False
) -> Conversation | None:
    """The conversation a channel is about to take a turn on (or append to).

    On PostgreSQL its row is locked (FOR NO KEY UPDATE) and read afresh, so two turns on one
    conversation at once (two texts a second apart) take their turns one after the other: the
    second reads the state and `next_seq` the first committed. On SQLite the transaction is
    already the only writer. A read-only unit of work (reading what to ask the model before
    the turn's own transaction) locks nothing.

    `with_business`: the tenant's business row comes in the same statement (a turn reads it
    next: a round trip less), never locked (`OF conversations`: its row lock is the
    schedule's, see `scheduling.repository.lock_schedule`)."""
    stmt = ConversationRepository(uow, tenant).select(*criteria).limit(1)
    if with_business:
        stmt = stmt.add_columns(Business).join(Business, Business.id == Conversation.business_id)
    if uow.dialect == "postgresql" and not uow.read_only:
        stmt = stmt.with_for_update(key_share=True, of=Conversation).execution_options(
            populate_existing=True
        )
    row = (await uow.session.execute(stmt)).first()
    if row is None:
        return None
    found: tuple[Any, ...] = tuple(row)
    if with_business:
        # The session's identity map holds objects weakly: held for the unit of work, so the
        # turn's own read of its business is answered from it (as `tenant_for_twilio_number`).
        uow.memo[f"business:{tenant.business_id}"] = found[1]
    conversation: Conversation = found[0]
    return conversation


async def get_conversation(
    uow: UnitOfWork, tenant: TenantContext, conversation_id: uuid.UUID
) -> Conversation:
    conversation = await ConversationRepository(uow, tenant).get(conversation_id)
    if conversation is None:
        raise ConversationNotFound()
    return conversation


async def messages_of(
    uow: UnitOfWork,
    tenant: TenantContext,
    conversation_id: uuid.UUID,
    *,
    after: int = -1,
    before: int | None = None,
) -> Sequence[ConversationMessage]:
    """In order; only those numbered after `after` (and before `before`), when given."""
    return await MessageRepository(uow, tenant).of(conversation_id, after=after, before=before)


# Callbacks -------------------------------------------------------------------------------


async def open_callback(
    uow: UnitOfWork,
    tenant: TenantContext,
    *,
    reason: str,
    at: datetime,
    phone: str | None = None,
    customer_id: uuid.UUID | None = None,
    details: str = "",
    conversation_id: uuid.UUID | None = None,
    assignee: str | None = None,
    merge: bool = False,
    number_withheld: bool = False,
) -> Callback:
    """A new open callback. With `merge`, the conversation's open callback is completed
    instead when it has one (the assistant's message taking: one item per conversation).
    `number_withheld`: a caller who withheld their number (or had none) still leaves an item
    to act on (a voicemail, a missed call), with no number to call back."""
    if customer_id is not None:
        customer = await customers.get_customer(uow, tenant, customer_id)
        phone = phone or customer.phone
    elif phone:
        found = await customers.find_by_phone(uow, tenant, phone)
        customer_id = found.id if found else None
    if phone is None and customer_id is None and not number_withheld:
        raise InvalidInput("A callback needs a phone number or a customer.")
    repository = CallbackRepository(uow, tenant)
    if conversation_id is not None:
        await get_conversation(uow, tenant, conversation_id)
    if conversation_id is not None and merge:
        # A message completed later in the call (the caller's name, a better number)
        # updates the callback rather than adding a second one.
        existing = await repository.open_for_conversation(conversation_id)
        if existing is not None:
            existing.details = details or existing.details
            existing.phone = phone or existing.phone
            existing.customer_id = existing.customer_id or customer_id
            existing.reason = reason if existing.reason == "question" else existing.reason
            await uow.session.flush()
            return existing
    callback = repository.add(
        Callback(
            id=uuid.uuid4(),
            phone=phone,
            customer_id=customer_id,
            conversation_id=conversation_id,
            reason=reason,
            details=details,
            status="open",
            assignee=assignee,
            created_at=at,
        )
    )
    await uow.session.flush()
    return callback


async def callback_with_recording(
    uow: UnitOfWork, tenant: TenantContext, recording_url: str
) -> Callback | None:
    """The voicemail already opened for this recording, if any (a replayed callback)."""
    found = await CallbackRepository(uow, tenant).list(
        Callback.recording_url == recording_url, limit=1
    )
    return found[0] if found else None


async def get_callback(uow: UnitOfWork, tenant: TenantContext, callback_id: uuid.UUID) -> Callback:
    callback = await CallbackRepository(uow, tenant).get(callback_id)
    if callback is None:
        raise CallbackNotFound()
    return callback


async def list_callbacks(
    uow: UnitOfWork,
    tenant: TenantContext,
    status: str | None,
    *,
    customer_id: uuid.UUID | None = None,
    limit: int = 200,
) -> Sequence[Callback]:
    criteria = []
    if status:
        criteria.append(Callback.status == status)
    if customer_id:
        criteria.append(Callback.customer_id == customer_id)
    return await CallbackRepository(uow, tenant).list(
        *criteria, order_by=Callback.created_at.desc(), limit=limit
    )


async def resolve_callback(
    uow: UnitOfWork, tenant: TenantContext, callback_id: uuid.UUID, resolution: str, at: datetime
) -> Callback:
    callback = await get_callback(uow, tenant, callback_id)
    callback.status = "done"
    callback.resolution = resolution
    callback.resolved_at = at
    await uow.session.flush()
    audit.record(uow, tenant, "callback.resolve", "callback", callback.id)
    return callback


async def reopen_callback(
    uow: UnitOfWork, tenant: TenantContext, callback_id: uuid.UUID
) -> Callback:
    callback = await get_callback(uow, tenant, callback_id)
    callback.status = "open"
    callback.resolved_at = None
    await uow.session.flush()
    audit.record(uow, tenant, "callback.reopen", "callback", callback.id)
    return callback


async def assign_callback(
    uow: UnitOfWork, tenant: TenantContext, callback_id: uuid.UUID, assignee: str | None
) -> Callback:
    callback = await get_callback(uow, tenant, callback_id)
    callback.assignee = assignee
    await uow.session.flush()
    audit.record(uow, tenant, "callback.assign", "callback", callback.id)
    return callback


async def move_customer(
    uow: UnitOfWork, tenant: TenantContext, from_id: uuid.UUID, to_id: uuid.UUID
) -> None:
    await ConversationRepository(uow, tenant).reassign(from_id, to_id)
    await CallbackRepository(uow, tenant).reassign(from_id, to_id)


async def move_customer_out(uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID) -> None:
    """Detach a deleted customer's conversations and callbacks (they keep the phone number)."""
    await ConversationRepository(uow, tenant).detach(customer_id)
    await CallbackRepository(uow, tenant).detach(customer_id)


async def call_spans(
    uow: UnitOfWork, tenant: TenantContext, start: datetime, end: datetime
) -> list[tuple[datetime, datetime | None]]:
    """(started, last message) of each voice conversation begun in [start, end): what
    billing meters as calls and minutes."""
    rows = await uow.session.execute(
        select(Conversation.started_at, Conversation.last_message_at).where(
            Conversation.business_id == tenant.business_id,
            Conversation.channel == "voice",
            Conversation.started_at >= start,
            Conversation.started_at < end,
        )
    )
    return [(started, last) for started, last in rows]


async def last_message_from(
    uow: UnitOfWork, tenant: TenantContext, conversation_id: uuid.UUID, role: str
) -> ConversationMessage | None:
    return await MessageRepository(uow, tenant).last_from(conversation_id, role)
