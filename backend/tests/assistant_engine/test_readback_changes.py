"""A "no" at the read-back keeps everything captured: the caller is asked what to change,
only that part changes, and the booking is read back again before anything is booked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.assistant_engine.test_conversations import FACTS, talk, world

START = [
    "my kitchen drain is clogged, this is Dana, 12 Oak St Olathe, tomorrow afternoon",
    "the first one",
]
WHAT = "What should I change: the time, the address or something else?"


@pytest.mark.parametrize("no", ["no", "nope", "that's not right", "no, that's wrong"])
async def test_a_plain_no_asks_what_to_change_and_keeps_the_slot(no: str) -> None:
    w = world()
    state, replies = await talk(w, [*START, no])
    assert replies[-1] == WHAT
    assert state.chosen is not None and state.stage == "readback"
    assert state.name == "Dana" and state.address == "12 Oak St, Olathe"
    assert state.service_id == "drain"
    assert not w.booked


async def test_the_address_then_the_new_address_is_read_back_and_booked() -> None:
    w = world()
    state, replies = await talk(w, [*START, "no", "the address", "it's 14 Elm St", "yes"])
    assert "address" in replies[4].lower()
    assert "Tuesday March 3rd at 1 PM, at 14 Elm St" in replies[5]
    assert len(w.booked) == 1 and w.booked[0]["address"] == "14 Elm St"
    assert w.booked[0]["start"].hour == 13 and state.outcome == "booked"


async def test_the_new_detail_straight_after_what_to_change() -> None:
    w = world()
    _state, replies = await talk(w, [*START, "nope", "it's 14 Elm St", "yes"])
    assert "Just to confirm" in replies[4] and "14 Elm St" in replies[4]
    assert w.booked[0]["address"] == "14 Elm St" and w.booked[0]["start"].hour == 13


async def test_the_time_then_a_new_day_offers_and_reads_back_the_rest_unchanged() -> None:
    w = world()
    lines = [*START, "no", "the time", "make it Thursday instead", "the 10", "yes"]
    _state, replies = await talk(w, lines)
    assert "when" in replies[4].lower()
    assert "Thursday March 5th" in replies[5]
    assert "Thursday March 5th at 10 AM, at 12 Oak St" in replies[6]
    assert len(w.booked) == 1 and w.booked[0]["name"] == "Dana"


async def test_a_new_day_straight_after_what_to_change() -> None:
    w = world()
    _state, replies = await talk(w, [*START, "no", "make it Thursday instead"])
    assert "Thursday March 5th" in replies[-1] and not w.booked


async def test_a_correction_with_the_no_applies_at_once() -> None:
    w = world()
    _state, replies = await talk(w, [*START, "no, it's 14 Elm St"])
    assert "Just to confirm" in replies[-1] and "14 Elm St" in replies[-1]
    _state, replies = await talk(world(), [*START, "no, the address", "14 Elm St", "yes"])
    assert "address" in replies[3].lower() and "14 Elm St" in replies[4]


async def test_nothing_to_change_and_no_again_books_nothing() -> None:
    w = world()
    state, replies = await talk(w, [*START, "no", "no"])
    assert "haven't booked anything" in replies[-1] and "anything else" in replies[-1]
    assert not w.booked and state.chosen is None


async def test_nothing_to_change_after_all_reads_back_before_booking() -> None:
    w = world()
    _state, replies = await talk(w, [*START, "no", "actually it's fine"])
    assert "Just to confirm" in replies[-1] and not w.booked


async def test_the_service_in_new_words_replaces_the_problem() -> None:
    w = world()
    state, replies = await talk(
        w, [*START, "no", "the service", "the dishwasher is leaking", "yes"]
    )
    assert "Leak repair" in replies[5]
    assert state.problem == "the dishwasher is leaking" and w.booked[0]["service"] == "leak"


async def test_in_spanish() -> None:
    w = world()
    lines = ["se me tapó el drenaje de la cocina, soy Dana, mañana en la tarde", "la primera",
             "14 Elm St", "no", "la dirección", "22 Pine St", "sí"]  # fmt: skip
    _state, replies = await talk(w, lines, facts=replace(FACTS, language="es"))
    assert replies[4] == "¿Qué le cambio: la hora, la dirección u otra cosa?"
    assert "dirección" in replies[5] and "22 Pine St" in replies[6]
    assert w.booked[0]["address"] == "22 Pine St"


async def test_a_question_while_deciding_is_answered_then_asked_again() -> None:
    w = world()
    state, replies = await talk(w, [*START, "no", "what are your hours"])
    assert "Monday to Friday" in replies[-1] and replies[-1].endswith(WHAT)
    assert state.misunderstandings == 0 and state.chosen is not None
