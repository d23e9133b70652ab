"""An inbound text, end to end: log it, honour carrier keywords, confirm by YES, or let the
assistant answer with the memory of the thread. Replies go out through the messaging service,
so opt-outs, caps, quiet hours and lockdown apply to them like to every outbound SMS."""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from switchboard.alerts import escalation
from switchboard.assistant.engine.speech import parts
from switchboard.assistant.llm_understanding import LlmHelp
from switchboard.assistant.messages import render
from switchboard.conversations import service as conversations
from switchboard.core.clock import Clock
from switchboard.core.db import UnitOfWork
from switchboard.customers import service as customers
from switchboard.integrations.calendar.port import CalendarPort
from switchboard.messaging import consent
from switchboard.messaging import service as messaging
from switchboard.models.business import Business
from switchboard.models.conversation import Conversation
from switchboard.receptionist import turns
from switchboard.scheduling import service as scheduling
from switchboard.scheduling.schemas import AppointmentUpdate
from switchboard.tenancy.context import TenantContext
from switchboard.tenancy.repository import TenantRepository

# A thread older than this starts a new conversation (the state machine starts afresh).
THREAD_GAP = timedelta(hours=24)
# Twilio delivers at most 1600 characters; a signed body can still be any size. The log keeps
# a generous prefix, and the assistant (whose understanding is linear in the text) reads
# what a real text can hold.
MAX_STORED_CHARS = 5000
MAX_ASSISTANT_CHARS = 1600
_CONFIRM = re.compile(r"^\W*(yes|y|confirm|confirmed|c|si|sí)\W*$", re.IGNORECASE)

_WORDS = {
    "opt_in": {
        "en": "{business}: you're subscribed again. Reply STOP to opt out.",
        "es": "{business}: está suscrito de nuevo. Responda STOP para darse de baja.",
    },
    "help": {
        "en": "{business}: call or text {phone} for service. Reply STOP to opt out. "
        "Msg & data rates may apply.",
        "es": "{business}: llame o escriba al {phone}. Responda STOP para darse de baja.",
    },
    "acknowledged": {
        "en": "{business}: page acknowledged. Nobody else will be paged.",
        "es": "{business}: aviso recibido. No se avisará a nadie más.",
    },
    "confirmed": {
        "en": "{business}: thanks, your appointment on {weekday} {date} at {time} is confirmed.",
        "es": "{business}: gracias, su cita del {weekday} {date} a las {time} está confirmada.",
    },
}


def _say(key: str, language: str, **values: str) -> str:
    table = _WORDS[key]
    return table.get(language, table["en"]).format(**values)


class _Threads(TenantRepository[Conversation]):
    model = Conversation

    async def latest_sms(self, phone: str) -> Conversation | None:
        """The number's latest text thread; on PostgreSQL locked for this transaction, so two
        texts arriving together take their turns one after the other (see
        `conversations.for_turn`)."""
        stmt = (
            self.select(Conversation.channel == "sms", Conversation.phone == phone)
            .order_by(Conversation.started_at.desc())
            .limit(1)
        )
        if self.uow.dialect == "postgresql":
            stmt = stmt.with_for_update(key_share=True).execution_options(populate_existing=True)
        return (await self.session.execute(stmt)).scalar_one_or_none()


