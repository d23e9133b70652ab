"""Twilio voice webhooks (CONTRACT "Twilio webhooks"): the `<Gather>` loop, routing, voicemail,
status callbacks and the owner line. Every route checks the signature first (`TwilioForm`),
answers a retried delivery once (`webhooks.receipts`), and speaks TwiML built in
`integrations.voice.twilio`. `voice.safety` turns any failure into a voicemail prompt."""

from __future__ import annotations

import json
import uuid
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response

from switchboard.assistant.engine import DialogState, Reply
from switchboard.assistant.messages import render
from switchboard.auth.dependencies import tenant_for_twilio_number
from switchboard.auth.twilio import TwilioForm
from switchboard.businesses import service as businesses
from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.core.deps import ClockDep, SettingsDep, UowDep
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.integrations.voice import twilio as twiml
from switchboard.models.business import Business
from switchboard.models.conversation import Conversation
from switchboard.receptionist import turns
from switchboard.receptionist.facts import open_at
from switchboard.tenancy.context import TenantContext
from switchboard.voice import calls
from switchboard.voice.hints import speech_hints
from switchboard.webhooks import receipts

router = APIRouter(prefix="/twilio/voice", tags=["twilio"])

EMERGENCY_KEY = "1"
OWNER_TEXT_KEY = "1"
MAX_SILENCES = 2
DEFAULT_RING_S = 0  # ring the owner first only when the business turns it on


def _xml(body: str) -> Response:
    return Response(body, media_type="text/xml")


def _url(settings: Settings, path: str, **query: str) -> str:
    return f"{settings.public_base_url}{path}" + (f"?{urlencode(query)}" if query else "")


def _idempotency_key(
    request: Request, form: dict[str, str], step: str, *, once_per_call: bool = True
) -> str | None:
    """Twilio's `I-Twilio-Idempotency-Token` names a delivery and its retries. Without one,
    a step that happens once per call (the incoming call, its final status) is keyed by the
    call; a step that repeats within a call (a caller turn) cannot be told from a retry."""
    token = request.headers.get("i-twilio-idempotency-token")
    if token:
        return f"twilio:{token}"
    if not once_per_call:
        return None
    return f"twilio:{form.get('To', '')}:{form.get('CallSid', '')}:{step}"


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
    ) -> None:
        self.uow, self.tenant, self.business = uow, tenant, business
        self.clock, self.settings, self.request = clock, settings, request
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

    async def conversation(self, conversation_id: uuid.UUID) -> tuple[Conversation, DialogState]:
        """The call's conversation (named in the webhook's URL) and its dialog state."""
        conversation = await turns.by_id(self.uow, self.tenant, conversation_id)
        return conversation, DialogState.from_json(conversation.state)

    async def hints(self) -> tuple[str, ...]:
        if self._hints is None:
            self._hints = await speech_hints(self.uow, self.tenant, self.business)
        return self._hints

    async def listen(self, conversation: Conversation, text: str, language: str) -> str:
        return twiml.gather(
            twiml.GatherSpec(
                say=text,
                action=_url(self.settings, "/twilio/voice/turn", c=str(conversation.id)),
                language=language,
                hints=await self.hints(),
            )
        )

    def voicemail(self, intro: str, language: str) -> str:
        disclosure = render("handoff.voicemail_disclosure", language)
        return twiml.record_voicemail(
            f"{intro} {disclosure}".strip(),
            action=_url(self.settings, "/twilio/voice/voicemail/done"),
            status_callback=_url(
                self.settings, "/twilio/voice/voicemail/recorded", b=str(self.tenant.business_id)
            ),
            language=language,
        )


