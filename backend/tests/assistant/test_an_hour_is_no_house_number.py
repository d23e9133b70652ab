"""An hour said while the address is asked ("a las dos recojo a los niños, mejor a las doce",
"at 3 we leave for school") is no house number and no street: the time it changes is taken.
A number and a street said bare while the address is asked ("7731 lawndale") still are one,
and so are they before a town the business serves whatever was asked ("... siete siete cuatro
uno bellfort houston"); a number of miles, a year or a count before a town is none. Every line
here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ay no, a las dos recojo a los niños, mejor a las doce", "es"),
        ("a la una tengo cita con el doctor mejor a las cuatro", "es"),
        ("hmm at 3 drop off the kids, better make it 11", "en"),
    ],
)
def test_an_hour_is_no_house_number(ctx: Callable[..., Context], text: str, language: str) -> None:
    u = understand(text, ctx(language=language, expecting=Expecting.ADDRESS))
    assert u.address is None
    assert u.time is not None


@pytest.mark.parametrize(
    ("text", "language", "line1"),
    [
        ("7731 lawndale", "es", "7731 Lawndale"),
        ("es el 45 westview", "es", "45 Westview"),
        ("2204 brookside", "en", "2204 Brookside"),
    ],
)
def test_a_bare_street_when_asked_is_still_one(
    ctx: Callable[..., Context], text: str, language: str, line1: str
) -> None:
    u = understand(text, ctx(language=language, expecting=Expecting.ADDRESS))
    assert u.address is not None and u.address.value.line1 == line1


_TOWNS = ("Houston", "Pasadena", "Katy")


@pytest.mark.parametrize(
    ("text", "language", "line1", "city"),
    [
        ("ramona ibarra siete siete cuatro uno bellfort houston", "es", "7741 Bellfort", "Houston"),
        ("its 4410 westheimer pasadena", "en", "4410 Westheimer", "Pasadena"),
    ],
)
def test_a_bare_street_before_a_town_served_is_an_address(
    ctx: Callable[..., Context], text: str, language: str, line1: str, city: str
) -> None:
    u = understand(text, ctx(language=language, expecting=Expecting.TIME, towns=_TOWNS))
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.city) == (line1, city)


@pytest.mark.parametrize(
    "text",
    [
        "we are about 12 miles from houston",
        "I was born in 1985 in houston",
        "mañana a las 2 en katy",
        "the 3 kids are at school in pasadena",
    ],
)
def test_a_number_before_a_town_is_no_address(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME, towns=_TOWNS))
    assert u.address is None
