"""Details the caller gives before they are asked for ("Dana Ruiz" to "When would work
best?"): kept by the merge, and acknowledged in a few words, so the caller hears they were
taken and the question that follows is not the same sentence again."""

from __future__ import annotations

from switchboard.assistant.engine.turn import Turn
from switchboard.assistant.understanding.identity import HONORIFICS
from switchboard.assistant.understanding.normalise import fold

_DETAILS = {"name", "address", "phone"}


def _called(name: str) -> str:
    """How the caller is thanked: by first name, or in full with a title ("Dr. Patel")."""
    first = name.split()[0]
    return name if fold(first).rstrip(".") in HONORIFICS else first


def acknowledge(t: Turn) -> None:
    """Before a question that is not about them: "Thanks, Dana." for a name, the address said
    back (a misheard street is caught before the read-back), a word for a number."""
    state = t.state
    taken = t.changed & _DETAILS
    if not taken or t.said:
        return
    if "name" in taken and state.name:
        t.say("ack.name", name=_called(state.name))
    if "address" in taken and state.address:
        t.say("ack.address", address=state.address)
    elif "phone" in taken and "name" not in taken and state.phone:
        t.say("ack.phone")
