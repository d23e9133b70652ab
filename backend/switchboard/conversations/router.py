"""Owner API: conversations and the callback (follow-up) queue."""

from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter, Query, Request, Response, status

from switchboard.auth.dependencies import OwnerDep
from switchboard.conversations import inbox, owner_reply, recordings, service
from switchboard.conversations.schemas import (
    AssignIn,
    CallbackIn,
    CallbackList,
    CallbackOut,
    ConversationList,
    ConversationOut,
    ConversationSummary,
    MessageOut,
    OwnerMessageIn,
    ReplyIn,
    ResolveIn,
)
from switchboard.core.bounds import MAX_OFFSET
from switchboard.core.deps import ClockDep, UowDep
from switchboard.core.errors import InvalidInput
from switchboard.models.conversation import Conversation

router = APIRouter(prefix="/v1/owner", tags=["conversations"])


def _summary(c: Conversation, count: int, last_role: str | None) -> ConversationSummary:
    return ConversationSummary(
        id=c.id,
        channel=c.channel,
        customer_id=c.customer_id,
        phone=c.phone,
        started_at=c.started_at,
        last_message_at=c.last_message_at,
        summary=c.summary,
        message_count=count,
        emergency=inbox.is_emergency(c),
        booked=inbox.is_booked(c),
        outcome=(c.state or {}).get("outcome"),
        needs_reply=c.channel in ("sms", "web") and last_role == "caller",
    )


@router.get("/conversations", response_model=ConversationList)
async def list_conversations(
    tenant: OwnerDep,
    uow: UowDep,
    channel: Literal["voice", "sms", "web"] | None = None,
    customer_id: uuid.UUID | None = None,
    emergency: bool | None = Query(default=None, description="judged an emergency"),
    booked: bool | None = Query(default=None, description="ended in a booking"),
    needs_reply: bool | None = Query(
        default=None, description="a text or web chat whose customer spoke last"
    ),
    limit: int = Query(default=100, ge=1, le=500),
    offset: int = Query(default=0, ge=0, le=MAX_OFFSET),
) -> ConversationList:
    items, counts, last = await inbox.list_conversations(
        uow,
        tenant,
        channel,
        customer_id=customer_id,
        emergency=emergency,
        booked=booked,
        needs_reply=needs_reply,
        limit=limit,
        offset=offset,
    )
    return ConversationList(items=[_summary(c, counts.get(c.id, 0), last.get(c.id)) for c in items])


async def _full(uow: UowDep, tenant: OwnerDep, conversation: Conversation) -> ConversationOut:
    messages = await service.messages_of(uow, tenant, conversation.id)
    last_role = messages[-1].role if messages else None
    return ConversationOut(
        **_summary(conversation, len(messages), last_role).model_dump(),
        messages=[MessageOut.model_validate(m) for m in messages],
    )


@router.get("/conversations/{conversation_id}", response_model=ConversationOut)
async def get_conversation(
    conversation_id: uuid.UUID, tenant: OwnerDep, uow: UowDep
) -> ConversationOut:
    return await _full(uow, tenant, await service.get_conversation(uow, tenant, conversation_id))


@router.post(
    "/conversations/{conversation_id}/messages",
    response_model=ConversationOut,
    status_code=status.HTTP_201_CREATED,
)
async def add_owner_note(
    conversation_id: uuid.UUID,
    body: OwnerMessageIn,
    tenant: OwnerDep,
    uow: UowDep,
    clock: ClockDep,
) -> ConversationOut:
    """An owner's note in the transcript (it is not sent to the customer)."""
    await service.append_message(uow, tenant, conversation_id, "owner", body.text, clock.now())
    return await _full(uow, tenant, await service.get_conversation(uow, tenant, conversation_id))


@router.post(
    "/conversations/{conversation_id}/sms",
    response_model=ConversationOut,
    status_code=status.HTTP_201_CREATED,
)
async def reply_by_sms(
    conversation_id: uuid.UUID,
    body: ReplyIn,
    tenant: OwnerDep,
    uow: UowDep,
    clock: ClockDep,
) -> ConversationOut:
    """Text the customer from the business's number. The sending rules apply (an opted-out
    number is never texted): the reply's delivery state is in the transcript entry's meta."""
    conversation = await owner_reply.reply_by_sms(uow, tenant, conversation_id, body.text, clock)
    return await _full(uow, tenant, conversation)


@router.get("/callbacks", response_model=CallbackList)
async def list_callbacks(
    tenant: OwnerDep,
    uow: UowDep,
    status_: Literal["open", "done"] | None = Query(default=None, alias="status"),
    customer_id: uuid.UUID | None = None,
    limit: int = Query(default=200, ge=1, le=1000),
) -> CallbackList:
    items = await service.list_callbacks(uow, tenant, status_, customer_id=customer_id, limit=limit)
    return CallbackList(items=[CallbackOut.model_validate(c) for c in items])


@router.post("/callbacks", response_model=CallbackOut, status_code=status.HTTP_201_CREATED)
async def open_callback(
    body: CallbackIn, tenant: OwnerDep, uow: UowDep, clock: ClockDep
) -> CallbackOut:
    if body.phone is None and body.customer_id is None:
        raise InvalidInput("A callback needs a phone number or a customer.")
    callback = await service.open_callback(
        uow,
        tenant,
        reason=body.reason,
        at=clock.now(),
        phone=body.phone,
        customer_id=body.customer_id,
        details=body.details,
        assignee=body.assignee,
    )
    return CallbackOut.model_validate(callback)


@router.get("/callbacks/{callback_id}", response_model=CallbackOut)
async def get_callback(callback_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> CallbackOut:
    return CallbackOut.model_validate(await service.get_callback(uow, tenant, callback_id))


@router.get(
    "/callbacks/{callback_id}/recording",
    response_class=Response,
    responses={200: {"content": {"audio/wav": {}}}},
)
async def callback_recording(
    callback_id: uuid.UUID, request: Request, tenant: OwnerDep, uow: UowDep
) -> Response:
    """A voicemail's audio (WAV), fetched from the voice provider for the owner to play."""
    audio = await recordings.voicemail_audio(
        uow, tenant, callback_id, request.app.state.providers.voice
    )
    return Response(audio, media_type="audio/wav", headers={"cache-control": "private, no-store"})


@router.post("/callbacks/{callback_id}/resolve", response_model=CallbackOut)
async def resolve_callback(
    callback_id: uuid.UUID, body: ResolveIn, tenant: OwnerDep, uow: UowDep, clock: ClockDep
) -> CallbackOut:
    callback = await service.resolve_callback(
        uow, tenant, callback_id, body.resolution, clock.now()
    )
    return CallbackOut.model_validate(callback)


@router.post("/callbacks/{callback_id}/reopen", response_model=CallbackOut)
async def reopen_callback(callback_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> CallbackOut:
    return CallbackOut.model_validate(await service.reopen_callback(uow, tenant, callback_id))


@router.post("/callbacks/{callback_id}/assign", response_model=CallbackOut)
async def assign_callback(
    callback_id: uuid.UUID, body: AssignIn, tenant: OwnerDep, uow: UowDep
) -> CallbackOut:
    callback = await service.assign_callback(uow, tenant, callback_id, body.assignee)
    return CallbackOut.model_validate(callback)
