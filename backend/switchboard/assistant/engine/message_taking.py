"""Calls that are not bookings end in a message for the owner, taken as a receptionist takes
one: what it is about, who is calling and the number to call back, then a polite close. A
supplier, a job applicant, a question the business has no answer for: no booking loop. A
caller who gave only a first name ("this is Kyle over at Midwest Supply") is asked once for
the full name: the owner calls back someone they can tell from the other Kyles; the owner's own
family is not ("it's Linda, Mike's wife"), only asked what to pass on when that is still to come.
Asked for a number, a caller often tells more of the message first ("somebody needs to tell me
where to drop it"): that is taken, and the number asked once more, the line they are calling
from being a fine answer; only then is the message closed with the caller ID."""

from __future__ import annotations

from collections.abc import Callable

from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.engine.turn import Turn, hangup
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import Expecting, Understanding
from switchboard.assistant.understanding.name_rules import said_with_a_post
from switchboard.assistant.understanding.non_customers import (
    number_to_come,
    official,
    only_asks_for_a_message,
    owners_family,
)
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.number_pointed_at import number_pointed_at

Merge = Callable[[Turn, Understanding], bool]


async def start(t: Turn, u: Understanding, reason: str, merge: Merge) -> Reply:
    """The caller's business for the owner: recorded now (nothing is lost if they hang up),
    completed with their name and number when they give them."""
    state = t.state
    merge(t, u)
    if state.callback_created and state.message_reason == reason and state.name:
        if state.stage == "message":
            # More of the same message, told while its name or number was asked.
            return await _completed(t, u)
        return _close(t)  # said again after the message was taken: it is on its way
    state.message_reason = reason
    state.message = state.message or u.text[:300]
    await _record(t)
    norm = normalise(u.text)
    # The owner's own family is known to him by first name; what to tell him may be to come.
    family = owners_family(norm)
    if state.name and state.phone and (family or not first_name_only(state.name)):
        if family and only_asks_for_a_message(norm):
            state.stage, state.expecting = "message", Expecting.NOTHING.value
            t.say("message.ask_what")
            return Reply(t.text())
        if not (number_to_come(norm) or _office_line(t, u)):
            return _close(t)
        # "... I need the contractor to call me": the number is what they say next.
        state.stage, state.expecting = "message", Expecting.PHONE.value
        t.say("message.ask_phone")
        return Reply(t.text())
    state.stage = "message"
    # "This is Inspector Alvarez with the building department": an official who goes by a
    # post and a surname is known so, with the office the message holds; only the number is
    # asked. "It's Tamsin with the permit office" is asked the full name like anyone.
    if state.name and first_name_only(state.name) and not said_with_a_post(state.name, norm.text):
        state.expecting = Expecting.NAME.value
        t.say("message.ask_full_name")
    elif state.name:
        # "Hi, Brent Kaczmarek here, please cancel...": the name is said; only the number.
        state.expecting = Expecting.PHONE.value
        t.say("message.ask_phone")
    else:
        state.expecting = Expecting.NAME.value
        t.say("message.ask_contact")
    return Reply(t.text())


def _office_line(t: Turn, u: Understanding) -> bool:
    """An official calling about a permit or an inspection, on a call, with no number said:
    the line they call from is an office's, so the number to reach them is asked."""
    return t.channel == "voice" and u.phone is None and official(normalise(u.text))


# Messages from someone who wants a call, not a visit: a day said while leaving one ("have
# him call me monday", or digits of a number heard as an hour) is when to call back.
_CALLBACK_REASONS = {"vendor", "job_applicant", "message", "handoff"}


def callback_time(state: DialogState) -> bool:
    """A time said now belongs to the message: when the caller wants the call back."""
    return state.message_reason in _CALLBACK_REASONS


def first_name_only(name: str) -> bool:
    """ "Kyle": one word, no surname (a title with a surname, "Mrs. Patel", is two)."""
    return len(name.split()) == 1


async def finish(t: Turn, u: Understanding, merge: Merge) -> Reply:
    merge(t, u)
    return await _completed(t, u)


async def _completed(t: Turn, u: Understanding) -> Reply:
    """The caller's answer to the name or number asked for the message: kept, and the message
    closed unless what it still lacks is worth asking once more."""
    state = t.state
    if state.message and u.text not in state.message:
        # "It's Tom Reyes, tell him the permit came through": the message itself, kept.
        state.message = f"{state.message} / {u.text}"[:600]
    await _record(t)
    # "No, I want him, not a machine", "it's about the nails": asked for a name, the caller
    # said more of the message; the owner should know whom to call back.
    no_name = state.name is None and state.expecting == Expecting.NAME.value and not t.said
    if no_name and not state.message_name_asked:
        state.message_name_asked = True
        t.say("message.ask_name_again")
        return Reply(t.text())
    if _number_still_wanted(t, u):
        # "Somebody needs to tell me where to drop it": asked for a number, the caller told
        # more of the message; the number is asked once more (the caller ID is a fine answer).
        state.message_phone_asked = True
        state.expecting = Expecting.PHONE.value
        on_the_line = t.channel == "voice" and t.caller_phone is not None
        t.say("message.ask_phone_once_more" if on_the_line else "message.ask_phone_again")
        return Reply(t.text())
    phone_asked = state.expecting == Expecting.PHONE.value and not state.message_phone_asked
    if state.phone is None and phone_asked and not t.said:
        # No number to call back (a web visitor) and the answer held none ("11 works", "yes,
        # cancel it"): asked once more; a message nobody can answer is no message.
        state.expecting = Expecting.NOTHING.value
        t.say("message.ask_phone_again")
        return Reply(t.text())
    return _close(t)


# An answer this long that holds no name nor number says more of the message ("it's about a
# backflow report he filed"); a shorter one is a yes, a thanks or a goodbye.
_MESSAGE_WORDS = 6


def _number_still_wanted(t: Turn, u: Understanding) -> bool:
    """The number was asked (alone, or with the name already said) and the answer told more
    of the message instead: no number said, none pointed at ("the one I'm calling from"),
    and the only number known is the line called from, or none. Asked once, never twice."""
    state = t.state
    norm = normalise(u.text)
    return (
        not t.said
        and not state.message_phone_asked
        and state.name is not None
        and state.expecting in {Expecting.PHONE.value, Expecting.NAME.value}
        and u.phone is None
        and u.name is None
        and state.phone in {None, t.caller_phone}
        and len(norm.tokens) >= _MESSAGE_WORDS
        and not number_pointed_at(norm)
    )


async def _record(t: Turn) -> None:
    state = t.state
    summary = {**state.captured(), "message": state.message}
    await t.world.create_callback(state.message_reason or "message", summary)
    state.callback_created = True


def _close(t: Turn) -> Reply:
    state = t.state
    when = t.facts.callback_when.get(state.language) or render(
        "handoff.when_default", state.language
    )
    t.say("handoff.message_taken", when=when)
    state.stage = "closed"
    return Reply(t.text(), actions=hangup(t), outcome="message_taken")
