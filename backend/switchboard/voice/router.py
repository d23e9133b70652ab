"""Twilio voice webhooks (CONTRACT "Twilio webhooks"): the `<Gather>` loop, routing, voicemail
and status callbacks; the owner line is `voice.owner_line`, the per-webhook plumbing
`voice.webhook_call`. Every route checks the signature first (`TwilioForm`), answers a delivery
once (`webhooks.receipts`, keyed by what the signature covers, since the idempotency header is
not signed and a signature never expires), and speaks TwiML built in
`integrations.voice.twilio`, whatever it was sent: an unknown call or a bad query parameter
gets a polite goodbye, never JSON. `voice.safety` turns any failure into a voicemail prompt."""

from __future__ import annotations

import json
from dataclasses import dataclass

import structlog
from fastapi import APIRouter, Request, Response

from switchboard.assistant.engine import DialogState, Reply
from switchboard.assistant.messages import render
from switchboard.auth.dependencies import (
    tenant_for_twilio_business,
    tenant_for_twilio_call,
    tenant_for_twilio_number,
)
from switchboard.auth.twilio import TwilioForm
from switchboard.businesses import service as businesses
from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.core.deps import (
    ClockDep,
    DatabaseDep,
    SettingsDep,
    UowDep,
    request_reads_only,
)
from switchboard.integrations.voice import twilio as twiml
from switchboard.models.conversation import Conversation
from switchboard.receptionist import turns
from switchboard.receptionist.facts import open_at
from switchboard.voice import caller_id, calls
from switchboard.voice.owner_line import answer_owner
from switchboard.voice.webhook_call import (
    VOICE_STEP,
    Call,
    digest,
    find_call,
    once,
    phone_or_none,
    receipt_key,
    sorry,
    step_of,
    url,
    uuid_or_none,
    xml,
)

router = APIRouter(prefix="/twilio/voice", tags=["twilio"])
log = structlog.get_logger("switchboard.voice")

EMERGENCY_KEY = "1"
MAX_SILENCES = 2
DEFAULT_RING_S = 0  # ring the owner first only when the business turns it on
# What the recogniser heard is a sentence or two; anything longer is cut before it is kept.
MAX_SPEECH_CHARS = 1000


@router.post("", response_class=Response, summary="Incoming call (the number's voice URL)")
async def incoming_call(
    form: TwilioForm, request: Request, uow: UowDep, clock: ClockDep, settings: SettingsDep
) -> Response:
    async def answer() -> str:
        call = await find_call(uow, form, clock, settings, request)
        if call is None:
            return twiml.say_and_hang_up("Sorry, this number is not in service.")
        business, language, caller = call.business, call.business.language, call.caller
        if business.lockdown:
            closed = render(
                "handoff.after_hours", language, when=render("handoff.when_default", language)
            )
            return call.voicemail(closed, language)
        if caller is not None and caller == business.owner_phone:
            return await answer_owner(call)
        ring_s = int((business.settings or {}).get("ring_owner_seconds", DEFAULT_RING_S) or 0)
        ring_to = (business.settings or {}).get("office_number") or business.owner_phone
        if ring_s > 0 and ring_to and open_at(business, clock.now()):
            return twiml.dial(
                None,
                ring_to,
                timeout_s=ring_s,
                caller_id=business.phone_number,
                action=url(settings, "/twilio/voice/unanswered"),
                whisper_url=None,
            )
        return await _start_assistant(call, form)

    return await once(uow, receipt_key(form, "incoming"), clock, answer)


async def _start_assistant(call: Call, form: dict[str, str]) -> str:
    call_sid = form.get("CallSid", "")
    if await calls.conversation_for_call(call.uow, call.tenant, call_sid) is not None:
        return twiml.empty()  # a replay of a call that already started: nothing again
    result = await turns.start(
        call.uow,
        call.tenant,
        call.clock,
        call.calendar,
        channel="voice",
        phone=call.caller,
        external_id=f"call:{call_sid}",
    )
    state = DialogState.from_json(result.conversation.state)
    if (call.business.settings or {}).get("voice_mode") == "relay":
        base = call.settings.public_base_url.replace("https://", "wss://").replace(
            "http://", "ws://"
        )
        return twiml.relay(
            f"{base}/twilio/voice/relay?c={result.conversation.id}",
            welcome=result.reply.text,
            language=state.language,
            action=url(call.settings, "/twilio/voice/relay/ended", c=str(result.conversation.id)),
            hints=await call.hints(),
        )
    return await call.listen(result.conversation, result.reply.text, state.language, step=1)


