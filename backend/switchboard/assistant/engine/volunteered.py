"""Details the caller gives before they are asked for ("Dana Ruiz" to "When would work
best?"): kept by the merge, and acknowledged in a few words, so the caller hears they were
taken and the question that follows is not the same sentence again."""

from __future__ import annotations

from switchboard.assistant.engine.turn import Turn

_DETAILS = {"name", "address", "phone"}


def acknowledge(t: Turn) -> None:
    """Before a question that is not about them: "Thanks, Dana." for a name, the address said
    back (a misheard street is caught before the read-back), a word for a number."""
    state = t.state
    taken = t.changed & _DETAILS
    if not taken or t.said:
        return
    if "name" in taken and state.name:
        t.say("ack.name", name=state.name.split()[0])
    if "address" in taken and state.address:
        t.say("ack.address", address=state.address)
    elif "phone" in taken and "name" not in taken and state.phone:
        t.say("ack.phone")
