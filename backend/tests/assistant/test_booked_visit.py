"""A visit already on the books, named in the turn: what the caller wants done with it, and
which day is the wish (never the visit's own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand
from tests.assistant.conftest import local

# The context's clock is Tuesday November 24th 2026, 10 AM in Kansas City.


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("we've got the disposal swap scheduled for Friday, my boss changed my shift, "
         "could we do monday", "en"),
        ("the guys are coming thursday but we'll be out of town, can we bump it", "en"),
        ("i had your plumber coming friday but something came up so we need to move it", "en"),
        ("my water heater flush is booked for Thursday at 9, is there anything Saturday", "en"),
        ("can you shift the toilet repair from friday to monday", "en"),
        ("tenemos una cita el viernes para la regadera pero salgo de viaje, se puede el "
         "lunes?", "es"),
    ],
)  # fmt: skip
def test_a_booked_visit_and_a_wish_to_move_it_is_a_reschedule(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("we had a plumber coming thursday but the leak stopped on its own so we don't need "
         "it now", "en"),
        ("tengo una visita el jueves pero ya no la necesito, cancélenla", "es"),
        ("quiero cancelarlo, gracias", "es"),
    ],
)  # fmt: skip
def test_a_booked_visit_no_longer_needed_is_a_cancel(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.CANCEL


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("we have a tech coming out sometime next week and i forgot which day it was", "en"),
        ("just checking the plumber is still coming this afternoon", "en"),
        ("is the drain guy still coming tomorrow", "en"),
        ("tengo una cita esta semana y no me acuerdo si era el lunes o el martes", "es"),
    ],
)  # fmt: skip
def test_a_booked_visit_whose_day_is_forgotten_is_a_status_question(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.APPOINTMENT_STATUS


def test_the_booked_day_is_not_the_day_wanted(ctx: Callable[..., Context]) -> None:
    u = understand(
        "i've got the faucet install scheduled for friday at 8 but could we do monday instead",
        ctx(),
    )
    assert u.time is not None
    assert u.time.value.earliest.date() == local(2026, 11, 30).date()


def test_spanish_booked_day_and_hour_are_not_the_wish(ctx: Callable[..., Context]) -> None:
    u = understand("tengo cita el viernes a las 9 pero se puede el sábado?", ctx(language="es"))
    assert u.time is not None
    assert u.time.value.earliest.date() == local(2026, 11, 28).date()
    assert u.time.value.earliest.hour == 0


def test_moving_a_booked_visit_without_a_new_day_leaves_the_day_open(
    ctx: Callable[..., Context],
) -> None:
    u = understand("you guys are coming friday but i'll be at work, can we move it", ctx())
    assert u.intent is not None and u.intent.value is Intent.RESCHEDULE
    assert u.time is None


def test_the_week_after_is_the_week_after_the_booked_visit(ctx: Callable[..., Context]) -> None:
    # Monday December 7th: the booked visit is Thursday December 3rd, not this week.
    u = understand(
        "you have us down for thursday the 3rd but we're away, could we do the week after", ctx()
    )
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 12, 7)
    assert u.time.value.latest == local(2026, 12, 14)


def test_a_greeting_morning_is_not_a_morning_wish(ctx: Callable[..., Context]) -> None:
    u = understand("morning this is ned, my sink is clogged, can someone come friday", ctx())
    assert u.time is not None and u.time.value.part_of_day is None
