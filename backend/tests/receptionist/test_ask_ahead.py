"""Asking the model before the turn's transaction asks it exactly what the turn itself would
have asked, at every stage of a conversation, and the answer is used the same way."""

from __future__ import annotations

import copy
import json

from switchboard.assistant.engine import DialogState, take_turn
from switchboard.assistant.engine.policy import opening, understanding_context
from switchboard.assistant.llm_understanding import LlmHelp, ask_ahead
from switchboard.integrations.llm.offline import ScriptedLlm
from tests.assistant_engine.test_conversations import CALLER, FACTS, NOW, world

ANSWER = json.dumps({"confidence": 0.2})  # too unsure to change anything
TURNS = [
    "my water heater is leaking",
    "tomorrow morning",
    "the first one",
    "Dana Reyes",
    "12 Oak St, Overland Park",
    "yes",
]


async def test_the_prompt_asked_ahead_is_the_prompt_the_turn_would_send() -> None:
    w = world()
    state = DialogState()
    await opening(w, FACTS, state, "voice", CALLER)
    for text in TURNS:
        ahead = ScriptedLlm([ANSWER])
        before = copy.deepcopy(state)
        answered = await ask_ahead(
            LlmHelp(ahead, budget_s=5),
            text,
            understanding_context(FACTS, before, "voice", NOW),
            before.last_reply,
        )
        assert answered is not None
        inside = ScriptedLlm([ANSWER])
        await take_turn(
            w,
            FACTS,
            state,
            text,
            channel="voice",
            now=NOW,
            caller_phone=CALLER,
            llm=LlmHelp(inside, budget_s=5),
        )
        assert ahead.prompts == inside.prompts, text
    assert state.stage in {"booked", "closed"}, state.stage
