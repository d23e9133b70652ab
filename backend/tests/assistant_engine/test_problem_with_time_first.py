"""A first message that tells the problem, a day and a question at once ("the boiler quit,
can you come tomorrow?"): the problem is kept and real times are offered, never "what can
we help with?" asked after it was told. Now: Monday 2026-03-02 10:00 in Chicago."""

from __future__ import annotations

import pytest

from tests.assistant_engine.test_conversations import talk, world


@pytest.mark.parametrize(
    "first",
    [
        "la secadora de ropa no prende y ya revisamos el enchufe. ¿pueden venir mañana?",
        "se descompuso la bomba del sótano, ¿podrían mandar a alguien el miércoles?",
        "my garage heater won't turn on at all, could someone come tomorrow?",
    ],
)
async def test_the_problem_told_with_a_day_and_a_question_is_kept(first: str) -> None:
    state, replies = await talk(world(), [first])
    assert state.problem is not None
    assert state.offered, replies[-1]
