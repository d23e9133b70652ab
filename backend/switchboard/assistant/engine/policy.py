"""One turn of the conversation: understand, update the state, act through the world, reply.

The stages live beside this module: `booking` (ask, offer, choose, read back, book),
`account` (reschedule, cancel, appointment status), `questions`, `emergency` (triage, page,
safety advice), `caller_facts` (what a turn tells us), `stages` (moving the stage on) and
`turn` (what every stage shares).

Order of precedence in a turn: leaving (stop, wrong number, sales), "repeat that", a new
emergency (paged at once), a person, the caller's facts (merged, corrections overwrite),
questions, then the stage the conversation is in. Every reply is built from the message
catalogue in the caller's language.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from switchboard.assistant.engine import (
    emergency,
    instant,
    message_taking,
    names,
    problem_put_right,
    repair,
    volunteered,
)
from switchboard.assistant.engine.account import account
from switchboard.assistant.engine.caller_facts import merge
from switchboard.assistant.engine.greeting import opening_text
from switchboard.assistant.engine.language_switch import ask_again, only_asked_for_language
from switchboard.assistant.engine.questions import answer
from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.stages import (
    ACCOUNT_INTENTS,
    advance,
    closes,
    start_over,
    understanding_context,
)
from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.engine.turn import (
    Turn,
    can_transfer,
    handoff,
    hangup,
    intent_of,
)
from switchboard.assistant.engine.world import TenantFacts, World
from switchboard.assistant.llm_understanding import LlmHelp, refine
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import (
    Expecting,
    Intent,
    QuestionTopic,
    Understanding,
    cancel_wavering,
    understand,
)
from switchboard.assistant.understanding.asked_in_own_words import WHEN_ASKED
from switchboard.assistant.understanding.asking_moment import said_of_now
from switchboard.assistant.understanding.intent import CALL_BACK
from switchboard.assistant.understanding.listing_mixup import through_a_listing
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.other_business import other_business_asked
from switchboard.assistant.understanding.phrases import found
from switchboard.assistant.understanding.reach_and_days import DAYS_ASKED, ONE_DAY
from switchboard.assistant.understanding.why_asked import why_the_name

__all__ = ["opening", "take_turn", "understanding_context"]


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
    u = problem_put_right.with_problem_put_right(u, text, context, state)
    if llm is not None:
        u = await refine(u, text, context, llm, state.last_reply)
    previous_language = state.language
    if u.language.value in {"en", "es"} and u.language.confidence >= 0.7:
        state.language = u.language.value
    state.visit_told = state.visit_told or u.visit_told
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


async def _decide(t: Turn, u: Understanding) -> Reply:
    state = t.state
    intent = intent_of(u)
    if (
        state.stage in {"closed", "booked"}
        and t.channel != "voice"
        and intent not in {None, Intent.GREETING}
        # "Can we move it to Friday?", "oh wait, make it 11, the super has the keys" after a
        # booking made at once change that booking (engine/instant.py).
        and not (instant.applies(t) and not instant.starts_new(t, u))
    ):
        start_over(state)

    if intent is Intent.STOP and t.channel != "voice":
        await t.world.opt_out()
        state.stage = "closed"
        return Reply(
            render("stop.confirmed", state.language, business=t.facts.business_name),
            outcome="opted_out",
        )
    if intent is Intent.MESSAGE and Intent.HUMAN in u.other_intents:
        # "The inspector's on site and nobody's here, I need to reach the contractor right
        # now": word for the owner that cannot wait for a callback is put through.
        intent = Intent.HUMAN
    if intent is Intent.HUMAN and Intent.SALES in u.other_intents and not u.visit_requested:
        intent = Intent.SALES  # "we get electricians to the top of Google, is the owner around?"
    if intent is Intent.EMERGENCY and Intent.SALES in u.other_intents and not u.hazards:
        # "URGENT: your Google profile will be suspended, our team can fix it for $149": a
        # pitch that calls itself urgent names nothing wrong at anyone's home.
        intent = Intent.SALES
    if _pitch_pressed(t, u, intent):
        intent = Intent.SALES
    if intent is Intent.WRONG_NUMBER and through_a_listing(normalise(u.text)):
        # "I must have hit the wrong thing on Google": the listing may be sending the owner
        # someone else's callers, so the call is noted with the caller's words.
        await t.world.create_callback("wrong_number_listing", {"problem": u.text[:200]})
        state.callback_created = True
    elif intent is Intent.WRONG_NUMBER and u.name is not None:
        # "Oh shoot, wrong number, this is Linda": a caller who says who they are as they
        # apologise has left word; the owner sees whose the call was and that it needs no
        # call back. A caller who only apologises leaves nothing to note.
        merge(t, u)
        summary = {**state.captured(), "problem": u.text[:200]}
        await t.world.create_callback("wrong_number", summary)
        state.callback_created = True
    if intent in {Intent.WRONG_NUMBER, Intent.SALES}:
        state.stage = "closed"
        message = "wrong_number" if intent is Intent.WRONG_NUMBER else "sales.decline"
        return Reply(render(message, state.language), actions=hangup(t), outcome=intent.value)
    if intent is Intent.REPEAT and state.last_reply:
        t.repeated = True
        return Reply(render("repeat.prefix", state.language, text=state.last_reply))

    emergency_reply = await emergency.handle(t, u)
    if emergency_reply is not None:
        return emergency_reply
    if _reached_someone_else(t, u):
        # "Is this Dr. Patel's office? I need to move my cleaning": who answered comes first;
        # the request is meant for someone else and is no message for the owner.
        state.expecting = Expecting.PROBLEM.value
        t.say("wrong_business", business=t.facts.business_name)
        return Reply(t.text())
    if intent is Intent.HUMAN and not (can_transfer(t) or state.callback_created):
        # Nobody to put the call through to: a message, with who is calling and their number.
        t.say("handoff.unavailable")
        return await message_taking.start(t, u, "handoff", merge)
    if intent is Intent.HUMAN:
        merge(t, u)  # "this is Dana from Acme, can I talk to someone": the message says so
        if _name_still_wanted(t):
            # "No, put me through to a human being" for the name question, with nobody to put
            # the call through to: the name is asked once more, so the message says who called.
            t.say("handoff.unavailable")
            t.say("message.ask_name_again")
            state.expecting = Expecting.NAME.value
            return Reply(t.text())
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
        return await message_taking.start(t, u, intent.value, merge)
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
    # "It's not urgent, my direct line is ...": an emergency denied is no emergency.
    hazard = u.emergency is not None and u.emergency.value
    if state.stage == "message" and (
        for_the_message or not (u.visit_requested or visit_day or hazard)
    ):
        return await message_taking.finish(t, u, merge)

    if _asks_hours_of_a_day(u) or _asked_from_a_break(u):
        # "Are you open Sundays?" names a day the question is about, not a day for a visit;
        # "on my lunch break, quick q" is when the question is asked.
        u = replace(u, time=None)
    understood = merge(t, u) or t.answered_triage
    if u.language_request is not None:
        only_asked = only_asked_for_language(u, understood)
        if t.switched_language or only_asked:
            t.say("language.switch")
        if only_asked:
            return await ask_again(t, u)
        understood = True
    if (after := await instant.after(t, u, understood, closes(u))) is not None:
        return after
    if intent in ACCOUNT_INTENTS:
        state.pending_intent = intent.value
        # Only a cancellation asked for plainly is made at once in writing (engine/account.py).
        state.cancel_asked = intent is Intent.CANCEL and not cancel_wavering.wavers(u.text)
        # "...and roughly what it's gonna cost": the visit's own price, asked with no job named
        state.price_asked = state.price_asked or (
            intent is Intent.APPOINTMENT_STATUS
            and u.question is not None
            and u.question.value is QuestionTopic.PRICE
            and u.service is None
        )
    if intent is Intent.QUESTION and _why_the_name(t, u):
        # "Why do you even need my name?" while the name on the account is asked: the reason,
        # never a question passed to the owner; the name said with it still counts.
        t.say("appointment.why_the_name")
        intent = None
    if intent is Intent.QUESTION or asks:
        answered = await answer(t, u)
        understood = True
        if _only_asking(t, u):
            return _after_a_question(t, answered)

    if state.pending_intent and state.stage not in {"cancel_confirm", "reschedule"}:
        return await account(t, u)

    reply = await advance(t, u, understood)
    if reply is not None:
        return reply
    return Reply(t.text())


# What a seller says after the decline: asking for the owner, a meeting, a question.
_PRESSING = {None, Intent.HUMAN, Intent.QUESTION, Intent.MESSAGE, Intent.GREETING}


def _why_the_name(t: Turn, u: Understanding) -> bool:
    state = t.state
    return (
        state.pending_intent is not None
        and state.expecting == Expecting.NAME.value
        and why_the_name(normalise(u.text))
    )


def _pitch_pressed(t: Turn, u: Understanding, intent: Intent | None) -> bool:
    """A seller already declined who presses on ("can I just get 10 minutes with the owner
    this week?") is declined again, never taken in as a new caller; a need of their own (a
    job, a hazard, a visit asked for) is still heard."""
    return (
        t.state.outcome == Intent.SALES.value
        and intent in _PRESSING
        and u.service is None
        and not (u.emergency and u.emergency.value)
        and not u.hazards
        and not u.visit_requested
    )


def _reached_someone_else(t: Turn, u: Understanding) -> bool:
    state = t.state
    return (
        state.stage == "intake"
        and not (state.problem or state.service_id or state.callback_created)
        and not u.hazards
        and other_business_asked(normalise(u.text), t.facts.business_name)
    )


def _name_still_wanted(t: Turn) -> bool:
    """A message taken for someone who cannot be put through, the caller's name asked and
    not given: asked once more before the call closes (never twice)."""
    state = t.state
    return (
        not can_transfer(t)
        and state.stage == "message"
        and state.callback_created
        and not state.name
        and state.expecting == Expecting.NAME.value
        and render("message.ask_name_again", state.language) not in (state.last_reply or "")
    )


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
        # "do you do saturdays? ten o'clock this saturday": that one day at that hour is wished
        and not (u.time.value.exact and found(ONE_DAY, normalise(u.text)))
        # "Do you do tune-ups on Sundays, or only during the week?" asks of days in general,
        # whatever the job: the days are the schedule's, not a day wished for.
        and (
            (u.service is None and Intent.NEW_JOB not in u.other_intents)
            or found(DAYS_ASKED, normalise(u.text))
            # "do you ever come out in the evening, or on Sundays?": the business's habit
            or found(WHEN_ASKED, normalise(u.text))
        )
    )


def _asked_from_a_break(u: Understanding) -> bool:
    """ "On my lunch break, quick q: what does gutter cleaning run?": a question asked from
    the caller's lunch hour, no visit asked for."""
    return (
        intent_of(u) is Intent.QUESTION
        and u.time is not None
        and not u.visit_requested
        and said_of_now(normalise(u.text), u.time.value)
    )


def _only_asking(t: Turn, u: Understanding) -> bool:
    """A question with no request for a visit: answered, not followed by a booking question
    ("Do you go out to Olathe?" is not "When would work best?")."""
    state = t.state
    if any(i in ACCOUNT_INTENTS for i in u.other_intents):
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
