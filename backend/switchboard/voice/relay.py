"""The streaming voice path: Twilio ConversationRelay over a WebSocket on the same server.

Twilio does speech-to-text and text-to-speech; we get `setup`, `prompt`, `dtmf`, `interrupt`
and `error` messages and answer with `text` tokens and `end` (with hand-off data for a
transfer or a voicemail). The handshake is authenticated by `X-Twilio-Signature`; each prompt
is one turn in its own unit of work, so the dialog state lives in the database and not in this
process.

Barge-in: a reply goes out sentence by sentence, each sent about `SPEECH_LEAD_S` before the
caller is due to hear it (at `RELAY_SPEECH_CHARS_PER_S`), so Twilio never runs out of text but
never holds the whole reply either. The socket is read while a reply is going out: an
`interrupt` stops the sentences not yet sent at once, and then (in order with the turns)
records what the caller heard on the reply they talked over (`turns.interrupted`)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import uuid
from typing import Any

import structlog
from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from switchboard.auth.dependencies import tenant_for_twilio_number
from switchboard.core.config import Settings
from switchboard.core.db import Database, UnitOfWork
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.integrations.sms.twilio import signature_is_valid
from switchboard.models.conversation import Conversation
from switchboard.receptionist import turns
from switchboard.tenancy.context import TenantContext

log = structlog.get_logger("switchboard.voice.relay")
router = APIRouter(prefix="/twilio/voice", tags=["twilio"])

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
EMERGENCY_KEY = "1"
# How long before the caller is due to hear a sentence it is sent to Twilio.
SPEECH_LEAD_S = 1.0


def _ws_url(settings: Settings, websocket: WebSocket) -> str:
    base = settings.public_base_url.replace("https://", "wss://", 1).replace("http://", "ws://", 1)
    raw_path = websocket.scope.get("raw_path") or websocket.url.path.encode()
    query = websocket.scope.get("query_string") or b""
    url = base + raw_path.decode("latin-1")
    return url + ("?" + query.decode("latin-1") if query else "")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text.strip()) if s]


@router.websocket("/relay")
async def relay(websocket: WebSocket) -> None:
    settings: Settings = websocket.app.state.settings
    signature = websocket.headers.get("x-twilio-signature")
    token = settings.twilio_auth_token
    if (
        not token
        or not signature
        or not signature_is_valid(token, _ws_url(settings, websocket), {}, signature)
    ):
        await websocket.close(code=1008)
        return
    try:
        conversation_id = uuid.UUID(websocket.query_params.get("c", ""))
    except ValueError:
        await websocket.close(code=1008)
        return
    await websocket.accept()
    session = _Session(
        websocket,
        websocket.app.state.db,
        conversation_id,
        chars_per_s=settings.relay_speech_chars_per_s,
    )
    await session.run()
    log.info("relay_closed", conversation_id=str(conversation_id), turns=session.turns)


def _milliseconds(value: Any) -> int | None:
    """`durationUntilInterruptMs` (Twilio sends it as a string of digits)."""
    try:
        return max(0, int(float(value)))
    except (TypeError, ValueError, OverflowError):
        return None


class _Session:
    def __init__(
        self,
        websocket: WebSocket,
        db: Database,
        conversation_id: uuid.UUID,
        *,
        chars_per_s: float,
    ) -> None:
        self.websocket = websocket
        self.db = db
        self.conversation_id = conversation_id
        self.chars_per_s = chars_per_s
        self.to: str | None = None
        self.call_sid: str | None = None
        self.partial: list[str] = []
        # Messages in the order Twilio sent them; None once the socket is done.
        self.inbox: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()
        # Set by an `interrupt` the moment it arrives: the reply going out stops.
        self.cut = asyncio.Event()
        self.bad_message = False
        self.socket_done = False
        self.ended = False
        self.turns = 0

    async def run(self) -> None:
        """Read the socket in the background while the messages are handled one at a time,
        so an interrupt is seen while a reply is still going out."""
        reader = asyncio.create_task(self._read())
        try:
            while not self.ended:
                message = await self.inbox.get()
                if message is None:
                    break
                await self.handle(message)
        except WebSocketDisconnect:
            pass
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
        if self.bad_message:
            await self.websocket.close(code=1003)

    async def _read(self) -> None:
        try:
            while True:
                message = await self.websocket.receive_json()
                if not isinstance(message, dict):
                    raise ValueError("a relay message is a JSON object")
                # PostgreSQL refuses NUL in text; nothing a caller says means anything by it.
                message = {
                    k: v.replace("\x00", "") if isinstance(v, str) else v
                    for k, v in message.items()
                }
                if message.get("type") == "interrupt":
                    self.cut.set()
                await self.inbox.put(message)
        except WebSocketDisconnect:
            self.socket_done = True  # nobody is listening: stop talking
            self.cut.set()
        except (ValueError, json.JSONDecodeError):
            self.bad_message = True
        finally:
            self.inbox.put_nowait(None)

    async def handle(self, message: dict[str, Any]) -> None:
        kind = message.get("type")
        if kind == "setup":
            try:
                self.to = to_e164(str(message.get("to", "")))
            except InvalidPhoneNumber:
                self.to = None
            self.call_sid = str(message.get("callSid", ""))
        elif kind == "prompt":
            self.partial.append(str(message.get("voicePrompt", "")))
            if message.get("last", True):
                text, self.partial = " ".join(self.partial).strip(), []
                if text:
                    await self.turn(text)
        elif kind == "dtmf":
            if str(message.get("digit")) == EMERGENCY_KEY:
                await self.turn("this is an emergency")
        elif kind == "interrupt":
            await self.interrupted(message)
        elif kind == "error":
            log.warning("relay_error", conversation_id=str(self.conversation_id))

    async def _conversation(self, uow: UnitOfWork) -> tuple[TenantContext, Conversation] | None:
        """The call this session was set up for, or None (no setup, another call's sid)."""
        if self.to is None:
            return None
        tenant = await tenant_for_twilio_number(uow, self.to)
        if tenant is None:
            return None
        conversation = await turns.by_id(uow, tenant, self.conversation_id)
        if conversation.external_id != f"call:{self.call_sid}":
            return None
        return tenant, conversation

    async def interrupted(self, message: dict[str, Any]) -> None:
        """The caller talked over the last reply: keep what they heard with it."""
        heard = str(message.get("utteranceUntilInterrupt") or "")
        after_ms = _milliseconds(message.get("durationUntilInterruptMs"))
        try:
            async with self.db.unit_of_work() as uow:
                found = await self._conversation(uow)
                if found is not None:
                    tenant, conversation = found
                    await turns.interrupted(
                        uow, tenant, conversation, heard=heard, after_ms=after_ms
                    )
        except Exception:  # a lost annotation must not end the call
            log.exception("relay_interrupt_failed", conversation_id=str(self.conversation_id))
            return
        log.info("relay_interrupted", conversation_id=str(self.conversation_id), after_ms=after_ms)

    async def turn(self, text: str) -> None:
        try:
            await self._turn(text)
        except WebSocketDisconnect:
            raise
        except Exception:  # the caller must be handed to voicemail, not left in silence
            log.exception("relay_turn_failed", conversation_id=str(self.conversation_id))
            if not self.ended:
                await self.end({"reason": "error"})

    async def _turn(self, text: str) -> None:
        if self.to is None:
            await self.end({"reason": "error"})
            return
        self.turns += 1
        clock = self.websocket.app.state.clock
        calendar = self.websocket.app.state.providers.calendar
        answered = await turns.ask_model(await self._model_question(text))
        async with self.db.unit_of_work() as uow:
            found = await self._conversation(uow)
            if found is None:
                reply = None
            else:
                tenant, conversation = found
                reply = await turns.turn(
                    uow, tenant, clock, calendar, conversation, text, llm=answered
                )
        if reply is None:
            await self.end({"reason": "error"})
            return
        await self.say(reply.text)
        for action in reply.actions:
            # One hand-off per session: Twilio acts on the first `end` and closes the socket.
            if action.kind in {"transfer", "hangup", "record_voicemail"}:
                await self.end({"reason": action.kind, "conversation": str(self.conversation_id)})
                return

    async def _model_question(self, text: str) -> turns.ModelQuestion | None:
        """What to ask the model about this prompt (None: no model configured, nothing read),
        read in a read-only unit of work that ends before the model is asked: a slow model
        never holds a transaction (on SQLite, the one writer every request waits for)."""
        llm = turns.llm_for(self.websocket.app.state, "voice")
        if llm is None:
            return None
        async with self.db.unit_of_work(read_only=True) as uow:
            found = await self._conversation(uow)
            if found is None:
                return None
            tenant, conversation = found
            clock = self.websocket.app.state.clock
            return await turns.model_question(uow, tenant, clock, conversation, text, llm)

    async def say(self, text: str) -> None:
        """Send `text` sentence by sentence, each `SPEECH_LEAD_S` before the caller is due to
        hear it; an interrupt stops the rest (only the final sentence says `last`)."""
        chunks = sentences(text) or [text]
        self.cut.clear()
        loop = asyncio.get_running_loop()
        started = loop.time()
        ahead = 0  # characters sent so far, i.e. spoken before this sentence
        for index, chunk in enumerate(chunks):
            delay = started + ahead / self.chars_per_s - SPEECH_LEAD_S - loop.time()
            if delay > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.cut.wait(), delay)
            if self.cut.is_set() or self.socket_done:
                return
            token = chunk + " "
            await self.websocket.send_json(
                {"type": "text", "token": token, "last": index == len(chunks) - 1}
            )
            ahead += len(token)

    async def end(self, handoff: dict[str, Any]) -> None:
        await self.websocket.send_json({"type": "end", "handoffData": json.dumps(handoff)})
        self.ended = True
