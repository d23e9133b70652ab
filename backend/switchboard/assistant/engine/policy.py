"""One turn of the conversation: understand, update the state, act through the world, reply.

Order of precedence in a turn: leaving (stop, wrong number, sales), "repeat that", a new
emergency (paged at once), a person, the caller's facts (merged, corrections overwrite),
questions, then the stage the conversation is in. Every reply is built from the message
catalogue in the caller's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from switchboard.assistant.engine import speech
from switchboard.assistant.engine.reply import Action, Reply
from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.engine.timewindow import window_from_json, window_to_json
from switchboard.assistant.engine.world import Booked, TenantFacts, World
from switchboard.assistant.llm_understanding import LlmHelp, refine
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Intent,
    Polarity,
    QuestionTopic,
    SlotDecision,
    Understanding,
    understand,
)

MAX_MISUNDERSTANDINGS = 3
# After "anything else?": these end the conversation whatever else the words look like
# ("no that's it" reads as a yes to the understanding layer: "that's it" confirms).
_CLOSING = re.compile(
    r"\b(that'?s (it|all|everything)|nothing else|all set|i'?m (good|all set)|"
    r"eso es todo|nada m[aá]s|es todo)\b"
)
OFFER_COUNT = 3
_ACCOUNT_INTENTS = {Intent.RESCHEDULE, Intent.CANCEL, Intent.APPOINTMENT_STATUS}


@dataclass
class Turn:
    world: World
    facts: TenantFacts
    state: DialogState
    channel: str
    now: datetime
    caller_phone: str | None
    said: list[str]

    def say(self, message_id: str, **values: Any) -> None:
        self.said.append(render(message_id, self.state.language, **values))

    def text(self) -> str:
        return " ".join(s for s in self.said if s)


async def opening(
    world: World, facts: TenantFacts, state: DialogState, channel: str, caller_phone: str | None
) -> Reply:
    """The first thing a caller hears: the business's greeting, never a question about audio."""
    state.language = facts.language if facts.language in {"en", "es"} else "en"
    if caller_phone:
        state.phone = caller_phone
        known = await world.customer_by_phone(caller_phone)
        state.known_customer_id = known[0] if known else None
    message = {"sms": "greeting.sms", "web": "greeting.web"}.get(channel, "greeting")
    text = render(message, state.language, business=facts.business_name)
    state.last_reply = text
    state.expecting = Expecting.PROBLEM.value
    return Reply(text=text)


async def take_turn(
    world: World,
    facts: TenantFacts,
    state: DialogState,
    text: str,
    *,
    channel: str,
    now: datetime,
    caller_phone: str | None = None,
    llm: LlmHelp | None = None,
) -> tuple[Reply, Understanding]:
    """One caller turn. `llm`, when given, may fill fields the rules are unsure of, within
    its time budget; without it (the default) understanding is deterministic only."""
    state.turns += 1
    offered = tuple(datetime.fromisoformat(s) for s in state.offered)
    context = Context(
        now=now,
        timezone=facts.timezone,
        channel=channel,
        language=state.language,
        trades=facts.trades,
        services=facts.service_options(),
        tenant_hazards=facts.hazards,
        offered_slots=offered if state.stage in {"offering", "reschedule"} else (),
        expecting=_expecting(state.expecting),
        outdoor_temp_f=facts.outdoor_temp_f,
    )
    u = understand(text, context)
    if llm is not None:
        u = await refine(u, text, context, llm, state.last_reply)
    if u.language.value in {"en", "es"} and u.language.confidence >= 0.7:
        state.language = u.language.value
    turn = Turn(world, facts, state, channel, now, caller_phone, [])
    reply = await _decide(turn, u)
    state.last_reply = reply.text
    if reply.outcome:
        state.outcome = reply.outcome
    return reply, u


def _expecting(value: str) -> Expecting:
    try:
        return Expecting(value)
    except ValueError:
        return Expecting.NOTHING


def _intent(u: Understanding) -> Intent | None:
    return u.intent.value if u.intent else None


def _polarity(u: Understanding) -> Polarity | None:
    return u.polarity.value if u.polarity else None


