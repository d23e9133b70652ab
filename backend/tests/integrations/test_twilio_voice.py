"""The Twilio voice adapter against recorded REST exchanges: recordings are fetched with the
account's credentials from Twilio's hosts only, and deleted on request; call control."""

from __future__ import annotations

import base64
import io
import wave
from pathlib import Path

import httpx
import pytest
import respx

from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.voice.offline import OfflineVoice
from switchboard.integrations.voice.port import OutboundCall
from switchboard.integrations.voice.twilio import TwilioVoice

SID = "AC00000000000000000000000000000001"
TOKEN = "auth-token-for-tests"
RECORDING = f"https://api.twilio.com/2010-04-01/Accounts/{SID}/Recordings/RE" + "a" * 32
BASIC = "Basic " + base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()

# Trimmed from real answers: the 404 and 401 bodies Twilio sends for a recording.
NOT_FOUND = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}
UNAUTHORIZED = {
    "code": 20003,
    "message": "Authenticate",
    "more_info": "https://www.twilio.com/docs/errors/20003",
    "status": 401,
}


def _wav() -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x10\x00" * 800)
    return buffer.getvalue()


@pytest.fixture
def twilio() -> TwilioVoice:
    return TwilioVoice(SID, TOKEN)


@respx.mock
async def test_a_recording_is_fetched_as_wav_with_the_account_credentials(
    twilio: TwilioVoice,
) -> None:
    audio = _wav()
    route = respx.get(RECORDING + ".wav").respond(
        200, content=audio, headers={"Content-Type": "audio/x-wav"}
    )
    assert await twilio.fetch_recording(RECORDING) == audio
    assert route.calls.last.request.headers["Authorization"] == BASIC


@respx.mock
async def test_a_missing_recording_is_a_permanent_failure(twilio: TwilioVoice) -> None:
    respx.get(RECORDING + ".wav").respond(404, json=NOT_FOUND)
    with pytest.raises(ProviderPermanent, match="404 code 20404"):
        await twilio.fetch_recording(RECORDING)


@respx.mock
async def test_wrong_credentials_are_a_permanent_failure(twilio: TwilioVoice) -> None:
    respx.get(RECORDING + ".wav").respond(401, json=UNAUTHORIZED)
    with pytest.raises(ProviderPermanent, match="401 code 20003"):
        await twilio.fetch_recording(RECORDING)


@respx.mock
async def test_twilio_busy_is_retried_later(twilio: TwilioVoice) -> None:
    respx.get(RECORDING + ".wav").respond(503)
    with pytest.raises(ProviderRetryable):
        await twilio.fetch_recording(RECORDING)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.com/2010-04-01/Recordings/RE1",
        "http://api.twilio.com/2010-04-01/Recordings/RE1",  # not https
        "https://api.twilio.com.evil.example.com/RE1",
        "https://user:pw@api.twilio.com/RE1",
        "https://api.twilio.com:8443/RE1",
        "https://169.254.169.254/latest/meta-data",
    ],
)
@respx.mock(assert_all_called=False)
async def test_a_recording_anywhere_but_twilio_is_refused_without_a_request(
    twilio: TwilioVoice, url: str
) -> None:
    with pytest.raises(ProviderPermanent, match="outside Twilio"):
        await twilio.fetch_recording(url)
    with pytest.raises(ProviderPermanent, match="outside Twilio"):
        await twilio.delete_recording(url)
    assert not respx.calls


@respx.mock
async def test_a_redirect_off_twilio_is_not_followed(twilio: TwilioVoice) -> None:
    respx.get(RECORDING + ".wav").respond(302, headers={"Location": "https://evil.example/a"})
    elsewhere = respx.get("https://evil.example/a").respond(200, content=b"x")
    with pytest.raises(ProviderPermanent, match="outside Twilio"):
        await twilio.fetch_recording(RECORDING)
    assert not elsewhere.called


@respx.mock
async def test_delete_removes_the_recording_and_a_gone_one_counts(twilio: TwilioVoice) -> None:
    route = respx.delete(RECORDING + ".json").mock(
        side_effect=[httpx.Response(204), httpx.Response(404, json=NOT_FOUND)]
    )
    await twilio.delete_recording(RECORDING + ".wav")
    await twilio.delete_recording(RECORDING)  # already gone: nothing left to do
    assert route.call_count == 2
    assert route.calls.last.request.headers["Authorization"] == BASIC


@respx.mock
async def test_delete_with_wrong_credentials_fails(twilio: TwilioVoice) -> None:
    respx.delete(RECORDING + ".json").respond(401, json=UNAUTHORIZED)
    with pytest.raises(ProviderPermanent):
        await twilio.delete_recording(RECORDING)


@respx.mock
async def test_call_control_redirects_and_hangs_up(twilio: TwilioVoice) -> None:
    calls = f"https://api.twilio.com/2010-04-01/Accounts/{SID}/Calls"
    placed = respx.post(f"{calls}.json").respond(
        201, json={"sid": "CA" + "b" * 32, "status": "queued"}
    )
    update = respx.post(f"{calls}/CA{'b' * 32}.json").respond(
        200, json={"sid": "CA" + "b" * 32, "status": "in-progress"}
    )
    handle = await twilio.place_call(
        OutboundCall(
            to="+19135550142",
            from_="+19135550100",
            instructions_url="https://switchboard.example.com/twilio/voice/transfer",
            client_reference="ref",
        )
    )
    assert handle.provider_id == "CA" + "b" * 32 and handle.status == "queued"
    assert b"To=%2B19135550142" in placed.calls.last.request.content
    await twilio.redirect(handle.provider_id, "https://switchboard.example.com/twilio/voice/x")
    await twilio.hang_up(handle.provider_id)
    assert b"Status=completed" in update.calls.last.request.content


async def test_the_offline_provider_remembers_across_a_restart(tmp_path: Path) -> None:
    voice = OfflineVoice(tmp_path)
    voice.add_recording(RECORDING, b"audio")
    assert await voice.fetch_recording(RECORDING) == b"audio"
    await voice.delete_recording(RECORDING)

    restarted = OfflineVoice(tmp_path)
    assert restarted.fetched == [RECORDING] and restarted.deleted == [RECORDING]
    with pytest.raises(ProviderPermanent, match="no such recording"):
        await restarted.fetch_recording(RECORDING)


async def test_the_offline_provider_can_be_told_to_fail() -> None:
    voice = OfflineVoice()
    voice.add_recording(RECORDING, b"audio")
    voice.fail_next(1)
    with pytest.raises(ProviderRetryable):
        await voice.fetch_recording(RECORDING)
    voice.fail_always()
    with pytest.raises(ProviderPermanent):
        await voice.delete_recording(RECORDING)
    voice.recover()
    assert await voice.fetch_recording(RECORDING) == b"audio"
    assert voice.fetched == [RECORDING] and voice.deleted == []
