"""A caller who asks for the other language ("no hablo inglés", "spanish please", "do you
speak English?"): the conversation goes on in it from this turn. The caller hears that it
does, then the question on the table again, in their language; what they said with the
request is taken as usual."""

from __future__ import annotations

from datetime import datetime

from switchboard.assistant.engine import speech
from switchboard.assistant.engine.account import account
from switchboard.assistant.engine.booking import ask_next
from switchboard.assistant.engine.readback import read_back
from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.turn import Turn, intent_of
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import Intent, Understanding


def only_asked_for_language(u: Understanding, understood: bool) -> bool:
    """The turn asked for a language and said nothing else the engine can act on."""
    return (
        u.language_request is not None
        and not understood
        and intent_of(u) in {None, Intent.GREETING}
        and u.time is None
        and u.slot is None
    )


async def ask_again(t: Turn, u: Understanding) -> Reply:
    """The question the caller was last asked, in the conversation's language now."""
    state = t.state
    if state.stage in {"offering", "reschedule"} and state.offered:
        slots = [datetime.fromisoformat(s) for s in state.offered]
        spoken, each = speech.option_list(slots, t.facts.timezone, state.language)
        if state.emergency:
            words = speech.parts(slots[0], t.facts.timezone, state.language)
            earliest = render("slots.option", state.language, **words)
            t.say("emergency.earliest_slot", time=earliest)
        else:
            t.say("slots.offer" if len(slots) > 1 else "slots.offer_one_more", options=spoken)
        return Reply(t.text(), options=tuple(each))
    if state.stage == "readback" and state.chosen:
        return read_back(t)
    if state.pending_intent:
        return await account(t, u)
    if state.stage in {"booked", "closed"} or state.expecting == "anything_else":
        t.say("ask.anything_else")
        return Reply(t.text())
    return await ask_next(t)