@router.post("/unanswered", response_class=Response, summary="The owner did not pick up")
async def unanswered(
    form: TwilioForm, request: Request, uow: UowDep, clock: ClockDep, settings: SettingsDep
) -> Response:
    async def answer() -> str:
        call = await find_call(uow, form, clock, settings, request)
        if call is None:
            return twiml.empty()
        if form.get("DialCallStatus") == "completed":
            return twiml.empty()  # they talked; Twilio ends the call
        return await _start_assistant(call, form)

    return await once(
        uow, receipt_key(form, "unanswered", form.get("DialCallSid", "")), clock, answer
    )


@dataclass(frozen=True)
class _Heard:
    """A Gather delivery that is the caller's next turn: what they said at which step."""

    call: Call
    conversation: Conversation
    state: DialogState
    step: int
    speech: str


async def _heard(
    uow: UnitOfWork,
    form: dict[str, str],
    clock: Clock,
    settings: Settings,
    request: Request,
    c: str | None,
    s: str | None,
) -> _Heard | str:
    """The turn a Gather delivery carries, or the TwiML to answer instead (an unknown call,
    another call's conversation, a step already taken)."""
    call = await find_call(uow, form, clock, settings, request)
    if call is None:
        return twiml.empty()
    conversation = await calls.conversation_for_call(uow, call.tenant, form.get("CallSid", ""))
    if conversation is None or conversation.id != uuid_or_none(c):
        return sorry()
    step = step_of(conversation)
    if s is not None and s != str(step):
        return sorry()  # a step already taken, posted again: never a second turn
    state = DialogState.from_json(conversation.state)
    speech = (form.get("SpeechResult") or "").strip()[:MAX_SPEECH_CHARS]
    digits = (form.get("Digits") or "").strip()
    if digits == EMERGENCY_KEY:
        speech = "this is an emergency" if state.language == "en" else "es una emergencia"
    return _Heard(call, conversation, state, step, speech)


@router.post("/turn", response_class=Response, summary="The caller said something (Gather action)")
@request_reads_only
async def caller_turn(
    form: TwilioForm,
    request: Request,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    c: str | None = None,
    s: str | None = None,
) -> Response:
    """`c`: the conversation; `s`: the Gather step this answers (see VOICE_STEP).

    With a model configured, what it needs is read in the request's read-only unit of work
    and it is asked with no transaction open; the turn then runs in a writing unit of work
    that checks the delivery again: a slow model never holds SQLite's one writer."""
    llm = turns.llm_for(request.app.state, "voice")
    question = None
    if llm is not None:
        heard = await _heard(uow, form, clock, settings, request, c, s)
        if isinstance(heard, _Heard) and heard.speech:
            question = await turns.model_question(
                uow, heard.call.tenant, clock, heard.conversation, heard.speech, llm
            )
    await uow.release()
    answered = await turns.ask_model(question)
    # A URL from before steps were numbered: the parameters tell its deliveries apart.
    step_key = s if s is not None else digest(form)
    async with db.unit_of_work() as write:

        async def answer() -> str:
            heard = await _heard(write, form, clock, settings, request, c, s)
            if not isinstance(heard, _Heard):
                return heard
            call, conversation, step = heard.call, heard.conversation, heard.step
            if not heard.speech:
                return await _silence(call, conversation, heard.state, step + 1)
            reply = await turns.turn(
                write, call.tenant, clock, call.calendar, conversation, heard.speech, answered
            )
            return await _speak(
                call, conversation, reply, DialogState.from_json(conversation.state), step + 1
            )

        return await once(write, receipt_key(form, "turn", c or "", step_key), clock, answer)


