"""House numbers as callers say them: digit by digit with "oh" for a zero ("two two four oh
south vine street" is 2240), and a Queens number in two groups before a numbered street
keeping its hyphen ("thirty seven twenty two ninety fifth street" is 37-22 95th Street);
Spanish numbered streets ("calle ciento sesenta y ocho") are "168th Street"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand
from switchboard.assistant.understanding.numbers import words_to_digits


def _line1(ctx: Callable[..., Context], text: str, **kw: object) -> str | None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS, **kw))
    return u.address.value.line1 if u.address else None


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("two two four oh south vine street denver", "2240 South Vine Street"),
        ("it's one two oh oak street", "120 Oak Street"),
        ("nine one oh maple avenue", "910 Maple Avenue"),
        ("dos dos cuatro cero de la calle Vine", "2240 Vine Street"),
    ],
)
def test_an_oh_at_the_end_of_digits_is_a_zero(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    assert _line1(ctx, text) == line1


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("two two oh no wait", "2 2 oh no wait"),  # an exclamation, not a zero
        ("four oh south", "4 oh south"),  # one digit before it: not a run
        ("somos tres o cuatro", "somos 3 o 4"),  # Spanish "o" between numbers is "or"
        ("nine o five", "9 0 5"),
    ],
)
def test_oh_and_o_that_are_no_zero(said: str, digits: str) -> None:
    assert " ".join(words_to_digits(said.split())) == digits


QUEENS = ("Queens", "Brooklyn")


@pytest.mark.parametrize(
    ("text", "line1", "language"),
    [
        ("thirty seven twenty two ninety fifth street", "37-22 95th Street", "en"),
        ("eighty two fifteen thirty seventh avenue jackson heights", "82-15 37th Avenue", "en"),
        ("eighty seven oh five thirty seventh avenue", "87-05 37th Avenue", "en"),
        ("treinta y siete veintidos noventa y cinco street", "37-22 95th Street", "es"),
        (
            "ochenta y siete veintiuno calle ciento sesenta y ocho en jamaica queens",
            "87-21 168th Street",
            "es",
        ),
    ],
)
def test_a_queens_number_said_in_groups_keeps_its_hyphen(
    ctx: Callable[..., Context], text: str, line1: str, language: str
) -> None:
    assert _line1(ctx, text, towns=QUEENS, language=language) == line1


@pytest.mark.parametrize(
    ("text", "towns", "line1"),
    [
        # Brooklyn and Arizona write their numbers whole
        ("eighty seven twenty one fourth avenue brooklyn", QUEENS, "8721 4th Avenue"),
        (
            "fifty one twenty two forty third avenue glendale",
            ("Phoenix", "Glendale"),
            "5122 43rd Avenue",
        ),
        ("forty four ten west seventy fifth street", ("Kansas City",), "4410 West 75th Street"),
        ("twelve oak street", QUEENS, "12 Oak Street"),  # not a numbered street
        ("3722 95th St", QUEENS, "3722 95th St"),  # typed whole, kept whole
    ],
)
def test_a_number_elsewhere_is_written_whole(
    ctx: Callable[..., Context], text: str, towns: tuple[str, ...], line1: str
) -> None:
    assert _line1(ctx, text, towns=towns) == line1


@pytest.mark.parametrize(
    ("text", "line1", "city"),
    [
        ("vivo en el 3105 de la calle 32 en Phoenix", "3105 32nd Street", "Phoenix"),
        ("el 450 de la avenida 37", "450 37th Avenue", ""),
        ("el 804 de la calle Shaver en Pasadena", "804 Shaver Street", "Pasadena"),
    ],
)
def test_a_spanish_street_said_by_its_number(
    ctx: Callable[..., Context], text: str, line1: str, city: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS, language="es"))
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.city) == (line1, city)
