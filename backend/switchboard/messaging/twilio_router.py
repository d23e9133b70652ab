"""`POST /twilio/sms/status`: Twilio's delivery reports for the messages we sent."""

from __future__ import annotations

import uuid
from typing import Annotated

import structlog
from fastapi import APIRouter, Depends, Request, Response

from switchboard.auth.dependencies import tenant_for_twilio_number
from switchboard.auth.twilio import TwilioForm
from switchboard.core.db import Database
from switchboard.core.deps import ClockDep, get_database
from switchboard.integrations.sms.twilio import map_status
from switchboard.messaging import service

router = APIRouter(prefix="/twilio", tags=["twilio"])
log = structlog.get_logger("switchboard.twilio")

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


@router.post("/sms/status", response_class=Response)
async def sms_status(
    form: TwilioForm,
    db: Annotated[Database, Depends(get_database)],
    clock: ClockDep,
    request: Request,
) -> Response:
    """Applies the report; answers empty TwiML even when the database fails (CONTRACT: every
    Twilio answer is TwiML), logging the failure instead."""
    # The signature was checked first (the TwilioForm dependency); only now is the database read.
    sid = form.get("MessageSid") or form.get("SmsSid")
    reported = map_status(form.get("MessageStatus") or form.get("SmsStatus") or "")
    sender = form.get("From")
    if sid and reported and sender:
        try:
            async with db.unit_of_work() as uow:
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
        except Exception as exc:
            log.error("sms_status_not_applied", error_type=type(exc).__name__)
    return Response(EMPTY_TWIML, media_type="text/xml")


def _uuid(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None
