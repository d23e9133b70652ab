"""The streaming voice path: Twilio ConversationRelay over a WebSocket on the same server.

Twilio does speech-to-text and text-to-speech; we get `setup`, `prompt`, `dtmf`, `interrupt`
and `error` messages and answer with `text` tokens (sentence by sentence, so speech starts
before the whole reply is ready and a barge-in stops the rest) and `end` (with hand-off data
for a transfer or a voicemail). The handshake is authenticated by `X-Twilio-Signature`; each
prompt is one turn in its own unit of work, so the dialog state lives in the database and not
in this process."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import structlog
from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from switchboard.auth.dependencies import tenant_for_twilio_number
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.integrations.sms.twilio import signature_is_valid
from switchboard.receptionist import turns

log = structlog.get_logger("switchboard.voice.relay")
router = APIRouter(prefix="/twilio/voice", tags=["twilio"])

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
EMERGENCY_KEY = "1"


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
    session = _Session(websocket, websocket.app.state.db, conversation_id)
    try:
        while True:
            message = await websocket.receive_json()
            if not isinstance(message, dict):
                raise ValueError("a relay message is a JSON object")
            await session.handle(message)
            if session.ended:
                break
    except WebSocketDisconnect:
        pass
    except (ValueError, json.JSONDecodeError):
        await websocket.close(code=1003)
    log.info("relay_closed", conversation_id=str(conversation_id), turns=session.turns)


class _Session:
    def __init__(self, websocket: WebSocket, db: Database, conversation_id: uuid.UUID) -> None:
        self.websocket = websocket
        self.db = db
        self.conversation_id = conversation_id
        self.to: str | None = None
        self.call_sid: str | None = None
        self.partial: list[str] = []
        self.interrupted = False
        self.ended = False
        self.turns = 0

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
            # The caller spoke over us: Twilio has stopped the speech; send no more of it.
            self.interrupted = True
        elif kind == "error":
            log.warning("relay_error", conversation_id=str(self.conversation_id))

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
        self.interrupted = False
        clock = self.websocket.app.state.clock
        calendar = self.websocket.app.state.providers.calendar
        async with self.db.unit_of_work() as uow:
            tenant = await tenant_for_twilio_number(uow, self.to)
            if tenant is None:
                reply = None
            else:
                conversation = await turns.by_id(uow, tenant, self.conversation_id)
                if conversation.external_id != f"call:{self.call_sid}":
                    reply = None
                else:
                    reply = await turns.turn(
                        uow,
                        tenant,
                        clock,
                        calendar,
                        conversation,
                        text,
                        llm=turns.llm_for(self.websocket.app.state, "voice"),
                    )
        if reply is None:
            await self.end({"reason": "error"})
            return
        chunks = sentences(reply.text) or [reply.text]
        for index, chunk in enumerate(chunks):
            if self.interrupted:
                break
            await self.websocket.send_json(
                {"type": "text", "token": chunk + " ", "last": index == len(chunks) - 1}
            )
        for action in reply.actions:
            # One hand-off per session: Twilio acts on the first `end` and closes the socket.
            if action.kind in {"transfer", "hangup", "record_voicemail"}:
                await self.end({"reason": action.kind, "conversation": str(self.conversation_id)})
                return

    async def end(self, handoff: dict[str, Any]) -> None:
        await self.websocket.send_json({"type": "end", "handoffData": json.dumps(handoff)})
        self.ended = True
