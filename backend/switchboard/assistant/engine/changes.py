"""A "no" at the read-back, as a receptionist takes it: nothing captured is dropped. The
caller is asked what to change; their answer ("the time", "the address", or the new detail
itself: "make it Thursday instead", "it's 14 Elm St") changes only that part, and the
booking is read back again. A correction said with the "no" ("no, it's 14 Elm St", "no,
the address") is applied at once."""

from __future__ import annotations

from collections.abc import Callable

from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.turn import MAX_MISUNDERSTANDINGS, Turn, handoff, polarity_of
from switchboard.assistant.understanding import Expecting, Polarity, Understanding

# The part to change -> the question that asks for it anew.
_ASK = {
    "address": ("ask.address", Expecting.ADDRESS),
    "name": ("ask.name", Expecting.NAME),
    "phone": ("ask.phone", Expecting.PHONE),
    "service": ("ask.problem", Expecting.PROBLEM),
}
_PARTS_ASKED = {expecting.value for _, expecting in _ASK.values()}


def ask_what_to_change(t: Turn) -> Reply:
    t.state.expecting = Expecting.CHANGE.value
    t.say("readback.what_to_change")
    return Reply(t.text())


def change_part(t: Turn, part: str) -> Reply:
    """Ask for one part again; everything else stays as captured."""
    state = t.state
    if part == "time":
        # The slot goes back on the table: a new time, new offers, then the read-back.
        state.chosen, state.offered, state.time_window = None, [], None
        state.stage, state.expecting = "intake", Expecting.TIME.value
        t.say("ask.time")
        return Reply(t.text())
    if part == "service":
        state.problem = None  # the caller is about to say it again, in their words
    message, expecting = _ASK[part]
    state.expecting = expecting.value
    t.say(message)
    return Reply(t.text())


async def answer(t: Turn, u: Understanding, read_back: Callable[[], Reply]) -> Reply | None:
    """The reply to a read-back answer about what to change, or None when it is a plain yes
    or no to the read-back itself. `read_back` says the read-back again. (A new time or a new
    detail in the answer was already taken by the read-back before this.)"""
    state = t.state
    polarity = polarity_of(u)
    asked = state.expecting
    if u.change is not None and (
        asked == Expecting.CHANGE.value or polarity in {Polarity.NO, Polarity.CORRECTION}
    ):
        return change_part(t, u.change.value)
    if asked == Expecting.PROBLEM.value and state.problem is not None and polarity is None:
        # The job again, in words the catalogue has no name for: the read-back says them.
        state.service_id = None
        return read_back()
    if asked not in _PARTS_ASKED | {Expecting.CHANGE.value}:
        return None
    if polarity is Polarity.YES:
        return read_back()  # "actually it's all fine": read back, book only on a yes to it
    if asked == Expecting.CHANGE.value and polarity is Polarity.NO:
        # Nothing to change and no booking either: nothing is booked.
        state.stage, state.chosen = "intake", None
        state.expecting = "anything_else"
        t.say("booking.not_confirmed")
        t.say("ask.anything_else")
        return Reply(t.text())
    if not t.said:  # a question answered in this turn is not a misunderstanding
        state.misunderstandings += 1
        if state.misunderstandings >= MAX_MISUNDERSTANDINGS:
            return await handoff(t, "partial_intake")
    if asked == Expecting.CHANGE.value:
        return ask_what_to_change(t)
    part = next(p for p, (_, e) in _ASK.items() if e.value == asked)
    return change_part(t, part)