async def _silence(call: Call, conversation: Conversation, state: DialogState, step: int) -> str:
    silences = int((conversation.state or {}).get("silences", 0)) + 1
    conversation.state = {**(conversation.state or {}), "silences": silences}
    if silences >= MAX_SILENCES:
        conversation.state = {**conversation.state, VOICE_STEP: step}
        return call.voicemail(render("clarify.didnt_understand", state.language), state.language)
    again = render("clarify.didnt_understand", state.language)
    return await call.listen(
        conversation, f"{again} {state.last_reply or ''}".strip(), state.language, step
    )


async def _speak(
    call: Call, conversation: Conversation, reply: Reply, state: DialogState, step: int
) -> str:
    for action in reply.actions:
        if action.kind == "transfer" and action.number:
            return twiml.dial(
                reply.text,
                action.number,
                timeout_s=25,
                caller_id=call.business.phone_number,
                action=url(call.settings, "/twilio/voice/transfer/ended", c=str(conversation.id)),
                whisper_url=url(call.settings, "/twilio/voice/whisper", c=str(conversation.id)),
                language=state.language,
            )
        if action.kind == "hangup":
            return twiml.say_and_hang_up(reply.text, state.language)
        if action.kind == "record_voicemail":
            return call.voicemail(reply.text, state.language)
    return await call.listen(conversation, reply.text, state.language, step)


@router.post("/whisper", response_class=Response, summary="Played to whoever answers a transfer")
async def whisper(
    form: TwilioForm,
    request: Request,
    uow: UowDep,
    clock: ClockDep,
    settings: SettingsDep,
    c: str | None = None,
) -> Response:
    """Twilio posts the new leg's parameters: `From` is the `callerId` we dialled with (the
    business's number), `To` the person answering, `ParentCallSid` the caller's call."""
    call = await find_call(uow, form, clock, settings, request, number_field="From")
    text = "Switchboard call transfer."
    found = await call.conversation(uuid_or_none(c)) if call is not None else None
    parent = form.get("ParentCallSid")
    if found is not None and (not parent or found[0].external_id == f"call:{parent}"):
        state = found[1]
        details = ", ".join(state.hazards) or (state.problem or "a caller")
        text = f"Switchboard transfer: {'emergency, ' if state.emergency else ''}{details}."
    return xml(twiml.whisper(text))


@router.post("/transfer/ended", response_class=Response, summary="A transfer finished")
async def transfer_ended(
    form: TwilioForm,
    request: Request,
    uow: UowDep,
    clock: ClockDep,
    settings: SettingsDep,
    c: str | None = None,
) -> Response:
    async def answer() -> str:
        call = await find_call(uow, form, clock, settings, request)
        if call is None:
            return twiml.empty()
        if form.get("DialCallStatus") == "completed":
            found = await call.conversation(uuid_or_none(c))
            if found is not None:
                conversation, state = found
                state.outcome = "emergency_transfer" if state.emergency else "answered_by_owner"
                conversation.state = state.to_json()
            return twiml.empty()
        # Nobody picked up: the page already went out; take a message for the backup.
        found = await call.conversation(uuid_or_none(c))
        language = found[1].language if found is not None else call.business.language
        return call.voicemail(
            render(
                "handoff.message_taken", language, when=render("handoff.when_default", language)
            ),
            language,
        )

    return await once(
        uow, receipt_key(form, "transfer", c or "", form.get("DialCallSid", "")), clock, answer
    )


@router.post("/voicemail/done", response_class=Response, summary="The caller finished recording")
async def voicemail_done(form: TwilioForm) -> Response:
    return xml(twiml.say_and_hang_up("Thank you. Goodbye."))


