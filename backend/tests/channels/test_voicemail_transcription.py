"""Voicemail transcripts in the caller's language, against the real Twilio voice adapter with
recorded exchanges: transcribed in English, never "transcribed" in English when the caller
spoke Spanish (recording kept, owner told), and deleted at Twilio after transcription only when
the tenant asks."""

from __future__ import annotations

import asyncio
import io
import wave
from datetime import timedelta

import httpx
import pytest
import respx

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.integrations.speech.offline import OfflineSpeech
from switchboard.integrations.speech.port import Transcript
from switchboard.integrations.voice.twilio import TwilioVoice
from switchboard.jobs.registry import registry
from switchboard.jobs.worker import Worker
from switchboard.main import worker_services
from tests.channels.conftest import Call, messages, voice_tenant
from tests.conftest import Tenant, provision

SID = "AC00000000000000000000000000000001"
RECORDING = f"https://api.twilio.com/2010-04-01/Accounts/{SID}/Recordings/RE" + "c" * 32


def _wav(seed: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(bytes([seed % 256, 0]) * 1600)
    return buffer.getvalue()


@pytest.fixture
def providers() -> Providers:
    return Providers(voice=TwilioVoice(SID, "auth-token-for-tests"))


async def _leave_voicemail(client: httpx.AsyncClient, tenant: Tenant, sid: str) -> None:
    call = Call(client, tenant.phone_number, sid=sid)
    await call.start()
    await call.say("")
    voicemail = await call.say("")
    record = voicemail.find("Record")
    assert record is not None
    response = await call.record(
        record.attrib["recordingStatusCallback"], RECORDING, recording_sid="RE" + "c" * 32
    )
    assert response.status_code == 200


async def _voicemail(client: httpx.AsyncClient, tenant: Tenant) -> dict[str, object]:
    callbacks = (await client.get("/v1/owner/callbacks", headers=tenant.owner)).json()["items"]
    [item] = [c for c in callbacks if c["reason"] == "voicemail"]
    return dict(item)


@respx.mock
async def test_an_english_voicemail_is_transcribed_and_its_recording_kept_by_default(
    client: httpx.AsyncClient, worker: Worker, providers: Providers
) -> None:
    audio = _wav(1)
    fetched = respx.get(RECORDING + ".wav").respond(200, content=audio)
    deleted = respx.delete(RECORDING + ".json").respond(204)
    providers.speech.script(audio, "hi this is dana my sink is clogged")  # type: ignore[attr-defined]
    tenant = await voice_tenant(client)
    await _leave_voicemail(client, tenant, "CA" + "6" * 32)
    await worker.drain()
    item = await _voicemail(client, tenant)
    assert item["transcript"] == "hi this is dana my sink is clogged"
    assert item["transcript_status"] == "done" and item["transcript_language"] == "en"
    assert fetched.called and not deleted.called
    assert item["recording_deleted_at"] is None and item["recording_url"] == RECORDING


@respx.mock
async def test_the_recording_is_deleted_after_transcription_when_the_tenant_asks(
    client: httpx.AsyncClient, worker: Worker, providers: Providers, clock: FixedClock
) -> None:
    audio = _wav(2)
    respx.get(RECORDING + ".wav").respond(200, content=audio)
    deleted = respx.delete(RECORDING + ".json").mock(
        side_effect=[httpx.Response(503), httpx.Response(204)]
    )
    providers.speech.script(audio, "please call me back about the water heater")  # type: ignore[attr-defined]
    tenant = await voice_tenant(client, delete_recordings_after_transcription=True)
    await _leave_voicemail(client, tenant, "CA" + "7" * 32)
    await worker.drain()
    item = await _voicemail(client, tenant)
    assert item["transcript_status"] == "done" and item["recording_deleted_at"] is None
    # Twilio was busy: the delete alone is retried later; the transcript is not made again.
    assert deleted.call_count == 1
    clock.advance(timedelta(minutes=10))
    await worker.drain()
    item = await _voicemail(client, tenant)
    assert deleted.call_count == 2 and item["recording_deleted_at"] is not None
    assert item["transcript"] == "please call me back about the water heater"


@respx.mock(assert_all_called=False)
async def test_a_spanish_voicemail_is_kept_untranscribed_and_the_owner_told(
    client: httpx.AsyncClient, worker: Worker, providers: Providers
) -> None:
    fetched = respx.get(RECORDING + ".wav").respond(200, content=_wav(3))
    deleted = respx.delete(RECORDING + ".json").respond(204)
    tenant = await provision(
        client,
        name="Plomería Bristol",
        vertical="plumbing",
        language="es",
        owner_phone="+19135550199",
    )
    settings = {"delete_recordings_after_transcription": True}
    patched = await client.patch("/v1/owner/business/settings", json=settings, headers=tenant.owner)
    assert patched.status_code == 200
    await _leave_voicemail(client, tenant, "CA" + "8" * 32)
    await worker.drain()
    item = await _voicemail(client, tenant)
    assert item["transcript_status"] == "unavailable_language"
    assert item["transcript_language"] == "es" and not item["transcript"]
    # Nothing was run through the English recogniser, and the recording stays.
    assert not fetched.called and not deleted.called
    assert item["recording_url"] == RECORDING and item["recording_deleted_at"] is None
    alerts = [m["body"] for m in await messages(client, tenant, kind="owner_alert")]
    assert any("no se transcribió" in body and "español" in body for body in alerts), alerts


class _CheckedSpeech(OfflineSpeech):
    """The offline recogniser, noting at each call whether this process held a database
    connection (or, on SQLite, the write lock) while it waited."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.held: list[tuple[int, bool]] = []

    def _note(self) -> None:
        self.held.append((self.db.engine.pool.checkedout(), self.db.writer_busy))  # type: ignore[attr-defined]

    async def transcribe(self, audio: bytes, content_type: str, language: str) -> Transcript:
        self._note()
        await asyncio.sleep(0)  # a real recogniser takes its time; nothing waits on it
        return await super().transcribe(audio, content_type, language)


@respx.mock
async def test_the_recording_is_fetched_transcribed_and_deleted_with_no_connection_held(
    client: httpx.AsyncClient,
    providers: Providers,
    db: Database,
    clock: FixedClock,
    settings: Settings,
) -> None:
    # One job at a time, so a connection seen checked out can only be the job's own.
    worker = Worker(
        db, registry, clock, concurrency=1, services=worker_services(settings, providers)
    )
    speech = _CheckedSpeech(db)
    providers.speech = speech
    audio = _wav(4)
    fetch_held: list[tuple[int, bool]] = []
    delete_held: list[tuple[int, bool]] = []

    def fetched(_: httpx.Request) -> httpx.Response:
        fetch_held.append((db.engine.pool.checkedout(), db.writer_busy))  # type: ignore[attr-defined]
        return httpx.Response(200, content=audio)

    def deleted(_: httpx.Request) -> httpx.Response:
        delete_held.append((db.engine.pool.checkedout(), db.writer_busy))  # type: ignore[attr-defined]
        return httpx.Response(204)

    respx.get(RECORDING + ".wav").mock(side_effect=fetched)
    respx.delete(RECORDING + ".json").mock(side_effect=deleted)
    speech.script(audio, "the boiler is making a banging noise")
    tenant = await voice_tenant(client, delete_recordings_after_transcription=True)
    await _leave_voicemail(client, tenant, "CA" + "9" * 32)
    await worker.drain()
    item = await _voicemail(client, tenant)
    assert item["transcript"] == "the boiler is making a banging noise"
    assert item["recording_deleted_at"] is not None
    # Every provider call found no connection checked out and no write lock held.
    assert fetch_held == speech.held == delete_held == [(0, False)]
