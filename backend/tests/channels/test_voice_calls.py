"""Whole calls the way Twilio drives them: signed webhooks, TwiML followed, status at the end."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
from sqlalchemy import func, select

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.jobs import maintenance, queue
from switchboard.jobs.registry import registry
from switchboard.jobs.worker import Worker
from switchboard.main import create_app
from switchboard.models import Conversation, WebhookReceipt
from tests.channels.conftest import (
    PUBLIC,
    Call,
    TwiML,
    messages,
    sign,
    twilio_post,
    voice_tenant,
)
from tests.conftest import make_settings

# The conftest clock: Monday 2 March 2026, 09:00 in Chicago.


async def test_first_answer_is_the_greeting_and_a_speech_gather(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    twiml = await Call(client, tenant.phone_number).start()
    assert twiml.said().startswith("Thanks for calling Bristol Plumbing")
    gather = twiml.find("Gather")
    assert gather is not None
    assert gather.attrib["input"] == "speech dtmf"
    assert gather.attrib["actionOnEmptyResult"] == "true"
    assert gather.attrib["action"].startswith(PUBLIC + "/twilio/voice/turn?c=")
    assert "trouble" not in twiml.text.lower() and "hear" not in twiml.text.lower()


async def test_a_whole_booking_call(client: httpx.AsyncClient, worker: Worker) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number)
    await call.start()
    offer = await call.say(
        "hi yeah my water heater is leaking this is dana at 12 oak street olathe "
        "can someone come tomorrow morning"
    )
    assert "Tuesday" in offer.said(), offer.said()
    readback = await call.say("the first one")
    assert "Just to confirm" in readback.said() and "12 Oak St" in readback.said()
    done = await call.say("yes please")
    assert "all set" in done.said()
    bye = await call.say("no that's it thanks")
    assert bye.find("Hangup") is not None
    assert (await call.end()).status_code == 200

    appointments = (await client.get("/v1/owner/appointments", headers=tenant.owner)).json()
    assert len(appointments["items"]) == 1
    booked = appointments["items"][0]
    assert booked["start"].startswith("2026-03-03T08:00:00-06:00")
    assert booked["customer"]["phone"] == "+19135550142"
    # A completed call with a booking is not a missed call.
    callbacks = (await client.get("/v1/owner/callbacks", headers=tenant.owner)).json()["items"]
    assert callbacks == []
    conversation = (
        await client.get("/v1/owner/conversations?channel=voice", headers=tenant.owner)
    ).json()["items"][0]
    detail = (
        await client.get(f"/v1/owner/conversations/{conversation['id']}", headers=tenant.owner)
    ).json()
    roles = [m["role"] for m in detail["messages"]]
    assert roles[:3] == ["assistant", "caller", "assistant"] and len(roles) == 9
    await worker.drain()
    confirmations = await messages(client, tenant, kind="confirmation")
    assert [m["to"] for m in confirmations] == ["+19135550142"]


async def test_retried_webhook_has_one_effect(client: httpx.AsyncClient, db: Database) -> None:
    tenant = await voice_tenant(client)
    # A CallSid of its own: the count below spans every tenant of the test database.
    call = Call(client, tenant.phone_number, sid="CA" + uuid.uuid4().hex)
    params = call.params("ringing")
    first = await twilio_post(client, "/twilio/voice", params, idempotency_token="tok-1")
    again = await twilio_post(client, "/twilio/voice", params, idempotency_token="tok-1")
    assert first.text == again.text
    async with db.unit_of_work() as uow, uow.system_scope("test count"):
        count = (
            await uow.session.execute(
                select(func.count())
                .select_from(Conversation)
                .where(Conversation.external_id == f"call:{call.sid}")
            )
        ).scalar_one()
    assert count == 1


async def test_bad_signature_is_403_and_stores_nothing(
    client: httpx.AsyncClient, db: Database
) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number, sid="CA" + "9" * 32)
    params = call.params("ringing")
    forged = await twilio_post(client, "/twilio/voice", params, signature="bm90LWEtc2lnbmF0dXJl")
    assert forged.status_code == 403
    unsigned = await client.post("/twilio/voice", data=params)
    assert unsigned.status_code == 403
    # Signed for the address the app sees behind the proxy: still refused.
    internal = await client.post(
        "/twilio/voice",
        data=params,
        headers={"X-Twilio-Signature": sign("http://internal:8000/twilio/voice", params)},
    )
    assert internal.status_code == 403
    async with db.unit_of_work() as uow, uow.system_scope("test count"):
        convs = (
            await uow.session.execute(
                select(func.count())
                .select_from(Conversation)
                .where(Conversation.external_id == f"call:{call.sid}")
            )
        ).scalar_one()
        receipts = (
            await uow.session.execute(
                select(func.count())
                .select_from(WebhookReceipt)
                .where(WebhookReceipt.key.contains(call.sid))
            )
        ).scalar_one()
    assert convs == 0 and receipts == 0


async def test_tampered_parameters_fail_the_signature(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number)
    params = call.params("ringing")
    signature = sign(PUBLIC + "/twilio/voice", params)
    tampered = {**params, "From": "+19135550000"}
    response = await twilio_post(client, "/twilio/voice", tampered, signature=signature)
    assert response.status_code == 403


async def test_silence_reprompts_once_then_takes_a_voicemail(
    client: httpx.AsyncClient, worker: Worker, providers: Providers
) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number, sid="CA" + "5" * 32)
    await call.start()
    again = await call.say("")
    assert "didn't catch that" in again.said()
    voicemail = await call.say("")
    record = voicemail.find("Record")
    assert record is not None and "recorded" in voicemail.said().lower()
    recorded_url = record.attrib["recordingStatusCallback"]
    audio = b"RIFF-fake-wav-bytes"
    providers.voice.add_recording("https://api.twilio.com/rec/RE1", audio)  # type: ignore[attr-defined]
    providers.speech.script(audio, "hi this is dana my sink is clogged please call me back")  # type: ignore[attr-defined]
    response = await call.record(
        recorded_url, "https://api.twilio.com/rec/RE1", recording_sid="RE" + "1" * 32
    )
    assert response.status_code == 200
    await worker.drain()
    callbacks = (await client.get("/v1/owner/callbacks", headers=tenant.owner)).json()["items"]
    voicemails = [c for c in callbacks if c["reason"] == "voicemail"]
    assert len(voicemails) == 1
    assert voicemails[0].get("recording_url") == "https://api.twilio.com/rec/RE1"
    assert "sink is clogged" in (voicemails[0].get("transcript") or "")
    alerts = await messages(client, tenant, kind="owner_alert")
    assert any("voicemail" in m["body"].lower() for m in alerts)


async def test_missed_call_is_queued_texted_back_once_and_alerted(
    client: httpx.AsyncClient, worker: Worker
) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number, sid="CA" + "4" * 32)
    await call.start()
    await call.say("hi my toilet is overflowing a bit")
    assert (await call.end("completed")).status_code == 200  # hung up mid-intake
    assert (await call.end("completed")).status_code == 200  # Twilio retried the callback
    await worker.drain()
    callbacks = (await client.get("/v1/owner/callbacks", headers=tenant.owner)).json()["items"]
    assert [c["reason"] for c in callbacks] == ["partial_intake"]
    texts = await messages(client, tenant, kind="missed_call")
    assert len(texts) == 1 and texts[0]["to"] == "+19135550142"
    alerts = await messages(client, tenant, kind="owner_alert")
    assert len(alerts) == 1 and alerts[0]["to"] == "+19135550199"


async def test_no_answer_status_creates_a_missed_call(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number, sid="CA" + "3" * 32)
    assert (await call.end("no-answer")).status_code == 200
    callbacks = (await client.get("/v1/owner/callbacks", headers=tenant.owner)).json()["items"]
    assert [c["reason"] for c in callbacks] == ["missed_call"]


async def test_gas_emergency_pages_the_owner_during_the_call(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number, sid="CA" + "6" * 32)
    await call.start()
    reply = await call.say("i smell gas in the kitchen")
    assert "leave the building" in reply.said()
    # The page is already in the message log while the caller is still on the line.
    alerts = await messages(client, tenant, kind="owner_alert")
    assert len(alerts) == 1 and "EMERGENCY" in alerts[0]["body"]


async def test_emergency_transfer_to_on_call_with_whisper(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client, emergency_transfer=True, on_call_number="+19135550177")
    call = Call(client, tenant.phone_number, sid="CA" + "2" * 32)
    await call.start()
    reply = await call.say("water is pouring from a burst pipe in the basement")
    dial = reply.find("Dial")
    assert dial is not None, reply.text
    number = dial.find("Number")
    assert number is not None and number.text == "+19135550177"
    whisper = await twilio_post(
        client, number.attrib["url"], call.whisper_params("+19135550177", tenant.phone_number)
    )
    assert "emergency" in TwiML.parse(whisper).said().lower()


async def test_dtmf_one_is_the_emergency_shortcut(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number, sid="CA" + "1" * 32)
    await call.start()
    await call.say(digits="1")
    alerts = await messages(client, tenant, kind="owner_alert")
    assert len(alerts) == 1


async def test_lockdown_answers_closed_and_takes_a_message(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    await client.post("/v1/owner/lockdown", json={"enabled": True}, headers=tenant.owner)
    twiml = await Call(client, tenant.phone_number, sid="CA" + "8" * 32).start()
    assert twiml.find("Record") is not None and twiml.find("Gather") is None


async def test_owner_calling_in_hears_the_schedule(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client, owner_pin="9035")
    owner = Call(client, tenant.phone_number, caller="+19135550199")
    await owner.start()
    said = (await owner.say(digits="9035")).said()
    assert "Today" in said and "Tomorrow" in said and "callback" in said


async def test_unknown_number_is_not_in_service(client: httpx.AsyncClient) -> None:
    twiml = await Call(client, "+19135559999").start()
    assert "not in service" in twiml.said()


async def test_database_outage_still_answers_with_valid_twiml(
    settings: Settings, clock: FixedClock
) -> None:
    broken = make_settings(
        "postgresql+asyncpg://nobody@127.0.0.1:1/none",
        twilio_auth_token=settings.twilio_auth_token,
        public_base_url=PUBLIC,
    )
    db = Database(broken)
    app = create_app(broken, database=db, clock=clock, run_worker=False)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://internal:8000"
        ) as c:
            params = Call(c, "+19135550100").params("ringing")
            response = await twilio_post(c, "/twilio/voice", params)
            twiml = TwiML.parse(response)
            assert twiml.find("Record") is not None
            assert "leave your name" in twiml.said()
            # A bad signature is still refused, outage or not.
            assert (await twilio_post(c, "/twilio/voice", params, signature="x")).status_code == 403
    finally:
        await db.dispose()


async def test_speech_hints_are_this_business_s_words(client: httpx.AsyncClient) -> None:
    """The recogniser is told the owner's words, the services, the service area and the
    streets the business recently worked on: its own, never another tenant's."""
    tenant = await voice_tenant(client, speech_hints=["Rinnai"], service_area=["Olathe"])
    other = await voice_tenant(client)
    for who, address in ((tenant, "4410 W 75th St, Prairie Village, KS"), (other, "77 Hidden Ln")):
        booked = await client.post(
            "/v1/owner/appointments",
            json={
                "customer": {"name": "Dana Reyes", "phone": "+19135550142"},
                "start": "2026-03-03T10:00:00-06:00",
                "duration_minutes": 60,
                "address": address,
            },
            headers=who.owner,
        )
        assert booked.status_code == 201, booked.text
    services = (await client.get("/v1/owner/services", headers=tenant.owner)).json()["items"]
    twiml = await Call(client, tenant.phone_number).start()
    gather = twiml.find("Gather")
    assert gather is not None
    hints = [h.strip() for h in gather.attrib["hints"].split(",")]
    assert hints[0] == "Rinnai"
    assert {"Olathe", "W 75th St", services[0]["name"]} <= set(hints)
    assert "Hidden Ln" not in hints
    # Kept per tenant between calls, but an owner's change is heard at the next call.
    changed = await client.patch(
        "/v1/owner/business/settings", json={"speech_hints": ["Navien"]}, headers=tenant.owner
    )
    assert changed.status_code == 200, changed.text
    gather = (await Call(client, tenant.phone_number).start()).find("Gather")
    assert gather is not None and gather.attrib["hints"].startswith("Navien")


