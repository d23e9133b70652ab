"""Turns a receptionist takes in stride: a time without a day, an exact time that is open, a
detail added at the read-back, an hour repeated back."""

from __future__ import annotations

from datetime import datetime

from eval.memory_world import MemoryWorld, hourly_slots
from tests.assistant_engine.test_conversations import CHI, talk, world


async def test_an_exact_time_that_is_open_is_taken() -> None:
    w = world()
    state, replies = await talk(w, ["my kitchen drain is clogged", "wednesday at 1pm"])
    assert "Wednesday March 4th at 1 PM is open" in replies[2] and "name" in replies[2]
    assert state.chosen is not None and state.stage == "details"


async def test_a_time_without_a_day_is_about_the_day_on_offer() -> None:
    w = world()
    _state, replies = await talk(
        w, ["my kitchen drain is clogged", "wednesday morning", "anything after 2?"]
    )
    assert "Wednesday March 4th at 3 PM" in replies[3]
    assert "don't have anything open" not in replies[3]


async def test_a_morning_includes_an_opening_before_eight() -> None:
    w = MemoryWorld(open_slots=hourly_slots(datetime(2026, 3, 3, tzinfo=CHI), 5, (7, 9, 14)))
    _state, replies = await talk(w, ["my kitchen drain is clogged", "thursday morning"])
    assert "Thursday March 5th at 7 AM" in replies[2]


async def test_a_unit_added_at_the_read_back_is_read_back_before_booking() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "wednesday morning", "the first one", "Dana",
             "55 Elm Avenue apartment 3", "that's right but it's apartment 4 not 3"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert "55 Elm Avenue Apt 4" in replies[-1] and "Just to confirm" in replies[-1]
    assert not w.booked and state.stage == "readback"


async def test_a_new_address_with_a_yes_is_read_back_not_booked() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "wednesday morning", "the first one", "Dana",
             "12 Oak St", "oh right, it's 1633 West 79th Street actually"]  # fmt: skip
    _state, replies = await talk(w, lines)
    assert "1633 West 79th Street" in replies[-1] and not w.booked


async def test_the_chosen_hour_said_again_keeps_the_choice() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "wednesday morning", "the first one", "8 is fine"]
    state, replies = await talk(w, lines)
    assert "name" in replies[-1].lower() and state.chosen is not None


async def test_a_number_said_first_is_not_the_problem() -> None:
    w = world()
    state, replies = await talk(w, ["it's nine one three five five five zero one nine nine"])
    assert state.phone == "+19135550199" and state.problem is None
    assert "help you with" in replies[-1]
