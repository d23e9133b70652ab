"""Calls that are not a new visit, through the engine: a visit on file named by its job and
day is moved; its time lost track of is read back; a place on the crew asked after for someone
is a message; how far the business goes and which days it works are answered, and thanks
after the answer ends the call. Every line here was written for this file."""

from __future__ import annotations

from datetime import datetime

import pytest

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


def _known_caller_with_a_visit() -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", "Dana Smith")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-1", datetime(2026, 3, 3, 9, tzinfo=CHI), "Drain cleaning"
    )
    return w


@pytest.mark.parametrize(
    "line",
    [
        "hi it's Dana Smith, I need to move the drain cleaning that's set for tomorrow, "
        "something came up. Can you do Wednesday at 10?",
        "Hola, soy Dana Smith. La limpieza del drenaje que tengo para mañana, ¿se puede el "
        "miércoles a las 10?",
    ],
)
async def test_a_visit_named_by_its_job_and_day_is_moved(line: str) -> None:
    w = _known_caller_with_a_visit()
    _state, replies = await talk(w, [line, "yes"], channel="sms")
    assert w.rescheduled and not w.booked, replies


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("this is dana smith ive got one of your plumbers coming out but i wrote the time down "
         "and now i cant find the paper", "Tuesday"),
        ("habla dana smith, uno de sus plomeros viene a la casa pero perdí el papelito con la "
         "hora", "martes"),
    ],
)  # fmt: skip
async def test_a_visit_whose_time_was_lost_is_read_back(line: str, said: str) -> None:
    w = _known_caller_with_a_visit()
    _state, replies = await talk(w, [line, "dana smith"])
    assert any(said in r for r in replies[1:]), replies
    assert not w.booked


@pytest.mark.parametrize(
    "lines",
    [
        ["hi i'm calling for my grandson he just finished the plumbing program, is your boss "
         "taking on any apprentices", "my name is ruth hale, nine one three five five five zero "
         "one two two"],
        ["hola, llamo por mi nieto que terminó la escuela de plomería, ¿están aceptando "
         "aprendices?", "me llamo ruth hale, nueve uno tres cinco cinco cinco cero uno dos dos"],
    ],
)  # fmt: skip
async def test_a_place_on_the_crew_asked_for_someone_is_a_message(lines: list[str]) -> None:
    w = world()
    _state, _replies = await talk(w, lines)
    assert w.callbacks and w.callbacks[0][0] == "job_applicant"
    assert not w.booked


@pytest.mark.parametrize(
    ("lines", "area"),
    [
        (["i live down in belton and my kitchen drain is clogged, do you folks come out this far",
          "oh okay, thank you anyway"], "We serve Overland Park, Olathe, 66213"),
        (["vivo en Grandview y se me tapó el drenaje, ¿llegan hasta acá?", "ah bueno, gracias"],
         "Overland Park, Olathe, 66213"),
    ],
)  # fmt: skip
async def test_how_far_is_answered_then_thanks_ends_the_call(lines: list[str], area: str) -> None:
    w = world()
    state, replies = await talk(w, lines)
    assert area in replies[1]
    assert state.stage == "closed" and not w.booked and not w.callbacks, replies


@pytest.mark.parametrize(
    ("lines", "hours"),
    [
        (["do you do drain cleanings on sundays, or only during the week? i'm off sundays",
          "ok i'll figure something out, thanks"], "Monday to Friday, 8 AM to 5 PM"),
        (["¿hacen limpiezas de drenaje los domingos o nada más entre semana? no es urgente",
          "ok, está bien, gracias"], "de lunes a viernes, de 8 a 5"),
    ],
)  # fmt: skip
async def test_which_days_is_answered_with_the_hours_and_no_offers(
    lines: list[str], hours: str
) -> None:
    w = world()
    state, replies = await talk(w, lines, channel="web")
    assert hours in replies[1]
    assert "closest" not in replies[1].lower() and not state.offered, replies
    assert state.stage == "closed" and not w.booked, replies