async def _call(
    uow: UnitOfWork, form: dict[str, str], clock: Clock, settings: Settings, request: Request
) -> _Call | None:
    number = _phone(form.get("To"))
    tenant = await tenant_for_twilio_number(uow, number) if number else None
    if tenant is None:
        return None
    business = await businesses.get_own_business(uow, tenant)
    return _Call(uow, tenant, business, clock, settings, request)


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
        business, language = call.business, call.business.language
        caller = _phone(form.get("From"))
        if business.lockdown:
            closed = render(
                "handoff.after_hours", language, when=render("handoff.when_default", language)
            )
            return call.voicemail(closed, language)
        if caller and caller == business.owner_phone:
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

    return await _once(uow, _idempotency_key(request, form, "incoming"), clock, answer)


async def _start_assistant(call: _Call, form: dict[str, str]) -> str:
    caller = _phone(form.get("From"))
    result = await turns.start(
        call.uow,
        call.tenant,
        call.clock,
        call.calendar,
        channel="voice",
        phone=caller,
        external_id=f"call:{form.get('CallSid', '')}",
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
    return await call.listen(result.conversation, result.reply.text, state.language)


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

    return await _once(uow, _idempotency_key(request, form, "unanswered"), clock, answer)


@router.post("/turn", response_class=Response, summary="The caller said something (Gather action)")
async def caller_turn(
    form: TwilioForm,
    request: Request,
    uow: UowDep,
    clock: ClockDep,
    settings: SettingsDep,
    c: Annotated[uuid.UUID, Query(description="conversation id")],
) -> Response:
    async def answer() -> str:
        call = await _call(uow, form, clock, settings, request)
        if call is None:
            return twiml.empty()
        conversation = await calls.conversation_for_call(uow, call.tenant, form.get("CallSid", ""))
        if conversation is None or conversation.id != c:
            return twiml.say_and_hang_up("Sorry, something went wrong. Please call again.")
        state = DialogState.from_json(conversation.state)
        speech = (form.get("SpeechResult") or "").strip()
        digits = (form.get("Digits") or "").strip()
        if digits == EMERGENCY_KEY:
            speech = "this is an emergency" if state.language == "en" else "es una emergencia"
        if not speech:
            return await _silence(call, conversation, state)
        reply = await turns.turn(
            uow,
            call.tenant,
            clock,
            call.calendar,
            conversation,
            speech,
            llm=turns.llm_for(request.app.state, "voice"),
        )
        return await _speak(call, conversation, reply, DialogState.from_json(conversation.state))

    return await _once(
        uow, _idempotency_key(request, form, f"turn:{c}", once_per_call=False), clock, answer
    )


async def _silence(call: _Call, conversation: Conversation, state: DialogState) -> str:
    silences = int((conversation.state or {}).get("silences", 0)) + 1
    conversation.state = {**(conversation.state or {}), "silences": silences}
    if silences >= MAX_SILENCES:
        return call.voicemail(render("clarify.didnt_understand", state.language), state.language)
    again = render("clarify.didnt_understand", state.language)
    return await call.listen(
        conversation, f"{again} {state.last_reply or ''}".strip(), state.language
    )


async def _speak(call: _Call, conversation: Conversation, reply: Reply, state: DialogState) -> str:
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
    return await call.listen(conversation, reply.text, state.language)


@router.post("/whisper", response_class=Response, summary="Played to whoever answers a transfer")
async def whisper(
    form: TwilioForm,
    request: Request,
    uow: UowDep,
    clock: ClockDep,
    settings: SettingsDep,
    c: Annotated[uuid.UUID, Query()],
) -> Response:
    call = await _call(uow, form, clock, settings, request)
    text = "Switchboard call transfer."
    if call is not None:
        _, state = await call.conversation(c)
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
    c: Annotated[uuid.UUID, Query()],
) -> Response:
    async def answer() -> str:
        call = await _call(uow, form, clock, settings, request)
        if call is None:
            return twiml.empty()
        conversation, state = await call.conversation(c)
        if form.get("DialCallStatus") == "completed":
            state.outcome = "emergency_transfer" if state.emergency else "answered_by_owner"
            conversation.state = state.to_json()
            return twiml.empty()
        # Nobody picked up: the page already went out; take a message for the backup.
        return call.voicemail(
            render(
                "handoff.message_taken",
                state.language,
                when=render("handoff.when_default", state.language),
            ),
            state.language,
        )

    return await _once(
        uow, _idempotency_key(request, form, f"transfer:{c}", once_per_call=False), clock, answer
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
    b: Annotated[uuid.UUID | None, Query()] = None,
) -> Response:
    async def answer() -> str:
        tenant = None
        if b is not None:
            business = await businesses.get_business(uow, b)
            tenant = await tenant_for_twilio_number(uow, business.phone_number)
        if tenant is None or form.get("RecordingStatus", "completed") != "completed":
            return twiml.empty()
        await calls.voicemail_recorded(
            uow,
            tenant,
            clock,
            call_sid=form.get("CallSid", ""),
            caller=_phone(form.get("From")),
            recording_url=form.get("RecordingUrl", ""),
            duration_s=int(form.get("RecordingDuration") or 0),
        )
        return twiml.empty()

    return await _once(uow, _idempotency_key(request, form, "recorded"), clock, answer)


