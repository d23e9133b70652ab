"""Start a conversation and take its turns, on any channel."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import structlog

from switchboard.assistant.engine import DialogState, Reply, barge_in, take_turn
from switchboard.assistant.engine.policy import opening, understanding_context
from switchboard.assistant.engine.world import TenantFacts
from switchboard.assistant.llm_understanding import LlmHelp, ask_ahead
from switchboard.assistant.understanding import Context, Understanding
from switchboard.businesses import service as businesses
from switchboard.conversations import service as conversations
from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.integrations.calendar.port import CalendarPort
from switchboard.integrations.llm.port import LlmPort
from switchboard.models.conversation import Conversation
from switchboard.receptionist.facts import load_facts
from switchboard.receptionist.world import DatabaseWorld
from switchboard.tenancy.context import TenantContext

log = structlog.get_logger("switchboard.receptionist")


@dataclass(frozen=True)
class TurnResult:
    conversation: Conversation
    reply: Reply


def _fields(u: Understanding) -> dict[str, Any]:
    """What the engine understood, for the owner's view of the transcript."""
    out: dict[str, Any] = {}
    for name in ("intent", "polarity", "emergency", "service", "name", "phone", "question"):
        value = getattr(u, name)
        if value is not None:
            out[name] = {"value": str(value.value), "confidence": round(value.confidence, 2)}
    if u.hazards:
        out["hazards"] = [str(h.value) for h in u.hazards]
    if u.address:
        out["address"] = u.address.value.one_line()
    if u.time:
        out["time"] = u.time.value.earliest.isoformat()
    return out


def llm_for(app_state: Any, channel: str) -> LlmHelp | None:
    """The LLM help a channel's turn gets from the app's configured provider (or None)."""
    return llm_help(app_state.providers.llm, app_state.settings, channel)


def llm_help(llm: LlmPort, settings: Settings, channel: str) -> LlmHelp | None:
    """The LLM and this channel's budget, or None when none is configured (LLM_PROVIDER)."""
    if llm.name == "none":
        return None
    budget = settings.llm_budget_voice_s if channel == "voice" else settings.llm_budget_text_s
    return LlmHelp(llm, budget_s=budget)


@dataclass(frozen=True)
class ModelQuestion:
    """What the model will be asked about one turn, read before the turn's transaction."""

    help: LlmHelp
    text: str
    context: Context
    last_reply: str | None


async def model_question(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    conversation: Conversation,
    text: str,
    llm: LlmHelp | None,
) -> ModelQuestion | None:
    """Reads what the model needs for this turn (the dialog state and the tenant's facts);
    None when no model is configured. Read in a read-only unit of work, then `ask_model`
    with no transaction open, then `turn(..., llm=answer)` in the writing one: a slow model
    never holds a transaction (on SQLite, the one writer every request waits for)."""
    if llm is None:
        return None
    now = clock.now()
    business = await businesses.get_own_business(uow, tenant)
    facts = await load_facts(uow, tenant, business, now)
    state = DialogState.from_json(conversation.state)
    return _question(llm, text, facts, state, conversation.channel, now)


async def opening_question(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    *,
    channel: str,
    phone: str | None,
    text: str,
    llm: LlmHelp | None,
) -> ModelQuestion | None:
    """`model_question` for the first turn of a conversation `start` has yet to open (a
    text that begins a new thread): the dialog state is the one the greeting will leave."""
    if llm is None:
        return None
    now = clock.now()
    business = await businesses.get_own_business(uow, tenant)
    facts = await load_facts(uow, tenant, business, now)
    # Never added to the session: it only names the caller to the world `opening` asks.
    unsaved = Conversation(channel=channel, phone=phone)
    world = DatabaseWorld(uow, tenant, clock, None, unsaved)
    state = DialogState()
    await opening(world, facts, state, channel, phone if channel != "web" else None)
    return _question(llm, text, facts, state, channel, now)


def _question(
    llm: LlmHelp, text: str, facts: TenantFacts, state: DialogState, channel: str, now: datetime
) -> ModelQuestion:
    context = understanding_context(facts, state, channel, now)
    return ModelQuestion(llm, text, context, state.last_reply)


