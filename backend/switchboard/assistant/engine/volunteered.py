"""Details the caller gives before they are asked for ("Dana Ruiz" to "When would work
best?"): kept by the merge, and acknowledged in a few words, so the caller hears they were
taken and the question that follows is not the same sentence again.

Answers to a question that was not asked (yet).

Callers give their name when they are ready, not when it is asked for: "When would work best
for you?" "Justin Kowalczyk." A turn that nothing else explains (no time, no choice, no yes or
no, no request) and reads as a first and last name when taken as the answer to "your name?"
is that: the name is kept and the call moves on, rather than "Sorry, I didn't catch that".
And a name is only a name: "Jo March, 3 Elm St" asks for no day in March.
"""

from __future__ import annotations

from dataclasses import replace

from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.engine.turn import Turn
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Polarity,
    Understanding,
    understand,
)
from switchboard.assistant.understanding.name_case import HONORIFICS
from switchboard.assistant.understanding.normalise import fold, normalise
from switchboard.assistant.understanding.timeprefs import parse_time

# A volunteered name has a first and a last name; one word alone is too easily something else.
_FEWEST_WORDS = 2
# Accepted as a name by the engine, as a name said while it was asked for is.
_CONFIDENCE = 0.7


# Questions a "sure" or "yes" does not answer: there, "sure, it's Cheryl Ogunbanjo" is a name.
_OPEN_QUESTIONS = {Expecting.TIME, Expecting.PROBLEM, Expecting.ADDRESS, Expecting.PHONE}


def _explained(u: Understanding, expecting: Expecting) -> bool:
    # "Sure" answers nothing there; "I don't know" still says something.
    said_yes = u.polarity is not None and u.polarity.value is Polarity.YES
    polarity = None if said_yes and expecting in _OPEN_QUESTIONS else u.polarity
    return any(
        x is not None
        for x in (
            u.intent,
            polarity,
            u.time,
            u.slot,
            u.name,
            u.company,
            u.phone,
            u.address,
            u.service,
            u.emergency,
            u.language_request,
        )
    ) or bool(u.hazards)


def with_volunteered_name(
    u: Understanding, text: str, context: Context, state: DialogState
) -> Understanding:
    """`u`, with the caller's name when the whole turn is an unasked-for name."""
    if (
        state.name is not None
        or context.expecting is Expecting.NAME
        or _explained(u, context.expecting)
    ):
        return u
    as_answer = understand(text, replace(context, expecting=Expecting.NAME))
    name = as_answer.name
    if name is None or len(name.value.split()) < _FEWEST_WORDS:
        return u
    return replace(u, name=replace(name, confidence=_CONFIDENCE))


def without_time_in_name(u: Understanding, context: Context) -> Understanding:
    """`u`, without a time that only the caller's name spells ("Jo March", "April Lee",
    "Dana Friday"): a name is never a wish for a day."""
    if u.time is None or u.name is None:
        return u
    name_words = {w for w in normalise(u.name.value).tokens}
    rest = " ".join(w for w in normalise(u.text).tokens if w not in name_words)
    # A turn that is only the "name" ("thursday afternoon") is a time, not a name.
    if rest and parse_time(normalise(rest), context) is None:
        return replace(u, time=None)
    return u


_DETAILS = {"name", "address", "phone"}


def _called(name: str) -> str:
    """How the caller is thanked: by first name, or in full with a title ("Dr. Patel")."""
    first = name.split()[0]
    return name if fold(first).rstrip(".") in HONORIFICS else first


def acknowledge(t: Turn, asked: frozenset[str] = frozenset()) -> None:
    """Before a question that is not about them: "Thanks, Dana." for a name, the address said
    back (a misheard street is caught before the read-back), a word for a number. Details in
    `asked` were the answer to the last question and need no thanks of their own."""
    state = t.state
    taken = t.changed & _DETAILS - asked
    if not taken or t.said:
        return
    if "name" in taken and state.name and t.name_of_someone_else:
        t.say("ack.someone_elses_name")  # "Gracias", never "Gracias, Rosalinda" to her son
    elif "name" in taken and state.name:
        t.say("ack.name", name=_called(state.name))
    if "address" in taken and state.address:
        t.say("ack.address", address=state.address)
    elif "phone" in taken and "name" not in taken and state.phone:
        t.say("ack.phone")


def asked_before(t: Turn) -> frozenset[str]:
    """The details the last question asked for: "Can I get your name and the address?" asks
    for both."""
    state = t.state
    last = state.last_reply or ""
    if last.endswith(render("ask.name_address_phone", state.language)):
        return frozenset({"name", "address", "phone"})
    if last.endswith(render("ask.name_and_address", state.language)):
        return frozenset({"name", "address"})
    asked = frozenset({state.expecting}) if state.expecting else frozenset()
    if last.endswith(render("ask.phone_too", state.language)):
        return asked | {"phone"}  # "Your name, please? And a phone number ...?"
    return asked
