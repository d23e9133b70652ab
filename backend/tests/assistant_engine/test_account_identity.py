"""A returning caller names themselves as people say their own name: a hyphenated surname
heard as two words, one of two surnames, no middle name. A wrong name still reveals nothing.
Then the visit: a day said at "cancel it?" moves it instead, and the job named in asking when
it is ("is the drain cleaning still on?") is no new job. Our own wording."""

from __future__ import annotations

from datetime import datetime

import pytest

from switchboard.assistant.engine.identity import names_match
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


def _with_visit(name: str):  # type: ignore[no-untyped-def]
    w = world()
    w.customers[CALLER] = ("cust-1", name)
    start = datetime(2026, 3, 4, 13, tzinfo=CHI)
    w.appointments["cust-1"] = AppointmentInfo("appt-1", start, "Drain cleaning")
    return w


@pytest.mark.parametrize(
    ("said", "on_file"),
    [
        ("Priya Raman Iyer", "Priya Raman-Iyer"),
        ("Jean Luc Picard", "Jean-Luc Picard"),
        ("Eusebia Quintanilla", "Eusebia Quintanilla Ruiz"),
        ("Eusebia Ruiz", "Eusebia Quintanilla Ruiz"),
        ("Tom Oneill", "Tom O'Neill"),
        ("Walter Pruitt", "Walter James Pruitt"),
        # Surname first, as on a form or where names are said so ("Nguyen Lan", "Kovács
        # Anna"): both names, so as strong as the other order (session 19; it was refused).
        ("Pruitt Walter", "Walter James Pruitt"),
    ],
)
def test_a_name_as_people_say_their_own(said: str, on_file: str) -> None:
    assert names_match(said, on_file)


@pytest.mark.parametrize(
    ("said", "on_file"),
    [
        ("Priya Iyer Raman", "Priya Raman-Iyer"),  # not in its order
        ("Eusebia Ruiz", "Eusebia Quintanilla"),
        ("Walter", "Walter James Pruitt"),
        ("Eusebio Quintanilla", "Eusebia Quintanilla Ruiz"),
    ],
)
def test_another_name_is_not_the_record(said: str, on_file: str) -> None:
    assert not names_match(said, on_file)


async def test_one_of_two_surnames_identifies_and_the_record_keeps_both() -> None:
    w = _with_visit("Eusebia Quintanilla Ruiz")
    state, replies = await talk(w, ["cuándo es mi cita? soy Eusebia Quintanilla"], channel="sms")
    assert "miércoles" in replies[1]
    assert state.name == "Eusebia Quintanilla Ruiz"


async def test_a_hyphenated_surname_said_as_two_words_identifies() -> None:
    w = _with_visit("Priya Raman-Iyer")
    _, replies = await talk(w, ["when is my appointment", "it's priya raman iyer"])
    assert "Wednesday" in replies[2]


async def test_a_day_said_when_asked_to_confirm_the_cancel_moves_the_visit() -> None:
    w = _with_visit("Dana Smith")
    _, replies = await talk(
        w, ["this is Dana Smith, please cancel my appointment", "no, make it thursday instead"]
    )
    assert "cancel your appointment" in replies[1]
    assert not w.cancelled and "Thursday" in replies[2]


async def test_a_plain_yes_to_the_cancel_still_cancels() -> None:
    w = _with_visit("Dana Smith")
    _, replies = await talk(w, ["this is Dana Smith, please cancel my appointment", "yes"])
    assert w.cancelled and "cancelled" in replies[2]


async def test_the_job_named_in_asking_about_the_visit_is_no_new_job() -> None:
    w = _with_visit("Dana Smith")
    state, replies = await talk(
        w, ["Dana Smith here, is the drain cleaning still on for wednesday?", "yes, Dana Smith"]
    )
    assert "Wednesday" in replies[1]
    assert "When would" not in replies[2] and not state.offered and state.service_id is None


@pytest.mark.parametrize(
    "line",
    [
        "good morning, Wendell Okafor-Price. is the plumber still coming today?",
        "Wendell Okafor Price speaking — when is my appointment",
        "buenas, le escribe Wendell Price, ¿a qué hora viene el técnico?",
    ],
)
async def test_the_record_name_said_anywhere_in_the_turn_identifies(line: str) -> None:
    w = _with_visit("Wendell Okafor-Price")
    state, replies = await talk(w, [line], channel="sms")
    assert "Wednesday" in replies[1] or "miércoles" in replies[1]
    assert state.name == "Wendell Okafor-Price"


@pytest.mark.parametrize(
    "line",
    [
        "good morning, Wendell Oakes. is the plumber still coming today?",
        "this is Price, when is my appointment",
        "my neighbor Wendell says you're great, when is my appointment",
    ],
)
async def test_another_name_in_the_turn_reveals_nothing(line: str) -> None:
    w = _with_visit("Wendell Okafor-Price")
    _, replies = await talk(w, [line], channel="sms")
    assert "Wednesday" not in replies[1] and "name on the account" in replies[1]


async def test_a_web_visitor_saying_the_record_name_still_learns_nothing() -> None:
    w = _with_visit("Wendell Okafor-Price")
    _, replies = await talk(
        w, ["Wendell Okafor-Price here, when is my appointment?"], channel="web"
    )
    assert "Wednesday" not in replies[1] and "Drain" not in replies[1]
