"""Details the caller gives before they are asked for ("Dana Ruiz" to "When would work
best?"): kept by the merge, and acknowledged in a few words, so the caller hears they were
taken and the question that follows is not the same sentence again."""

from __future__ import annotations

from switchboard.assistant.engine.turn import Turn
from switchboard.assistant.messages import render
from switchboard.assistant.understanding.name_case import HONORIFICS
from switchboard.assistant.understanding.normalise import fold

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
    if "name" in taken and state.name:
        t.say("ack.name", name=_called(state.name))
    if "address" in taken and state.address:
        t.say("ack.address", address=state.address)
    elif "phone" in taken and "name" not in taken and state.phone:
        t.say("ack.phone")


def asked_before(t: Turn) -> frozenset[str]:
    """The details the last question asked for: "Can I get your name and the address?" asks
    for both."""
    state = t.state
    both = render("ask.name_and_address", state.language)
    if state.last_reply and state.last_reply.endswith(both):
        return frozenset({"name", "address"})
    return frozenset({state.expecting}) if state.expecting else frozenset()