@router.post("/status", response_class=Response, summary="Call status callback")
async def call_status(
    form: TwilioForm, request: Request, uow: UowDep, clock: ClockDep, settings: SettingsDep
) -> Response:
    async def answer() -> str:
        call = await _call(uow, form, clock, settings, request)
        status = form.get("CallStatus", "")
        if call is None or status not in calls.MISSED_STATUSES | {"completed"}:
            return twiml.empty()
        if _phone(form.get("From")) == call.business.owner_phone:
            return twiml.empty()  # the owner line: never a missed call to call back
        await calls.call_ended(
            uow,
            call.tenant,
            call.business,
            clock,
            call_sid=form.get("CallSid", ""),
            caller=_phone(form.get("From")),
            call_status=status,
        )
        return twiml.empty()

    return await _once(uow, _idempotency_key(request, form, "status"), clock, answer)


async def _owner_line(call: _Call) -> str:
    briefing = await calls.owner_briefing(call.uow, call.tenant, call.business, call.clock)
    return twiml.gather(
        twiml.GatherSpec(
            say=f"{briefing} {calls.owner_line_words('offer_text')}",
            action=_url(call.settings, "/twilio/voice/owner"),
            input="dtmf",
        )
    )


@router.post("/owner", response_class=Response, summary="The owner line: text me the briefing")
async def owner_line_choice(
    form: TwilioForm, request: Request, uow: UowDep, clock: ClockDep, settings: SettingsDep
) -> Response:
    async def answer() -> str:
        call = await _call(uow, form, clock, settings, request)
        # The signed From is the owner's phone, as on the first webhook of this call.
        if call is None or _phone(form.get("From")) != call.business.owner_phone:
            return twiml.empty()
        if (form.get("Digits") or "").strip() != OWNER_TEXT_KEY:
            return twiml.say_and_hang_up(calls.owner_line_words("goodbye"))
        await calls.text_owner_briefing(
            uow, call.tenant, call.business, clock, call_sid=form.get("CallSid", "")
        )
        return twiml.say_and_hang_up(calls.owner_line_words("texted"))

    return await _once(uow, _idempotency_key(request, form, "owner"), clock, answer)


@router.post("/relay/ended", response_class=Response, summary="ConversationRelay session ended")
async def relay_ended(
    form: TwilioForm,
    request: Request,
    uow: UowDep,
    clock: ClockDep,
    settings: SettingsDep,
    c: Annotated[uuid.UUID, Query()],
) -> Response:
    """The `<Connect>` action: carry out the hand-off the relay session asked for."""

    async def answer() -> str:
        call = await _call(uow, form, clock, settings, request)
        if call is None:
            return twiml.empty()
        conversation, state = await call.conversation(c)
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

    return await _once(uow, _idempotency_key(request, form, f"relay-ended:{c}"), clock, answer)
