"""An hour said alone to put right the one just taken ("oops sorry I meant 3, I get off work
at 2:30", "perdón, quise decir 3") moves the visit booked in writing to that hour of its day,
never to offers around what the caller's day rules out. A count after "sorry" ("4 people
live here") moves nothing. Every line here was written for this file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.assistant_engine.test_conversations import FACTS, talk, world

ES = replace(FACTS, language="es")
KNOWN = "my kitchen drain is clogged, this is Dana Smith at 14 Elm St"
CONOCIDO = "se me tapó el drenaje de la cocina, soy María López, 14 Elm St"


@pytest.mark.parametrize(
    ("lines", "facts"),
    [
        ([KNOWN, "tomorrow at 1", "oops sorry I meant 3, I get off work at 2:30"], FACTS),
        ([KNOWN, "tomorrow at 1", "sorry I meant 3"], FACTS),
        ([CONOCIDO, "mañana a la 1", "perdón, quise decir 3"], ES),
    ],
)
async def test_the_hour_put_right_moves_the_booking(lines: list[str], facts: object) -> None:
    w = world()
    _state, replies = await talk(w, lines, channel="sms", facts=facts)  # type: ignore[arg-type]
    assert len(w.booked) == 1
    assert (w.booked[0]["start"].day, w.booked[0]["start"].hour) == (3, 15), replies[-1]
    assert "Which works best" not in replies[-1] and "Cuál le queda" not in replies[-1]


async def test_a_count_after_sorry_moves_nothing() -> None:
    w = world()
    _state, _replies = await talk(
        w, [KNOWN, "tomorrow at 1", "sorry, 4 people live here, is that ok?"], channel="sms"
    )
    assert len(w.booked) == 1 and w.booked[0]["start"].hour == 13
