"""A web visitor's move or cancel stays a message (nothing on the record is seen or changed
from a chat), and the message is one the owner can answer: an answer without a number is
asked for the number once more, and a "yes" after the message is taken starts no booking.
Our own wording."""

from __future__ import annotations

import pytest

from tests.assistant_engine.test_conversations import talk, world


@pytest.mark.parametrize(
    ("first", "answer"),
    [
        ("Hi, Lorna Pike here. Can my drain cleaning move to Friday instead?", "friday 2pm is ok"),
        ("Soy Matilde Ríos, quiero cancelar mi cita del jueves", "sí, por favor cancélela"),
    ],
)
async def test_an_answer_without_a_number_is_asked_for_it_once_more(
    first: str, answer: str
) -> None:
    w = world()
    state, replies = await talk(w, [first, answer, "913 555 0166"], channel="web")
    assert "number" in replies[1] or "número" in replies[1]
    assert replies[2] != replies[1] and ("number" in replies[2] or "número" in replies[2])
    assert state.outcome == "message_taken" and w.callbacks[-1][1]["phone"] == "+19135550166"
    assert not w.booked and not w.rescheduled and not w.cancelled


async def test_a_number_given_closes_the_message_at_once() -> None:
    w = world()
    state, replies = await talk(
        w,
        ["Hi, Lorna Pike here, can my drain cleaning move to Friday?", "913-555-0166"],
        channel="web",
    )
    assert "passed that on" in replies[2] and state.outcome == "message_taken"


async def test_a_yes_after_the_message_is_taken_starts_no_booking() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "Hi, Lorna Pike here, can my drain cleaning move to Friday?",
            "913-555-0166",
            "yes please",
        ],
        channel="web",
    )
    assert "I have" not in replies[3] and not state.offered and not w.booked
