"""What changed in one tenant since a moment: new conversations, customer messages,
bookings and callbacks. Ids, times and flags only: the page fetches the rest through the API."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from switchboard.core.db import UnitOfWork
from switchboard.models.callback import Callback
from switchboard.models.conversation import Conversation, ConversationMessage
from switchboard.models.scheduling import Appointment
from switchboard.tenancy.context import TenantContext

_LIMIT = 200


class LiveRepository:
    def __init__(self, uow: UnitOfWork, tenant: TenantContext) -> None:
        self.session = uow.session
        self.business_id = tenant.business_id

    async def _rows(self, stmt: Any) -> Sequence[Any]:
        rows: Sequence[Any] = (await self.session.execute(stmt.limit(_LIMIT))).all()
        return rows

    async def conversations(self, since: datetime) -> Sequence[Any]:
        return await self._rows(
            select(
                Conversation.id, Conversation.started_at, Conversation.channel, Conversation.state
            )
            .where(Conversation.business_id == self.business_id, Conversation.started_at >= since)
            .order_by(Conversation.started_at)
        )

    async def customer_messages(self, since: datetime) -> Sequence[Any]:
        return await self._rows(
            select(
                ConversationMessage.id,
                ConversationMessage.at,
                ConversationMessage.conversation_id,
                Conversation.channel,
            )
            .join(Conversation, Conversation.id == ConversationMessage.conversation_id)
            .where(
                ConversationMessage.business_id == self.business_id,
                ConversationMessage.at >= since,
                ConversationMessage.role == "caller",
            )
            .order_by(ConversationMessage.at)
        )

    async def bookings(self, since: datetime) -> Sequence[Any]:
        return await self._rows(
            select(Appointment.id, Appointment.created_at, Appointment.is_emergency)
            .where(Appointment.business_id == self.business_id, Appointment.created_at >= since)
            .order_by(Appointment.created_at)
        )

    async def callbacks(self, since: datetime) -> Sequence[Any]:
        return await self._rows(
            select(Callback.id, Callback.created_at, Callback.reason)
            .where(Callback.business_id == self.business_id, Callback.created_at >= since)
            .order_by(Callback.created_at)
        )

    async def emergencies_among(self, conversation_ids: set[str]) -> set[str]:
        """Of these conversations, the ones the assistant has judged an emergency."""
        if not conversation_ids:
            return set()
        stmt = select(Conversation.id, Conversation.state).where(
            Conversation.business_id == self.business_id,
            Conversation.id.in_([uuid.UUID(i) for i in conversation_ids]),
        )
        rows = (await self.session.execute(stmt)).all()
        return {str(r[0]) for r in rows if (r[1] or {}).get("emergency")}
