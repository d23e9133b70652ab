"""A known caller who texts to cancel the visit on file, once identified by the full name on the
account, has it cancelled at once, as a move to an open time is: the reply says which visit was
cancelled, and an "ok" after it closes. A call still asks "Do you want me to cancel...?"; a
first name alone, an unknown number or a web visitor cancels nothing. Our own wording, not the
corpus's."""

from __future__ import annotations

from datetime import datetime

import pytest

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


def _with_visit(name: str = "Omar Haddad") -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", name)
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-1", datetime(2026, 3, 3, 10, tzinfo=CHI), "Drain cleaning"
    )
    return w


async def test_a_cancel_texted_with_the_full_name_is_done_at_once() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["this is omar haddad, please cancel tomorrow's drain appointment, my brother fixed "
            "it"], channel="sms",
    )  # fmt: skip
    assert w.cancelled == ["appt-1"]
    assert "cancelled your appointment on Tuesday March 3rd at 10 AM" in replies[1]
    assert "?" not in replies[1]


async def test_the_name_given_after_asking_cancels_it_then() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w,
        ["hey need to cancel my appt tmrw, we're holding off for now", "Omar Haddad"],
        channel="sms",
    )
    assert "name on the account" in replies[1]
    assert w.cancelled == ["appt-1"]
    assert "cancelled your appointment" in replies[2]


async def test_spanish_cancel_texted_is_done_at_once() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["buenas tardes, soy Omar Haddad, quiero cancelar la cita de mañana"], channel="sms"
    )
    assert w.cancelled == ["appt-1"]
    assert "cancelé su cita del martes" in replies[1]


async def test_an_ok_after_it_closes_and_books_nothing() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["Omar Haddad here, please cancel my appointment", "ok thanks"], channel="sms"
    )
    assert w.cancelled == ["appt-1"]
    assert "?" not in replies[2]
    assert not w.booked and not w.rescheduled


async def test_a_yes_after_it_asks_nothing_more() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["Omar Haddad here, please cancel my appointment", "yes"], channel="sms"
    )
    assert w.cancelled == ["appt-1"]
    assert "?" not in replies[2]


async def test_a_call_still_asks_before_cancelling() -> None:
    w = _with_visit()
    _state, replies = await talk(w, ["this is omar haddad, I need to cancel my appointment"])
    assert not w.cancelled
    assert "Do you want me to cancel" in replies[1]


async def test_a_first_name_alone_cancels_nothing() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["hi it's Omar, please cancel tomorrow's appointment", "yes cancel it"], channel="sms"
    )
    assert not w.cancelled
    assert "last name" in replies[1]


async def test_an_unknown_number_cancels_nothing() -> None:
    w = world()
    _state, replies = await talk(
        w, ["this is omar haddad, please cancel tomorrow's appointment"], channel="sms"
    )
    assert not w.cancelled
    assert "Tuesday" not in replies[1]


async def test_a_web_visitor_cancels_nothing() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["this is omar haddad, please cancel tomorrow's appointment"], channel="web"
    )
    assert not w.cancelled
    assert "Tuesday" not in replies[1]


async def test_cancel_asked_again_after_it_is_said_done_never_twice() -> None:
    w = _with_visit()
    state, replies = await talk(
        w, ["need to cancel my appt tmrw", "Omar Haddad", "yes pls cancel"], channel="sms"
    )
    assert w.cancelled == ["appt-1"]
    assert "already cancelled" in replies[3]
    assert state.name == "Omar Haddad"  # "yes pls cancel" is no name


@pytest.mark.parametrize(
    "text",
    [
        "This is Omar Haddad. If it rains tomorrow do I need to cancel?",
        "Omar Haddad here, what happens if I have to cancel tomorrow's visit?",
        "Omar Haddad. Is there a fee to cancel",
        "Omar Haddad, I might need to cancel tomorrow, I'll let you know",
        "Omar Haddad, should I cancel or can your guy still come with the power out",
        "soy Omar Haddad, ¿cobran si cancelo la cita?",
        "habla Omar Haddad, a lo mejor cancelo lo de mañana, le aviso",
    ],
)
async def test_a_cancellation_asked_about_or_held_on_a_condition_is_never_made(text: str) -> None:
    # Asked about, or said with an "if" or a "maybe": nothing is cancelled without a yes.
    w = _with_visit()
    _state, replies = await talk(w, [text], channel="sms")
    assert w.cancelled == [], replies


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad, cancel tomorrow's appointment please, the leak stopped",
        "soy Omar Haddad, cancele la cita de mañana por favor",
    ],
)
async def test_a_cancellation_asked_for_plainly_is_made(text: str) -> None:
    w = _with_visit()
    _state, replies = await talk(w, [text], channel="sms")
    assert w.cancelled == ["appt-1"], replies
