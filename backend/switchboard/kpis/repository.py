"""The rows the figures are counted from, one period of one tenant (a small shop's period is
a few thousand rows at most; the period is capped at 366 days)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select

from switchboard.core.db import UnitOfWork
from switchboard.models.callback import Callback
from switchboard.models.conversation import Conversation, ConversationMessage
from switchboard.models.customer import Customer
from switchboard.models.message import Message
from switchboard.models.scheduling import Appointment
from switchboard.tenancy.context import TenantContext


class KpiRepository:
    def __init__(self, uow: UnitOfWork, tenant: TenantContext) -> None:
        self.session = uow.session
        self.business_id = tenant.business_id

    async def conversations(self, start: datetime, end: datetime) -> Sequence[Any]:
        """(id, channel, started_at, roles spoken) of conversations started in [start, end)."""
        stmt = (
            select(
                Conversation.id,
                Conversation.channel,
                Conversation.started_at,
                func.sum(case((ConversationMessage.role == "caller", 1), else_=0)).label("caller"),
                func.sum(case((ConversationMessage.role == "assistant", 1), else_=0)).label(
                    "assistant"
                ),
            )
            .outerjoin(
                ConversationMessage,
                (ConversationMessage.conversation_id == Conversation.id)
                & (ConversationMessage.business_id == self.business_id),
            )
            .where(
                Conversation.business_id == self.business_id,
                Conversation.started_at >= start,
                Conversation.started_at < end,
            )
            .group_by(Conversation.id, Conversation.channel, Conversation.started_at)
        )
        rows: Sequence[Any] = (await self.session.execute(stmt)).all()
        return rows

    async def appointments_booked(self, start: datetime, end: datetime) -> Sequence[Any]:
        stmt = (
            select(
                Appointment.created_at,
                Appointment.source_channel,
                Appointment.is_emergency,
                Appointment.status,
                Appointment.estimated_value_cents,
                Appointment.currency,
                Customer.phone,
            )
            .join(Customer, Customer.id == Appointment.customer_id)
            .where(
                Appointment.business_id == self.business_id,
                Appointment.created_at >= start,
                Appointment.created_at < end,
            )
        )
        return (await self.session.execute(stmt)).all()

    async def payments(self, start: datetime, end: datetime) -> Sequence[Any]:
        """(paid_cents, currency) of jobs whose invoice was paid in [start, end)."""
        stmt = select(Appointment.paid_cents, Appointment.currency).where(
            Appointment.business_id == self.business_id,
            Appointment.paid_at >= start,
            Appointment.paid_at < end,
        )
        return (await self.session.execute(stmt)).all()

    async def bookings_by_phone_since(self, phones: set[str], start: datetime) -> Sequence[Any]:
        """(phone, created_at) of bookings for these customers made after `start` (recovery
        looks a week past the period's end)."""
        if not phones:
            return []
        stmt = (
            select(Customer.phone, Appointment.created_at)
            .join(Customer, Customer.id == Appointment.customer_id)
            .where(
                Appointment.business_id == self.business_id,
                Appointment.created_at >= start,
                Customer.phone.in_(phones),
            )
        )
        return (await self.session.execute(stmt)).all()

    async def callbacks(self, start: datetime, end: datetime) -> Sequence[Callback]:
        stmt = select(Callback).where(
            Callback.business_id == self.business_id,
            Callback.created_at >= start,
            Callback.created_at < end,
        )
        return (await self.session.execute(stmt)).scalars().all()

    async def texts_back(self, conversation_ids: set[uuid.UUID]) -> set[uuid.UUID]:
        """Of these calls, the ones whose missed-call text went out (or is on its way)."""
        if not conversation_ids:
            return set()
        stmt = select(Message.conversation_id).where(
            Message.business_id == self.business_id,
            Message.kind == "missed_call",
            Message.direction == "outbound",
            Message.status.not_in(("blocked", "failed")),
            Message.conversation_id.in_(conversation_ids),
        )
        return {row[0] for row in (await self.session.execute(stmt)).all() if row[0]}
