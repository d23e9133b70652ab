"""A visit moved on a call to exactly an open time hears that time is open and is asked to
move it (in writing it is moved at once: test_visit_moved_at_once_in_writing.py), never "the
closest I have" of the very time asked for; a time not open still gets the closest. A town
asked about that is not served is said plainly not to be. The name said again after the
visit's time is read asks "anything else?" again. Our own wording."""

from __future__ import annotations

from datetime import datetime

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


def _with_visit() -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", "Nadia Ferreira")
    start = datetime(2026, 3, 4, 13, tzinfo=CHI)  # a Wednesday
    w.appointments["cust-1"] = AppointmentInfo("appt-1", start, "Drain cleaning")
    return w


async def test_an_open_time_asked_for_is_offered_as_that_time_and_yes_moves_it() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["this is nadia ferreira, can we push my appointment to thursday at 10", "yes"]
    )
    assert "Thursday March 5th at 10 AM is open" in replies[1]
    assert "move your appointment" in replies[1]
    assert "closest" not in replies[1]
    assert w.rescheduled and w.rescheduled[0][1] == datetime(2026, 3, 5, 10, tzinfo=CHI)


async def test_spanish_hears_the_time_is_open() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["soy nadia ferreira, tengo cita el miércoles pero mejor cámbiemela para el jueves "
            "a las ocho", "sí"],
    )  # fmt: skip
    assert "está disponible" in replies[1] and "Lo más cercano" not in replies[1]
    assert w.rescheduled and w.rescheduled[0][1] == datetime(2026, 3, 5, 8, tzinfo=CHI)


async def test_a_name_said_to_the_one_time_asks_to_move_not_to_book() -> None:
    w = _with_visit()
    _state, replies = await talk(w, ["can i move my appointment to thursday at 10",
                                     "nadia ferreira", "nadia ferreira"])  # fmt: skip
    assert "move your appointment to Thursday" in replies[-1]
    assert "book" not in replies[-1]


async def test_a_time_not_open_still_gets_the_closest() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["nadia ferreira here, can we move my appointment to thursday at 11"], channel="sms"
    )
    assert "is open. Shall I move" not in replies[1]


async def test_a_town_not_served_is_said_plainly() -> None:
    _state, replies = await talk(world(), ["do you guys come out to Lenexa?"], channel="sms")
    assert "Lenexa isn't in our service area" in replies[1]
    assert "Overland Park" in replies[1]


async def test_a_town_served_is_a_yes_and_a_job_is_no_town() -> None:
    _state, replies = await talk(world(), ["do you service olathe?"], channel="sms")
    assert "Yes, we do work in Olathe" in replies[1]
    _state, replies = await talk(world(), ["do you service water heaters?"], channel="sms")
    assert "service area" not in replies[1]


async def test_the_name_said_again_after_the_status_asks_anything_else_again() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["nadia ferreira here, when do you guys get here wednesday", "nadia ferreira",
            "no thanks"],
    )  # fmt: skip
    assert "Your appointment is Wednesday" in replies[1]
    assert "anything else" in replies[2] and "help you with" not in replies[2]
    assert "Goodbye" in replies[3]


async def test_a_name_with_a_new_job_after_the_status_is_that_job() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["nadia ferreira here, when do you guys get here wednesday",
            "nadia ferreira, and my water heater is leaking too"],
    )  # fmt: skip
    assert "anything else" not in replies[2]
