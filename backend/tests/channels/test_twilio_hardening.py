"""The Twilio findings of the hardening assessment (issue 11), each as Twilio would meet it:
signed requests with exactly the documented parameters."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy import func, select

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.jobs.worker import Worker
from switchboard.main import create_app
from switchboard.models import ConversationMessage
from tests.channels.conftest import (
    PUBLIC,
    TWILIO_TOKEN,
    Call,
    TwiML,
    messages,
    twilio_post,
    voice_tenant,
)
from tests.conftest import ADMIN, Tenant, make_settings

WITHHELD = ["Anonymous", "Restricted", "+266696687", "Unavailable", "", "+7378742833"]
RECORDING = "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE{}"


async def _callbacks(client: httpx.AsyncClient, tenant: Tenant) -> list[dict[str, object]]:
    return list((await client.get("/v1/owner/callbacks", headers=tenant.owner)).json()["items"])


async def _voicemail(call: Call, twiml: TwiML, audio_id: str | None = None) -> httpx.Response:
    record = twiml.find("Record")
    assert record is not None, twiml.text
    return await call.record(
        record.attrib["recordingStatusCallback"], RECORDING.format(audio_id or uuid.uuid4().hex)
    )


# 1. Voicemails and withheld caller IDs -------------------------------------------------


@pytest.mark.parametrize("caller", WITHHELD)
async def test_a_withheld_caller_is_answered_and_their_voicemail_kept(
    client: httpx.AsyncClient, worker: Worker, caller: str
) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number, caller=caller)
    greeting = await call.start()
    assert greeting.said().startswith("Thanks for calling Bristol Plumbing")
    assert (await call.say("hi my kitchen sink is clogged")).find("Gather") is not None
    await call.say("")
    voicemail = await call.say("")
    response = await _voicemail(call, voicemail)
    assert response.status_code == 200 and response.text.startswith("<?xml")
    assert (await call.end()).status_code == 200
    await worker.drain()
    items = await _callbacks(client, tenant)
    assert [(c["reason"], c["phone"]) for c in items] == [("voicemail", None)]
    assert "number withheld" in str(items[0]["details"])
    assert str(items[0]["recording_url"]).startswith("https://api.twilio.com/")
    pages = await messages(client, tenant, kind="owner_alert")
    assert len(pages) == 1 and "voicemail from number withheld" in pages[0]["body"]
    assert await messages(client, tenant, kind="missed_call") == []  # no one to text


@pytest.mark.parametrize("caller", WITHHELD)
async def test_a_withheld_callers_missed_call_is_an_item_and_a_page(
    client: httpx.AsyncClient, caller: str
) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number, caller=caller)
    assert (await call.end("no-answer")).status_code == 200
    items = await _callbacks(client, tenant)
    assert [(c["reason"], c["phone"]) for c in items] == [("missed_call", None)]
    assert "number withheld" in str(items[0]["details"])
    pages = await messages(client, tenant, kind="owner_alert")
    assert len(pages) == 1 and "number withheld" in pages[0]["body"]


async def test_a_voicemail_in_lockdown_keeps_the_callers_number(
    client: httpx.AsyncClient, worker: Worker
) -> None:
    """Lockdown takes a message before any conversation exists: the recording callback (no
    From) still knows who called, from the callback URL we gave."""
    tenant = await voice_tenant(client)
    await client.post("/v1/owner/lockdown", json={"enabled": True}, headers=tenant.owner)
    call = Call(client, tenant.phone_number)
    assert (await _voicemail(call, await call.start())).status_code == 200
    items = await _callbacks(client, tenant)
    assert [(c["reason"], c["phone"]) for c in items] == [("voicemail", "+19135550142")]


async def test_the_safety_nets_voicemail_reaches_the_business_and_caller(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    """When the database failed the call was answered by the safety net: its recording
    callback URL names the business number and the caller, which Twilio's callback does not."""
    from switchboard.voice.safety import fallback_twiml

    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number)
    twiml = TwiML.parse(
        httpx.Response(
            200, text=fallback_twiml(PUBLIC, call.params()), headers={"content-type": "text/xml"}
        )
    )
    assert (await _voicemail(call, twiml)).status_code == 200
    items = await _callbacks(client, tenant)
    assert [(c["reason"], c["phone"]) for c in items] == [("voicemail", "+19135550142")]


# 5. Replays ------------------------------------------------------------------------------


async def _caller_messages(db: Database, conversation_id: str) -> int:
    async with db.unit_of_work() as uow, uow.system_scope("test counts"):
        return int(
            (
                await uow.session.execute(
                    select(func.count())
                    .select_from(ConversationMessage)
                    .where(
                        ConversationMessage.conversation_id == uuid.UUID(conversation_id),
                        ConversationMessage.role == "caller",
                    )
                )
            ).scalar_one()
        )


@pytest.mark.parametrize("header", ["none", "same", "fresh"])
async def test_a_replayed_turn_is_not_a_second_turn(
    client: httpx.AsyncClient, db: Database, header: str
) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number)
    await call.start()
    url = call.next_url
    assert url is not None
    params = call.gather_params("hi my kitchen sink is clogged")
    first = await twilio_post(client, url, params, idempotency_token="tok-a")
    tokens = {"none": None, "same": "tok-a", "fresh": "tok-b"}
    again = await twilio_post(client, url, params, idempotency_token=tokens[header])
    assert TwiML.parse(again).text == TwiML.parse(first).text
    conversation_id = url.split("c=")[1].split("&")[0]
    assert await _caller_messages(db, conversation_id) == 1
    # The conversation carries on from the step it is at.
    call._remember(TwiML.parse(first))
    await call.say("tomorrow morning")
    replay_old = await twilio_post(client, url, params)
    assert await _caller_messages(db, conversation_id) == 2
    assert TwiML.parse(replay_old).find("Gather") is not None  # the first answer, again


