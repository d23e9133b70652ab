"""A known caller who texts an exact open time for the visit on file has it moved at once, as a
booking in writing is made: the reply says it is done and how to change it again, and a reply
after it closes or moves it again. A vague wish still offers times; a call still asks before
moving; an unknown number or a web visitor is told nothing of any visit. Our own wording, not
the corpus's."""

from __future__ import annotations

from datetime import datetime

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world

THURSDAY_3 = datetime(2026, 3, 5, 15, tzinfo=CHI)


def _with_visit() -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", "Omar Haddad")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-1", datetime(2026, 3, 3, 10, tzinfo=CHI), "Drain cleaning"
    )
    return w


async def test_an_exact_open_time_texted_moves_the_visit_at_once() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["omar haddad here, can't make tomorrow's appointment, got called into work. could we "
            "do thursday at 3pm?"], channel="sms",
    )  # fmt: skip
    assert w.rescheduled == [("appt-1", THURSDAY_3)]
    assert "moved your appointment to Thursday March 5th at 3 PM" in replies[1]
    assert "just reply here" in replies[1]
    assert not w.booked


async def test_spanish_exact_time_texted_moves_it_at_once() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["soy Omar Haddad, ¿me pueden cambiar la cita para el jueves a las 3 de la tarde?"],
        channel="sms",
    )  # fmt: skip
    assert w.rescheduled == [("appt-1", THURSDAY_3)]
    assert "ya cambié su cita" in replies[1]


async def test_a_thanks_after_it_closes_and_moves_nothing_more() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["Omar Haddad. need to move my appt to thursday at 3", "perfect thank you"],
        channel="sms",
    )  # fmt: skip
    assert w.rescheduled == [("appt-1", THURSDAY_3)]
    assert "when" not in replies[2].lower() and "?" not in replies[2]


async def test_another_time_after_it_moves_it_again_never_books() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["Omar Haddad. need to move my appt to thursday at 3", "oh wait, can you make it 1"],
        channel="sms",
    )  # fmt: skip
    assert w.rescheduled == [
        ("appt-1", THURSDAY_3),
        ("appt-1", datetime(2026, 3, 5, 13, tzinfo=CHI)),
    ]
    assert not w.booked
    assert "moved your appointment to Thursday March 5th at 1 PM" in replies[2]


async def test_a_vague_wish_texted_still_offers_times() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["omar haddad, can we push my appointment to sometime next week"], channel="sms"
    )
    assert not w.rescheduled
    assert "Which works best?" in replies[1]


async def test_a_call_still_asks_before_moving() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["this is omar haddad can we move my appointment to thursday at three", "yes"]
    )
    assert "Shall I move your appointment to then?" in replies[1]
    assert w.rescheduled == [("appt-1", THURSDAY_3)]


async def test_an_unknown_number_is_told_nothing_and_moves_nothing() -> None:
    w = world()  # the number is on no record
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-1", datetime(2026, 3, 3, 10, tzinfo=CHI), "Drain cleaning"
    )
    _state, replies = await talk(
        w, ["omar haddad here, can we move my appointment to thursday at 3pm?"], channel="sms"
    )
    assert not w.rescheduled
    assert "March 3rd" not in replies[1] and "10 AM" not in replies[1]


async def test_a_web_visitor_is_told_nothing_and_moves_nothing() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["omar haddad here, can we move my appointment to thursday at 3pm?"], channel="web"
    )
    assert not w.rescheduled
    assert "March 3rd" not in replies[1] and "10 AM" not in replies[1]
