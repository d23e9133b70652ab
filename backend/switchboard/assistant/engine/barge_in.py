"""A reply the caller talked over (barge-in on a voice call) and what the next turn makes of it.

The channel reports what the caller heard before they spoke (ConversationRelay's
`utteranceUntilInterrupt`). The reply itself stays whole in the state (`last_reply`, so
"repeat that" says all of it again); what changes is which of its offered times the caller
never heard (`unheard_offers`): "the second one" or "yes" cannot book a time that was cut off
before the caller heard it (`booking.choose` offers them again). Each new reply is taken as
heard in full until the channel reports otherwise.
"""

from __future__ import annotations

import re
from datetime import datetime

from switchboard.assistant.engine import speech
from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.messages import render

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _heard_count(reply: list[str], heard: list[str]) -> int:
    """How many of the reply's words the caller heard."""
    same = 0
    for said, got in zip(reply, heard, strict=False):
        if said != got:
            break
        same += 1
    if same >= len(heard) - 1:
        return same  # the reply's own words; a last word cut halfway was not heard
    # Not our words verbatim (the speech engine said them its own way): count them.
    return min(len(heard), len(reply))


def _end_of(part: list[str], whole: list[str]) -> int | None:
    """The index just past the first occurrence of `part` in `whole`, if it is there."""
    for start in range(len(whole) - len(part) + 1):
        if whole[start : start + len(part)] == part:
            return start + len(part)
    return None


def unheard_offers(state: DialogState, timezone: str, heard: str) -> list[int]:
    """The offered slots (indexes into `state.offered`) that the last reply spoke but the
    caller did not hear in full before talking over it."""
    if state.stage not in {"offering", "reschedule"} or not state.offered or not state.last_reply:
        return []
    reply = _words(state.last_reply)
    heard_count = _heard_count(reply, _words(heard))
    unheard: list[int] = []
    for index, moment in enumerate(state.offered):
        words = speech.parts(datetime.fromisoformat(moment), timezone, state.language)
        end = _end_of(_words(render("slots.option", state.language, **words)), reply)
        if end is not None and end > heard_count:
            unheard.append(index)
    return unheard


def interrupted(state: DialogState, timezone: str, heard: str) -> None:
    """The caller talked over the last reply after hearing `heard`."""
    state.unheard_offers = unheard_offers(state, timezone, heard)
