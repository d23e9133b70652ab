"""`POST /twilio/sms`: the number's messaging URL (CONTRACT "Twilio webhooks")."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from switchboard.auth.dependencies import tenant_for_twilio_number
from switchboard.auth.twilio import TwilioForm
from switchboard.businesses import service as businesses
from switchboard.core.deps import ClockDep, UowDep
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.integrations.voice import twilio as twiml
from switchboard.receptionist import turns
from switchboard.sms_channel.flow import handle_inbound
from switchboard.webhooks import receipts

router = APIRouter(prefix="/twilio", tags=["twilio"])


@router.post("/sms", response_class=Response, summary="Incoming SMS (the number's messaging URL)")
async def inbound_sms(form: TwilioForm, request: Request, uow: UowDep, clock: ClockDep) -> Response:
    # Replies are sent through the messaging service (rules, log, retries), not in TwiML.
    empty = Response(twiml.empty(), media_type="text/xml")
    sid = form.get("MessageSid") or form.get("SmsSid") or ""
    if not sid:
        return empty
    claim = await receipts.claim(uow, f"twilio:sms:{sid}", clock.now())
    if claim.is_replay:
        return empty
    try:
        to, sender = to_e164(form.get("To", "")), to_e164(form.get("From", ""))
    except InvalidPhoneNumber:
        return empty
    tenant = await tenant_for_twilio_number(uow, to)
    if tenant is None:
        return empty
    business = await businesses.get_own_business(uow, tenant)
    await handle_inbound(
        uow,
        tenant,
        business,
        clock,
        request.app.state.providers.calendar,
        sender=sender,
        body=form.get("Body", ""),
        message_sid=sid,
        llm=turns.llm_for(request.app.state, "sms"),
    )
    await receipts.remember(uow, f"twilio:sms:{sid}", twiml.empty(), tenant.business_id)
    return empty
