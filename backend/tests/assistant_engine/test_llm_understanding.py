"""The optional LLM fills what the rules miss, inside its budget, and never overrules them."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import datetime
from typing import Any

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine import DialogState, take_turn
from switchboard.assistant.engine.policy import opening
from switchboard.assistant.llm_understanding import LlmHelp
from switchboard.integrations.errors import ProviderRetryable
from switchboard.integrations.llm.offline import ScriptedLlm
from switchboard.integrations.llm.port import ChatTurn
from tests.assistant_engine.test_conversations import CALLER, FACTS, NOW, world


class SlowLlm:
    name = "slow"

    def __init__(self, delay_s: float, answer: str) -> None:
        self.delay_s, self.answer = delay_s, answer

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        await asyncio.sleep(self.delay_s)
        return self.answer


class FailingLlm:
    name = "failing"

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        raise ProviderRetryable("HTTP 503")


def fields(**values: Any) -> str:
    return json.dumps({"confidence": 0.9, **values})


async def one_turn(
    w: MemoryWorld, text: str, llm: LlmHelp | None, state: DialogState | None = None
) -> DialogState:
    state = state or DialogState()
    await opening(w, FACTS, state, "voice", CALLER)
    await take_turn(w, FACTS, state, text, channel="voice", now=NOW, caller_phone=CALLER, llm=llm)
    return state


ODD = "the gizmo that heats the tank went kaput"


async def test_fills_a_field_the_rules_are_silent_on() -> None:
    without = await one_turn(world(), ODD, None)
    assert without.service_id is None
    model = ScriptedLlm([fields(intent="new_job", service_id="water_heater")])
    state = await one_turn(world(), ODD, LlmHelp(model, budget_s=1.0))
    assert state.service_id == "water_heater"
    # It saw the catalogue and the turn, and nothing about other customers.
    prompt = " ".join(t.content for t in model.prompts[0])
    assert "water_heater" in prompt and ODD in prompt


async def test_a_slow_model_is_ignored_within_the_budget() -> None:
    slow = SlowLlm(2.0, fields(service_id="water_heater"))
    started = time.perf_counter()
    state = await one_turn(world(), ODD, LlmHelp(slow, budget_s=0.05))
    assert time.perf_counter() - started < 1.0
    assert state.service_id is None


async def test_unknown_service_bad_phone_and_far_off_times_are_dropped() -> None:
    answer = fields(
        service_id="solar_panels",
        phone="call me maybe",
        time={"earliest": "2031-01-01T09:00", "latest": "2031-01-01T12:00"},
    )
    state = await one_turn(world(), ODD, LlmHelp(ScriptedLlm([answer])))
    assert state.service_id is None and state.time_window is None
    assert state.phone == CALLER  # caller ID stands


async def test_errors_low_confidence_and_prose_leave_the_rules_alone() -> None:
    for model in (
        FailingLlm(),
        ScriptedLlm([json.dumps({"confidence": 0.2, "service_id": "water_heater"})]),
        ScriptedLlm(["Sure! The caller needs a water heater repair."]),
    ):
        state = await one_turn(world(), ODD, LlmHelp(model))
        assert state.service_id is None


async def test_never_talks_an_emergency_down() -> None:
    w = world()
    calm = fields(intent="new_job", emergency=False, service_id="drain", polarity="no")
    state = await one_turn(w, "i smell gas in my basement", LlmHelp(ScriptedLlm([calm])))
    assert state.emergency and w.pages and w.pages[0][0] == "emergency"
    assert state.hazards == ["gas_leak"]


async def test_does_not_override_what_the_rules_are_sure_of() -> None:
    wrong = fields(service_id="leak", name="Robert", time={"earliest": "2026-03-05T09:00"})
    state = await one_turn(
        world(),
        "my kitchen drain is clogged, this is Dana, tomorrow morning",
        LlmHelp(ScriptedLlm([wrong])),
    )
    assert state.service_id == "drain" and state.name == "Dana"
    assert state.time_window is not None
    assert datetime.fromisoformat(state.time_window["earliest"]).day == 3
