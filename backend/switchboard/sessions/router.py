"""The provider-agnostic session API: any telephony or chat front end can run the assistant.

`POST /v1/sessions` starts a conversation and returns the greeting; `POST .../turns` sends
what the person said and returns the reply with the actions the front end should carry out
(transfer, hang up, record a voicemail); `POST .../end` closes it. Tenant credentials
(`X-API-Key`) only; the session is the conversation, so any server can take the next turn."""

from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter, Request, status
from pydantic import BaseModel, ConfigDict, Field

from switchboard.assistant.engine import DialogState, Reply
from switchboard.auth.dependencies import OwnerDep
from switchboard.businesses.schemas import Phone
from switchboard.conversations import service as conversations
from switchboard.core.deps import ClockDep, DatabaseDep, UowDep, request_reads_only
from switchboard.core.errors import Conflict
from switchboard.integrations.calendar import CalendarDep
from switchboard.models.conversation import Conversation
from switchboard.receptionist import turns

router = APIRouter(prefix="/v1/sessions", tags=["sessions"])


class SessionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel: Literal["voice", "sms", "web"] = "voice"
    caller_phone: Phone | None = None


class TurnIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=2000)


class ActionOut(BaseModel):
    kind: str
    number: str | None = None


class ReplyOut(BaseModel):
    reply: str
    options: list[str] = []
    actions: list[ActionOut] = []
    outcome: str | None = None
    ended: bool = False


class SessionOut(ReplyOut):
    id: uuid.UUID


def _out(reply: Reply, ended: bool) -> dict[str, object]:
    return {
        "reply": reply.text,
        "options": list(reply.options),
        "actions": [ActionOut(kind=a.kind, number=a.number) for a in reply.actions],
        "outcome": reply.outcome,
        "ended": ended or reply.ends_conversation,
    }


@router.post("", status_code=status.HTTP_201_CREATED, response_model=SessionOut)
async def start_session(
    body: SessionIn, tenant: OwnerDep, uow: UowDep, clock: ClockDep, calendar: CalendarDep
) -> SessionOut:
    result = await turns.start(
        uow,
        tenant,
        clock,
        calendar,
        channel=body.channel,
        phone=body.caller_phone,
        external_id=f"session:{uuid.uuid4().hex}",
    )
    return SessionOut(id=result.conversation.id, **_out(result.reply, False))


@router.post("/{session_id}/turns", response_model=ReplyOut)
@request_reads_only
async def session_turn(
    session_id: uuid.UUID,
    body: TurnIn,
    request: Request,
    tenant: OwnerDep,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    calendar: CalendarDep,
) -> ReplyOut:
    # Read, ask the model with no transaction open, then write: a slow model never holds the
    # database (on SQLite, the one writer every other tenant's request waits for).
    conversation = await conversations.get_conversation(uow, tenant, session_id)
    _check_open(conversation)
    llm = turns.llm_for(request.app.state, conversation.channel)
    question = await turns.model_question(uow, tenant, clock, conversation, body.text, llm)
    await uow.release()
    answer = await turns.ask_model(question)
    async with db.unit_of_work() as write:
        await write.bind(tenant)
        conversation = await turns.by_id(write, tenant, session_id)
        _check_open(conversation)
        reply = await turns.turn(write, tenant, clock, calendar, conversation, body.text, answer)
        state = DialogState.from_json(conversation.state)
        ended = state.stage == "closed" or reply.ends_conversation
        if ended:
            conversation.state = {**(conversation.state or {}), "ended": True}
    return ReplyOut(**_out(reply, ended))


def _check_open(conversation: Conversation) -> None:
    if (conversation.state or {}).get("ended"):
        raise Conflict("This session has ended.")


@router.post("/{session_id}/end", response_model=ReplyOut)
async def end_session(session_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> ReplyOut:
    conversation = await turns.by_id(uow, tenant, session_id)
    conversation.state = {**(conversation.state or {}), "ended": True}
    outcome = (conversation.state or {}).get("outcome")
    return ReplyOut(reply="", outcome=outcome, ended=True)
