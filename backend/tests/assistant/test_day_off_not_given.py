"""A day the caller's work will not give them ("mañana no me dan permiso en el trabajo", "el
jueves no me dejan salir") is ruled out, so the day said with it is the one meant."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("perdón mejor el miércoles a las 9, mañana no me dan permiso en el trabajo", 25, 9),
        ("el jueves no me dejan salir, mejor el viernes", 27, None),
        ("mañana no me dan chance, el lunes a las 10", 30, 10),
    ],
)
def test_the_day_not_given_is_not_the_wish(
    ctx: Callable[..., Context], text: str, day: int, hour: int | None
) -> None:
    u = understand(text, ctx(language="es"))
    assert u.time is not None and u.time.value.earliest.day == day
    if hour is not None:
        assert u.time.value.earliest.hour == hour


def test_only_that_day_is_ruled_out(ctx: Callable[..., Context]) -> None:
    u = understand("mañana no me dan permiso", ctx(language="es"))
    assert u.time is not None and [d.day for d in u.time.value.skip_dates] == [25]


def test_a_day_that_suits_is_kept(ctx: Callable[..., Context]) -> None:
    u = understand("el jueves sí me dan permiso", ctx(language="es"))
    assert u.time is not None and u.time.value.earliest.day == 26
