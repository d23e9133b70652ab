"""ConversationRelay end to end: the app really serves on 127.0.0.1 (uvicorn in a thread), the
call is placed with a signed webhook, and a real WebSocket client speaks Twilio's relay
protocol to the URL the TwiML names, signed like Twilio signs the handshake."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import uvicorn
import websockets
from websockets.exceptions import InvalidStatus

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.llm.port import ChatTurn
from switchboard.integrations.providers import Providers
from switchboard.main import create_app
from tests.channels.conftest import TWILIO_TOKEN, Call, TwiML, sign, twilio_post, voice_tenant
from tests.conftest import make_settings

SERVER_START_S = 20


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveServer:
    base: str  # also PUBLIC_BASE_URL: the server is reached at the address Twilio would use
    settings: Settings


@pytest.fixture
def speech_rate() -> float:
    """Characters per second the relay assumes Twilio speaks: so fast by default that every
    sentence goes out at once; the barge-in tests use a real voice's pace."""
    return 100_000.0


class WatchfulLlm:
    """A model that notes what it was asked and whether this process's SQLite writer was
    held while it was asked (a transaction open around the model call)."""

    name = "watchful-test-model"

    def __init__(self) -> None:
        self.db: Database | None = None
        self.prompts: list[list[ChatTurn]] = []
        self.writer_held: list[bool] = []

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        assert self.db is not None
        self.prompts.append(turns)
        self.writer_held.append(self.db.writer_busy)
        return json.dumps({"confidence": 0.9, "intent": "new_job"})


@pytest.fixture
def llm() -> WatchfulLlm | None:
    """No model, as configured by default; a test that wants one parametrizes this."""
    return None


@pytest.fixture
def live_server(
    database_url: str, speech_rate: float, llm: WatchfulLlm | None
) -> Iterator[LiveServer]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = make_settings(
        database_url,
        twilio_auth_token=TWILIO_TOKEN,
        public_base_url=base,
        relay_speech_chars_per_s=speech_rate,
    )
    # Monday 2 March 2026, 09:00 in Chicago, like the other channel tests.
    clock = FixedClock(datetime(2026, 3, 2, 15, 0, tzinfo=UTC))
    providers = Providers(llm=llm) if llm is not None else Providers()
    app = create_app(settings, clock=clock, run_worker=False, providers=providers)
    if llm is not None:
        llm.db = app.state.db
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        ws="websockets-sansio",
        log_level="warning",
        access_log=False,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="relay-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield LiveServer(base, settings)
    finally:
        server.should_exit = True
        thread.join(timeout=15)


@pytest.fixture
async def http(live_server: LiveServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=live_server.base, timeout=10) as c:
        yield c


async def _relay_call(http: httpx.AsyncClient, base: str, to: str, sid: str) -> tuple[Call, str]:
    """Place the call; returns it and the WebSocket URL from `<ConversationRelay url>`."""
    call = Call(http, to, sid=sid)
    response = await twilio_post(http, base + "/twilio/voice", call.params("ringing"))
    twiml = TwiML.parse(response)
    relay = twiml.find("Connect/ConversationRelay")
    assert relay is not None, twiml.text
    assert relay.attrib["welcomeGreeting"].startswith("Thanks for calling Bristol Plumbing")
    url = relay.attrib["url"]
    assert url.startswith(base.replace("http://", "ws://") + "/twilio/voice/relay?c=")
    return call, url


def _connect(url: str, signature: str | None = None) -> Any:
    return websockets.connect(
        url,
        additional_headers={"X-Twilio-Signature": signature or sign(url, {})},
        open_timeout=10,
        close_timeout=5,
    )


async def _setup(ws: Any, call: Call) -> None:
    await ws.send(
        json.dumps(
            {
                "type": "setup",
                "sessionId": "VX" + "0" * 32,
                "callSid": call.sid,
                "from": call.caller,
                "to": call.to,
                "direction": "inbound",
                "customParameters": {},
            }
        )
    )


async def _prompt(ws: Any, text: str) -> tuple[str, list[dict[str, Any]]]:
    """Say `text`; collect `text` tokens up to the last one (or an `end`)."""
    await ws.send(
        json.dumps({"type": "prompt", "voicePrompt": text, "lang": "en-US", "last": True})
    )
    return await _reply(ws)


async def _reply(ws: Any) -> tuple[str, list[dict[str, Any]]]:
    received: list[dict[str, Any]] = []
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), timeout=10))
        received.append(message)
        if message["type"] == "end" or (message["type"] == "text" and message["last"]):
            break
    spoken = "".join(m["token"] for m in received if m["type"] == "text")
    return spoken, received