async def ask_model(question: ModelQuestion | None) -> LlmHelp | None:
    """The model's answer, to pass to `turn` (None: no model, or it timed out or failed)."""
    if question is None:
        return None
    return await ask_ahead(question.help, question.text, question.context, question.last_reply)


async def start(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    calendar: CalendarPort | None,
    *,
    channel: str,
    phone: str | None,
    external_id: str | None = None,
    language: str | None = None,
) -> TurnResult:
    now = clock.now()
    business = await businesses.get_own_business(uow, tenant)
    facts = await load_facts(uow, tenant, business, now)
    conversation = await conversations.start_conversation(
        uow, tenant, channel, now, phone=phone, external_id=external_id
    )
    world = DatabaseWorld(uow, tenant, clock, calendar, conversation)
    state = DialogState()
    caller_phone = phone if channel != "web" else None
    reply = await opening(world, facts, state, channel, caller_phone, language)
    conversation.state = state.to_json()
    await conversations.append_to(uow, tenant, conversation, "assistant", reply.text, now)
    return TurnResult(conversation, reply)


async def turn(
    uow: UnitOfWork,
    tenant: TenantContext,
    clock: Clock,
    calendar: CalendarPort | None,
    conversation: Conversation,
    text: str,
    llm: LlmHelp | None = None,
) -> Reply:
    started = time.perf_counter()
    now = clock.now()
    business = await businesses.get_own_business(uow, tenant)
    facts = await load_facts(uow, tenant, business, now)
    world = DatabaseWorld(uow, tenant, clock, calendar, conversation)
    state = DialogState.from_json(conversation.state)
    caller_phone = conversation.phone if conversation.channel != "web" else None
    reply, understood = await take_turn(
        world,
        facts,
        state,
        text,
        channel=conversation.channel,
        now=now,
        caller_phone=caller_phone,
        llm=llm,
    )
    conversation.state = state.to_json()
    # The caller's message is appended only now, with the reply: appended before the engine
    # decides, it was flushed on its own by the engine's first query (an UPDATE of the
    # conversation's next_seq and an INSERT), and the reply then made both statements again.
    # Nothing the engine reads is in the transcript, so its seq and time are the same.
    await conversations.append_to(uow, tenant, conversation, "caller", text, now)
    latency_ms = round((time.perf_counter() - started) * 1000, 2)
    meta = {
        "understood": _fields(understood),
        "outcome": reply.outcome,
        "stage": state.stage,
        "latency_ms": latency_ms,
    }
    await conversations.append_to(
        uow, tenant, conversation, "assistant", reply.text, clock.now(), meta=meta
    )
    log.info(
        "assistant_turn",
        conversation_id=str(conversation.id),
        stage=state.stage,
        outcome=reply.outcome,
        latency_ms=latency_ms,
    )
    return reply


async def interrupted(
    uow: UnitOfWork,
    tenant: TenantContext,
    conversation: Conversation,
    *,
    heard: str,
    after_ms: int | None,
) -> None:
    """The caller talked over the last reply (voice barge-in) after hearing `heard`: the
    transcript shows where the reply was cut, and the dialog state which offered times the
    caller never heard (`engine.barge_in`)."""
    await conversations.annotate_last(
        uow,
        tenant,
        conversation,
        "assistant",
        {"interrupted": True, "heard": heard[:2000], "interrupted_after_ms": after_ms},
    )
    state = DialogState.from_json(conversation.state)
    if state.offered:
        business = await businesses.get_own_business(uow, tenant)
        barge_in.interrupted(state, business.timezone, heard)
        conversation.state = state.to_json()


async def by_id(uow: UnitOfWork, tenant: TenantContext, conversation_id: uuid.UUID) -> Conversation:
    # The turn reads the business next: unless this unit of work holds it already (a webhook
    # routed by its number), it comes with the conversation, in the same statement.
    conversation = await conversations.for_turn(
        uow,
        tenant,
        Conversation.id == conversation_id,
        with_business=not businesses.holds_own_business(uow, tenant),
    )
    if conversation is None:
        raise conversations.ConversationNotFound()
    return conversation
