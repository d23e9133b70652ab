"""Old transcripts, recordings and message bodies go after each tenant's retention period;
the records (who, when, status) and SMS consent evidence stay. The clock is fixed."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import select

from switchboard.conversations import service as conversations
from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.jobs.registry import JobContext, registry
from switchboard.messaging import consent
from switchboard.messaging import service as messaging
from switchboard.models.callback import Callback
from switchboard.models.conversation import Conversation, ConversationMessage
from switchboard.models.message import Message
from switchboard.privacy import retention
from switchboard.tenancy.context import Actor, issue_tenant_context
from tests.conftest import Tenant

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
PHONE = "+19135550142"


async def _seed(db: Database, tenant: Tenant, at: datetime) -> dict[str, uuid.UUID]:
    context = issue_tenant_context(uuid.UUID(tenant.id), Actor("system", "test"))
    clock = FixedClock(at)
    async with db.unit_of_work() as uow:
        await uow.bind(context)
        convo = await conversations.start_conversation(uow, context, "voice", at, phone=PHONE)
        convo.summary = "burst pipe at 12 Oak St"
        await conversations.append_message(uow, context, convo.id, "caller", "pipe burst", at)
        callback = await conversations.open_callback(
            uow, context, reason="voicemail", at=at, phone=PHONE, conversation_id=convo.id
        )
        callback.transcript = "call me back"
        callback.recording_url = "https://api.twilio.com/recordings/RE1"
        stop = await messaging.record_inbound(
            uow,
            context,
            channel="sms",
            from_addr=PHONE,
            to_addr=tenant.phone_number,
            body="STOP",
            kind="inbound",
            clock=clock,
            provider_id=f"SM{uuid.uuid4().hex}",
        )
        await consent.opt_out(uow, context, PHONE, at, source="sms_keyword", message_id=stop.id)
        text = await messaging.record_inbound(
            uow,
            context,
            channel="sms",
            from_addr="+19135550199",
            to_addr=tenant.phone_number,
            body="my gate code is 4411",
            kind="inbound",
            clock=clock,
            provider_id=f"SM{uuid.uuid4().hex}",
        )
        return {"convo": convo.id, "callback": callback.id, "stop": stop.id, "text": text.id}


async def _run_purge(db: Database, now: datetime) -> None:
    async with db.unit_of_work() as uow:
        await retention.purge(
            JobContext(
                uow=uow,
                tenant=None,
                payload={},
                job_id="test",
                kind=retention.KIND,
                attempt=1,
                clock=FixedClock(now),
            )
        )


async def _state(db: Database, ids: dict[str, uuid.UUID]) -> dict[str, object]:
    async with db.unit_of_work() as uow, uow.system_scope("test reads"):
        s = uow.session
        convo = (
            await s.execute(select(Conversation).where(Conversation.id == ids["convo"]))
        ).scalar_one()
        lines = (
            (
                await s.execute(
                    select(ConversationMessage).where(
                        ConversationMessage.conversation_id == convo.id
                    )
                )
            )
            .scalars()
            .all()
        )
        callback = (
            await s.execute(select(Callback).where(Callback.id == ids["callback"]))
        ).scalar_one()
        stop = (await s.execute(select(Message).where(Message.id == ids["stop"]))).scalar_one()
        text = (await s.execute(select(Message).where(Message.id == ids["text"]))).scalar_one()
        return {
            "summary": convo.summary,
            "lines": len(lines),
            "transcript": callback.transcript,
            "recording": callback.recording_url,
            "stop": stop.body,
            "text": text.body,
            "text_status": text.status,
        }


async def test_content_past_the_tenants_retention_is_blanked_and_records_stay(
    client: httpx.AsyncClient, db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    short = await client.patch(
        "/v1/owner/business/settings",
        json={
            "retention": {"transcripts_days": 30, "recordings_days": 7, "message_bodies_days": 90}
        },
        headers=tenant.owner,
    )
    assert short.status_code == 200, short.text
    assert short.json()["retention"]["recordings_days"] == 7
    forty_days_ago = await _seed(db, tenant, NOW - timedelta(days=40))
    yesterday = await _seed(db, tenant, NOW - timedelta(days=1))
    # The other tenant keeps the default year: its 40-day-old content stays.
    others = await _seed(db, other_tenant, NOW - timedelta(days=40))

    await _run_purge(db, NOW)

    old = await _state(db, forty_days_ago)
    assert (old["summary"], old["lines"], old["transcript"], old["recording"]) == (
        "",
        0,
        None,
        None,
    )
    # Bodies are kept 90 days here: 40 days old stays; the STOP is consent evidence anyway.
    assert (old["text"], old["stop"]) == ("my gate code is 4411", "STOP")
    recent = await _state(db, yesterday)
    assert recent["lines"] == 1
    assert recent["transcript"] == "call me back"
    assert recent["recording"] is not None
    assert await _state(db, others) == {
        **old,
        "summary": "burst pipe at 12 Oak St",
        "lines": 1,
        "transcript": "call me back",
        "recording": "https://api.twilio.com/recordings/RE1",
    }

    await _run_purge(db, NOW + timedelta(days=60))
    later = await _state(db, forty_days_ago)
    assert later["text"] == ""
    assert later["stop"] == "STOP"
    assert later["text_status"] == old["text_status"]


def test_the_purge_runs_periodically() -> None:
    assert retention.KIND in {p.kind for p in registry.periodic}


async def test_retention_settings_are_bounded(client: httpx.AsyncClient, tenant: Tenant) -> None:
    for days in (0, 4000):
        response = await client.patch(
            "/v1/owner/business/settings",
            json={"retention": {"transcripts_days": days}},
            headers=tenant.owner,
        )
        assert response.status_code == 422
