"""House numbers and streets said in number words: a number run into a bare "Avenue" is the
numbered street ("87 10 37 avenue" is 8710 37th Avenue, as "eighty seven ten thirty seventh
avenue" is), "a hundred and two" is 102, "number 1 0 9" after a street is its unit, never the
first offered time; a Spanish street ends where a town the business serves is said."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand
from switchboard.assistant.understanding.normalise import normalise
from tests.assistant.conftest import local


def _address(ctx: Callable[..., Context], text: str, **kw: object) -> tuple[str, str]:
    u = understand(text, ctx(expecting=Expecting.ADDRESS, **kw))
    assert u.address is not None
    return u.address.value.line1, u.address.value.city


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        # said in Queens, the number keeps the hyphen it is written with
        ("ochenta y siete diez treinta y siete avenue jackson heights queens", "87-10 37th Avenue"),
        ("eighty seven ten thirty seventh avenue jackson heights", "8710 37th Avenue"),
        ("one oh eight twenty two seventy first avenue forest hills", "10822 71st Avenue"),
        ("it's 31 12 45 street in astoria", "3112 45th Street"),
    ],
)
def test_a_number_run_into_a_numbered_street(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    assert _address(ctx, text)[0] == line1


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("108-22 71st ave forest hills", "108-22 71st Ave"),  # typed: the hyphen stays
        ("forty four ten oak street", "4410 Oak Street"),
        ("fourteen oh two avenue j", "1402 Avenue J"),
    ],
)
def test_numbers_elsewhere_stay_whole(ctx: Callable[..., Context], text: str, line1: str) -> None:
    assert _address(ctx, text)[0] == line1


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("a hundred and two main street", "102 main street"),
        ("a hundred twelve elm", "112 elm"),
        ("a thousand dollars", "1000 dollars"),
        ("i have a huge leak", "i have a huge leak"),  # what must not change
    ],
)
def test_a_hundred_is_one_hundred(text: str, digits: str) -> None:
    assert normalise(text).text == digits


def test_a_unit_number_is_not_the_first_option(ctx: Callable[..., Context]) -> None:
    offers = (local(2026, 11, 30, 9), local(2026, 12, 2, 11))
    context = ctx(offered_slots=offers, expecting=Expecting.SLOT,
                  days_in_view=(offers[0].date(), offers[-1].date()))  # fmt: skip
    u = understand("sixty four hundred south rural road number one oh nine tempe", context)
    assert u.slot is None
    # What must not change: "number 2" alone picks the second.
    u = understand("number 2 please", context)
    assert u.slot is not None and u.slot.value.index == 1


@pytest.mark.parametrize(
    ("text", "line1", "city"),
    [
        ("804 de la calle shaver pasadena", "804 Shaver Street", "Pasadena"),
        ("4521 calle westheimer katy", "4521 Calle Westheimer", "Katy"),
        ("el 345 de la calle fulton houston texas", "345 Fulton Street", "Houston"),
    ],
)
def test_a_town_after_a_spanish_street(
    ctx: Callable[..., Context], text: str, line1: str, city: str
) -> None:
    assert _address(ctx, text, towns=("Houston", "Pasadena", "Katy")) == (line1, city)


def test_a_spanish_street_of_two_words_keeps_them(ctx: Callable[..., Context]) -> None:
    # What must not change: no town served is said, so the name is whole.
    assert (
        _address(ctx, "2210 calle san jacinto", towns=("Houston",))[0] == "2210 Calle San Jacinto"
    )
