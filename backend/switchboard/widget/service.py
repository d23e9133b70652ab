"""The web chat: a website visitor's conversation with the assistant, and with the owner live.

A chat is a `web` conversation. Its visitor holds a random token (`sb_visitor_...`, 192 bits)
that only the chat's own requests carry (`X-Visitor-Token`): the conversation id alone is no
capability. Only the token's SHA-256 is kept, in the conversation's `external_id`
(`widget:<hex>`). A chat expires after `WIDGET_IDLE_MINUTES` without a message.

The assistant never tells a visitor anything about an existing customer (the engine treats
the `web` channel as anonymous: no caller id, no identity check, no address on file), and
nothing here adds to what the engine says except the booking this chat made (the visitor
typed its details) and the business's own name and number.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from switchboard.assistant.engine import DialogState
from switchboard.assistant.llm_understanding import LlmHelp
from switchboard.audit import service as audit
from switchboard.billing import entitlements
from switchboard.businesses import service as businesses
from switchboard.conversations import service as conversations
from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import Conflict, DomainError, Forbidden, NotFound
from switchboard.integrations.calendar.port import CalendarPort
from switchboard.models.business import Business
from switchboard.models.conversation import Conversation, ConversationMessage
from switchboard.notices.speech import spoken_time
from switchboard.ratelimit import counters
from switchboard.receptionist import turns
from switchboard.receptionist.turns import ModelQuestion
from switchboard.scheduling import service as scheduling
from switchboard.tenancy.context import TenantContext
from switchboard.widget.catalogue import say
from switchboard.widget.origins import origin_allowed

VISITOR_TOKEN_PREFIX = "sb_visitor_"  # noqa: S105 (a prefix, not a secret)
EXTERNAL_PREFIX = "widget:"
# After the owner's last live reply, the assistant stays quiet this long: the visitor is
# talking to a person, and a booking question in between would talk over them.
OWNER_LIVE_FOR = timedelta(minutes=15)
_HOUR = timedelta(hours=1)
_YES_NO = {"en": ("Yes", "No"), "es": ("Sí", "No")}
_YES_NO_EXPECTING = {"confirmation", "triage"}


class ChatNotFound(NotFound):
    title = "Chat not found"


class ChatExpired(DomainError):
    status = 410
    type_slug = "chat-expired"
    title = "Chat expired"


class OriginNotAllowed(Forbidden):
    title = "Origin not allowed"


class WidgetRateLimited(DomainError):
    status = 429
    type_slug = "widget-rate-limited"
    title = "Too many messages"


class NotAWebChat(Conflict):
    title = "Not a live web chat"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _new_visitor_token() -> tuple[str, str]:
    token = VISITOR_TOKEN_PREFIX + secrets.token_urlsafe(24)
    return token, EXTERNAL_PREFIX + _digest(token)


def is_widget_chat(conversation: Conversation) -> bool:
    return conversation.channel == "web" and (conversation.external_id or "").startswith(
        EXTERNAL_PREFIX
    )


async def business_for_origin(
    uow: UnitOfWork, tenant: TenantContext, origin: str | None, own: Sequence[str]
) -> Business:
    """The widget's business, when the request's `Origin` may use it (else 403)."""
    business = await businesses.get_own_business(uow, tenant)
    if not origin_allowed(origin, list(business.widget_origins or []), own):
        raise OriginNotAllowed("This website is not allowed to use this chat.")
    return business


async def _count(uow: UnitOfWork, business: Business, now: datetime, key: str, limit: int) -> None:
    if await counters.increment(uow, key, now, _HOUR) > limit:
        raise WidgetRateLimited(
            "Too many messages right now; please call the business.",
            phone=business.phone_number,
        )


async def _available(
    uow: UnitOfWork, tenant: TenantContext, business: Business, now: datetime, settings: Settings
) -> bool:
    """Lockdown stops every automated answer; a plan without the widget (or past its grace
    period) gets an answer without the assistant, never an error."""
    if business.lockdown:
        return False
    return await entitlements.allows(uow, tenant, "widget", now=now, settings=settings)


@dataclass(frozen=True)
class Started:
    conversation: Conversation
    visitor_token: str
    reply: str
    options: list[str]
    language: str


async def start_chat(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    calendar: CalendarPort,
    settings: Settings,
    *,
    business: Business,
    client: str,
    language: str | None,
) -> Started:
    now = clock.now()
    await _count(
        uow, business, now, f"widget:chats:{client}", settings.widget_chats_per_address_hour
    )
    token, external_id = _new_visitor_token()
    if await _available(uow, tenant, business, now, settings):
        result = await turns.start(
            uow,
            tenant,
            clock,
            calendar,
            channel="web",
            phone=None,
            external_id=external_id,
            language=language,
        )
        state = DialogState.from_json(result.conversation.state)
        return Started(
            result.conversation,
            token,
            result.reply.text,
            list(result.reply.options),
            state.language,
        )
    lang = language or business.language
    conversation = await conversations.start_conversation(
        uow, tenant, "web", now, external_id=external_id
    )
    conversation.state = {**DialogState(language=lang).to_json(), "widget_unavailable": True}
    text = _unavailable(business, lang)
    await conversations.append_to(uow, tenant, conversation, "assistant", text, now)
    return Started(conversation, token, text, [], lang)


def _unavailable(business: Business, language: str) -> str:
    return say("unavailable", language, business=business.name, phone=business.phone_number)


def _check_visitor(
    conversation: Conversation | None, token: str, now: datetime, settings: Settings
) -> Conversation:
    """The visitor's own chat, or 404 exactly as for a chat that does not exist; 410 once it
    has been quiet longer than `WIDGET_IDLE_MINUTES`."""
    if conversation is None or not is_widget_chat(conversation):
        raise ChatNotFound()
    expected = (conversation.external_id or "")[len(EXTERNAL_PREFIX) :]
    if not hmac.compare_digest(_digest(token), expected):
        raise ChatNotFound()
    last = conversation.last_message_at or conversation.started_at
    if now - last > timedelta(minutes=settings.widget_idle_minutes):
        raise ChatExpired("This chat has expired; start a new one.")
    return conversation


async def visitor_chat(
    uow: UnitOfWork,
    tenant: TenantContext,
    chat_id: uuid.UUID,
    token: str,
    now: datetime,
    settings: Settings,
) -> Conversation:
    found = await conversations.for_turn(uow, tenant, Conversation.id == chat_id)
    return _check_visitor(found, token, now, settings)


async def model_question(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    settings: Settings,
    llm: LlmHelp | None,
    *,
    chat_id: uuid.UUID,
    token: str,
    text: str,
) -> ModelQuestion | None:
    """What the model will be asked about this message (read-only, before the write)."""
    conversation = await visitor_chat(uow, tenant, chat_id, token, clock.now(), settings)
    return await turns.model_question(uow, tenant, clock, conversation, text, llm)


@dataclass
class Answer:
    reply: str
    options: list[str] = field(default_factory=list)
    booking: dict[str, Any] | None = None
    emergency: bool = False
    notice: str | None = None
    owner_live: bool = False
    ended: bool = False
    # The chat's latest message number after this answer: the page polls for what follows.
    seq: int = 0
    # What the page had not shown of the messages before this one (see `unseen_before`).
    missed: list[ConversationMessage] = field(default_factory=list)


async def _owner_live(
    uow: UnitOfWork, tenant: TenantContext, conversation: Conversation, now: datetime
) -> bool:
    last = await conversations.last_message_from(uow, tenant, conversation.id, "owner")
    return (
        last is not None
        and bool((last.meta or {}).get("to_visitor"))
        and now - last.at < OWNER_LIVE_FOR
    )


async def unseen_before(
    uow: UnitOfWork, tenant: TenantContext, conversation: Conversation, after: int | None
) -> list[ConversationMessage]:
    """The messages the visitor may see that their page has not shown (it has shown up to
    `after`) and that come before the message about to be written: an owner's live reply (or
    another tab's message) written while the visitor typed, or while the assistant was
    answering them. The answer's `seq` is past them, so the page's next poll never would.

    Read in the turn's own transaction, once it holds the conversation (`for_turn`): every
    message numbered below its `next_seq` is committed and visible, and none can be added
    below it. No query when there is no gap (the page is up to date, or did not say)."""
    upto = conversation.next_seq or 0
    if after is None or after >= upto - 1:
        return []
    found = await conversations.messages_of(uow, tenant, conversation.id, after=after, before=upto)
    return [m for m in found if visible_to_visitor(m)]


async def send_message(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    calendar: CalendarPort,
    settings: Settings,
    *,
    business: Business,
    client: str,
    chat_id: uuid.UUID,
    token: str,
    text: str,
    answer: LlmHelp | None,
    after: int | None = None,
) -> Answer:
    """The visitor's message and its answer. `after`: the last message number the page has
    shown; what it has not of the messages before this one comes back in `missed`."""
    now = clock.now()
    conversation = await visitor_chat(uow, tenant, chat_id, token, now, settings)
    limits = (
        (f"widget:visitor:{conversation.id}", settings.widget_messages_per_visitor_hour),
        (f"widget:address:{client}", settings.widget_messages_per_address_hour),
        (f"widget:business:{business.id}", settings.widget_messages_per_business_hour),
    )
    for key, limit in limits:
        await _count(uow, business, now, key, limit)
    missed = await unseen_before(uow, tenant, conversation, after)
    state = DialogState.from_json(conversation.state)
    if business.lockdown or (conversation.state or {}).get("widget_unavailable"):
        await conversations.append_to(uow, tenant, conversation, "caller", text, now)
        reply = _unavailable(business, state.language)
        await conversations.append_to(uow, tenant, conversation, "assistant", reply, now)
        return Answer(reply=reply, seq=conversation.next_seq - 1, missed=missed)
    if await _owner_live(uow, tenant, conversation, now):
        await conversations.append_to(uow, tenant, conversation, "caller", text, now)
        return Answer(reply="", owner_live=True, seq=conversation.next_seq - 1, missed=missed)

    result = await turns.turn(uow, tenant, clock, calendar, conversation, text, answer)
    state = DialogState.from_json(conversation.state)
    out = Answer(
        reply=result.text,
        options=list(result.options),
        seq=conversation.next_seq - 1,
        missed=missed,
    )
    if not out.options and state.expecting in _YES_NO_EXPECTING:
        out.options = list(_YES_NO.get(state.language, _YES_NO["en"]))
    out.ended = state.stage == "closed" or result.ends_conversation
    if state.emergency:
        out.emergency = True
        out.notice = say(
            "emergency_call", state.language, business=business.name, phone=business.phone_number
        )
    if result.outcome == "booked" and state.appointment_id:
        out.booking = await _booking_card(uow, tenant, business, state)
    extra: dict[str, Any] = {}
    if out.booking:
        extra["booking"] = out.booking
    if out.emergency:
        extra["emergency"] = True
    if extra:  # kept with the reply, so a reloaded chat shows the card and the warning again
        await conversations.annotate_last(uow, tenant, conversation, "assistant", extra)
    return out


async def _booking_card(
    uow: UnitOfWork, tenant: TenantContext, business: Business, state: DialogState
) -> dict[str, Any] | None:
    """The visit this chat booked: its time in the business's zone, and what the visitor
    typed (service, address). Nothing from the customer's record."""
    try:
        appointment_id = uuid.UUID(str(state.appointment_id))
    except ValueError:
        return None
    appointment = await scheduling.get_appointment(uow, tenant, appointment_id)
    zone = ZoneInfo(business.timezone)
    return {
        "start": appointment.start_at.astimezone(zone).isoformat(),
        "end": appointment.end_at.astimezone(zone).isoformat(),
        "when": spoken_time(appointment.start_at, business.timezone, state.language),
        "timezone": business.timezone,
        "service": appointment.service_name,
        "address": appointment.address,
        "is_emergency": appointment.is_emergency,
    }


