"""`POST /twilio/sms/status`: Twilio's delivery reports for the messages we sent."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from switchboard.auth.dependencies import tenant_for_twilio_number
from switchboard.auth.twilio import TwilioForm
from switchboard.core.deps import ClockDep, UowDep
from switchboard.integrations.sms.twilio import map_status
from switchboard.messaging import service

router = APIRouter(prefix="/twilio", tags=["twilio"])

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


@router.post("/sms/status", response_class=Response)
async def sms_status(form: TwilioForm, uow: UowDep, clock: ClockDep, request: Request) -> Response:
    # The signature was checked first (the TwilioForm dependency); only now is the database read.
    sid = form.get("MessageSid") or form.get("SmsSid")
    reported = map_status(form.get("MessageStatus") or form.get("SmsStatus") or "")
    sender = form.get("From")
    if sid and reported and sender:
        tenant = await tenant_for_twilio_number(uow, sender)
        if tenant is not None:
            await service.apply_provider_status(
                uow,
                tenant,
                sid,
                reported,
                clock,
                error_code=form.get("ErrorCode") or None,
                message_id=_uuid(request.query_params.get("m")),
            )
    return Response(EMPTY_TWIML, media_type="text/xml")


def _uuid(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None