async def _decide(t: Turn, u: Understanding) -> Reply:
    state = t.state
    intent = _intent(u)
    if (
        state.stage in {"closed", "booked"}
        and t.channel != "voice"
        and intent not in {None, Intent.GREETING}
    ):
        _start_over(state)

    if intent is Intent.STOP and t.channel != "voice":
        await t.world.opt_out()
        state.stage = "closed"
        return Reply(
            render("stop.confirmed", state.language, business=t.facts.business_name),
            outcome="opted_out",
        )
    if intent in {Intent.WRONG_NUMBER, Intent.SALES}:
        state.stage = "closed"
        message = "wrong_number" if intent is Intent.WRONG_NUMBER else "sales.decline"
        return Reply(render(message, state.language), actions=_hangup(t), outcome=intent.value)
    if intent is Intent.REPEAT and state.last_reply:
        return Reply(render("repeat.prefix", state.language, text=state.last_reply))

    emergency_reply = await _emergency(t, u)
    if emergency_reply is not None:
        return emergency_reply
    if intent is Intent.HUMAN:
        return await _handoff(t, "handoff")

    understood = _merge(t, u)
    if intent in _ACCOUNT_INTENTS:
        state.pending_intent = intent.value
    if intent is Intent.QUESTION:
        await _answer(t, u)
        understood = True

    if state.pending_intent and state.stage not in {"cancel_confirm", "reschedule"}:
        return await _account(t, u)

    reply = await _advance(t, u, understood)
    if reply is not None:
        return reply
    return Reply(t.text())


def _start_over(state: DialogState) -> None:
    state.stage = "intake"
    state.offered, state.chosen, state.time_window = [], None, None
    state.service_id, state.problem, state.appointment_id = None, None, None
    state.emergency, state.hazards, state.owner_paged = False, [], False
    state.pending_intent, state.misunderstandings = None, 0


def _hangup(t: Turn) -> tuple[Action, ...]:
    return (Action("hangup"),) if t.channel == "voice" else ()


async def _emergency(t: Turn, u: Understanding) -> Reply | None:
    state = t.state
    flagged = u.emergency.value if u.emergency else None
    if flagged is False and state.emergency:
        state.emergency = False
        state.hazards = []
        if state.stage == "offering":
            # The emergency slot was offered as an emergency; routine work gets a fresh offer.
            state.stage, state.offered, state.chosen = "intake", [], None
        t.say("emergency.downgraded")
        return None
    if not flagged or state.emergency:
        return None
    state.emergency = True
    state.hazards = sorted({h.value.value for h in u.hazards})
    _merge(t, u)
    if state.problem is None:
        state.problem = "emergency"
    # Page now, inside this turn: the owner must not wait for the call to end.
    await t.world.page_owner("emergency", state.captured())
    state.owner_paged = True
    for hazard in state.hazards:
        t.say(f"safety.{hazard}")
    t.say("emergency.acknowledge")
    number = t.facts.emergency_transfer_number
    if number and t.channel == "voice":
        t.say("emergency.transfer")
        whisper = "Emergency: " + ", ".join(state.hazards or ["urgent job"])
        return Reply(
            t.text(),
            actions=(Action("transfer", number=number, whisper=whisper),),
            outcome="emergency_transfer",
        )
    reply = await _advance(t, u, True)
    return reply or Reply(t.text(), outcome="emergency")


async def _handoff(t: Turn, reason: str) -> Reply:
    state = t.state
    when = t.facts.callback_when.get(state.language) or render(
        "handoff.when_default", state.language
    )
    if t.facts.open_now and t.facts.transfer_number and t.channel == "voice":
        t.say("handoff.transfer")
        return Reply(
            t.text(),
            actions=(Action("transfer", number=t.facts.transfer_number),),
            outcome="handoff",
        )
    if not state.callback_created:
        await t.world.create_callback(reason, state.captured())
        state.callback_created = True
    t.say("handoff.after_hours", when=when)
    state.stage = "closed"
    return Reply(t.text(), actions=_hangup(t), outcome="handoff")


