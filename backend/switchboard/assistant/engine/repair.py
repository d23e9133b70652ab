"""Repair: never the same question three times in the same words.

A question asked twice in a row that did not move the call on is said the third time in
other words, with examples ("What day and time would suit you? For example, tomorrow morning
or Thursday afternoon."). If that does not help either, the caller is not kept in a loop: the
owner gets a message with what was gathered, and the call closes politely.
"""

from __future__ import annotations

import json
from datetime import datetime

from switchboard.assistant.engine import speech
from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.turn import Turn, handoff
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import Expecting

# The same question in a row: the third time in other words, the fourth never asked.
REPHRASE_AT = 3
GIVE_UP_AT = 4

_REPHRASE = {
    Expecting.TIME.value: "repair.time",
    Expecting.NAME.value: "repair.name",
    Expecting.ADDRESS.value: "repair.address",
    Expecting.PHONE.value: "repair.phone",
    Expecting.CONFIRMATION.value: "repair.confirmation",
    Expecting.PROBLEM.value: "repair.problem",
}


def _question(text: str) -> tuple[str, str] | None:
    """(what comes before, the question) when the reply ends by asking something."""
    text = text.strip()
    if not text.endswith("?"):
        return None
    cut = max(text.rfind(mark, 0, len(text) - 1) for mark in (". ", "? ", "! "))
    if cut < 0:
        return "", text
    return text[: cut + 1], text[cut + 2 :]


def _key(t: Turn, question: str) -> str:
    """The question with everything it is about: when the caller's answer changed any of it
    (a name taken, new offers, another time), the next question is not a repeat."""
    state = t.state
    about = [
        state.stage,
        state.expecting,
        question,
        state.offered,
        state.chosen,
        state.time_window,
        state.name,
        state.phone,
        state.address,
        state.service_id,
        state.problem,
        state.language,
    ]
    return json.dumps(about, default=str, sort_keys=True)


def _rephrased(t: Turn, question: str) -> str | None:
    state = t.state
    language = state.language
    if state.expecting == Expecting.SLOT.value and state.offered:
        slots = [datetime.fromisoformat(s) for s in state.offered]
        spoken, _ = speech.option_list(slots, t.facts.timezone, language)
        message = "repair.slot_one" if len(slots) == 1 else "repair.slot"
        return render(message, language, options=spoken)
    if question == render("ask.name_and_address", language):
        return render("repair.name_and_address", language)
    other = _REPHRASE.get(state.expecting)
    return render(other, language) if other else None


def _didnt_catch(text: str, language: str) -> bool:
    return text.strip() == render("clarify.didnt_understand", language)


async def guard(t: Turn, reply: Reply) -> Reply:
    """Count the question this reply asks; say it in other words, or take a message."""
    state = t.state
    asked = _question(reply.text)
    if t.repeated:  # "repeat that": the caller asked for the same words
        return reply
    if asked is None or reply.ends_conversation or state.stage == "closed":
        state.asked, state.asked_times, state.asked_words_times = None, 0, 0
        return reply
    before, question = asked
    # "Sorry, I didn't catch that" asks the question on the table again.
    key = state.asked if _didnt_catch(reply.text, state.language) else None
    key = key or _key(t, question)
    same_words = state.asked is not None and json.loads(state.asked)[2] == question
    state.asked_words_times = state.asked_words_times + 1 if same_words else 1
    state.asked_times = state.asked_times + 1 if key == state.asked else 1
    state.asked = key
    if state.asked_times >= GIVE_UP_AT:
        state.asked, state.asked_times = None, 0
        t.said = []
        return await handoff(t, "partial_intake")
    if state.asked_times == REPHRASE_AT or state.asked_words_times == REPHRASE_AT:
        other = _rephrased(t, question)
        if other is not None:
            state.asked_words_times = 0
            text = f"{before} {other}".strip()
            return Reply(text, options=reply.options, actions=reply.actions, outcome=reply.outcome)
    return reply
