"""Another trade asked after by its name, a pitch that calls itself urgent, and a visit booked
by someone else asked after. Every line here was written for this file."""

from __future__ import annotations

from datetime import datetime

import pytest

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("do you also do hvac? the house gets stuffy upstairs", "not sure we do that"),
        ("do y'all also do roofing? got a few shingles off", "not sure we do that"),
        ("hola, ¿ustedes hacen techos? se volaron unas tejas", "No estoy seguro"),
    ],
)
async def test_another_trade_asked_by_name_is_not_said_to_be_done(line: str, said: str) -> None:
    w = world()
    _state, replies = await talk(w, [line], channel="sms")
    assert said in replies[1]
    assert w.callbacks


async def test_the_business_own_trade_asked_by_name_is_not_doubted() -> None:
    _state, replies = await talk(world(), ["do you guys do plumbing? the drain is clogged"])
    assert "not sure we do that" not in replies[1]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("URGENT: your Google Business listing will be deactivated today unless you verify. "
         "Our team fixes it for a one-time $99 fee.", "not interested"),
        ("URGENTE: su perfil de Google será suspendido hoy. Nuestro equipo lo arregla por una "
         "cuota de 99 dólares.", "no nos interesa"),
    ],
)  # fmt: skip
async def test_a_pitch_that_calls_itself_urgent_is_declined_without_a_page(
    line: str, said: str
) -> None:
    w = world()
    _state, replies = await talk(w, [line], channel="web")
    assert said in replies[1]
    assert not w.pages


async def test_an_urgent_leak_from_someone_who_found_us_on_google_maps_is_paged() -> None:
    w = world()
    line = "URGENT found you on google maps, water is pouring through the ceiling right now"
    _state, replies = await talk(w, [line], channel="sms")
    assert "not interested" not in replies[1]
    assert w.pages


def _known_caller_with_a_visit(name: str) -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", name)
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-3", datetime(2026, 3, 4, 13, tzinfo=CHI), "Drain cleaning"
    )
    return w


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        (["my wife booked you guys for the drain and she didn't write down what day it was",
          "dale okafor"], "Wednesday"),
        (["mi esposa agendó con ustedes lo del drenaje y no lo apunté, ¿qué día era?",
          "dale okafor"], "miércoles"),
    ],
)  # fmt: skip
async def test_a_visit_booked_by_someone_else_is_read_back_once_identified(
    lines: list[str], said: str
) -> None:
    w = _known_caller_with_a_visit("Dale Okafor")
    _state, replies = await talk(w, lines)
    assert said in replies[-1]