def _merge(t: Turn, u: Understanding) -> bool:
    """Take every fact the caller gave; a later value corrects an earlier one."""
    state = t.state
    got = False
    # A short turn read as a name only because we asked for one ("friday", "the 2pm") answers
    # something else when it also carries a time, a slot or another fact.
    other_fact = bool(u.time or u.slot or u.service or u.address or u.phone or u.polarity)
    guessed = u.name is not None and u.name.confidence < 0.8 and len(u.text.split()) <= 3
    if (
        u.name
        and (u.name.confidence >= 0.6 or state.expecting == Expecting.NAME.value)
        and not (guessed and other_fact)
    ):
        state.name, got = u.name.value, True
    if u.phone:
        state.phone, got = u.phone.value, True
    if u.address and not u.address.value.same_as_last:
        state.address, got = u.address.value.one_line(), True
    elif u.address and state.known_customer_id:
        # A caller whose number we know: the visit goes to the address on their record. An
        # unknown caller's "same as last time" tells us nothing, so we still ask.
        state.address, got = render("address.same_as_last", state.language), True
    # A street name that sounds like a service ("1500 Main Street") does not change the job.
    address_turn = u.address is not None and state.expecting == Expecting.ADDRESS.value
    if u.service and not (address_turn and state.service_id):
        state.service_id, got = u.service.value, True
        if state.problem is None:
            state.problem = u.text[:200]
    elif (
        state.problem is None
        and state.expecting == Expecting.PROBLEM.value
        and len(u.text.split()) >= 2
    ):
        intent = _intent(u)
        if intent in {None, Intent.NEW_JOB, Intent.EMERGENCY}:
            state.problem, got = u.text[:200], True
    # A street or unit number read as a date ("apartment 3") must not move the time.
    if u.time and not address_turn:
        state.time_window, got = window_to_json(u.time.value), True
    return got


async def _answer(t: Turn, u: Understanding) -> None:
    topic = u.question.value if u.question else QuestionTopic.OTHER
    facts, lang = t.facts, t.state.language
    if topic is QuestionTopic.HOURS and facts.hours_text:
        t.say("question.hours", hours=facts.hours_text.get(lang) or facts.hours_text.get("en", ""))
    elif topic is QuestionTopic.SERVICE_AREA and facts.service_area:
        place = next((p for p in facts.service_area if p.lower() in u.text.lower()), None)
        if place:
            t.say("question.service_area.yes", place=place)
        else:
            t.say("question.service_area", area=", ".join(facts.service_area[:6]))
    elif topic in {QuestionTopic.PRICE, QuestionTopic.SERVICE_OFFERED} and u.service:
        service = facts.service(u.service.value)
        if service and topic is QuestionTopic.PRICE and service.price_low_cents is not None:
            t.say(
                "question.price",
                service=service.name,
                low=speech.money(service.price_low_cents),
                high=speech.money(service.price_high_cents or service.price_low_cents),
            )
        elif service:
            t.say("question.service_offered.yes", service=service.name)
    else:
        answer = _faq(facts, u.text)
        if answer:
            t.said.append(answer)
        else:
            # "I'll take a message" must be true: the owner gets the question to answer.
            t.say("question.unknown")
            await _take_message(t, "question", u.text)


async def _take_message(t: Turn, reason: str, question: str) -> None:
    state = t.state
    if state.callback_created:
        return
    await t.world.create_callback(reason, {**state.captured(), "question": question[:200]})
    state.callback_created = True


