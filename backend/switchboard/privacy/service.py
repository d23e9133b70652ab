"""Everything held about one customer, exported in one document, and erased in one step.

This flow reads the tables of several domains directly, on purpose: it is the one place that
must find every row about a person, so the data map in docs/ISMS/ISMS_README.md and these
queries are kept side by side. Every query names the tenant (and the session guard adds it
again); another tenant's customer is `CustomerNotFound`, a 404.

Erasure keeps what must be kept, in minimal form:
- SMS consent decisions (carrier and TCPA evidence) stay, with the number replaced by its
  pseudonym (a keyed hash, privacy/pseudonyms.py) and free-text notes removed.
- An opted-out number stays on the sending record (`sms_consents`) under its pseudonym, never
  in clear: the sending rules find it by the number's pseudonym, so the STOP is still honoured
  when the number texts again or is texted. A number that is not opted out is removed.
- Appointments (the work done and its amount, what invoices are made from) stay with their
  service, times, status and amount; address, notes and cancel reason are removed.
- The customer row stays as an anonymous tombstone (the appointments point at it).
Everything else (addresses, conversation transcripts, message bodies, voicemail transcripts
and recording links, callback notes) is deleted or blanked.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select

from switchboard.audit import service as audit
from switchboard.core.db import UnitOfWork
from switchboard.customers import service as customers
from switchboard.models.callback import Callback
from switchboard.models.conversation import Conversation, ConversationMessage
from switchboard.models.customer import Customer, CustomerAddress
from switchboard.models.message import Message, SmsConsent, SmsConsentEvent
from switchboard.models.scheduling import Appointment
from switchboard.privacy.pseudonyms import phone_pseudonym
from switchboard.tenancy.context import TenantContext

EXPORT_FORMAT = "switchboard.customer-export/1"
# Outbound messages not yet handed to the provider when the person is erased.
_UNSENT = ("queued", "sending")


def _row(obj: Any, *exclude: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in obj.__table__.columns:
        if column.key in exclude or column.key == "business_id":
            continue
        value = getattr(obj, column.key)
        if isinstance(value, uuid.UUID | datetime):
            value = value.isoformat() if isinstance(value, datetime) else str(value)
        out[column.key] = value
    return out


class _Held:
    """The rows about one customer, found by id and by the phone and email they gave."""

    def __init__(self, uow: UnitOfWork, tenant: TenantContext, customer: Customer) -> None:
        self.uow = uow
        self.tenant = tenant
        self.customer = customer
        self.addrs = [a for a in (customer.phone, customer.email) if a]

    async def _all(self, model: Any, *where: Any) -> list[Any]:
        stmt = select(model).where(model.business_id == self.tenant.business_id, *where)
        return list((await self.uow.session.execute(stmt)).scalars())

    async def addresses(self) -> list[CustomerAddress]:
        return await self._all(CustomerAddress, CustomerAddress.customer_id == self.customer.id)

    async def appointments(self) -> list[Appointment]:
        return await self._all(Appointment, Appointment.customer_id == self.customer.id)

    def _by_phone(self, column: Any) -> Any:
        return column == self.customer.phone if self.customer.phone else False

    async def conversations(self) -> list[Conversation]:
        return await self._all(
            Conversation,
            or_(Conversation.customer_id == self.customer.id, self._by_phone(Conversation.phone)),
        )

    async def conversation_messages(self, ids: list[uuid.UUID]) -> list[ConversationMessage]:
        if not ids:
            return []
        rows = await self._all(ConversationMessage, ConversationMessage.conversation_id.in_(ids))
        return sorted(rows, key=lambda m: (str(m.conversation_id), m.seq))

    async def callbacks(self) -> list[Callback]:
        return await self._all(
            Callback, or_(Callback.customer_id == self.customer.id, self._by_phone(Callback.phone))
        )

    async def messages(self) -> list[Message]:
        match: list[Any] = [Message.customer_id == self.customer.id]
        if self.addrs:
            match += [Message.to_addr.in_(self.addrs), Message.from_addr.in_(self.addrs)]
        return await self._all(Message, or_(*match))

    async def consent_events(self) -> list[SmsConsentEvent]:
        return await self._all(
            SmsConsentEvent,
            or_(
                SmsConsentEvent.customer_id == self.customer.id,
                self._by_phone(SmsConsentEvent.phone),
            ),
        )

    async def consent(self) -> SmsConsent | None:
        if not self.customer.phone:
            return None
        rows = await self._all(SmsConsent, SmsConsent.phone == self.customer.phone)
        return rows[0] if rows else None


async def export(
    uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID, now: datetime
) -> dict[str, Any]:
    """Everything this business holds about the customer, as one JSON-ready document."""
    customer = await customers.get_customer(uow, tenant, customer_id)
    held = _Held(uow, tenant, customer)
    conversations = await held.conversations()
    lines = await held.conversation_messages([c.id for c in conversations])
    consent = await held.consent()
    return {
        "format": EXPORT_FORMAT,
        "exported_at": now.isoformat(),
        "customer": _row(customer, "name_lower"),
        "addresses": [_row(a, "line_lower") for a in await held.addresses()],
        "appointments": [_row(a) for a in await held.appointments()],
        "conversations": [
            {
                **_row(c, "state", "next_seq"),
                "messages": [_row(m) for m in lines if m.conversation_id == c.id],
            }
            for c in conversations
        ],
        "callbacks": [_row(c) for c in await held.callbacks()],
        "messages": [_row(m, "dedup_key", "meta") for m in await held.messages()],
        "sms_consent": _row(consent) if consent else None,
        "sms_consent_events": [_row(e) for e in await held.consent_events()],
    }


async def erase(
    uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID, now: datetime
) -> dict[str, int]:
    """Remove the customer's personal data, keeping consent evidence and the appointments'
    business facts in minimal form (see the module docstring). Rows found by the phone or
    email are linked to the customer's tombstone, so a later export still shows what was
    kept. Running it again is harmless."""
    customer = await customers.get_customer(uow, tenant, customer_id)
    held = _Held(uow, tenant, customer)
    keyring = uow.keyring
    pseudonym = (
        phone_pseudonym(keyring, tenant.business_id, customer.phone) if customer.phone else None
    )

    def hide(value: str | None) -> str | None:
        if value and customer.phone and value == customer.phone:
            return pseudonym
        if value and customer.email and value == customer.email:
            return "erased"
        return value

    counts: dict[str, int] = {}
    # Held before the customer row changes: every lookup below matches the phone and email.
    conversations = await held.conversations()
    callbacks = await held.callbacks()
    messages = await held.messages()
    events = await held.consent_events()
    consent = await held.consent()
    appointments = await held.appointments()

    evidence_ids = {e.message_id for e in events if e.message_id}
    for m in messages:
        if m.direction == "outbound" and m.status in _UNSENT:
            # Never send to an address that is about to become a pseudonym.
            m.status, m.reason = "blocked", "customer data erased"
        if m.id not in evidence_ids:  # the STOP/START text itself is consent evidence
            m.body, m.subject = "", None
        m.to_addr = hide(m.to_addr) or ""
        m.from_addr = hide(m.from_addr) or ""
        m.meta = {}
        m.customer_id = customer.id
    counts["messages"] = len(messages)

    conversation_ids = [c.id for c in conversations]
    if conversation_ids:
        await uow.session.execute(
            delete(ConversationMessage).where(
                ConversationMessage.business_id == tenant.business_id,
                ConversationMessage.conversation_id.in_(conversation_ids),
            )
        )
    for c in conversations:
        c.phone, c.summary, c.state = None, "", {}
        c.customer_id = customer.id
    counts["conversations"] = len(conversations)

    for cb in callbacks:
        cb.phone, cb.details, cb.resolution = None, "", None
        cb.recording_url, cb.transcript = None, None
        cb.customer_id = customer.id
    counts["callbacks"] = len(callbacks)

    for a in appointments:
        a.address, a.notes, a.cancel_reason = "", "", None
    counts["appointments_kept"] = len(appointments)

    for e in events:
        e.phone = hide(e.phone)
        e.note = None
        e.customer_id = customer.id
    counts["consent_events_kept"] = len(events)

    if consent is not None:
        if consent.opted_out:
            consent.phone = pseudonym or consent.phone
            consent.evidence = {
                **{k: consent.evidence[k] for k in ("source", "at") if k in consent.evidence},
                "key_id": keyring.key_ids[0],
            }
        else:
            await uow.session.delete(consent)

    addresses = await held.addresses()
    for address in addresses:
        await uow.session.delete(address)
    counts["addresses"] = len(addresses)

    customer.name = customer.name_lower = ""
    customer.phone = customer.email = None
    customer.tags, customer.notes = [], ""
    customer.sms_consent_evidence = None
    customer.extra = {"erased_at": now.isoformat(), "phone_pseudonym": pseudonym}
    await uow.session.flush()
    audit.record(uow, tenant, "customer.erase", "customer", customer.id, counts)
    return counts
