"""A number with its unit is a quantity, never a clock time ("about 10 ft away", "6 ppl",
"de 5 a 6 metros", "tiene como 10 años"); an hour said as a time still is one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.normalise import normalise
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Panel is in the garage too, about 10 ft away.", "en"),
        ("we have about 6 ppl in the house", "en"),
        ("the tank is around 50 gal, about 12 yrs old", "en"),
        ("the battery is at 10%", "en"),
        ("it costs about $10 at the store", "en"),
        ("between 5 and 6 feet from the wall", "en"),
        ("it runs at around 9 amps", "en"),
        ("de 5 a 6 metros del tablero", "es"),
        ("está como a 10 pies del panel", "es"),
        ("somos 3 o 4 personas en la casa", "es"),
        ("desde 2 pulgadas de agua", "es"),
        ("el calentador tiene como 10 años, es de unos 40 galones", "es"),
    ],
)
def test_a_number_with_its_unit_is_no_time(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert understand(text, ctx(language=language)).time is None


@pytest.mark.parametrize(
    ("text", "language", "hour"),
    [
        ("can you come at 10", "en", 10),
        ("around 3 tomorrow, the panel is 10 ft away", "en", 15),
        ("between 9 and 11 tomorrow", "en", 9),
        ("a las 10 por favor", "es", 10),
        ("mañana de 9 a 11", "es", 9),
        ("a las 3 o 4 de la tarde", "es", 15),
    ],
)
def test_an_hour_said_as_a_time_still_is_one(
    ctx: Callable[..., Context], text: str, language: str, hour: int
) -> None:
    u = understand(text, ctx(language=language))
    assert u.time is not None and u.time.value.earliest is not None
    assert u.time.value.earliest.hour == hour


def test_money_and_percent_signs_become_their_units() -> None:
    assert normalise("it was $10, battery at 10%").text == "it was 10 dollars battery at 10 percent"


def test_tomorrow_with_a_quantity_keeps_the_day(ctx: Callable[..., Context]) -> None:
    u = understand("tomorrow works, the panel is about 10 ft away", ctx())
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I'm on the 2nd floor", "en"),
        ("the unit is on the 3rd floor in the back", "en"),
        ("it's the 3 bedroom house on the corner", "en"),
        ("it's about 6 and a half feet tall", "en"),
        ("vivimos en el 2 piso", "es"),
        ("está a como 2 y medio metros del tablero", "es"),
    ],
)
def test_a_floor_or_a_measure_is_no_date(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert understand(text, ctx(language=language)).time is None


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("on the 2nd please", "en", 2),
        ("the 2nd of next month", "en", 2),
        ("el 3 de diciembre", "es", 3),
    ],
)
def test_a_day_of_the_month_is_still_a_date(
    ctx: Callable[..., Context], text: str, language: str, day: int
) -> None:
    u = understand(text, ctx(language=language))
    assert u.time is not None and u.time.value.earliest is not None
    assert u.time.value.earliest.day == day