async def handle_inbound(
    uow: UnitOfWork,
    tenant: TenantContext,
    business: Business,
    clock: Clock,
    calendar: CalendarPort | None,
    *,
    sender: str,
    body: str,
    message_sid: str,
    llm: LlmHelp | None = None,
) -> str:
    """Returns what was done: "opt_out", "opt_in", "help", "acknowledged", "confirmed",
    "reply", "silent", "logged" (a number that opted out: kept for the owner, not answered)."""
    now = clock.now()
    body, stored = body[:MAX_ASSISTANT_CHARS], body[:MAX_STORED_CHARS]
    customer = await customers.find_by_phone(uow, tenant, sender)
    inbound = await messaging.record_inbound(
        uow,
        tenant,
        channel="sms",
        from_addr=sender,
        to_addr=business.phone_number,
        body=stored,
        kind="inbound",
        clock=clock,
        provider_id=message_sid,
        customer_id=customer.id if customer else None,
    )
    keyword = consent.classify_keyword(body)
    language = business.language
    send = _sender(uow, tenant, clock, sender, message_sid, customer.id if customer else None)
    if keyword == "opt_out":
        if await consent.is_opted_out(uow, tenant, sender):
            return "silent"  # already out: the one confirmation was sent then
        await consent.opt_out(uow, tenant, sender, now, source="sms_keyword", message_id=inbound.id)
        await send(render("stop.confirmed", language, business=business.name), "opt_out")
        return "opt_out"
    if keyword == "opt_in":
        await consent.opt_in(uow, tenant, sender, now, source="sms_keyword", message_id=inbound.id)
        await send(_say("opt_in", language, business=business.name), "reply")
        return "opt_in"
    if keyword == "help":
        await send(
            _say("help", language, business=business.name, phone=business.phone_number), "help"
        )
        return "help"
    if sender in _owner_numbers(business):
        # The owner (or the backup) texting the business number is answering a page or
        # talking to their own line: never a customer conversation.
        if escalation.is_acknowledgement(body):
            escalation.acknowledge(uow, tenant, inbound)
            await send(_say("acknowledged", language, business=business.name), "reply")
            return "acknowledged"
        return "silent"
    threads = _Threads(uow, tenant)
    if await consent.is_opted_out(uow, tenant, sender):
        # Texted STOP and not START since: the text is kept in its thread for the owner, and
        # nothing automated answers (the carrier would refuse it: Twilio error 21610).
        thread = await _thread(uow, tenant, threads, sender, message_sid, now)
        inbound.conversation_id = thread.id
        await conversations.append_to(uow, tenant, thread, "caller", stored, now)
        return "logged"
    if business.lockdown:
        return "silent"
    if customer is not None and _CONFIRM.match(body):
        upcoming = await scheduling.list_appointments(
            uow, tenant, now, None, ("scheduled",), limit=1, customer_id=customer.id
        )
        if upcoming:
            await scheduling.update_appointment(
                uow, tenant, upcoming[0].id, AppointmentUpdate(status="confirmed")
            )
            words = parts(upcoming[0].start, business.timezone, language)
            await send(_say("confirmed", language, business=business.name, **words), "reply")
            return "confirmed"
    conversation = await threads.latest_sms(sender)
    if (
        conversation is None
        or (conversation.last_message_at or conversation.started_at) < now - THREAD_GAP
    ):
        started = await turns.start(
            uow,
            tenant,
            clock,
            calendar,
            channel="sms",
            phone=sender,
            external_id=f"sms:{message_sid}",
        )
        conversation = started.conversation
    inbound.conversation_id = conversation.id
    reply = await turns.turn(uow, tenant, clock, calendar, conversation, body, llm=llm)
    await send(reply.text, "reply", conversation)
    return "reply"


async def _thread(
    uow: UnitOfWork,
    tenant: TenantContext,
    threads: _Threads,
    sender: str,
    message_sid: str,
    now: datetime,
) -> Conversation:
    """The number's current text thread, or a new one with no greeting in it."""
    conversation = await threads.latest_sms(sender)
    if (
        conversation is not None
        and (conversation.last_message_at or conversation.started_at) >= now - THREAD_GAP
    ):
        return conversation
    return await conversations.start_conversation(
        uow, tenant, "sms", now, phone=sender, external_id=f"sms:{message_sid}"
    )


def _owner_numbers(business: Business) -> set[str]:
    backup = (business.settings or {}).get("backup_phone")
    return {str(n) for n in (business.owner_phone, backup) if n}


def _sender(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    to: str,
    message_sid: str,
    customer_id: uuid.UUID | None,
) -> Callable[..., Awaitable[None]]:
    async def send(text: str, kind: str, conversation: Conversation | None = None) -> None:
        await messaging.send_sms(
            uow,
            tenant,
            to=to,
            body=text,
            kind=kind,
            clock=clock,
            dedup_key=f"reply:{message_sid}:{kind}",
            conversation_id=conversation.id if conversation else None,
            customer_id=customer_id,
        )

    return send
