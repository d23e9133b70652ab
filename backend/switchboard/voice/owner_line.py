"""The owner line: the owner calling their own business number hears the day's jobs after
their PIN (caller ID can be spoofed) and can have the briefing texted to their phone."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from switchboard.auth.twilio import TwilioForm
from switchboard.businesses import owner_pin
from switchboard.core.deps import ClockDep, SettingsDep, UowDep
from switchboard.integrations.voice import twilio as twiml
from switchboard.ratelimit import counters
from switchboard.voice import calls
from switchboard.voice.webhook_call import Call, find_call, once, receipt_key, url

router = APIRouter(prefix="/twilio/voice", tags=["twilio"])

OWNER_TEXT_KEY = "1"
PIN_ATTEMPTS_PER_CALL = 3


async def answer_owner(call: Call) -> str:
    """Caller ID can be spoofed: the day's jobs are read out only after the owner's PIN. With
    no PIN set, the line says how to set one and offers only the text (it goes to the owner's
    own phone, whoever is calling)."""
    if owner_pin.stored_hash(call.business.settings) is None:
        return _owner_menu(call, calls.owner_line_words("no_pin"), "offer_unread")
    return _ask_pin(call, calls.owner_line_words("enter_pin"), attempt=1)


def _ask_pin(call: Call, text: str, attempt: int) -> str:
    return twiml.gather(
        twiml.GatherSpec(
            say=text,
            action=url(call.settings, "/twilio/voice/owner/pin", n=str(attempt)),
            input="dtmf",
            num_digits=None,
            finish_on_key="#",
            timeout_s=10,
        )
    )


def _owner_menu(call: Call, text: str, offer: str = "offer_text") -> str:
    return twiml.gather(
        twiml.GatherSpec(
            say=f"{text} {calls.owner_line_words(offer)}".strip(),
            action=url(call.settings, "/twilio/voice/owner"),
            input="dtmf",
        )
    )


def _is_owner_calling(call: Call | None) -> bool:
    return call is not None and call.caller is not None and call.caller == call.business.owner_phone


@router.post("/owner/pin", response_class=Response, summary="The owner line: the owner's PIN")
async def owner_line_pin(
    form: TwilioForm,
    request: Request,
    uow: UowDep,
    clock: ClockDep,
    settings: SettingsDep,
    n: str | None = None,
) -> Response:
    async def answer() -> str:
        call = await find_call(uow, form, clock, settings, request)
        if call is None or not _is_owner_calling(call):
            return twiml.empty()
        stored = owner_pin.stored_hash(call.business.settings)
        if stored is None:
            return _owner_menu(call, calls.owner_line_words("no_pin"), "offer_unread")
        key = f"owner_pin:{call.tenant.business_id}"
        window = owner_pin.FAILURE_WINDOW
        if await counters.current(uow, key, clock.now(), window) >= owner_pin.FAILURE_LIMIT:
            return twiml.say_and_hang_up(calls.owner_line_words("pin_locked"))
        if owner_pin.verify_pin((form.get("Digits") or "").strip(), stored):
            briefing = await calls.owner_briefing(uow, call.tenant, call.business, clock)
            return _owner_menu(call, briefing)
        failures = await counters.increment(uow, key, clock.now(), window)
        attempt = int(n) if n and n.isdigit() else PIN_ATTEMPTS_PER_CALL
        if failures >= owner_pin.FAILURE_LIMIT:
            return twiml.say_and_hang_up(calls.owner_line_words("pin_locked"))
        if attempt >= PIN_ATTEMPTS_PER_CALL:
            return twiml.say_and_hang_up(calls.owner_line_words("goodbye"))
        return _ask_pin(call, calls.owner_line_words("wrong_pin"), attempt + 1)

    return await once(uow, receipt_key(form, "owner-pin", n or ""), clock, answer)


@router.post("/owner", response_class=Response, summary="The owner line: text me the briefing")
async def owner_line_choice(
    form: TwilioForm, request: Request, uow: UowDep, clock: ClockDep, settings: SettingsDep
) -> Response:
    async def answer() -> str:
        call = await find_call(uow, form, clock, settings, request)
        # The signed From is the owner's phone, as on the first webhook of this call; the
        # briefing goes to the owner's own phone only.
        if call is None or not _is_owner_calling(call):
            return twiml.empty()
        if (form.get("Digits") or "").strip() != OWNER_TEXT_KEY:
            return twiml.say_and_hang_up(calls.owner_line_words("goodbye"))
        await calls.text_owner_briefing(
            uow, call.tenant, call.business, clock, call_sid=form.get("CallSid", "")
        )
        return twiml.say_and_hang_up(calls.owner_line_words("texted"))

    return await once(uow, receipt_key(form, "owner"), clock, answer)