@dataclass(frozen=True)
class Transcript:
    conversation: Conversation
    messages: list[ConversationMessage]
    language: str


def visible_to_visitor(message: ConversationMessage) -> bool:
    """The visitor sees their own words, the assistant's and the owner's live replies; never
    the owner's notes."""
    if message.role == "owner":
        return bool((message.meta or {}).get("to_visitor"))
    return message.role in {"caller", "assistant"}


async def transcript(
    uow: UnitOfWork,
    tenant: TenantContext,
    settings: Settings,
    *,
    chat_id: uuid.UUID,
    token: str,
    now: datetime,
    after: int,
) -> Transcript:
    conversation = await visitor_chat(uow, tenant, chat_id, token, now, settings)
    messages = await conversations.messages_of(uow, tenant, conversation.id, after=after)
    shown = [m for m in messages if visible_to_visitor(m)]
    return Transcript(conversation, shown, DialogState.from_json(conversation.state).language)


async def owner_reply(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    settings: Settings,
    conversation_id: uuid.UUID,
    text: str,
) -> ConversationMessage:
    """The owner answers a website visitor in their chat; the visitor's page shows it at its
    next poll, and the assistant stays quiet for `OWNER_LIVE_FOR`."""
    now = clock.now()
    conversation = await turns.by_id(uow, tenant, conversation_id)
    if not is_widget_chat(conversation):
        raise NotAWebChat("Only a website chat can be answered live; this is not one.")
    last = conversation.last_message_at or conversation.started_at
    if now - last > timedelta(minutes=settings.widget_idle_minutes):
        raise NotAWebChat("The visitor's chat has expired.")
    message = await conversations.append_to(
        uow, tenant, conversation, "owner", text, now, meta={"to_visitor": True}
    )
    audit.record(uow, tenant, "conversation.reply", "conversation", conversation.id)
    return message