async def test_a_booking_over_the_relay(live_server: LiveServer, http: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(http, voice_mode="relay")
    call, url = await _relay_call(http, live_server.base, tenant.phone_number, "CA" + "a" * 32)
    async with _connect(url) as ws:
        await _setup(ws, call)
        offer, tokens = await _prompt(
            ws,
            "hi yeah my water heater is leaking this is dana at 12 oak street olathe "
            "can someone come tomorrow morning",
        )
        assert "Tuesday" in offer, offer
        # Sentence by sentence, so Twilio starts speaking early; only the final token is last.
        assert all(t["type"] == "text" for t in tokens)
        assert [t["last"] for t in tokens] == [False] * (len(tokens) - 1) + [True]
        # A prompt in pieces is one utterance once the last piece arrives.
        await ws.send(json.dumps({"type": "prompt", "voicePrompt": "the first", "last": False}))
        readback, _ = await _prompt(ws, "one")
        assert "Just to confirm" in readback and "12 Oak St" in readback, readback
        # The caller talks over the read-back; Twilio reports it, and the call carries on.
        await ws.send(
            json.dumps({"type": "interrupt", "utteranceUntilInterrupt": "Just to confirm"})
        )
        done, _ = await _prompt(ws, "yes please")
        assert "all set" in done, done

    appointments = (await http.get("/v1/owner/appointments", headers=tenant.owner)).json()["items"]
    assert len(appointments) == 1
    assert appointments[0]["start"].startswith("2026-03-03T08:00:00-06:00")
    assert appointments[0]["customer"]["phone"] == call.caller


@pytest.mark.parametrize("llm", [WatchfulLlm()])
async def test_the_model_is_asked_with_no_transaction_open(
    live_server: LiveServer, http: httpx.AsyncClient, llm: WatchfulLlm
) -> None:
    tenant = await voice_tenant(http, voice_mode="relay")
    call, url = await _relay_call(http, live_server.base, tenant.phone_number, "CA" + "f" * 32)
    async with _connect(url) as ws:
        await _setup(ws, call)
        reply, _ = await _prompt(ws, "my water heater is leaking")
        assert reply
    assert llm.writer_held == [False]
    system, greeting, said = llm.prompts[0]
    assert "The assistant just asked about: problem." in system.content
    assert greeting.content.startswith("Thanks for calling Bristol Plumbing")
    assert said.content == "my water heater is leaking"


async def test_emergency_by_keypad_ends_the_session_with_a_transfer(
    live_server: LiveServer, http: httpx.AsyncClient
) -> None:
    tenant = await voice_tenant(
        http, voice_mode="relay", emergency_transfer=True, on_call_number="+19135550177"
    )
    call, url = await _relay_call(http, live_server.base, tenant.phone_number, "CA" + "b" * 32)
    conversation_id = url.rsplit("c=", 1)[1]
    async with _connect(url) as ws:
        await _setup(ws, call)
        await ws.send(json.dumps({"type": "dtmf", "digit": "1"}))
        _spoken, received = await _reply(ws)
        if received[-1]["type"] != "end":
            _, more = await _reply(ws)
            received += more
        end = received[-1]
        assert end["type"] == "end", received
        handoff = json.loads(end["handoffData"])
        assert handoff == {"reason": "transfer", "conversation": conversation_id}
    # Twilio posts the hand-off to the <Connect action>; the answer dials the on-call number.
    ended = await twilio_post(
        http,
        f"{live_server.base}/twilio/voice/relay/ended?c={conversation_id}",
        call.relay_ended_params(end["handoffData"]),
    )
    dial = TwiML.parse(ended).find("Dial/Number")
    assert dial is not None and dial.text == "+19135550177"
    alerts = (
        await http.get("/v1/owner/messages", params={"kind": "owner_alert"}, headers=tenant.owner)
    ).json()["items"]
    assert len(alerts) == 1 and "EMERGENCY" in alerts[0]["body"]


async def test_a_bad_signature_is_refused(live_server: LiveServer, http: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(http, voice_mode="relay")
    _call, url = await _relay_call(http, live_server.base, tenant.phone_number, "CA" + "c" * 32)
    with pytest.raises(InvalidStatus) as refused:
        async with _connect(url, signature=sign(url, {}, token="not-the-auth-token")):
            pass
    assert refused.value.response.status_code == 403
    # Signed for another conversation: refused too.
    other = url.rsplit("c=", 1)[0] + "c=00000000-0000-0000-0000-000000000000"
    with pytest.raises(InvalidStatus):
        async with _connect(url, signature=sign(other, {})):
            pass


async def test_a_session_for_another_call_gets_no_answer(
    live_server: LiveServer, http: httpx.AsyncClient
) -> None:
    tenant = await voice_tenant(http, voice_mode="relay")
    _, url = await _relay_call(http, live_server.base, tenant.phone_number, "CA" + "d" * 32)
    stranger = Call(http, tenant.phone_number, sid="CA" + "e" * 32)
    async with _connect(url) as ws:
        await _setup(ws, stranger)
        _, received = await _prompt(ws, "what time do you open")
        assert [m["type"] for m in received] == ["end"]
        assert json.loads(received[0]["handoffData"])["reason"] == "error"


ASK_FOR_TOMORROW = (
    "hi yeah my water heater is leaking this is dana at 12 oak street olathe "
    "can someone come tomorrow morning"
)
# A real voice's pace: the offer's closing question is not due for a couple of seconds.
VOICE_PACE = pytest.mark.parametrize("speech_rate", [25.0])


async def _first_token(ws: Any, text: str) -> str:
    """Say `text` and take only the first sentence of the reply (the caller is about to talk
    over the rest)."""
    await ws.send(
        json.dumps({"type": "prompt", "voicePrompt": text, "lang": "en-US", "last": True})
    )
    message = json.loads(await asyncio.wait_for(ws.recv(), timeout=10))
    assert message["type"] == "text" and message["last"] is False, message
    return str(message["token"])


async def _talk_over(ws: Any, heard: str) -> None:
    await ws.send(
        json.dumps(
            {
                "type": "interrupt",
                "utteranceUntilInterrupt": heard,
                "durationUntilInterruptMs": "1800",
            }
        )
    )


def _options(offer: str) -> list[str]:
    """ "I have Tuesday March 3rd at 8 AM, ... or ...": the times offered, in order."""
    assert offer.startswith("I have ") and " or " in offer, offer
    return re.split(r", | or ", offer.strip().removeprefix("I have ").removesuffix("."))


def _first_option(offer: str) -> str:
    """What the caller heard before talking over the offer: up to the first time."""
    return f"I have {_options(offer)[0]}"


async def _transcript(http: httpx.AsyncClient, tenant: Any, url: str) -> list[dict[str, Any]]:
    conversation_id = url.rsplit("c=", 1)[1]
    response = await http.get(f"/v1/owner/conversations/{conversation_id}", headers=tenant.owner)
    assert response.status_code == 200, response.text
    return list(response.json()["messages"])


@VOICE_PACE
async def test_a_reply_talked_over_keeps_what_was_heard_and_repeats_in_full(
    live_server: LiveServer, http: httpx.AsyncClient
) -> None:
    tenant = await voice_tenant(http, voice_mode="relay")
    call, url = await _relay_call(http, live_server.base, tenant.phone_number, "CA" + "ba" * 16)
    async with _connect(url) as ws:
        await _setup(ws, call)
        offer = await _first_token(ws, ASK_FOR_TOMORROW)
        heard = _first_option(offer)
        await _talk_over(ws, heard)
        repeated, tokens = await _prompt(ws, "sorry what was that, can you repeat that")
        # The cut reply's closing question never went out: the next token starts the repeat,
        # and the repeat is the whole reply, not what was heard.
        assert tokens[0]["token"].startswith("Sure."), tokens
        assert repeated.strip() == f"Sure. {offer.strip()} Which works best?", repeated

    transcript = await _transcript(http, tenant, url)
    cut = [m for m in transcript if m["meta"].get("interrupted")]
    assert len(cut) == 1
    assert cut[0]["role"] == "assistant"
    assert cut[0]["text"] == f"{offer.strip()} Which works best?"  # what was said in full
    assert cut[0]["meta"]["heard"] == heard
    assert cut[0]["meta"]["interrupted_after_ms"] == 1800
    assert cut[0]["meta"]["stage"] == "offering"


@VOICE_PACE
async def test_an_offer_the_caller_did_not_hear_is_not_booked(
    live_server: LiveServer, http: httpx.AsyncClient
) -> None:
    tenant = await voice_tenant(http, voice_mode="relay")
    call, url = await _relay_call(http, live_server.base, tenant.phone_number, "CA" + "bb" * 16)
    async with _connect(url) as ws:
        await _setup(ws, call)
        offer = await _first_token(ws, ASK_FOR_TOMORROW)
        await _talk_over(ws, _first_option(offer))
        again, _ = await _prompt(ws, "the second one")
        # Not booked, not read back: the times are said again.
        assert again.startswith("Sorry, I was cut off."), again
        assert all(option in again for option in _options(offer)), again
        readback, _ = await _prompt(ws, "the second one")
        assert "Just to confirm" in readback, readback
        done, _ = await _prompt(ws, "yes")
        assert "all set" in done, done

    [appointment] = (await http.get("/v1/owner/appointments", headers=tenant.owner)).json()["items"]
    second = _options(offer)[1]  # "Tuesday March 3rd at 10 AM"
    assert f"on {second}," in readback, readback
    assert appointment["customer"]["phone"] == call.caller


async def test_a_nul_in_a_prompt_is_dropped_and_the_call_goes_on(
    live_server: LiveServer, http: httpx.AsyncClient
) -> None:
    """PostgreSQL refuses NUL in text: a prompt carrying one is still a turn, kept without it."""
    tenant = await voice_tenant(http, voice_mode="relay")
    call, url = await _relay_call(http, live_server.base, tenant.phone_number, "CA" + "d" * 32)
    async with _connect(url) as ws:
        await _setup(ws, call)
        spoken, received = await _prompt(ws, "my kitchen\x00 sink is clogged")
        assert received[-1]["type"] == "text" and spoken, received
    listed = (await http.get("/v1/owner/conversations", headers=tenant.owner)).json()["items"]
    detail = (
        await http.get(f"/v1/owner/conversations/{listed[0]['id']}", headers=tenant.owner)
    ).json()
    said = [m["text"] for m in detail["messages"] if m["role"] == "caller"]
    assert said == ["my kitchen sink is clogged"]
