"""The retention purge: personal content older than each tenant's retention period is blanked,
once cluster-wide every hour (`privacy.retention`).

Per tenant (`Business.settings["retention"]`, default 365 days each):
- transcripts: the lines of conversations (deleted), conversation summaries and voicemail
  transcripts (blanked);
- recordings: voicemail recording links (blanked; the audio at the provider is not deleted
  by this job);
- message bodies: SMS and email bodies and subjects (blanked), except messages that are SMS
  consent evidence (a STOP text) and messages not yet sent.
The rows themselves stay (who, when, which channel, status), so counts and the audit of what
happened survive; only what people said or wrote goes.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select, update

from switchboard.businesses.settings import Retention
from switchboard.core.db import UnitOfWork
from switchboard.jobs.registry import JobContext, registry
from switchboard.models.business import Business
from switchboard.models.callback import Callback
from switchboard.models.conversation import Conversation, ConversationMessage
from switchboard.models.message import Message, SmsConsentEvent

KIND = "privacy.retention"
_UNSENT = ("queued", "sending")


def retention_of(business: Business) -> Retention:
    return Retention.model_validate((business.settings or {}).get("retention") or {})


async def purge_business(uow: UnitOfWork, business: Business, now: datetime) -> dict[str, int]:
    """Blank one tenant's content past its retention. Caller holds the system scope."""
    keep = retention_of(business)
    tenant = business.id
    transcripts = now - timedelta(days=keep.transcripts_days)
    recordings = now - timedelta(days=keep.recordings_days)
    bodies = now - timedelta(days=keep.message_bodies_days)
    session = uow.session
    counts: dict[str, int] = {}

    old_conversations = select(Conversation.id).where(
        Conversation.business_id == tenant, Conversation.started_at < transcripts
    )
    result = await session.execute(
        delete(ConversationMessage).where(
            ConversationMessage.business_id == tenant,
            ConversationMessage.at < transcripts,
        )
    )
    counts["transcript_lines"] = _rows(result)
    await session.execute(
        update(Conversation)
        .where(Conversation.id.in_(old_conversations), Conversation.summary != "")
        .values(summary="")
    )
    result = await session.execute(
        update(Callback)
        .where(
            Callback.business_id == tenant,
            Callback.created_at < transcripts,
            Callback.transcript.is_not(None),
        )
        .values(transcript=None)
    )
    counts["voicemail_transcripts"] = _rows(result)
    result = await session.execute(
        update(Callback)
        .where(
            Callback.business_id == tenant,
            Callback.created_at < recordings,
            Callback.recording_url.is_not(None),
        )
        .values(recording_url=None)
    )
    counts["recordings"] = _rows(result)
    evidence = select(SmsConsentEvent.message_id).where(
        SmsConsentEvent.business_id == tenant, SmsConsentEvent.message_id.is_not(None)
    )
    result = await session.execute(
        update(Message)
        .where(
            Message.business_id == tenant,
            Message.created_at < bodies,
            Message.body != "",
            Message.status.not_in(_UNSENT),
            Message.id.not_in(evidence),
        )
        .values(body="", subject=None)
    )
    counts["message_bodies"] = _rows(result)
    return counts


def _rows(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


@registry.handler(KIND)
async def purge(ctx: JobContext) -> None:
    now = ctx.clock.now()
    async with ctx.uow.system_scope("retention purge"):
        businesses = (await ctx.uow.session.execute(select(Business))).scalars().all()
        for business in businesses:
            await purge_business(ctx.uow, business, now)


registry.every(KIND, timedelta(hours=1))
