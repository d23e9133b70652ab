"""Queries on the message log and SMS consent, always within the bound tenant."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, or_, update

from switchboard.models.message import Message, SmsConsent, SmsConsentEvent
from switchboard.privacy.pseudonyms import phone_pseudonyms
from switchboard.tenancy.repository import TenantRepository

# Statuses of messages that have left (or are leaving) for the recipient: what caps count.
_WENT_OUT = ("sending", "sent", "delivered", "undelivered", "failed")


class MessageRepository(TenantRepository[Message]):
    model = Message

    async def by_dedup_key(self, key: str) -> Message | None:
        rows = await self.list(Message.dedup_key == key, limit=1)
        return rows[0] if rows else None

    async def queued_with_dedup_prefix(self, prefix: str) -> Sequence[Message]:
        return await self.list(
            Message.dedup_key.startswith(prefix, autoescape=True),
            Message.status == "queued",
            limit=100,
        )

    async def by_provider_id(self, provider_id: str) -> Message | None:
        rows = await self.list(Message.provider_id == provider_id, limit=1)
        return rows[0] if rows else None

    async def search(
        self, *, to: str | None, channel: str | None, kind: str | None, limit: int
    ) -> Sequence[Message]:
        criteria = []
        if to:
            criteria.append(Message.to_addr == to)
        if channel:
            criteria.append(Message.channel == channel)
        if kind:
            criteria.append(Message.kind == kind)
        return await self.list(*criteria, order_by=(Message.created_at.desc()), limit=limit)

    async def sms_sent_since(self, since: datetime, to: str | None = None) -> int:
        criteria = [
            Message.channel == "sms",
            Message.direction == "outbound",
            Message.sent_at >= since,
            Message.status.in_(_WENT_OUT),
        ]
        if to is not None:
            criteria.append(Message.to_addr == to)
        return await self.count(*criteria)

    async def received_since(self, from_addr: str, kind: str, since: datetime) -> int:
        return await self.count(
            Message.direction == "inbound",
            Message.from_addr == from_addr,
            Message.kind == kind,
            Message.created_at >= since,
        )

    async def reassign(self, from_id: uuid.UUID, to_id: uuid.UUID) -> None:
        await self.session.execute(
            update(Message)
            .where(Message.business_id == self.tenant.business_id, Message.customer_id == from_id)
            .values(customer_id=to_id)
            .execution_options(synchronize_session=False)
        )

    async def opt_out_confirmations_since(self, to: str, since: datetime) -> int:
        return await self.count(
            Message.channel == "sms",
            Message.direction == "outbound",
            Message.kind == "opt_out",
            Message.to_addr == to,
            Message.created_at >= since,
            Message.status != "blocked",
        )


class ConsentRepository(TenantRepository[SmsConsent]):
    model = SmsConsent

    async def by_phone(self, phone: str) -> SmsConsent | None:
        """The number's consent, or, when it was erased with an opt-out, the row kept under
        its pseudonym (privacy/pseudonyms.py): an erased STOP is still honoured. One query
        for both, the number's own row first (a new caller has neither: every booking asks)."""
        hidden = phone_pseudonyms(self.uow.keyring, self.tenant.business_id, phone)
        own_first = case((SmsConsent.phone == phone, 0), else_=1)
        rows = await self.list(SmsConsent.phone.in_([phone, *hidden]), order_by=own_first, limit=1)
        return rows[0] if rows else None


class ConsentEventRepository(TenantRepository[SmsConsentEvent]):
    model = SmsConsentEvent

    @staticmethod
    def _of(customer_id: uuid.UUID, phone: str | None) -> ColumnElement[bool]:
        """A customer's decisions, and those about its number made while it was no one's."""
        mine = SmsConsentEvent.customer_id == customer_id
        if phone is None:
            return mine
        return or_(
            mine, and_(SmsConsentEvent.customer_id.is_(None), SmsConsentEvent.phone == phone)
        )

    async def of_customer(
        self, customer_id: uuid.UUID, phone: str | None, limit: int = 500
    ) -> Sequence[SmsConsentEvent]:
        return await self.list(
            self._of(customer_id, phone), order_by=SmsConsentEvent.at.desc(), limit=limit
        )

    async def reassign(self, from_id: uuid.UUID, phone: str | None, to_id: uuid.UUID) -> None:
        await self.session.execute(
            update(SmsConsentEvent)
            .where(
                SmsConsentEvent.business_id == self.tenant.business_id,
                self._of(from_id, phone),
            )
            .values(customer_id=to_id)
            .execution_options(synchronize_session=False)
        )

    async def detach(self, customer_id: uuid.UUID) -> None:
        await self.session.execute(
            update(SmsConsentEvent)
            .where(
                SmsConsentEvent.business_id == self.tenant.business_id,
                SmsConsentEvent.customer_id == customer_id,
            )
            .values(customer_id=None)
            .execution_options(synchronize_session=False)
        )