def _faq(facts: TenantFacts, text: str) -> str | None:
    words = set(text.lower().split())
    best, best_score = None, 0
    for keywords, answer in facts.faq:
        wanted = set(keywords.lower().split())
        score = len(words & wanted)
        if wanted and score >= max(1, len(wanted) // 2) and score > best_score:
            best, best_score = answer, score
    return best


async def _account(t: Turn, u: Understanding) -> Reply:
    """Reschedule, cancel, "when is my appointment": only after the caller identifies."""
    state = t.state
    if t.channel == "web" or not state.known_customer_id:
        # A chat visitor is never told about an existing customer; unknown callers neither.
        state.pending_intent = None
        return await _handoff(t, "account_request")
    if not state.identity_verified:
        if state.name and t.caller_phone:
            known = await t.world.customer_by_phone(t.caller_phone)
            if known and _names_match(state.name, known[1]):
                state.identity_verified = True
        if not state.identity_verified:
            state.expecting = Expecting.NAME.value
            if state.name and state.misunderstandings < 1:
                state.misunderstandings += 1
                state.name = None
                t.say("ask.confirm_returning_name")
                return Reply(t.text())
            if state.name:
                state.pending_intent = None
                return await _handoff(t, "identity_unconfirmed")
            t.say("appointment.identify_first")
            return Reply(t.text())
    appointment = await t.world.next_appointment(state.known_customer_id)
    intent = state.pending_intent
    if appointment is None:
        state.pending_intent = None
        t.say("appointment.none")
        state.expecting = Expecting.CONFIRMATION.value
        return Reply(t.text())
    words = speech.parts(appointment.start, t.facts.timezone, state.language)
    state.appointment_id = appointment.id
    if intent == Intent.APPOINTMENT_STATUS.value:
        state.pending_intent = None
        t.say("appointment.status", service=appointment.service_name, **words)
        t.say("ask.anything_else")
        state.expecting = "anything_else"
        return Reply(t.text(), outcome="status_given")
    if intent == Intent.CANCEL.value:
        state.stage = "cancel_confirm"
        state.expecting = Expecting.CONFIRMATION.value
        t.say("cancel.confirm", **words)
        return Reply(t.text())
    state.stage = "reschedule"
    state.offered = []
    if state.time_window:
        return await _offer(t)
    state.expecting = Expecting.TIME.value
    t.say("reschedule.ask_time")
    return Reply(t.text())


def _names_match(said: str, on_file: str) -> bool:
    said_parts = said.lower().split()
    file_parts = on_file.lower().split()
    if not said_parts or not file_parts:
        return False
    return said_parts == file_parts or said_parts[0] == file_parts[0]


async def _advance(t: Turn, u: Understanding, understood: bool) -> Reply | None:
    state = t.state
    polarity = _polarity(u)
    stage = state.stage
    if stage == "cancel_confirm":
        if _intent(u) is Intent.RESCHEDULE and state.appointment_id:
            # "no, I meant reschedule it": same appointment, same verified caller.
            state.stage, state.pending_intent, state.offered = "reschedule", "reschedule", []
            if state.time_window:
                return await _offer(t)
            state.expecting = Expecting.TIME.value
            t.say("reschedule.ask_time")
            return Reply(t.text())
        if polarity is Polarity.YES and state.appointment_id:
            await t.world.cancel(state.appointment_id)
            state.stage, state.pending_intent = "closed", None
            t.say("cancel.done")
            return Reply(t.text(), actions=_hangup(t), outcome="cancelled")
        if polarity is Polarity.NO:
            state.stage, state.pending_intent = "intake", None
            t.say("ask.anything_else")
            state.expecting = "anything_else"
            return Reply(t.text())
        t.say("clarify.yes_or_no")
        return Reply(t.text())
    if stage in {"offering", "reschedule"} and state.offered:
        return await _choose(t, u)
    if stage == "reschedule":
        if state.time_window:
            return await _offer(t)
        state.expecting = Expecting.TIME.value
        t.say("reschedule.ask_time")
        return Reply(t.text())
    if stage == "details":
        if u.time and state.expecting != Expecting.ADDRESS.value:
            state.chosen = None  # a new time: offer again rather than book the old choice
            return await _offer(t)
        return await _ask_details(t)
    if stage == "readback":
        return await _readback(t, u)
    if stage in {"booked", "closed"} or state.expecting == "anything_else":
        done = polarity is Polarity.NO or _CLOSING.search(u.text) is not None
        if done or (stage == "booked" and not understood and _intent(u) is None):
            state.stage = "closed"
            t.say("goodbye", business=t.facts.business_name)
            return Reply(t.text(), actions=_hangup(t))
        if polarity is Polarity.YES and not understood:
            state.stage = "intake"
            state.expecting = Expecting.PROBLEM.value
            t.say("ask.problem")
            return Reply(t.text())
        if stage in {"booked", "closed"}:
            _start_over(state)
    if not understood and _intent(u) in {None, Intent.GREETING} and not t.said:
        return await _not_understood(t)
    return await _ask_next(t)


async def _not_understood(t: Turn) -> Reply:
    state = t.state
    state.misunderstandings += 1
    if state.misunderstandings >= MAX_MISUNDERSTANDINGS:
        return await _handoff(t, "partial_intake")
    t.say("clarify.didnt_understand")
    return Reply(t.text())


async def _ask_next(t: Turn) -> Reply:
    """Ask only for what is still missing. The problem and a time come first, so real slots
    are on the table early; name, number and address are asked once a slot is chosen."""
    state = t.state
    if state.chosen is not None:
        return await _ask_details(t)
    missing = [
        (
            state.problem is None and state.service_id is None,
            "ask.problem",
            Expecting.PROBLEM,
        ),
        (state.time_window is None and not state.emergency, "ask.time", Expecting.TIME),
    ]
    for absent, message, expecting in missing:
        if absent:
            state.expecting = expecting.value
            t.say(message)
            return Reply(t.text())
    return await _offer(t)


async def _ask_details(t: Turn) -> Reply:
    """After the caller picked a slot: who and where, then the read-back."""
    state = t.state
    missing = [
        (state.name is None, "ask.name", Expecting.NAME),
        (state.phone is None, "ask.phone", Expecting.PHONE),
        (state.address is None, "ask.address", Expecting.ADDRESS),
    ]
    for absent, message, expecting in missing:
        if absent:
            state.stage = "details"
            state.expecting = expecting.value
            t.say(message)
            return Reply(t.text())
    return _read_back(t)


async def _offer(t: Turn) -> Reply:
    state = t.state
    window = window_from_json(state.time_window)
    count = 1 if state.emergency else OFFER_COUNT
    slots = await t.world.find_slots(window, state.service_id, state.emergency, count)
    prefix = None
    if not slots and window is not None:
        slots = await t.world.find_slots(None, state.service_id, state.emergency, count)
        prefix = "slots.none_match"
    if not slots:
        return await _handoff(t, "no_availability")
    state.offered = [s.isoformat() for s in slots]
    if state.stage != "reschedule":
        state.stage = "offering"
    state.expecting = Expecting.SLOT.value
    spoken, each = speech.option_list(slots, t.facts.timezone, state.language)
    if state.emergency:
        words = speech.parts(slots[0], t.facts.timezone, state.language)
        t.say("emergency.earliest_slot", time=render("slots.option", state.language, **words))
    elif prefix:
        t.say(prefix, window=render("slots.window_then", state.language), options=spoken)
    elif len(slots) == 1:
        t.say("slots.offer_one_more", options=spoken)
    else:
        t.say("slots.offer", options=spoken)
    return Reply(t.text(), options=tuple(each))


async def _choose(t: Turn, u: Understanding) -> Reply:
    state = t.state
    choice = u.slot.value if u.slot else None
    polarity = _polarity(u)
    index: int | None = None
    if choice and choice.decision is SlotDecision.CHOSEN:
        index = choice.index
    elif polarity is Polarity.YES and len(state.offered) == 1:
        index = 0
    if u.time is not None and (choice is None or choice.decision is not SlotDecision.CHOSEN):
        # "any morning next week" while choosing: a new preference, so a new offer.
        state.time_window = window_to_json(u.time.value)
        return await _offer(t)
    if index is not None and index < len(state.offered):
        state.chosen = state.offered[index]
        if state.stage == "reschedule":
            return await _do_reschedule(t)
        return await _ask_details(t)
    if choice and choice.decision is SlotDecision.AMBIGUOUS:
        picks = [datetime.fromisoformat(state.offered[i]) for i in choice.candidates]
        spoken, each = speech.option_list(picks, t.facts.timezone, state.language)
        t.say("clarify.which_slot", options=spoken)
        return Reply(t.text(), options=tuple(each))
    if choice and choice.decision in {SlotDecision.NONE_SUIT, SlotDecision.COUNTER}:
        if choice.counter is not None:
            state.time_window = window_to_json(choice.counter)
        elif u.time is None:
            state.time_window = None
            state.offered = []
            state.expecting = Expecting.TIME.value
            t.say("ask.time")
            return Reply(t.text())
        return await _offer(t)
    if u.time is not None:
        return await _offer(t)
    if polarity is Polarity.NO:
        state.time_window, state.offered = None, []
        state.expecting = Expecting.TIME.value
        t.say("ask.time")
        return Reply(t.text())
    state.misunderstandings += 1
    if state.misunderstandings >= MAX_MISUNDERSTANDINGS:
        return await _handoff(t, "partial_intake")
    slots = [datetime.fromisoformat(s) for s in state.offered]
    spoken, each = speech.option_list(slots, t.facts.timezone, state.language)
    t.say("clarify.which_slot", options=spoken)
    return Reply(t.text(), options=tuple(each))


def _read_back(t: Turn) -> Reply:
    state = t.state
    assert state.chosen is not None
    state.stage = "readback"
    state.expecting = Expecting.CONFIRMATION.value
    service = t.facts.service(state.service_id)
    words = speech.parts(datetime.fromisoformat(state.chosen), t.facts.timezone, state.language)
    t.say(
        "booking.readback",
        service=service.name if service else (state.problem or "a visit"),
        address=state.address or "",
        **words,
    )
    return Reply(t.text())


async def _readback(t: Turn, u: Understanding) -> Reply:
    state = t.state
    polarity = _polarity(u)
    if polarity is Polarity.YES:
        assert state.chosen is not None
        details = {**state.captured(), "channel": t.channel}
        result = await t.world.book(
            datetime.fromisoformat(state.chosen), state.service_id, state.emergency, details
        )
        if isinstance(result, Booked):
            state.stage, state.appointment_id = "booked", result.appointment_id
            state.expecting = "anything_else"
            words = speech.parts(result.start, t.facts.timezone, state.language)
            t.say("booking.confirmed", **words)
            t.say("ask.anything_else")
            return Reply(t.text(), outcome="booked")
        # Lost the race for that slot: offer fresh ones straight away.
        alternatives = list(result.alternatives)[:OFFER_COUNT]
        if not alternatives:
            return await _handoff(t, "no_availability")
        state.offered, state.chosen, state.stage = (
            [a.isoformat() for a in alternatives],
            None,
            "offering",
        )
        spoken, each = speech.option_list(alternatives, t.facts.timezone, state.language)
        t.say("slots.taken", options=spoken)
        return Reply(t.text(), options=tuple(each))
    if polarity in {Polarity.NO, Polarity.CORRECTION} or u.time or u.address:
        if u.time:
            return await _offer(t)
        if u.address or u.name or u.service:
            return _read_back(t)
        state.stage, state.chosen = "intake", None
        t.say("booking.not_confirmed")
        state.expecting = Expecting.NOTHING.value
        return Reply(t.text())
    t.say("clarify.yes_or_no")
    return Reply(t.text())


async def _do_reschedule(t: Turn) -> Reply:
    state = t.state
    assert state.chosen is not None and state.appointment_id is not None
    result = await t.world.reschedule(state.appointment_id, datetime.fromisoformat(state.chosen))
    if isinstance(result, Booked):
        state.stage, state.pending_intent = "booked", None
        state.expecting = "anything_else"
        t.say("reschedule.done", **speech.parts(result.start, t.facts.timezone, state.language))
        t.say("ask.anything_else")
        return Reply(t.text(), outcome="rescheduled")
    state.offered = [a.isoformat() for a in result.alternatives[:OFFER_COUNT]]
    if not state.offered:
        return await _handoff(t, "no_availability")
    slots = [datetime.fromisoformat(s) for s in state.offered]
    spoken, each = speech.option_list(slots, t.facts.timezone, state.language)
    t.say("slots.taken", options=spoken)
    return Reply(t.text(), options=tuple(each))