async def test_webhook_receipts_belong_to_their_tenant_and_their_answers_go_after_two_days(
    client: httpx.AsyncClient, db: Database
) -> None:
    """A voice receipt holds the answer given (it can name the caller and their address): it
    carries the tenant it was for and the queue's sweep forgets the answer after 48 hours. Its
    key (our number and the call) stays for a month, so a late replay still acts no more."""
    tenant = await voice_tenant(client)
    call = Call(client, tenant.phone_number)
    await call.start()
    async with db.unit_of_work() as uow, uow.system_scope("test reads receipts"):
        ours = (
            (
                await uow.session.execute(
                    select(WebhookReceipt).where(WebhookReceipt.business_id == uuid.UUID(tenant.id))
                )
            )
            .scalars()
            .all()
        )
        assert len(ours) == 1 and "<Response" in (ours[0].response or "")
        created = ours[0].created_at
    worker = Worker(
        db, registry, FixedClock(created + maintenance.RECEIPT_RETENTION - timedelta(hours=1))
    )
    await queue_for_sweep(db, worker)
    assert await receipt_answers(db, tenant.id) == [True]
    worker = Worker(
        db, registry, FixedClock(created + maintenance.RECEIPT_RETENTION + timedelta(hours=1))
    )
    await queue_for_sweep(db, worker)
    assert await receipt_answers(db, tenant.id) == [False]
    # The incoming call posted again (same signature) starts nothing and says nothing.
    replayed = TwiML.parse(await twilio_post(client, "/twilio/voice", call.params("ringing")))
    assert len(replayed.root) == 0
    worker = Worker(
        db,
        registry,
        FixedClock(created + maintenance.RECEIPT_KEY_RETENTION + timedelta(hours=1)),
    )
    await queue_for_sweep(db, worker)
    assert await receipt_answers(db, tenant.id) == []


async def queue_for_sweep(db: Database, worker: Worker) -> None:
    async with db.unit_of_work() as uow:
        await queue.enqueue(uow, "jobs.sweep", {}, now=worker.clock.now())
    await worker.drain()


async def receipt_answers(db: Database, business_id: str) -> list[bool]:
    async with db.unit_of_work() as uow, uow.system_scope("test reads receipts"):
        rows = await uow.session.execute(
            select(WebhookReceipt.response).where(
                WebhookReceipt.business_id == uuid.UUID(business_id)
            )
        )
        return [bool(r and "<Response" in r) for (r,) in rows.all()]
