"""Twilio voice webhooks (CONTRACT "Twilio webhooks"): the `<Gather>` loop, routing, voicemail,
status callbacks and the owner line. Every route checks the signature first (`TwilioForm`),
answers a delivery once (`webhooks.receipts`, keyed by what the signature covers, since the
idempotency header is not signed and a signature never expires), and speaks TwiML built in
`integrations.voice.twilio`, whatever it was sent: an unknown call or a bad query parameter
gets a polite goodbye, never JSON. `voice.safety` turns any failure into a voicemail prompt."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from urllib.parse import urlencode

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
from switchboard.businesses import owner_pin
from switchboard.businesses import service as businesses
from switchboard.conversations.service import ConversationNotFound
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
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.integrations.voice import twilio as twiml
from switchboard.models.business import Business
from switchboard.models.conversation import Conversation
from switchboard.ratelimit import counters
from switchboard.receptionist import turns
from switchboard.receptionist.facts import open_at
from switchboard.tenancy.context import TenantContext
from switchboard.voice import caller_id, calls
from switchboard.voice.hints import speech_hints
from switchboard.webhooks import receipts

router = APIRouter(prefix="/twilio/voice", tags=["twilio"])
log = structlog.get_logger("switchboard.voice")

EMERGENCY_KEY = "1"
OWNER_TEXT_KEY = "1"
MAX_SILENCES = 2
DEFAULT_RING_S = 0  # ring the owner first only when the business turns it on
# What the recogniser heard is a sentence or two; anything longer is cut before it is kept.
MAX_SPEECH_CHARS = 1000
# The Gather step a call is at, kept in the conversation's state and named in the action URL
# (`s`): a turn posted for any other step is a replay of a step already taken.
VOICE_STEP = "voice_step"
PIN_ATTEMPTS_PER_CALL = 3


def _xml(body: str) -> Response:
    return Response(body, media_type="text/xml")


def _url(settings: Settings, path: str, **query: str) -> str:
    return f"{settings.public_base_url}{path}" + (f"?{urlencode(query)}" if query else "")


def _key(form: dict[str, str], step: str, *parts: str) -> str:
    """A delivery's receipt key, from what its signature covers: the call, the step and the
    step's own identifiers. Twilio's retries repeat it; so does a replay, header or not."""
    return ":".join(("twilio", form.get("To", ""), form.get("CallSid", ""), step, *parts))


def _digest(form: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(form, sort_keys=True).encode()).hexdigest()[:32]


def _uuid(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None


def _sorry() -> str:
    return twiml.say_and_hang_up("Sorry, something went wrong. Please call again.")


def _phone(value: str | None) -> str | None:
    try:
        return to_e164(value) if value else None
    except InvalidPhoneNumber:
        return None


class _Call:
    """The tenant, business and clock of one webhook, once its number is known."""

    def __init__(
        self,
        uow: UnitOfWork,
        tenant: TenantContext,
        business: Business,
        clock: Clock,
        settings: Settings,
        request: Request,
        caller: str | None,
    ) -> None:
        self.uow, self.tenant, self.business = uow, tenant, business
        self.clock, self.settings, self.request = clock, settings, request
        self.caller = caller  # None: withheld, or not a number
        self._hints: tuple[str, ...] | None = None

    @property
    def calendar(self):  # type: ignore[no-untyped-def]
        return self.request.app.state.providers.calendar

    def facts_transfer_number(self, state: DialogState) -> str | None:
        settings = self.business.settings or {}
        if state.emergency and settings.get("emergency_transfer"):
            return str(settings.get("on_call_number") or self.business.owner_phone or "") or None
        if open_at(self.business, self.clock.now()) and settings.get("transfer_calls", True):
            return str(settings.get("transfer_number") or self.business.owner_phone or "") or None
        return None

    async def conversation(
        self, conversation_id: uuid.UUID | None
    ) -> tuple[Conversation, DialogState] | None:
        """The call's conversation (named in the webhook's URL) and its dialog state; None
        when the URL names no conversation of this business."""
        if conversation_id is None:
            return None
        try:
            conversation = await turns.by_id(self.uow, self.tenant, conversation_id)
        except ConversationNotFound:
            return None
        return conversation, DialogState.from_json(conversation.state)

    async def hints(self) -> tuple[str, ...]:
        if self._hints is None:
            self._hints = await speech_hints(self.uow, self.tenant, self.business)
        return self._hints

    async def listen(self, conversation: Conversation, text: str, language: str, step: int) -> str:
        conversation.state = {**(conversation.state or {}), VOICE_STEP: step}
        return twiml.gather(
            twiml.GatherSpec(
                say=text,
                action=_url(
                    self.settings, "/twilio/voice/turn", c=str(conversation.id), s=str(step)
                ),
                language=language,
                hints=await self.hints(),
            )
        )

    def voicemail(self, intro: str, language: str) -> str:
        disclosure = render("handoff.voicemail_disclosure", language)
        return twiml.record_voicemail(
            f"{intro} {disclosure}".strip(),
            action=_url(self.settings, "/twilio/voice/voicemail/done"),
            # The recording status callback names neither caller nor number: the URL does.
            status_callback=_url(
                self.settings,
                "/twilio/voice/voicemail/recorded",
                b=str(self.tenant.business_id),
                **({"f": self.caller} if self.caller else {}),
            ),
            language=language,
        )


def _step(conversation: Conversation) -> int:
    try:
        return int((conversation.state or {}).get(VOICE_STEP, 0))
    except (TypeError, ValueError):
        return 0


async def _call(
    uow: UnitOfWork,
    form: dict[str, str],
    clock: Clock,
    settings: Settings,
    request: Request,
    number_field: str = "To",
) -> _Call | None:
    number = _phone(form.get(number_field))
    tenant = await tenant_for_twilio_number(uow, number) if number else None
    if tenant is None:
        return None
    business = await businesses.get_own_business(uow, tenant)
    caller = caller_id.usable(form.get("From")) if number_field == "To" else None
    return _Call(uow, tenant, business, clock, settings, request, caller)


async def _once(uow: UnitOfWork, key: str | None, clock: Clock, answer_for: object) -> Response:
    """Run `answer_for()` once per delivery; a retry gets the first answer back."""
    if key is None:
        return _xml(await answer_for())  # type: ignore[operator]
    claim = await receipts.claim(uow, key, clock.now())
    if claim.is_replay:
        return _xml(claim.replay or twiml.empty())
    body: str = await answer_for()  # type: ignore[operator]
    # The answering tenant, once the number was known: its receipts go with it.
    await receipts.remember(uow, key, body, uow.tenant.business_id if uow.tenant else None)
    return _xml(body)


@router.post("", response_class=Response, summary="Incoming call (the number's voice URL)")
async def incoming_call(
    form: TwilioForm, request: Request, uow: UowDep, clock: ClockDep, settings: SettingsDep
) -> Response:
    async def answer() -> str:
        call = await _call(uow, form, clock, settings, request)
        if call is None:
            return twiml.say_and_hang_up("Sorry, this number is not in service.")
        business, language, caller = call.business, call.business.language, call.caller
        if business.lockdown:
            closed = render(
                "handoff.after_hours", language, when=render("handoff.when_default", language)
            )
            return call.voicemail(closed, language)
        if caller is not None and caller == business.owner_phone:
            return await _owner_line(call)
        ring_s = int((business.settings or {}).get("ring_owner_seconds", DEFAULT_RING_S) or 0)
        ring_to = (business.settings or {}).get("office_number") or business.owner_phone
        if ring_s > 0 and ring_to and open_at(business, clock.now()):
            return twiml.dial(
                None,
                ring_to,
                timeout_s=ring_s,
                caller_id=business.phone_number,
                action=_url(settings, "/twilio/voice/unanswered"),
                whisper_url=None,
            )
        return await _start_assistant(call, form)

    return await _once(uow, _key(form, "incoming"), clock, answer)


async def _start_assistant(call: _Call, form: dict[str, str]) -> str:
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
            action=_url(call.settings, "/twilio/voice/relay/ended", c=str(result.conversation.id)),
            hints=await call.hints(),
        )
    return await call.listen(result.conversation, result.reply.text, state.language, step=1)


@router.post("/unanswered", response_class=Response, summary="The owner did not pick up")
async def unanswered(
    form: TwilioForm, request: Request, uow: UowDep, clock: ClockDep, settings: SettingsDep
) -> Response:
    async def answer() -> str:
        call = await _call(uow, form, clock, settings, request)
        if call is None:
            return twiml.empty()
        if form.get("DialCallStatus") == "completed":
            return twiml.empty()  # they talked; Twilio ends the call
        return await _start_assistant(call, form)

    return await _once(uow, _key(form, "unanswered", form.get("DialCallSid", "")), clock, answer)


@dataclass(frozen=True)
class _Heard:
    """A Gather delivery that is the caller's next turn: what they said at which step."""

    call: _Call
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
    call = await _call(uow, form, clock, settings, request)
    if call is None:
        return twiml.empty()
    conversation = await calls.conversation_for_call(uow, call.tenant, form.get("CallSid", ""))
    if conversation is None or conversation.id != _uuid(c):
        return _sorry()
    step = _step(conversation)
    if s is not None and s != str(step):
        return _sorry()  # a step already taken, posted again: never a second turn
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
    step_key = s if s is not None else _digest(form)
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

        return await _once(write, _key(form, "turn", c or "", step_key), clock, answer)