@router.post("/voicemail/recorded", response_class=Response, summary="Recording status callback")
async def voicemail_recorded(
    form: TwilioForm,
    request: Request,
    uow: UowDep,
    clock: ClockDep,
    settings: SettingsDep,
    b: str | None = None,
    n: str | None = None,
    f: str | None = None,
) -> Response:
    """Twilio's recording status callback carries AccountSid, CallSid, RecordingSid,
    RecordingUrl, RecordingStatus, RecordingDuration, RecordingChannels, RecordingSource and
    RecordingStartTime: no `From`, no `To`. The business comes from our own URL (`b`, or `n`
    its number when the safety net answered), else from the call's conversation; the caller
    from our URL (`f`) or the call's conversation, else the number was withheld."""

    async def answer() -> str:
        tenant = None
        business_id = uuid_or_none(b)
        if business_id is not None:
            tenant = await tenant_for_twilio_business(uow, business_id)
        number = phone_or_none(n)
        if tenant is None and number:
            tenant = await tenant_for_twilio_number(uow, number)
        if tenant is None:
            tenant = await tenant_for_twilio_call(uow, form.get("CallSid", ""))
        if tenant is None or form.get("RecordingStatus", "completed") != "completed":
            return twiml.empty()
        recording_url = form.get("RecordingUrl", "")
        if not twiml.is_recording_url(recording_url):
            log.warning("recording_url_refused", reason="not a Twilio recording host")
            return twiml.empty()
        business = await businesses.get_own_business(uow, tenant)
        await calls.voicemail_recorded(
            uow,
            tenant,
            business,
            clock,
            call_sid=form.get("CallSid", ""),
            caller=caller_id.usable(f),
            recording_url=recording_url,
            duration_s=_seconds(form.get("RecordingDuration")),
        )
        return twiml.empty()

    return await once(
        uow, receipt_key(form, "recorded", form.get("RecordingSid", "")), clock, answer
    )


def _seconds(value: str | None) -> int:
    try:
        return max(0, min(int(value or 0), 24 * 3600))
    except ValueError:
        return 0


@router.post("/status", response_class=Response, summary="Call status callback")
async def call_status(
    form: TwilioForm, request: Request, uow: UowDep, clock: ClockDep, settings: SettingsDep
) -> Response:
    async def answer() -> str:
        call = await find_call(uow, form, clock, settings, request)
        status = form.get("CallStatus", "")
        if call is None or status not in calls.MISSED_STATUSES | {"completed"}:
            return twiml.empty()
        if call.caller is not None and call.caller == call.business.owner_phone:
            return twiml.empty()  # the owner line: never a missed call to call back
        await calls.call_ended(
            uow,
            call.tenant,
            call.business,
            clock,
            call_sid=form.get("CallSid", ""),
            caller=call.caller,
            call_status=status,
        )
        return twiml.empty()

    key = receipt_key(form, "status", form.get("CallStatus", ""), form.get("SequenceNumber", ""))
    return await once(uow, key, clock, answer)


@router.post("/relay/ended", response_class=Response, summary="ConversationRelay session ended")
async def relay_ended(
    form: TwilioForm,
    request: Request,
    uow: UowDep,
    clock: ClockDep,
    settings: SettingsDep,
    c: str | None = None,
) -> Response:
    """The `<Connect>` action: carry out the hand-off the relay session asked for."""

    async def answer() -> str:
        call = await find_call(uow, form, clock, settings, request)
        if call is None:
            return twiml.empty()
        found = await call.conversation(uuid_or_none(c))
        if found is None:
            # A session we cannot place: the caller may still be on the line; take a message.
            return call.voicemail("", call.business.language)
        conversation, state = found
        try:
            handoff = json.loads(form.get("HandoffData") or "{}")
        except json.JSONDecodeError:
            handoff = {}
        reason = handoff.get("reason") if isinstance(handoff, dict) else None
        if reason == "transfer":
            number = call.facts_transfer_number(state)
            if number:
                return twiml.dial(
                    None,
                    number,
                    timeout_s=25,
                    caller_id=call.business.phone_number,
                    action=url(settings, "/twilio/voice/transfer/ended", c=str(conversation.id)),
                    whisper_url=url(settings, "/twilio/voice/whisper", c=str(conversation.id)),
                )
        if reason in {"record_voicemail", "error"}:
            return call.voicemail("", state.language)
        return twiml.empty()

    return await once(uow, receipt_key(form, "relay-ended", c or ""), clock, answer)
