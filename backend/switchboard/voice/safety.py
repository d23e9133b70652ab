"""Every answer to a Twilio voice webhook is valid TwiML within 2 seconds.

This middleware wraps the voice routes: an internal error, a database outage or a handler
that runs out of time becomes a spoken apology and a voicemail prompt (status 200), never
Twilio's "application error". Client errors (403 on a bad signature, 4xx) pass through: they
must not look like success."""

from __future__ import annotations

import asyncio

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from switchboard.integrations.voice import twilio as twiml

log = structlog.get_logger("switchboard.voice")

BUDGET_S = 1.8
VOICE_PREFIX = "/twilio/voice"
_APOLOGY = (
    "Sorry, we're having trouble right now. Please leave your name, number and what you need "
    "after the tone, and we'll call you back. This call is recorded."
)


def fallback_twiml(base_url: str) -> str:
    return twiml.record_voicemail(
        _APOLOGY,
        action=f"{base_url}/twilio/voice/voicemail/done",
        status_callback=f"{base_url}/twilio/voice/voicemail/recorded",
    )


class VoiceSafetyNet:
    def __init__(self, app: ASGIApp, base_url: str, budget_s: float = BUDGET_S) -> None:
        self.app = app
        self.base_url = base_url
        self.budget_s = budget_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path.startswith(VOICE_PREFIX):
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []

        async def capture(message: Message) -> None:
            messages.append(message)

        failure = None
        try:
            await asyncio.wait_for(self.app(scope, receive, capture), timeout=self.budget_s)
        except TimeoutError:
            failure = "timeout"
        except Exception as exc:  # the caller must hear something useful whatever happened
            failure = type(exc).__name__
        status = next((m["status"] for m in messages if m["type"] == "http.response.start"), 500)
        if failure is None and status < 500:
            for message in messages:
                await send(message)
            return
        log.error("voice_fallback", reason=failure or f"status {status}", route=path)
        body = fallback_twiml(self.base_url).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"text/xml"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