async def _silence(call: _Call, conversation: Conversation, state: DialogState, step: int) -> str:
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
    call: _Call, conversation: Conversation, reply: Reply, state: DialogState, step: int
) -> str:
    for action in reply.actions:
        if action.kind == "transfer" and action.number:
            return twiml.dial(
                reply.text,
                action.number,
                timeout_s=25,
                caller_id=call.business.phone_number,
                action=_url(call.settings, "/twilio/voice/transfer/ended", c=str(conversation.id)),
                whisper_url=_url(call.settings, "/twilio/voice/whisper", c=str(conversation.id)),
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
    call = await _call(uow, form, clock, settings, request, number_field="From")
    text = "Switchboard call transfer."
    found = await call.conversation(_uuid(c)) if call is not None else None
    parent = form.get("ParentCallSid")
    if found is not None and (not parent or found[0].external_id == f"call:{parent}"):
        state = found[1]
        details = ", ".join(state.hazards) or (state.problem or "a caller")
        text = f"Switchboard transfer: {'emergency, ' if state.emergency else ''}{details}."
    return _xml(twiml.whisper(text))


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
        call = await _call(uow, form, clock, settings, request)
        if call is None:
            return twiml.empty()
        if form.get("DialCallStatus") == "completed":
            found = await call.conversation(_uuid(c))
            if found is not None:
                conversation, state = found
                state.outcome = "emergency_transfer" if state.emergency else "answered_by_owner"
                conversation.state = state.to_json()
            return twiml.empty()
        # Nobody picked up: the page already went out; take a message for the backup.
        found = await call.conversation(_uuid(c))
        language = found[1].language if found is not None else call.business.language
        return call.voicemail(
            render(
                "handoff.message_taken", language, when=render("handoff.when_default", language)
            ),
            language,
        )

    return await _once(
        uow, _key(form, "transfer", c or "", form.get("DialCallSid", "")), clock, answer
    )


@router.post("/voicemail/done", response_class=Response, summary="The caller finished recording")
async def voicemail_done(form: TwilioForm) -> Response:
    return _xml(twiml.say_and_hang_up("Thank you. Goodbye."))


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
        business_id = _uuid(b)
        if business_id is not None:
            tenant = await tenant_for_twilio_business(uow, business_id)
        number = _phone(n)
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

    return await _once(uow, _key(form, "recorded", form.get("RecordingSid", "")), clock, answer)


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
        call = await _call(uow, form, clock, settings, request)
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

    key = _key(form, "status", form.get("CallStatus", ""), form.get("SequenceNumber", ""))
    return await _once(uow, key, clock, answer)


async def _owner_line(call: _Call) -> str:
    """Caller ID can be spoofed: the day's jobs are read out only after the owner's PIN. With
    no PIN set, the line says how to set one and offers only the text (it goes to the owner's
    own phone, whoever is calling)."""
    if owner_pin.stored_hash(call.business.settings) is None:
        return _owner_menu(call, calls.owner_line_words("no_pin"), "offer_unread")
    return _ask_pin(call, calls.owner_line_words("enter_pin"), attempt=1)


def _ask_pin(call: _Call, text: str, attempt: int) -> str:
    return twiml.gather(
        twiml.GatherSpec(
            say=text,
            action=_url(call.settings, "/twilio/voice/owner/pin", n=str(attempt)),
            input="dtmf",
            num_digits=None,
            finish_on_key="#",
            timeout_s=10,
        )
    )


def _owner_menu(call: _Call, text: str, offer: str = "offer_text") -> str:
    return twiml.gather(
        twiml.GatherSpec(
            say=f"{text} {calls.owner_line_words(offer)}".strip(),
            action=_url(call.settings, "/twilio/voice/owner"),
            input="dtmf",
        )
    )


def _is_owner_calling(call: _Call | None) -> bool:
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
        call = await _call(uow, form, clock, settings, request)
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

    return await _once(uow, _key(form, "owner-pin", n or ""), clock, answer)


@router.post("/owner", response_class=Response, summary="The owner line: text me the briefing")
async def owner_line_choice(
    form: TwilioForm, request: Request, uow: UowDep, clock: ClockDep, settings: SettingsDep
) -> Response:
    async def answer() -> str:
        call = await _call(uow, form, clock, settings, request)
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

    return await _once(uow, _key(form, "owner"), clock, answer)


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
        call = await _call(uow, form, clock, settings, request)
        if call is None:
            return twiml.empty()
        found = await call.conversation(_uuid(c))
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
                    action=_url(settings, "/twilio/voice/transfer/ended", c=str(conversation.id)),
                    whisper_url=_url(settings, "/twilio/voice/whisper", c=str(conversation.id)),
                )
        if reason in {"record_voicemail", "error"}:
            return call.voicemail("", state.language)
        return twiml.empty()

    return await _once(uow, _key(form, "relay-ended", c or ""), clock, answer)
