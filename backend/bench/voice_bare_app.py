"""The voice baseline: a bare endpoint that only validates Twilio's signature (the same SDK
validator, the same PUBLIC_BASE_URL + path rule) and returns fixed TwiML. No middleware,
database, idempotency or assistant."""

from __future__ import annotations

import os
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request, Response
from twilio.request_validator import RequestValidator

app = FastAPI()
_VALIDATOR = RequestValidator(os.environ.get("TWILIO_AUTH_TOKEN", ""))
_PUBLIC = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000")
_TWIML = (
    '<?xml version="1.0" encoding="UTF-8"?><Response><Gather input="speech dtmf" '
    'action="/twilio/voice/turn"><Say>Thanks for calling.</Say></Gather></Response>'
)


@app.get("/bare")
async def ready() -> dict[str, str]:
    return {"status": "ok"}


@app.post("/twilio/voice")
async def voice(request: Request) -> Response:
    params = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
    url = _PUBLIC + request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if not _VALIDATOR.validate(url, params, request.headers.get("x-twilio-signature", "")):
        return Response(status_code=403)
    return Response(_TWIML, media_type="text/xml")