async def test_replayed_status_and_recording_callbacks_act_once(
    client: httpx.AsyncClient, worker: Worker
) -> None:
    tenant = await voice_tenant(client)
    missed = Call(client, tenant.phone_number)
    for token in (None, "x1", "x2"):
        response = await twilio_post(
            client,
            "/twilio/voice/status",
            missed.status_params("no-answer"),
            idempotency_token=token,
        )
        assert response.status_code == 200
    recorded = Call(client, tenant.phone_number)
    await recorded.start()
    await recorded.say("")
    voicemail = await recorded.say("")
    record = voicemail.find("Record")
    assert record is not None
    params = recorded.recording_params(RECORDING.format("RE9"), recording_sid="RE" + "9" * 32)
    for token in (None, "y1", "y2"):
        response = await twilio_post(
            client, record.attrib["recordingStatusCallback"], params, idempotency_token=token
        )
        assert response.status_code == 200
    await worker.drain()
    reasons = sorted(str(c["reason"]) for c in await _callbacks(client, tenant))
    assert reasons == ["missed_call", "voicemail"]
    assert len(await messages(client, tenant, kind="missed_call")) == 1
    assert len(await messages(client, tenant, kind="owner_alert")) == 2


# 7. Signed voice webhooks always get TwiML -----------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/twilio/voice/turn?c=not-a-uuid&s=1",
        "/twilio/voice/turn",
        "/twilio/voice/turn?c=00000000-0000-0000-0000-000000000000&s=1",
        "/twilio/voice/whisper?c=00000000-0000-0000-0000-000000000000",
        "/twilio/voice/whisper?c=junk",
        "/twilio/voice/transfer/ended?c=00000000-0000-0000-0000-000000000000",
        "/twilio/voice/transfer/ended?c=junk",
        "/twilio/voice/relay/ended?c=00000000-0000-0000-0000-000000000000",
        "/twilio/voice/relay/ended",
        "/twilio/voice/voicemail/recorded?b=junk",
        "/twilio/voice/voicemail/recorded?b=00000000-0000-0000-0000-000000000000",
        "/twilio/voice/owner/pin?n=junk",
    ],
)
async def test_signed_voice_webhooks_with_unknown_calls_get_twiml(
    client: httpx.AsyncClient, path: str
) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number)
    await call.start()
    if "recorded" in path:
        params = call.recording_params(RECORDING.format("RE1"))
    elif "ended" in path:
        params = call.dial_params("no-answer")
    else:
        params = call.gather_params("hello")
    response = await twilio_post(client, path, params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/xml")
    TwiML.parse(response)


# 11. RecordingUrl ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1",
        "https://api.twilio.com.attacker.example/RE1",
        "https://attacker.example/api.twilio.com/RE1",
        "https://api.twilio.com@attacker.example/RE1",
        "https://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        "",
    ],
)
async def test_a_recording_not_at_twilio_is_never_stored_or_fetched(
    client: httpx.AsyncClient, worker: Worker, providers: Providers, url: str
) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number)
    await call.start()
    await call.say("")
    voicemail = await call.say("")
    record = voicemail.find("Record")
    assert record is not None
    response = await call.record(record.attrib["recordingStatusCallback"], url)
    assert response.status_code == 200 and "<Response" in response.text
    await worker.drain()
    assert await _callbacks(client, tenant) == []


# 3. The failed-auth limiter --------------------------------------------------------------


@pytest.fixture
async def limited(
    database_url: str, db: Database, clock: FixedClock
) -> AsyncIterator[httpx.AsyncClient]:
    settings = make_settings(
        database_url, twilio_auth_token=TWILIO_TOKEN, public_base_url=PUBLIC, auth_failure_limit=5
    )
    app = create_app(settings, database=db, clock=clock, run_worker=False, providers=Providers())
    transport = httpx.ASGITransport(app=app, client=("198.51.100.7", 4000))
    async with httpx.AsyncClient(transport=transport, base_url="http://internal:8000") as c:
        yield c


async def test_a_valid_signature_is_never_locked_out(limited: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(limited)
    call = Call(limited, tenant.phone_number)
    for _ in range(8):
        forged = await twilio_post(limited, "/twilio/voice", call.params("ringing"), signature="x")
        assert forged.status_code == 403
    # The address is locked out for owner routes ...
    assert (await limited.get("/v1/owner/business", headers=tenant.owner)).status_code == 429
    # ... but Twilio, which shares it, is still answered, with TwiML.
    assert (await call.start()).said().startswith("Thanks for calling")
    assert (await call.say("my sink is clogged")).find("Gather") is not None


async def test_a_suspended_tenants_403s_are_not_failed_authentication(
    limited: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(limited)
    other = await voice_tenant(limited)
    assert (
        await limited.post(f"/v1/admin/businesses/{tenant.id}/suspend", headers=ADMIN)
    ).status_code == 200
    for _ in range(8):
        assert (await limited.get("/v1/owner/business", headers=tenant.owner)).status_code == 403
    assert (await limited.get("/v1/owner/business", headers=other.owner)).status_code == 200
