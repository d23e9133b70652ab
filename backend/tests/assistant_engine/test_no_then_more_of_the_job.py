"""A "no" that goes on about the job, said to "Would you like to book a visit?", is the job
told further, not the visit turned down: the booking goes on. A "no" with a reason that
declines (thanks, only asking, not now, later, the price) still ends the call. Every line here
was written for this file."""

from __future__ import annotations

import pytest

from tests.assistant_engine.test_conversations import talk, world

_ASKED = [
    "do you guys replace water heaters? we want to swap our old tank for a new one, already "
    "bought it",
    "¿ustedes instalan calentadores de agua? queremos quitar el viejo y poner uno nuevo, ya lo "
    "compramos",
]


@pytest.mark.parametrize(
    ("asked", "no"),
    [
        (_ASKED[0], "no no, the old one still works, it's just really old"),
        (_ASKED[1], "no no el viejo todavía funciona nomás que ya está muy viejo"),
    ],
)
async def test_a_no_that_tells_more_of_the_job_goes_on_to_book(asked: str, no: str) -> None:
    w = world()
    state, replies = await talk(w, [asked, no])
    assert any(s in replies[1] for s in ("book a visit", "agendar una visita")), replies[1]
    assert not any(s in replies[2] for s in ("Goodbye", "Hasta luego")), replies[2]
    assert state.stage == "intake"
    assert state.problem is not None and (
        "still works" in state.problem or "viejo" in state.problem
    )


@pytest.mark.parametrize(
    ("asked", "no"),
    [
        (_ASKED[0], "no thanks, I was just asking for now"),
        (_ASKED[0], "no, not right now, we'll wait until spring"),
        (_ASKED[0], "no, that's too expensive for us"),
        (_ASKED[1], "no, ahorita no, gracias"),
        (_ASKED[1], "no, por ahora no, todavía lo estamos pensando"),
        (_ASKED[0], "no"),
    ],
)
async def test_a_no_that_declines_still_ends_the_call(asked: str, no: str) -> None:
    w = world()
    _state, replies = await talk(w, [asked, no])
    assert any(s in replies[2] for s in ("Goodbye", "Hasta luego")), replies[2]
    assert not w.booked
