"""A known caller who cannot keep the visit on file (said around work, family or a doctor, or
the trouble fixed since) gets it moved to the time said with it, or cancelled; a seller
declined once who presses on is declined again. Every line here was written for this file."""

from __future__ import annotations

from datetime import datetime

import pytest

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


def _known_caller_with_a_visit() -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-7", "Marisol Quintero")
    w.appointments["cust-7"] = AppointmentInfo(
        "appt-7", datetime(2026, 3, 3, 10, tzinfo=CHI), "Drain cleaning"
    )
    return w


@pytest.mark.parametrize(
    ("lines", "start"),
    [
        (["hi it's Marisol Quintero, got the reminder for tomorrow 10am for the drain. my "
          "daughter has a recital tomorrow, could we move it? thursday after lunch like 1?",
          "yes please"], datetime(2026, 3, 5, 13, tzinfo=CHI)),
        (["This is Marisol Quintero. Something came up at work and I can't do tomorrow at 10 "
          "for the drain. Can we do Wednesday at 3?", "that works"],
         datetime(2026, 3, 4, 15, tzinfo=CHI)),
        (["buenas, habla marisol quintero, tengo la cita del drenaje para mañana pero me toca "
          "trabajar", "el jueves a las diez", "sí, está bien"],
         datetime(2026, 3, 5, 10, tzinfo=CHI)),
    ],
)  # fmt: skip
async def test_a_visit_the_caller_cannot_keep_moves_to_the_time_said(
    lines: list[str], start: datetime
) -> None:
    w = _known_caller_with_a_visit()
    await talk(w, lines, channel="sms")
    assert w.rescheduled == [("appt-7", start)]
    assert not w.booked


@pytest.mark.parametrize(
    "lines",
    [
        ["bueno habla marisol quintero, tengo una cita para mañana por lo del drenaje pero ya "
         "vino mi hermano y lo destapó", "sí, cancélela"],
        ["Marisol Quintero here, you've got me down for tomorrow for the drain but my "
         "neighbor snaked it and it's working fine now", "yes"],
    ],
)  # fmt: skip
async def test_a_visit_whose_trouble_is_fixed_is_cancelled(lines: list[str]) -> None:
    w = _known_caller_with_a_visit()
    await talk(w, lines)
    assert w.cancelled == ["appt-7"]
    assert not w.booked


async def test_a_new_caller_who_cannot_do_a_day_books_a_new_visit() -> None:
    w = world()
    _state, replies = await talk(
        w, ["my drain is clogged, I have to work tomorrow so can someone come wednesday?"]
    )
    assert "name on the account" not in replies[1]
    assert "Wednesday" in replies[1]


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        (["Hi! Your company isn't ranking on page 1 of Google. We guarantee top 3 in 60 days.",
          "Can I just get 10 minutes with the owner this week?"], "not interested"),
        (["Hola, su negocio no aparece en la primera página de Google, garantizamos más "
          "clientes", "¿puedo hablar con el dueño unos minutos?"], "no nos interesa"),
    ],
)  # fmt: skip
async def test_a_seller_who_presses_on_is_declined_again(lines: list[str], said: str) -> None:
    w = world()
    _state, replies = await talk(w, lines, channel="sms")
    assert said in replies[1]
    assert said in replies[2]
    assert not w.booked and not w.callbacks


async def test_a_seller_with_a_job_of_their_own_is_still_heard() -> None:
    w = world()
    lines = [
        "We guarantee first page rankings for contractors.",
        "actually unrelated, my own kitchen drain is clogged, can someone come wednesday?",
    ]
    _state, replies = await talk(w, lines, channel="sms")
    assert "not interested" in replies[1]
    assert "not interested" not in replies[2]
