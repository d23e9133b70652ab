"""The widget API (`X-Widget-Token`; a chat's own requests add `X-Visitor-Token`), and the
owner's live reply to a visitor (`X-Owner-Token` / `X-API-Key`).

Every widget call checks the request's `Origin` against the business's `widget_origins`
(an empty list allows any). The chat page we serve in the site's iframe calls from our own
origin, which browsers let only the listed sites frame (`pages.py`)."""

from __future__ import annotations

import contextlib
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, status

from switchboard.auth.dependencies import OwnerDep, WidgetDep
from switchboard.core.config import Settings
from switchboard.core.deps import (
    ClockDep,
    DatabaseDep,
    SettingsDep,
    UowDep,
    request_reads_only,
)
from switchboard.core.errors import Unauthorized
from switchboard.integrations.calendar import CalendarDep
from switchboard.models.business import Business
from switchboard.models.conversation import ConversationMessage
from switchboard.ratelimit.middleware import client_address
from switchboard.receptionist import turns
from switchboard.widget import service
from switchboard.widget.origins import normalise_origin
from switchboard.widget.schemas import (
    BusinessCard,
    ChatIn,
    ChatMessageOut,
    ChatOut,
    OwnerReplyIn,
    OwnerReplyOut,
    ReplyOut,
    TranscriptOut,
    VisitorMessageIn,
)

router = APIRouter(prefix="/v1/widget", tags=["widget"])
owner_router = APIRouter(prefix="/v1/owner", tags=["conversations"])

OriginHeader = Annotated[str | None, Header(alias="origin", include_in_schema=False)]
VisitorHeader = Annotated[str | None, Header()]


def _own_origins(request: Request, settings: Settings) -> list[str]:
    own = [normalise_origin(settings.public_base_url)]
    with contextlib.suppress(ValueError):  # a Host header that names no origin adds nothing
        own.append(normalise_origin(str(request.base_url)))
    return own


def _client(request: Request, settings: Settings) -> str:
    return client_address(
        request.scope,
        trust_forwarded_for=settings.trust_forwarded_for,
        proxy_hops=settings.trusted_proxy_hops,
    )


def _visitor(token: str | None) -> str:
    if not token:
        raise Unauthorized("Send X-Visitor-Token (from the start of the chat).")
    return token


def _card(business: Business) -> BusinessCard:
    return BusinessCard(name=business.name, phone=business.phone_number)


def _item(message: ConversationMessage) -> ChatMessageOut:
    meta: dict[str, Any] = message.meta or {}
    return ChatMessageOut(
        seq=message.seq,
        role=message.role,
        text=message.text,
        at=message.at,
        booking=meta.get("booking"),
        emergency=bool(meta.get("emergency")),
    )


# The page's cursor: the last message number it has shown.
AfterQuery = Annotated[int | None, Query(ge=0, le=1_000_000)]


@router.post("/conversations", status_code=status.HTTP_201_CREATED, response_model=ChatOut)
async def start_chat(
    body: ChatIn,
    request: Request,
    tenant: WidgetDep,
    uow: UowDep,
    clock: ClockDep,
    settings: SettingsDep,
    calendar: CalendarDep,
    origin: OriginHeader = None,
) -> ChatOut:
    """Starts a chat: the greeting, and the visitor token the chat's later requests carry."""
    business = await service.business_for_origin(
        uow, tenant, origin, _own_origins(request, settings)
    )
    started = await service.start_chat(
        uow,
        tenant,
        clock,
        calendar,
        settings,
        business=business,
        client=_client(request, settings),
        language=body.language,
    )
    return ChatOut(
        id=started.conversation.id,
        reply=started.reply,
        visitor_token=started.visitor_token,
        options=started.options,
        language=started.language,
        business=_card(business),
        expires_after_idle_s=settings.widget_idle_minutes * 60,
    )


@router.post("/conversations/{chat_id}/messages", response_model=ReplyOut)
@request_reads_only
async def send_message(
    chat_id: uuid.UUID,
    body: VisitorMessageIn,
    request: Request,
    tenant: WidgetDep,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    calendar: CalendarDep,
    after: AfterQuery = None,
    origin: OriginHeader = None,
    x_visitor_token: VisitorHeader = None,
) -> ReplyOut:
    """The visitor's message and the answer. `?after=<seq>` (the last message the page has
    shown): the answer's `missed` holds what it has not shown of the messages before this one
    (an owner's reply written while the visitor typed or the assistant answered), which a poll
    after the answer's `seq` would never return."""
    token = _visitor(x_visitor_token)
    own = _own_origins(request, settings)
    await service.business_for_origin(uow, tenant, origin, own)
    # Read, ask the model (when one is configured) with no transaction open, then write.
    llm = turns.llm_for(request.app.state, "web")
    question = await service.model_question(
        uow, tenant, clock, settings, llm, chat_id=chat_id, token=token, text=body.text
    )
    await uow.release()
    answer = await turns.ask_model(question)
    async with db.unit_of_work() as write:
        await write.bind(tenant)
        business = await service.business_for_origin(write, tenant, origin, own)
        result = await service.send_message(
            write,
            tenant,
            clock,
            calendar,
            settings,
            business=business,
            client=_client(request, settings),
            chat_id=chat_id,
            token=token,
            text=body.text,
            answer=answer,
            after=after,
        )
    return ReplyOut(
        reply=result.reply,
        options=result.options,
        booking=result.booking,
        emergency=result.emergency,
        notice=result.notice,
        owner_live=result.owner_live,
        ended=result.ended,
        seq=result.seq,
        missed=[_item(m) for m in result.missed],
    )


@router.get("/conversations/{chat_id}/messages", response_model=TranscriptOut)
async def chat_messages(
    chat_id: uuid.UUID,
    request: Request,
    tenant: WidgetDep,
    uow: UowDep,
    clock: ClockDep,
    settings: SettingsDep,
    after: AfterQuery = None,
    origin: OriginHeader = None,
    x_visitor_token: VisitorHeader = None,
) -> TranscriptOut:
    """The chat so far (or what came after message number `after`): what the page shows
    after a reload, and how it sees the owner's live replies (polled)."""
    token = _visitor(x_visitor_token)
    own = _own_origins(request, settings)
    # Browsers send no Origin on a same-origin GET (our chat page reading its own chat); a
    # cross-origin one always has it. The visitor token was only ever given past the check.
    business = await service.business_for_origin(uow, tenant, origin or own[-1], own)
    found = await service.transcript(
        uow,
        tenant,
        settings,
        chat_id=chat_id,
        token=token,
        now=clock.now(),
        after=-1 if after is None else after,
    )
    return TranscriptOut(
        id=found.conversation.id,
        language=found.language,
        business=_card(business),
        items=[_item(m) for m in found.messages],
    )


@owner_router.post(
    "/conversations/{conversation_id}/reply",
    response_model=OwnerReplyOut,
    status_code=status.HTTP_201_CREATED,
)
async def reply_to_visitor(
    conversation_id: uuid.UUID,
    body: OwnerReplyIn,
    tenant: OwnerDep,
    uow: UowDep,
    clock: ClockDep,
    settings: SettingsDep,
) -> OwnerReplyOut:
    """The owner answers a website visitor live: the visitor's chat shows it within seconds,
    and the assistant stays quiet in that chat for 15 minutes after each owner reply. Only
    web chats that have not expired (409 otherwise); the text is never rendered as HTML."""
    message = await service.owner_reply(uow, tenant, clock, settings, conversation_id, body.text)
    return OwnerReplyOut(
        conversation_id=conversation_id, seq=message.seq, text=message.text, at=message.at
    )
