"""One turn of the conversation: understand, update the state, act through the world, reply.

The stages live beside this module: `booking` (ask, offer, choose, read back, book),
`account` (reschedule, cancel, appointment status), `questions`, and `turn` (what every stage
shares).

Order of precedence in a turn: leaving (stop, wrong number, sales), "repeat that", a new
emergency (paged at once), a person, the caller's facts (merged, corrections overwrite),
questions, then the stage the conversation is in. Every reply is built from the message
catalogue in the caller's language.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from switchboard.assistant.engine import (
    address_on_file,
    house_number,
    message_taking,
    names,
    repair,
    volunteered,
)
from switchboard.assistant.engine.account import account
from switchboard.assistant.engine.booking import (
    ask_details,
    ask_next,
    choose,
    chosen_within,
    confirm_readback,
    earlier_offer,
    emergency_declared,
    offer,
)
from switchboard.assistant.engine.greeting import opening_text
from switchboard.assistant.engine.language_switch import ask_again, only_asked_for_language
from switchboard.assistant.engine.questions import answer
from switchboard.assistant.engine.reply import Action, Reply
from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.engine.timewindow import remember
from switchboard.assistant.engine.turn import (
    Turn,
    can_transfer,
    handoff,
    hangup,
    intent_of,
    not_understood,
    polarity_of,
)
from switchboard.assistant.engine.world import TenantFacts, World
from switchboard.assistant.llm_understanding import LlmHelp, refine
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Hazard,
    Intent,
    Polarity,
    QuestionTopic,
    Understanding,
    understand,
)
from switchboard.assistant.understanding.day_correction import at_the_same_hour
from switchboard.assistant.understanding.hazards import confirms, near_electrics
from switchboard.assistant.understanding.identity import said_last_name
from switchboard.assistant.understanding.intent import CALL_BACK
from switchboard.assistant.understanding.language import without_language_request
from switchboard.assistant.understanding.meaning import default_model, for_one_turn
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.phrases import found
from switchboard.assistant.understanding.services import match_service, own_words

# After "anything else?": these end the conversation whatever else the words look like
# ("no that's it" reads as a yes to the understanding layer: "that's it" confirms).
_CLOSING = re.compile(
    r"\b(that'?s (it|all|everything)|nothing else|all set|i'?m (good|all set)|"
    r"eso es todo|nada m[aá]s|es todo|i'?ll call (you )?back|call back later|"
    r"have a (good|nice|great) (one|day|night)|(thanks|thank you)( so much| very much)?"
    # "thank you honey", "thanks dear": thanks with a word or two of warmth, nothing asked
    r"( (?!but|and|also|one|another|i|can|could|what|how|when)[a-z']+){0,2}$|bye|goodbye|"
    r"gracias)\b"
)
_ACCOUNT_INTENTS = {Intent.RESCHEDULE, Intent.CANCEL, Intent.APPOINTMENT_STATUS}


async def opening(
    world: World,
    facts: TenantFacts,
    state: DialogState,
    channel: str,
    caller_phone: str | None,
    language: str | None = None,
) -> Reply:
    """The first thing a caller hears: the business's greeting, never a question about audio.
    `language` is the one the person chose before starting (the web chat's), else the
    business's."""
    if language in {"en", "es"}:
        state.language = str(language)
    else:
        state.language = facts.language if facts.language in {"en", "es"} else "en"
    if caller_phone:
        state.phone = caller_phone
        known = await world.customer_by_phone(caller_phone)
        state.known_customer_id = known[0] if known else None
    custom = facts.greeting.get(state.language)
    text = opening_text(custom, channel, state.language, facts.business_name)
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
    context = understanding_context(facts, state, channel, now)
    u = volunteered.with_volunteered_name(understand(text, context), text, context, state)
    u = volunteered.without_time_in_name(u, context)
    u = names.with_completed(u, text, state.name)
    if llm is not None:
        u = await refine(u, text, context, llm, state.last_reply)
    previous_language = state.language
    if u.language.value in {"en", "es"} and u.language.confidence >= 0.7:
        state.language = u.language.value
    turn = Turn(world, facts, state, channel, now, caller_phone, [])
    asked = u.language_request is not None
    turn.switched_language = asked and state.language != previous_language
    reply = await repair.guard(turn, await _decide(turn, u))
    if not turn.repeated:  # "repeat that" twice says the same thing, not "Sure. Sure. ..."
        state.last_reply = reply.text
    state.unheard_offers = []  # a new reply: heard in full unless the channel says otherwise
    if reply.outcome:
        state.outcome = reply.outcome
    return reply, u


def _days_in_view(state: DialogState, timezone: str) -> tuple[date, date] | None:
    """The days of the slots on the table: offered ones, or the one being confirmed."""
    if state.stage in {"offering", "reschedule"} and state.offered:
        moments = state.offered
    elif state.stage in {"details", "readback"} and state.chosen:
        moments = [state.chosen]
    else:
        return None
    zone = ZoneInfo(timezone)
    days = sorted({datetime.fromisoformat(m).astimezone(zone).date() for m in moments})
    return days[0], days[-1]


def _expecting(value: str) -> Expecting:
    try:
        return Expecting(value)
    except ValueError:
        return Expecting.NOTHING


async def _decide(t: Turn, u: Understanding) -> Reply:
    state = t.state
    intent = intent_of(u)
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
    if intent is Intent.HUMAN and Intent.SALES in u.other_intents and not u.visit_requested:
        intent = Intent.SALES  # "we get electricians to the top of Google, is the owner around?"
    if intent in {Intent.WRONG_NUMBER, Intent.SALES}:
        state.stage = "closed"
        message = "wrong_number" if intent is Intent.WRONG_NUMBER else "sales.decline"
        return Reply(render(message, state.language), actions=hangup(t), outcome=intent.value)
    if intent is Intent.REPEAT and state.last_reply:
        t.repeated = True
        return Reply(render("repeat.prefix", state.language, text=state.last_reply))

    emergency_reply = await _emergency(t, u)
    if emergency_reply is not None:
        return emergency_reply
    if intent is Intent.HUMAN and not (can_transfer(t) or state.callback_created):
        # Nobody to put the call through to: a message, with who is calling and their number.
        t.say("handoff.unavailable")
        return await message_taking.start(t, u, "handoff", _merge)
    if intent is Intent.HUMAN:
        _merge(t, u)  # "this is Dana from Acme, can I talk to someone": the message says so
        return await handoff(t, "handoff")
    # A supplier's word in a question ("¿aceptan tarjeta, dan factura?") leaves a question.
    asks = intent is Intent.VENDOR and Intent.QUESTION in u.other_intents
    # "Tell him to use the side door" during a booking is a note for the visit, not a call
    # that is only a message.
    booking = state.stage != "intake" or state.problem or state.service_id
    if intent is Intent.MESSAGE and booking and not _call_back_instead(t, u):
        intent = None
    for_owner = {Intent.VENDOR, Intent.JOB_APPLICANT, Intent.MESSAGE}
    if intent in for_owner and not (u.visit_requested or asks):
        return await message_taking.start(t, u, intent.value, _merge)
    # A web visitor's move or cancel is a message for the owner (nothing on the record is
    # seen or changed from a chat): the day they want is part of that message, not a booking.
    for_the_message = state.message_reason == "account_request" and not u.emergency
    # A day said leaves the message for a booking only after a question (the caller may be a
    # customer after all), and never when it says when to call back. Otherwise it is part of
    # the message: "have him call me Monday", "the claim number is four five seven", "the part
    # comes in Tuesday".
    visit_day = (
        u.time is not None
        and state.message_reason == "question"
        and not message_taking.callback_time(state)
    )
    if state.stage == "message" and (
        for_the_message or not (u.visit_requested or visit_day or u.emergency)
    ):
        return await message_taking.finish(t, u, _merge)

    if _asks_hours_of_a_day(u):
        # "Are you open Sundays?" names a day the question is about, not a day for a visit.
        u = replace(u, time=None)
    understood = _merge(t, u) or t.answered_triage
    if u.language_request is not None:
        only_asked = only_asked_for_language(u, understood)
        if t.switched_language or only_asked:
            t.say("language.switch")
        if only_asked:
            return await ask_again(t, u)
        understood = True
    if intent in _ACCOUNT_INTENTS:
        state.pending_intent = intent.value
    if intent is Intent.QUESTION or asks:
        answered = await answer(t, u)
        understood = True
        if _only_asking(t, u):
            return _after_a_question(t, answered)

    if state.pending_intent and state.stage not in {"cancel_confirm", "reschedule"}:
        return await account(t, u)

    reply = await _advance(t, u, understood)
    if reply is not None:
        return reply
    return Reply(t.text())


def _call_back_instead(t: Turn, u: Understanding) -> bool:
    """ "Please have someone call me" before any time is on the table: the caller would rather
    talk to someone than book now; the job they told goes in the message."""
    state = t.state
    return (
        state.stage == "intake"
        and not state.offered
        and not u.visit_requested
        and found(CALL_BACK, normalise(u.text))
    )


def _asks_hours_of_a_day(u: Understanding) -> bool:
    return (
        intent_of(u) is Intent.QUESTION
        and u.question is not None
        and u.question.value is QuestionTopic.HOURS
        and u.time is not None
        and not u.visit_requested
        and u.service is None
        and Intent.NEW_JOB not in u.other_intents
    )


def _only_asking(t: Turn, u: Understanding) -> bool:
    """A question with no request for a visit: answered, not followed by a booking question
    ("Do you go out to Olathe?" is not "When would work best?")."""
    state = t.state
    if any(i in _ACCOUNT_INTENTS for i in u.other_intents):
        return False
    return (
        state.stage in {"intake", "message"}
        and not state.offered
        and not state.emergency
        and not (u.visit_requested or u.time or state.time_window)
    )


def _after_a_question(t: Turn, answered: bool) -> Reply:
    state = t.state
    if not answered and not state.name:
        # The question goes to the owner: who to answer, and where.
        state.stage, state.message_reason = "message", "question"
        state.expecting = Expecting.NAME.value
        t.say("message.ask_contact_only")
        return Reply(t.text())
    if answered and not any(render("question.book_offer", state.language) in s for s in t.said):
        if "?" not in t.text():
            t.say("question.book_offer")
    elif not answered:
        t.say("ask.anything_else")
    state.expecting = "anything_else"
    return Reply(t.text())


def _start_over(state: DialogState) -> None:
    state.stage = "intake"
    state.offered, state.chosen, state.time_window = [], None, None
    state.service_id, state.problem, state.appointment_id = None, None, None
    state.emergency, state.hazards, state.owner_paged = False, [], False
    state.pending_intent, state.misunderstandings = None, 0
    # A new request, not the answer to the last question ("yes cancel it" is no name).
    state.expecting = Expecting.PROBLEM.value


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
    if state.emergency:
        _escalate(t, u)
        return None
    asked = state.triage if state.expecting == Expecting.TRIAGE.value else None
    state.triage = None
    if flagged:
        return await _declare(t, u, sorted({h.value.value for h in u.hazards}))
    if asked is not None:
        state.expecting = Expecting.NOTHING.value
        # "Any morning is fine" answers a scheduling question, not "is it happening now?".
        said_yes = polarity_of(u) is Polarity.YES and u.time is None
        if said_yes or confirms(Hazard(asked), normalise(u.text)):
            return await _declare(t, u, [asked])
        t.answered_triage = True
        return None  # "no", or an answer to something else: routine, and on with the call
    # Asked while the problem is being described; a caller already choosing a time has told
    # us it can wait (certain hazards still page at any point).
    if (
        u.triage is not None
        and flagged is not False
        and state.stage == "intake"
        and intent_of(u) not in {Intent.QUESTION, *_ACCOUNT_INTENTS}
    ):
        return _ask_triage(t, u, u.triage.value.value)
    return None


def _escalate(t: Turn, u: Understanding) -> None:
    """A flood already paged that reaches electrics later in the call ("it's running under
    the breaker box") gets that advice too, once."""
    state = t.state
    hazards = near_electrics(state.hazards, [u.text])
    if hazards != state.hazards:
        state.hazards = hazards
        t.say("safety.flooding_near_electrics")


def _ask_triage(t: Turn, u: Understanding, hazard: str) -> Reply | None:
    """One question decides an uncertain hazard, as a dispatcher asks it; never twice."""
    state = t.state
    if hazard in state.triaged:
        return None
    state.triaged.append(hazard)
    state.triage = hazard
    _merge(t, u)
    _note_problem(t, u)
    t.say(f"triage.{hazard}")
    state.expecting = Expecting.TRIAGE.value
    return Reply(t.text())


def _note_problem(t: Turn, u: Understanding) -> None:
    if t.state.problem is None and len(u.text.split()) >= 3:
        t.state.problem = u.text[:200]


async def _declare(t: Turn, u: Understanding, hazards: list[str]) -> Reply:
    """A confirmed emergency: page now, speak the safety advice, then the fastest help."""
    state = t.state
    state.emergency = True
    state.hazards = near_electrics(hazards, [state.problem or "", u.text])
    emergency_declared(state)
    _merge(t, u)
    _note_problem(t, u)
    urgent = t.facts.emergency_service()
    if urgent is not None:
        state.service_id = urgent.id
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


def _merge(t: Turn, u: Understanding) -> bool:
    """Take every fact the caller gave; a later value corrects an earlier one."""
    state = t.state
    before = {k: getattr(state, k) for k in ("name", "phone", "address", "service_id")}
    got = _take_facts(t, u)
    names = {"service_id": "service"}
    t.changed |= {names.get(k, k) for k, v in before.items() if getattr(state, k) != v}
    return got


def _take_facts(t: Turn, u: Understanding) -> bool:
    state = t.state
    got = False
    # A short turn read as a name only because we asked for one ("friday", "the 2pm") answers
    # something else when it also carries a time, a slot or another fact. A yes does not
    # ("yes, that one, Dana": the caller agreed to the time, then said their name).
    said_no = u.polarity is not None and u.polarity.value is not Polarity.YES
    other_fact = bool(u.time or u.slot or u.service or u.address or u.phone or said_no)
    guessed = u.name is not None and u.name.confidence < 0.8 and len(u.text.split()) <= 3
    if (
        u.name
        and (u.name.confidence >= 0.6 or state.expecting == Expecting.NAME.value)
        and not (guessed and other_fact)
    ):
        last = said_last_name(u.text)
        state.name, got = names.merged(state.name, u.name.value, last_name=last), True
    if u.company:
        state.company, got = u.company.value, True
    if u.phone:
        state.phone, got = u.phone.value, True
    if u.address and not u.address.value.same_as_last:
        said = u.address.value
        if said.line1:
            state.address, state.address_on_file, got = said.one_line(), None, True
        elif said.unit and state.address:  # "no, it's apartment 4"
            state.address, got = address_on_file.with_unit(state.address, said.unit), True
        elif said.city and state.address:  # "Mesa, not Tempe"
            state.address, got = address_on_file.with_city(state.address, said.city), True
    elif u.address:
        # "Same address as last time": the record's address, but only once the caller has
        # identified (see address_on_file); until then there is no address to use.
        state.address, state.address_on_file, got = None, address_on_file.WANTED, True
    # With a time in the turn, only a number said to be the address's ("house number is 1404
    # not 1440, 9am"): "not 10, 11" is an hour, whatever the house number.
    numbers_the_address = not u.time or house_number.about_the_address(u.text)
    if (
        not u.address
        and numbers_the_address
        and (fixed := house_number.corrected(state.address, u.text))
    ):
        state.address, got = fixed, True  # "it's 2781, not 2718"
    # A street name that sounds like a service ("1500 Main Street") does not change the job.
    address_turn = u.address is not None and state.expecting == Expecting.ADDRESS.value
    # "No hablo inglés, se me tapó el baño": the problem is what follows the request.
    spoken = without_language_request(u.text) if u.language_request else u.text
    service = _routine_service(t, u) if u.service else None
    if u.service and not (address_turn and state.service_id):
        state.service_id, got = service, True
        if state.problem is None:
            state.problem = spoken[:200]
    elif (
        state.problem is None
        # The job told while something else was on the table ("do you work weekends?" "We
        # are open... Would you like to book?" "ok, Saturday then, the disposal is jammed").
        and (
            state.expecting == Expecting.PROBLEM.value
            or intent_of(u) in {Intent.NEW_JOB, Intent.EMERGENCY}
        )
        and len(spoken.split()) >= 2
    ):
        intent = intent_of(u)
        # A turn that only answered something else ("it's 303 555 0142") is not the problem.
        answered = got or u.time is not None or u.language_request is not None
        if intent in {Intent.NEW_JOB, Intent.EMERGENCY} or (intent is None and not answered):
            state.problem, got = spoken[:200], True
    # A street or unit number read as a date ("apartment 3") must not move the time.
    if u.time and not address_turn:
        wish = u.time.value
        if state.chosen:
            wish = at_the_same_hour(wish, u.text, datetime.fromisoformat(state.chosen))
        state.time_window, got = remember(state.time_window, wish, t.now), True
        t.changed.add("time")
    return got


_EMERGENCY_NAME = re.compile(r"\b(emergenc\w*|urgent\w*|24/7)\b", re.IGNORECASE)


def _routine_service(t: Turn, u: Understanding) -> str | None:
    """The catalogue service for the caller's words. An emergency-eligible service is the job
    only once urgency is confirmed: before that, the best routine service the words also fit,
    and never a service named as an emergency ("Emergency leak or burst pipe")."""
    assert u.service is not None
    facts = t.facts
    chosen = facts.service(u.service.value)
    if t.state.emergency or chosen is None or not chosen.emergency:
        return u.service.value
    said = (u.name.value if u.name else "", u.address.value.line1 if u.address else "")
    routine = match_service(
        normalise(u.text), facts.service_options(emergency=False), own_words(*said)
    )
    if routine is not None:
        return routine.value
    return None if _EMERGENCY_NAME.search(chosen.name) else chosen.id


async def _advance(t: Turn, u: Understanding, understood: bool) -> Reply | None:
    state = t.state
    polarity = polarity_of(u)
    stage = state.stage
    if stage == "cancel_confirm":
        another_day = u.time is not None and polarity is not Polarity.YES
        if (intent_of(u) is Intent.RESCHEDULE or another_day) and state.appointment_id:
            # "no, I meant reschedule it", "the fifteenth": same appointment, same verified
            # caller, moved instead of cancelled.
            state.stage, state.pending_intent, state.offered = "reschedule", "reschedule", []
            if state.time_window:
                return await offer(t)
            state.expecting = Expecting.TIME.value
            t.say("reschedule.ask_time")
            return Reply(t.text())
        if polarity is Polarity.YES and state.appointment_id:
            await t.world.cancel(state.appointment_id)
            state.stage, state.pending_intent = "closed", None
            t.say("cancel.done")
            return Reply(t.text(), actions=hangup(t), outcome="cancelled")
        if polarity is Polarity.NO:
            state.stage, state.pending_intent = "intake", None
            t.say("ask.anything_else")
            state.expecting = "anything_else"
            return Reply(t.text())
        t.say("clarify.yes_or_no")
        return Reply(t.text())
    if stage in {"offering", "reschedule"} and state.offered:
        return await choose(t, u)
    if stage == "reschedule":
        if state.time_window:
            return await offer(t)
        state.expecting = Expecting.TIME.value
        t.say("reschedule.ask_time")
        return Reply(t.text())
    new_time = u.time is not None and not chosen_within(state.chosen, u)
    if new_time and stage in {"details", "readback"} and state.expecting != Expecting.ADDRESS.value:
        context = understanding_context(t.facts, state, t.channel, t.now)
        if (picked := earlier_offer(t, u, context)) is not None:
            state.chosen = picked  # "make it Friday at 3", one of the times just offered
            return await ask_details(t, u)
    if stage == "details":
        if new_time and state.expecting != Expecting.ADDRESS.value:
            state.chosen = None  # a new time: offer again rather than book the old choice
            return await offer(t)
        if polarity is Polarity.YES and not understood:
            # "Yes, that one" after "Tuesday at 10 is open. Your name?": the time is agreed;
            # say so, then on to what is still missing.
            t.say("ack.agreed")
        return await ask_details(t, u)
    if stage == "readback":
        return await confirm_readback(t, u)
    if stage in {"booked", "closed"} or state.expecting == "anything_else":
        done = polarity is Polarity.NO or _CLOSING.search(u.text) is not None
        # "Yes please" after "I've passed that on" agrees with the message; nothing was
        # offered, so it starts no booking (a web visitor's move would become a new visit).
        after_message = stage == "closed" and state.outcome == "message_taken"
        idle = not understood and intent_of(u) is None
        if done or ((stage == "booked" or after_message) and idle):
            state.stage = "closed"
            t.say("goodbye", business=t.facts.business_name)
            return Reply(t.text(), actions=hangup(t))
        if polarity is Polarity.YES and not understood:
            state.stage = "intake"
            if state.problem or state.service_id:  # "Would you like to book?" "Yes."
                return await ask_next(t)
            state.expecting = Expecting.PROBLEM.value
            t.say("ask.problem")
            return Reply(t.text())
        if stage in {"booked", "closed"}:
            _start_over(state)
    if (
        intent_of(u) is Intent.GREETING
        and u.time is None
        and not t.said
        and state.stage == "intake"
        and state.problem is None
        and state.service_id is None
    ):
        # "Hello?", "is this Bristol Plumbing?": who answered, and the opening question again.
        if u.company and state.company == u.company.value:
            state.company = None  # the business asked about is this one, not the caller's
        state.expecting = Expecting.PROBLEM.value
        if t.channel == "sms" and state.turns == 1:
            # A first text that only says hello: the business's text greeting (the owner's
            # own words when set), not the phone's "Thanks for calling".
            custom = t.facts.greeting.get(state.language)
            t.said.append(opening_text(custom, "sms", state.language, t.facts.business_name))
            return Reply(t.text())
        t.say("greeting.returning", business=t.facts.business_name)
        return Reply(t.text())
    if not understood and intent_of(u) in {None, Intent.GREETING} and not t.said:
        return await not_understood(t)
    return await ask_next(t)


def understanding_context(
    facts: TenantFacts, state: DialogState, channel: str, now: datetime
) -> Context:
    """What the model is told about a turn before it runs (`llm_understanding.ask_ahead`):
    the context `take_turn` itself understands the turn in, and checks every proposed field
    against."""
    offered = tuple(datetime.fromisoformat(s) for s in state.offered)
    return Context(
        now=now,
        timezone=facts.timezone,
        channel=channel,
        language=state.language,
        trades=facts.trades,
        services=facts.service_options(),
        tenant_hazards=facts.hazards,
        business_name=facts.business_name,
        offered_slots=offered if state.stage in {"offering", "reschedule"} else (),
        expecting=_expecting(state.expecting),
        outdoor_temp_f=facts.outdoor_temp_f,
        days_in_view=_days_in_view(state, facts.timezone),
        meaning=for_one_turn(default_model()),
    )
