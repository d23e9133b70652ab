"""An inbound text, end to end: log it, honour carrier keywords, confirm by YES, or let the
assistant answer with the memory of the thread. Replies go out through the messaging service,
so opt-outs, caps, quiet hours and lockdown apply to them like to every outbound SMS."""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
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
from switchboard.models.customer import Customer
from switchboard.receptionist import turns
from switchboard.scheduling import service as scheduling
from switchboard.scheduling.schemas import AppointmentOut, AppointmentUpdate
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
        """The number's latest text thread; on PostgreSQL locked for this transaction (unless
        it only reads), so two texts arriving together take their turns one after the other
        (see `conversations.for_turn`)."""
        stmt = (
            self.select(Conversation.channel == "sms", Conversation.phone == phone)
            .order_by(Conversation.started_at.desc())
            .limit(1)
        )
        if self.uow.dialect == "postgresql" and not self.uow.read_only:
            stmt = stmt.with_for_update(key_share=True).execution_options(populate_existing=True)
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def current(self, phone: str, now: datetime) -> Conversation | None:
        """The number's thread a text now continues; None when it must start a new one."""
        thread = await self.latest_sms(phone)
        if thread is None or (thread.last_message_at or thread.started_at) < now - THREAD_GAP:
            return None
        return thread


@dataclass(frozen=True)
class _Route:
    """Where an inbound text goes. `kind`: a carrier keyword ("opt_out", "opt_in", "help"),
    "owner" (the owner or the backup texting their own line), "opted_out" (kept, never
    answered), "lockdown", "confirm" (a YES; `appointment` is the visit it confirms) or
    "assistant"."""

    kind: str
    appointment: AppointmentOut | None = None


async def _route(
    uow: UnitOfWork,
    tenant: TenantContext,
    business: Business,
    now: datetime,
    sender: str,
    body: str,
    customer: Customer | None,
) -> _Route:
    keyword = consent.classify_keyword(body)
    if keyword is not None:
        return _Route(keyword)
    if sender in _owner_numbers(business):
        # Answering a page or talking to their own line: never a customer conversation.
        return _Route("owner")
    if await consent.is_opted_out(uow, tenant, sender):
        return _Route("opted_out")
    if business.lockdown:
        return _Route("lockdown")
    if customer is not None and _CONFIRM.match(body):
        upcoming = await scheduling.list_appointments(
            uow, tenant, now, None, ("scheduled",), limit=1, customer_id=customer.id
        )
        if upcoming:
            return _Route("confirm", upcoming[0])
    return _Route("assistant")


async def model_question(
    uow: UnitOfWork,
    tenant: TenantContext,
    business: Business,
    clock: Clock,
    *,
    sender: str,
    body: str,
    llm: LlmHelp | None,
) -> turns.ModelQuestion | None:
    """What the model is to be asked about an inbound text, read before `handle_inbound`'s
    transaction (a read-only unit of work will do): None when no model is configured (nothing
    is read) or the text is not for the assistant (a keyword, the owner, a number that opted
    out, lockdown, a YES that confirms a visit)."""
    if llm is None:
        return None
    now = clock.now()
    body = body[:MAX_ASSISTANT_CHARS]
    customer = await customers.find_by_phone(uow, tenant, sender)
    if (await _route(uow, tenant, business, now, sender, body, customer)).kind != "assistant":
        return None
    thread = await _Threads(uow, tenant).current(sender, now)
    if thread is None:
        return await turns.opening_question(
            uow, tenant, clock, channel="sms", phone=sender, text=body, llm=llm
        )
    return await turns.model_question(uow, tenant, clock, thread, body, llm)


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
    "reply", "silent", "logged" (a number that opted out: kept for the owner, not answered).

    `llm`: the model's help for the assistant's turn; with a model configured, ask it first
    with no transaction open (`model_question`, `turns.ask_model`) and pass its answer here."""
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
    language = business.language
    send = _sender(uow, tenant, clock, sender, message_sid, customer.id if customer else None)
    route = await _route(uow, tenant, business, now, sender, body, customer)
    if route.kind == "opt_out":
        if await consent.is_opted_out(uow, tenant, sender):
            return "silent"  # already out: the one confirmation was sent then
        await consent.opt_out(uow, tenant, sender, now, source="sms_keyword", message_id=inbound.id)
        await send(render("stop.confirmed", language, business=business.name), "opt_out")
        return "opt_out"
    if route.kind == "opt_in":
        await consent.opt_in(uow, tenant, sender, now, source="sms_keyword", message_id=inbound.id)
        await send(_say("opt_in", language, business=business.name), "reply")
        return "opt_in"
    if route.kind == "help":
        await send(
            _say("help", language, business=business.name, phone=business.phone_number), "help"
        )
        return "help"
    if route.kind == "owner":
        if escalation.is_acknowledgement(body):
            escalation.acknowledge(uow, tenant, inbound)
            await send(_say("acknowledged", language, business=business.name), "reply")
            return "acknowledged"
        return "silent"
    threads = _Threads(uow, tenant)
    if route.kind == "opted_out":
        # Texted STOP and not START since: the text is kept in its thread for the owner, and
        # nothing automated answers (the carrier would refuse it: Twilio error 21610).
        thread = await threads.current(sender, now) or await conversations.start_conversation(
            uow, tenant, "sms", now, phone=sender, external_id=f"sms:{message_sid}"
        )
        inbound.conversation_id = thread.id
        await conversations.append_to(uow, tenant, thread, "caller", stored, now)
        return "logged"
    if route.kind == "lockdown":
        return "silent"
    if route.appointment is not None:
        await scheduling.update_appointment(
            uow, tenant, route.appointment.id, AppointmentUpdate(status="confirmed")
        )
        words = parts(route.appointment.start, business.timezone, language)
        await send(_say("confirmed", language, business=business.name, **words), "reply")
        return "confirmed"
    conversation = await threads.current(sender, now)
    if conversation is None:
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
