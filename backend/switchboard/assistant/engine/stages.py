"""The stage the conversation is in, moved on by a turn: cancel confirmation, choosing among
offers, details, read-back, "anything else?", and what the understanding is told of it."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from switchboard.assistant.engine import speech, web_phone
from switchboard.assistant.engine.booking import (
    ask_details,
    ask_next,
    choose,
    chosen_within,
    confirm_readback,
    earlier_offer,
    offer,
)
from switchboard.assistant.engine.greeting import opening_text
from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.engine.timewindow import window_from_json
from switchboard.assistant.engine.turn import (
    Turn,
    hangup,
    intent_of,
    not_understood,
    polarity_of,
)
from switchboard.assistant.engine.world import TenantFacts
from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Intent,
    Polarity,
    Understanding,
)
from switchboard.assistant.understanding.cancel_told import told_to_cancel
from switchboard.assistant.understanding.meaning import default_model, for_one_turn
from switchboard.assistant.understanding.no_then_the_job import no_then_the_job
from switchboard.assistant.understanding.normalise import normalise

# After "anything else?": these end the conversation whatever else the words look like
# ("no that's it" reads as a yes to the understanding layer: "that's it" confirms).
_CLOSING = re.compile(
    r"\b(that'?s (it|all|everything)|nothing else|all set|i'?m (good|all set)|"
    r"eso es todo|nada m[aá]s|es todo|i'?ll call (you )?back|call back later|"
    # Not booking now, deciding later: "I'll talk to my wife and call you back", "let me think
    # about it", "I'll get back to you", "lo platico con mi esposo y le llamo"
    r"(and|then|i'?ll|we'?ll|i will|we will) (call|text|ring) (you|y'?all|ya|u)( guys)? back|"
    r"(i'?ll|we'?ll|i will|we will|let me|lemme|and|then) (get back to (you|y'?all|ya)|think "
    r"(about|on) it|sleep on it)|(lo|la) (voy a|vamos a) (pensar|platicar|consultar)|"
    # "I'll talk to my husband tonight", "let me run it by my wife": someone else decides
    r"(i'?ll|we'?ll|i will|let me|lemme|i need to|i have to|i gotta|gotta) (talk (to|with)|check "
    r"with|ask|run it by) (my|the) (husband|wife|partner|spouse|hubby|landlord|boss|family|"
    r"roommate|mom|dad|parents)|"
    r"(le|les|te) (llamo|marco|hablo|aviso|escribo) (despu[eé]s|luego|m[aá]s tarde|ma[nñ]ana)|"
    r"(despu[eé]s|luego|m[aá]s tarde) (le|les|te) (llamo|marco|hablo|aviso|escribo)|"
    r"have a (good|nice|great) (one|day|night)|(thanks|thank you)( so much| very much)?"
    # "thank you honey", "thanks dear": thanks with a word or two of warmth, nothing asked
    r"( (?!but|and|also|one|another|i|can|could|what|how|when)[a-z']+){0,2}$|bye|goodbye|"
    r"gracias)\b"
)
ACCOUNT_INTENTS = {Intent.RESCHEDULE, Intent.CANCEL, Intent.APPOINTMENT_STATUS}


def closes(u: Understanding) -> bool:
    """Words that end the conversation after "anything else?" ("that's all", "gracias")."""
    return _CLOSING.search(u.text) is not None


def start_over(state: DialogState) -> None:
    state.stage = "intake"
    state.offered, state.chosen, state.time_window = [], None, None
    state.service_id, state.problem, state.appointment_id = None, None, None
    state.emergency, state.hazards, state.owner_paged = False, [], False
    state.pending_intent, state.misunderstandings = None, 0
    # A new request, not the answer to the last question ("yes cancel it" is no name).
    state.expecting = Expecting.PROBLEM.value


async def advance(t: Turn, u: Understanding, understood: bool) -> Reply | None:
    state = t.state
    polarity = polarity_of(u)
    stage = state.stage
    if stage == "cancel_confirm":
        # "no, I thought about moving it but nah, just cancel it": the order is the answer;
        # so it is beside a day said of something else ("he's swapping the panel this
        # weekend, so yes cancel it"), which moves nothing.
        told = intent_of(u) is Intent.CANCEL and told_to_cancel(u.text)
        another_day = u.time is not None and polarity is not Polarity.YES and not told
        if (intent_of(u) is Intent.RESCHEDULE or another_day) and state.appointment_id:
            # "no, I meant reschedule it", "the fifteenth": same appointment, same verified
            # caller, moved instead of cancelled.
            state.stage, state.pending_intent, state.offered = "reschedule", "reschedule", []
            if state.time_window:
                return await offer(t)
            state.expecting = Expecting.TIME.value
            t.say("reschedule.ask_time")
            return Reply(t.text())
        if (polarity is Polarity.YES or told) and state.appointment_id:
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
            if stage == "details" and picked != state.chosen:
                # Said to be taken, or the name asked again sounds like the change was lost
                # (the read-back says the new time itself).
                when = speech.parts(datetime.fromisoformat(picked), t.facts.timezone,
                                    state.language)  # fmt: skip
                t.say("slots.exact_ok", **when)
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
    if (added := await web_phone.after_booking(t)) is not None:
        return added
    if stage in {"booked", "closed"} or state.expecting == "anything_else":
        if polarity is Polarity.NO and _no_then_the_job(t, u):
            # "Would you like to book?" "no no, the old one still works, it's just really
            # old": the job told further, not the visit turned down.
            state.problem = f"{state.problem} / {u.text}"[:400] if state.problem else u.text
            return await ask_next(t)
        done = polarity is Polarity.NO or _CLOSING.search(u.text) is not None
        # "Yes please" after "I've passed that on" agrees with the message; nothing was
        # offered, so it starts no booking (a web visitor's move would become a new visit).
        # So does "ok" after a visit cancelled in writing: nothing is left to agree to.
        after_message = stage == "closed" and state.outcome in {"message_taken", "cancelled"}
        idle = not understood and intent_of(u) is None
        if done or ((stage == "booked" or after_message) and idle):
            state.stage = "closed"
            t.say("goodbye", business=t.facts.business_name)
            return Reply(t.text(), actions=hangup(t))
        if _only_a_name(t, u):
            # "Adela Zamora" after "anything else?" (the name said again, as asked before):
            # nothing new to do, so the same question, never "what can we help you with?"
            t.say("ask.anything_else")
            return Reply(t.text())
        if polarity is Polarity.YES and not understood:
            state.stage = "intake"
            if state.problem or state.service_id:  # "Would you like to book?" "Yes."
                return await ask_next(t)
            state.expecting = Expecting.PROBLEM.value
            t.say("ask.problem")
            return Reply(t.text())
        if stage in {"booked", "closed"}:
            start_over(state)
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


def _no_then_the_job(t: Turn, u: Understanding) -> bool:
    """After the offer to book a job the caller told, a "no" that goes on about the job and
    turns nothing down (`understanding/no_then_the_job`)."""
    state = t.state
    return (
        state.stage == "intake"
        and bool(state.problem or state.service_id)
        and intent_of(u) in {None, Intent.NEW_JOB}
        and u.question is None
        and no_then_the_job(normalise(u.text))
    )


def _only_a_name(t: Turn, u: Understanding) -> bool:
    """The turn only says a name: no request, time, job or address with it."""
    return (
        u.name is not None
        and intent_of(u) is None
        and u.time is None
        and u.service is None
        and u.address is None
        and u.polarity is None
        and not t.changed - {"name"}
    )


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
        towns=tuple(p for p in facts.service_area if not p.isdigit()),
        offered_slots=offered if state.stage in {"offering", "reschedule"} else (),
        expecting=_expecting(state.expecting),
        outdoor_temp_f=facts.outdoor_temp_f,
        days_in_view=_days_in_view(state, facts.timezone),
        days_wished=_days_wished(state, facts.timezone),
        chosen=_held(state),
        # Only while no new visit is being booked: its times are not the visit on file's.
        visit_told=state.visit_told and state.stage == "intake" and not state.offered,
        meaning=for_one_turn(default_model()),
    )


def _moving_the_visit(state: DialogState) -> bool:
    """The visit on file is being moved, or was told and read back before a new time."""
    return bool(state.appointment_start) and (
        state.stage == "reschedule" or (state.visit_told and state.stage == "intake")
    )


def _held(state: DialogState) -> datetime | None:
    """The time on the table without offers: the one taken, else the visit being moved."""
    if state.chosen:
        return datetime.fromisoformat(state.chosen)
    if _moving_the_visit(state) and not state.offered and state.appointment_start:
        return datetime.fromisoformat(state.appointment_start)
    return None


def _days_in_view(state: DialogState, timezone: str) -> tuple[date, date] | None:
    """The days of the slots on the table: offered ones, or the one being confirmed."""
    if state.stage in {"offering", "reschedule"} and state.offered:
        moments = state.offered
    elif state.chosen and (
        state.stage in {"details", "readback"}
        or (state.stage == "booked" and (state.instant or state.moved_in_writing))
    ):
        moments = [state.chosen]
    elif state.appointment_start and _moving_the_visit(state):
        # The visit on file being moved: "later in the day, like four" and "four works" are
        # that day's hours.
        moments = [state.appointment_start]
    else:
        return None
    zone = ZoneInfo(timezone)
    days = sorted({datetime.fromisoformat(m).astimezone(zone).date() for m in moments})
    return days[0], days[-1]


def _days_wished(state: DialogState, timezone: str) -> tuple[date, date] | None:
    """The days of the caller's standing wish, when it is dated and spans several."""
    wish = window_from_json(state.time_window)
    if wish is None or not wish.dated or wish.latest is None:
        return None
    zone = ZoneInfo(timezone)
    first = wish.earliest.astimezone(zone).date()
    last = (wish.latest - timedelta(microseconds=1)).astimezone(zone).date()
    return (first, last) if last > first else None


def _expecting(value: str) -> Expecting:
    try:
        return Expecting(value)
    except ValueError:
        return Expecting.NOTHING
