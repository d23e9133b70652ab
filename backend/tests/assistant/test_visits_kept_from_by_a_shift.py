"""A known caller's visit on file kept from by a shift put on them ("my manager threw me on a
double", "me pusieron doble turno"), and a visit of ours named by the house's thing it is for
("we have a boiler appointment Friday"); the new time said in the next sentence is the wish.
Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand
from tests.assistant.conftest import local


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("y'all are coming thursday for the sink but my manager threw me on a double", "en"),
        ("you guys have me down for friday and they scheduled me for the night shift", "en"),
        ("we've got a plumber coming monday, problem is I got called in to cover a shift", "en"),
        ("I have someone coming out tomorrow afternoon and now I have to pull a double", "en"),
        ("tengo cita el viernes para el calentador pero me pusieron doble turno", "es"),
        ("tenemos la visita mañana y mi jefe me cambió el turno", "es"),
        ("tengo una cita el lunes pero tengo que cubrir a un compañero", "es"),
    ],
)  # fmt: skip
def test_a_shift_put_on_the_caller_keeps_them_from_the_visit(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    "text",
    [
        "we have a water heater appointment on friday but something came up",
        "I've got a boiler visit thursday and I have to work",
        "got an ac appt tmrw but I'll be out of town",
    ],
)
def test_a_visit_named_by_its_house_thing_and_kept_from_is_a_reschedule(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the caller's own appointment, not ours
        ("I've got a hair appointment tomorrow so can someone come thursday for the sink", "en"),
        ("I have a vet appointment friday, my toilet is running, can you come monday", "en"),
        # stuck, but no shift: the drain, or the caller at home
        ("my drain is stuck, can you come saturday", "en"),
        ("I'm stuck at home with the kids, can someone come tomorrow for the toilet", "en"),
        # a shift with no visit on file: a new caller's limit
        ("I work a double tomorrow so can someone come thursday, the sink is clogged", "en"),
        ("me pusieron doble turno mañana, ¿pueden venir el jueves? el lavabo está tapado", "es"),
    ],
)  # fmt: skip
def test_look_alikes_are_not_moved(ctx: Callable[..., Context], text: str, language: str) -> None:
    assert _intent(text, ctx, language) is not Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("got a water heater appointment thursday but my boss put me on overtime. Friday at "
         "2 possible?", local(2026, 11, 27, 14)),
        ("you guys have us booked thursday for the sink but I have to work. Monday at 10?",
         local(2026, 11, 30, 10)),
    ],
)  # fmt: skip
def test_the_next_sentence_s_time_is_the_wish(
    ctx: Callable[..., Context], text: str, start: object
) -> None:
    u = understand(text, ctx())
    assert u.intent is not None and u.intent.value is Intent.RESCHEDULE, text
    assert u.time is not None and u.time.value.earliest == start, (text, u.time)


def test_the_day_of_what_is_in_the_way_is_still_not_the_wish(
    ctx: Callable[..., Context],
) -> None:
    u = understand("you've got us down for friday and I'm working a double friday", ctx())
    assert u.time is None, u.time
