"""Several questions in one turn: each one the settings answer (the service area, the hours, a
job's price) is answered in turn, en and es, and the booking goes on; a single question is
answered once, and a later question the settings cannot answer adds nothing invented."""

from __future__ import annotations

import pytest

from tests.assistant_engine.test_conversations import talk, world


@pytest.mark.parametrize(
    "line",
    [
        "couple questions - do you guys go out to Olathe? what do you charge to clear a drain? "
        "and what are your hours? kitchen sink is clogged",
        "1) do you service Olathe 2) how much for a drain cleaning 3) are you open on weekends? "
        "our tub drain is backed up",
    ],
)
async def test_each_question_is_answered_in_english(line: str) -> None:
    _state, replies = await talk(world(), [line], channel="web")
    reply = replies[1]
    assert "Yes, we do work in Olathe." in reply
    assert "usually runs $125 to $300" in reply
    assert "Monday to Friday, 8 AM to 5 PM" in reply
    # The area first, as asked, then the price, then the hours.
    assert reply.index("Olathe") < reply.index("$125") < reply.index("Monday to Friday")


async def test_each_question_is_answered_in_spanish() -> None:
    line = ("Buenas tardes, unas preguntas: ¿van a Olathe? ¿cuánto cobran por destapar un "
            "drenaje? ¿y qué horario tienen? El drenaje de la cocina está tapado")  # fmt: skip
    _state, replies = await talk(world(), [line], channel="web")
    reply = replies[1]
    assert "Olathe" in reply
    assert "$125" in reply
    assert "de lunes a viernes, de 8 a 5" in reply


@pytest.mark.parametrize(
    "line",
    [
        "do you go out to Olathe? my kitchen drain is clogged, how soon can you come",
        "what are your hours? what are your hours? the drain is clogged",
    ],
)
async def test_one_topic_is_answered_once(line: str) -> None:
    _state, replies = await talk(world(), [line], channel="web")
    reply = replies[1]
    assert reply.count("Olathe") + reply.count("Monday to Friday") <= 1
    assert "usually runs" not in reply


async def test_a_later_question_the_settings_cannot_answer_adds_nothing() -> None:
    line = "do you go out to Olathe? do your guys wear booties inside? drain is clogged"
    _state, replies = await talk(world(), [line], channel="web")
    assert "Olathe" in replies[1]
    assert "usually runs" not in replies[1] and "Monday to Friday" not in replies[1]
