"""Questions and account requests through the engine: an hours question that names a day is
answered (the day is no wish for a visit), terms the business has not written are passed on,
"what day is the tech coming" reads the appointment to the identified caller, and a web
visitor's move request keeps the day they want in the message. Our own wording."""

from __future__ import annotations

from datetime import datetime

import pytest

from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


@pytest.mark.parametrize(
    "line",
    ["u guys open on sundays? weekdays are hard for me", "are you open saturday at all?"],
)
async def test_an_hours_question_naming_a_day_is_answered_not_booked(line: str) -> None:
    w = world()
    state, replies = await talk(w, [line], channel="sms")
    assert "Monday to Friday, 8 AM to 5 PM" in replies[1]
    assert "When would" not in replies[1] and "What can we help" not in replies[1]
    assert state.time_window is None


@pytest.mark.parametrize(
    "line",
    [
        "If the new faucet you put in starts dripping in a year, is that covered?",
        "How long is the warranty on your repairs?",
        "do you guarantee your work on a water heater repair?",
    ],
)
async def test_terms_the_business_has_not_written_are_passed_on(line: str) -> None:
    w = world()
    _state, replies = await talk(w, [line, "It's Noor Haddad, 913 555 0190"], channel="web")
    assert "pass your question to the owner" in replies[1]
    assert "When would" not in replies[1]
    assert w.callbacks and w.callbacks[-1][1]["name"] == "Noor Haddad"
    assert "passed that on" in replies[2] and not w.booked


async def test_what_day_is_the_tech_coming_reads_the_appointment() -> None:
    w = world()
    w.customers[CALLER] = ("cust-1", "Dana Smith")
    start = datetime(2026, 3, 4, 13, tzinfo=CHI)
    w.appointments["cust-1"] = AppointmentInfo("appt-1", start, "Drain cleaning")
    _state, replies = await talk(
        w, ["I threw out the reminder, what day is your plumber coming out?", "Dana Smith"]
    )
    assert "name on the account" in replies[1]
    assert "Wednesday" in replies[2]


async def test_a_web_visitor_asking_to_move_a_visit_leaves_the_day_in_the_message() -> None:
    w = world()
    _state, replies = await talk(
        w,
        [
            "Hi, Omar Velez here, can we move my drain cleaning to another day?",
            "next Tuesday",
            "913 555 0107",
        ],
        channel="web",
    )
    assert "message" in replies[1]
    assert "number" in replies[2] and "I have" not in replies[2]  # a chat has no number yet
    assert "passed that on" in replies[3] and not w.booked and not w.rescheduled
    assert w.callbacks[-1][0] == "account_request"
    assert "next tuesday" in w.callbacks[-1][1]["message"]
