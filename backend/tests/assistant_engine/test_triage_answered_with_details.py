"""The triage question answered with the caller's details and, in the same breath, that the
water is still escaping: the owner is paged. Details alone leave the question open: they are
kept and it is asked once more (never a third time); a "no" then books as routine, a "yes"
pages."""

from __future__ import annotations

import pytest

from switchboard.assistant.understanding.meaning import default_model
from tests.assistant_engine.test_conversations import talk, world

# Worth a question only: the model leans to a hazard; no rule is sure.
UNSURE = "there's water coming out from under the dishwasher onto the floor"

pytestmark = pytest.mark.skipif(default_model() is None, reason="the meaning model decides")


@pytest.mark.parametrize(
    "answer",
    [
        "Dana Smith, 12 Oak St. it's still gushing",
        "Dana Smith at 12 Oak St, the water's out in the hallway now",
    ],
)
async def test_details_with_the_water_still_escaping_page(answer: str) -> None:
    w = world()
    state, replies = await talk(w, [UNSURE, answer])
    assert replies[1].startswith("Is ")
    assert [kind for kind, _ in w.pages] == ["emergency"] and state.emergency


async def test_details_alone_ask_the_question_once_more_then_a_no_is_routine() -> None:
    w = world()
    state, replies = await talk(w, [UNSURE, "Dana Smith, 12 Oak St", "no it stopped"])
    assert "Before we go on" in replies[2] and replies[2].endswith(replies[1])
    assert state.name == "Dana Smith" and state.address and "12 Oak" in state.address
    assert not w.pages and not state.emergency
    assert "When would work best" in replies[3]


async def test_details_alone_then_a_yes_pages() -> None:
    w = world()
    state, replies = await talk(w, [UNSURE, "Dana Smith, 12 Oak St", "yes"])
    assert "Before we go on" in replies[2]
    assert [kind for kind, _ in w.pages] == ["emergency"] and state.emergency


async def test_the_question_is_never_asked_a_third_time() -> None:
    w = world()
    _state, replies = await talk(w, [UNSURE, "Dana Smith, 12 Oak St", "my number is 913 555 0100"])
    assert "Before we go on" in replies[2] and "Before we go on" not in replies[3]
    assert not replies[3].startswith("Is ")


@pytest.mark.parametrize(
    "answer",
    ["sure, it's Dana Smith", "yeah this is Dana Smith", "sí, soy Dana Smith"],
)
async def test_a_yes_before_a_name_answers_the_name_not_the_question(answer: str) -> None:
    w = world()
    state, replies = await talk(w, [UNSURE, answer])
    assert replies[1].startswith("Is ")
    assert not w.pages and not state.emergency


async def test_a_yes_with_a_name_and_the_water_still_coming_pages() -> None:
    w = world()
    state, _ = await talk(w, [UNSURE, "yes, Dana Smith here, and it's still coming out"])
    assert [kind for kind, _ in w.pages] == ["emergency"] and state.emergency
