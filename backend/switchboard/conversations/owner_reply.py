"""The owner answers a conversation by text, as the business: the flow spans the conversation
(the reply joins its transcript) and messaging (the SMS goes through the sending rules)."""

from __future__ import annotations

import uuid

from switchboard.audit import service as audit
from switchboard.conversations import service
from switchboard.core.clock import Clock
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import Conflict
from switchboard.messaging import service as messaging
from switchboard.models.conversation import Conversation
from switchboard.tenancy.context import TenantContext


class NoNumberToText(Conflict):
    type_slug = "no-number-to-text"
    title = "Nothing to text"


async def reply_by_sms(
    uow: UnitOfWork, tenant: TenantContext, conversation_id: uuid.UUID, text: str, clock: Clock
) -> Conversation:
    conversation = await service.for_turn(uow, tenant, Conversation.id == conversation_id)
    if conversation is None:
        raise service.ConversationNotFound()
    if conversation.channel == "web" or not conversation.phone:
        # A web chat visitor has no number; their live chat is answered in the widget.
        raise NoNumberToText("This conversation has no phone number to text.")
    message = await messaging.send_sms(
        uow,
        tenant,
        to=conversation.phone,
        body=text,
        kind="reply",
        clock=clock,
        customer_id=conversation.customer_id,
        conversation_id=conversation.id,
    )
    meta = {"sent_as": "sms", "message_id": str(message.id), "status": message.status}
    if message.reason:
        meta["reason"] = message.reason
    await service.append_to(uow, tenant, conversation, "owner", text, clock.now(), meta=meta)
    audit.record(uow, tenant, "conversation.sms", "conversation", conversation.id)
    await uow.session.flush()
    return conversation
