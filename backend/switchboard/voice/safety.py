"""Every answer to a Twilio webhook is valid TwiML; a voice answer comes within its budget
(`voice_answer_budget_s`, 1.8 seconds unless configured).

This middleware wraps Twilio's routes. On the voice routes an internal error, a database
outage or a handler that runs out of time becomes a spoken apology and a voicemail prompt
(status 200), never Twilio's "application error"; a client error a signed request still
earned (a parameter that does not parse, a call we do not know) becomes a polite goodbye.
On the messaging routes either becomes an empty `<Response/>`. A refused signature (401,
403) passes through unchanged: it must not look like success."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qsl, urlencode

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from switchboard.integrations.voice import twilio as twiml
from switchboard.voice import caller_id

log = structlog.get_logger("switchboard.voice")

BUDGET_S = 1.8
VOICE_PREFIX = "/twilio/voice"
SMS_PREFIX = "/twilio/sms"
_REFUSED = {401, 403}
_APOLOGY = (
    "Sorry, we're having trouble right now. Please leave your name, number and what you need "
    "after the tone, and we'll call you back. This call is recorded."
)
_GOODBYE = "Sorry, something went wrong. Please call again."


def fallback_twiml(base_url: str, form: dict[str, str] | None = None) -> str:
    """The recording's status callback names neither the business nor the caller, and the
    database may be what failed: the callback URL carries both (`n`, `f`), as Twilio sent them."""
    form = form or {}
    query = {}
    if to := caller_id.usable(form.get("To")):
        query["n"] = to
    if caller := caller_id.usable(form.get("From")):
        query["f"] = caller
    callback = f"{base_url}/twilio/voice/voicemail/recorded"
    return twiml.record_voicemail(
        _APOLOGY,
        action=f"{base_url}/twilio/voice/voicemail/done",
        status_callback=callback + (f"?{urlencode(query)}" if query else ""),
    )


class VoiceSafetyNet:
    def __init__(self, app: ASGIApp, base_url: str, budget_s: float = BUDGET_S) -> None:
        self.app = app
        self.base_url = base_url
        self.budget_s = budget_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        voice = path.startswith(VOICE_PREFIX)
        if not voice and not path.startswith(SMS_PREFIX):
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        body = bytearray()

        async def capture(message: Message) -> None:
            messages.append(message)

        async def keep() -> Message:
            received = await receive()
            if received["type"] == "http.request":
                body.extend(received.get("body", b""))
            return received

        failure = None
        try:
            # A text's assistant turn may wait on the LLM longer than a voice turn may.
            budget = self.budget_s if voice else None
            await asyncio.wait_for(self.app(scope, keep, capture), timeout=budget)
        except TimeoutError:
            failure = "timeout"
        except Exception as exc:  # the caller must hear something useful whatever happened
            failure = type(exc).__name__
        status = next((m["status"] for m in messages if m["type"] == "http.response.start"), 500)
        if failure is None and (status < 400 or status in _REFUSED):
            for message in messages:
                await send(message)
            return
        if failure is None and status < 500:
            log.warning("twilio_client_error_answered", status=status, route=path)
            answer = twiml.say_and_hang_up(_GOODBYE) if voice else twiml.empty()
        else:
            log.error("voice_fallback", reason=failure or f"status {status}", route=path)
            form = _form(bytes(body))
            answer = fallback_twiml(self.base_url, form) if voice else twiml.empty()
        encoded = answer.encode()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"text/xml"),
                    (b"content-length", str(len(encoded)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": encoded})


def _form(body: bytes) -> dict[str, str]:
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        return {}
