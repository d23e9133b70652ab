"""`POST /twilio/sms`: the number's messaging URL (CONTRACT "Twilio webhooks")."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from switchboard.assistant.llm_understanding import LlmHelp
from switchboard.auth.dependencies import tenant_for_twilio_number
from switchboard.auth.twilio import TwilioForm
from switchboard.businesses import service as businesses
from switchboard.core.clock import Clock
from switchboard.core.db import UnitOfWork
from switchboard.core.deps import ClockDep, DatabaseDep, UowDep, request_reads_only
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.integrations.voice import twilio as twiml
from switchboard.receptionist import turns
from switchboard.sms_channel import flow
from switchboard.webhooks import receipts

router = APIRouter(prefix="/twilio", tags=["twilio"])


@router.post("/sms", response_class=Response, summary="Incoming SMS (the number's messaging URL)")
@request_reads_only
async def inbound_sms(
    form: TwilioForm, request: Request, uow: UowDep, db: DatabaseDep, clock: ClockDep
) -> Response:
    # Replies are sent through the messaging service (rules, log, retries), not in TwiML.
    empty = Response(twiml.empty(), media_type="text/xml")
    sid = form.get("MessageSid") or form.get("SmsSid") or ""
    if not sid:
        return empty
    key = f"twilio:sms:{sid}"
    # A model, when one is configured, is asked before the write transaction opens: a slow
    # model never holds SQLite's one writer. The request's own unit of work only reads.
    llm = turns.llm_for(request.app.state, "sms")
    question = await _model_question(uow, form, clock, key, llm)
    await uow.release()
    answered = await turns.ask_model(question)
    async with db.unit_of_work() as write:
        claim = await receipts.claim(write, key, clock.now())
        if claim.is_replay:
            return empty
        try:
            to, sender = to_e164(form.get("To", "")), to_e164(form.get("From", ""))
        except InvalidPhoneNumber:
            return empty
        tenant = await tenant_for_twilio_number(write, to)
        if tenant is None:
            return empty
        business = await businesses.get_own_business(write, tenant)
        await flow.handle_inbound(
            write,
            tenant,
            business,
            clock,
            request.app.state.providers.calendar,
            sender=sender,
            body=form.get("Body", ""),
            message_sid=sid,
            llm=answered,
        )
        await receipts.remember(write, key, twiml.empty(), tenant.business_id)
    return empty


async def _model_question(
    uow: UnitOfWork,
    form: dict[str, str],
    clock: Clock,
    key: str,
    llm: LlmHelp | None,
) -> turns.ModelQuestion | None:
    """What the model is to be asked about this text; None (and nothing read) without a
    model, and None for a delivery already answered or a text not for the assistant."""
    if llm is None or await receipts.seen(uow, key):
        return None
    try:
        to, sender = to_e164(form.get("To", "")), to_e164(form.get("From", ""))
    except InvalidPhoneNumber:
        return None
    tenant = await tenant_for_twilio_number(uow, to)
    if tenant is None:
        return None
    business = await businesses.get_own_business(uow, tenant)
    return await flow.model_question(
        uow, tenant, business, clock, sender=sender, body=form.get("Body", ""), llm=llm
    )
