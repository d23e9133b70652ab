"""The message log for the owner: `GET /v1/owner/messages`, `GET /v1/owner/messages/{id}`."""

from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter, Query

from switchboard.auth.dependencies import OwnerDep
from switchboard.core.deps import UowDep
from switchboard.messaging import service
from switchboard.messaging.schemas import MessageList, MessageOut

router = APIRouter(prefix="/v1/owner/messages", tags=["owner"])


@router.get("", response_model=MessageList, response_model_by_alias=True)
async def list_messages(
    tenant: OwnerDep,
    uow: UowDep,
    to: str | None = Query(default=None, max_length=320),
    channel: Literal["sms", "email"] | None = None,
    kind: str | None = Query(default=None, max_length=32),
    limit: int = Query(default=100, ge=1, le=500),
) -> MessageList:
    """Every SMS and email sent or received, newest first."""
    messages = await service.list_messages(
        uow, tenant, to=to, channel=channel, kind=kind, limit=limit
    )
    return MessageList(items=[MessageOut.model_validate(m) for m in messages])


@router.get("/{message_id}", response_model=MessageOut, response_model_by_alias=True)
async def get_message(message_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> MessageOut:
    return MessageOut.model_validate(await service.get_message(uow, tenant, message_id))
