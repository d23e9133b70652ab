"""The owner's list of conversations: newest first, filtered by what the assistant judged
(an emergency, a booking) and by who spoke last, with each one's message count."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from switchboard.conversations.service import ConversationRepository
from switchboard.core.db import UnitOfWork
from switchboard.models.conversation import Conversation, ConversationMessage
from switchboard.tenancy.context import TenantContext


def _last_role() -> Any:
    """The role of a conversation's latest message (a correlated scalar subquery)."""
    return (
        select(ConversationMessage.role)
        .where(
            ConversationMessage.business_id == Conversation.business_id,
            ConversationMessage.conversation_id == Conversation.id,
        )
        .order_by(ConversationMessage.seq.desc())
        .limit(1)
        .scalar_subquery()
    )


def is_emergency(conversation: Conversation) -> bool:
    return bool((conversation.state or {}).get("emergency"))


def is_booked(conversation: Conversation) -> bool:
    state = conversation.state or {}
    return bool(state.get("appointment_id")) or state.get("outcome") == "booked"


async def list_conversations(
    uow: UnitOfWork,
    tenant: TenantContext,
    channel: str | None,
    *,
    customer_id: uuid.UUID | None = None,
    emergency: bool | None = None,
    booked: bool | None = None,
    needs_reply: bool | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[Sequence[Conversation], dict[uuid.UUID, int], dict[uuid.UUID, str]]:
    """Newest first, with each one's message count and the role that spoke last. Filters:
    `emergency` (the assistant judged it one), `booked` (it ended in a booking), `needs_reply`
    (a text or web chat whose customer spoke last)."""
    criteria: list[Any] = []
    if channel:
        criteria.append(Conversation.channel == channel)
    if customer_id:
        criteria.append(Conversation.customer_id == customer_id)
    if emergency is not None:
        flag = func.coalesce(Conversation.state["emergency"].as_boolean(), False)
        criteria.append(flag.is_(True) if emergency else flag.is_(False))
    if booked is not None:
        # Missing keys are NULL in SQL: coalesced, so "not booked" finds them too.
        made = (Conversation.state["appointment_id"].as_string().is_not(None)) | (
            func.coalesce(Conversation.state["outcome"].as_string(), "") == "booked"
        )
        criteria.append(made if booked else ~made)
    if needs_reply is not None:
        waiting = Conversation.channel.in_(("sms", "web")) & (_last_role() == "caller")
        criteria.append(waiting if needs_reply else ~waiting)
    repo = ConversationRepository(uow, tenant)
    items = await repo.list(
        *criteria, order_by=Conversation.started_at.desc(), limit=limit, offset=offset
    )
    ids = [c.id for c in items]
    return items, await repo.message_counts(ids), await repo.last_roles(ids)
