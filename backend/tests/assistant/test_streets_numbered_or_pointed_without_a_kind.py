"""Streets said in ways the line hears plainly: a numbered street said as a plain number
between its compass point and its kind ("nine four hundred south one one two street" is 9400
South 112th Street, the house number kept whole), and a street with no kind said with its
compass point after a long house number ("quinientos veinte south mcvicker"), whatever was
asked. Every sentence here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _line1(ctx: Callable[..., Context], text: str, expecting: Expecting) -> str | None:
    u = understand(text, ctx(expecting=expecting))
    return u.address.value.line1 if u.address is not None else None


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("nine four zero zero south one one two street", "9400 South 112th Street"),
        ("it's 15510 w 87 terrace lenexa", "15510 W 87th Terrace"),
        ("twenty two oh five east three street", "2205 East 3rd Street"),
        ("six one zero north one one avenue", "610 North 11th Avenue"),
        ("3320 west one 52nd place", "3320 West 152nd Place"),
    ],
)
def test_a_numbered_street_said_as_a_plain_number_is_its_ordinal(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    assert _line1(ctx, text, Expecting.ADDRESS) == line1


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("135 street", "135 Street"),  # no compass point: a house number, its street to come
        ("4410 oak street", "4410 Oak Street"),
    ],
)
def test_numbers_not_between_a_compass_point_and_a_kind_stay_as_said(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    assert _line1(ctx, text, Expecting.ADDRESS) == line1


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("rodolfo peralta deletreado p e r a l t a quinientos veinte south mcvicker",
         "520 South Mcvicker"),
        ("ok it's 3815 north kostner", "3815 North Kostner"),
        ("novecientos diez oeste tidwell", "910 West Tidwell"),
    ],
)  # fmt: skip
def test_a_street_with_no_kind_after_its_compass_point_ends_the_turn(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    assert _line1(ctx, text, Expecting.TIME) == line1


@pytest.mark.parametrize(
    "text",
    [
        "we are maybe 300 north of here",  # a distance, not a street
        "it's 200 north main tomorrow",  # an everyday word, and not the end of the turn
        "the 2 north windows leak",  # a short number
        "412 north park",  # everyday words: left to the other rules
    ],
)
def test_a_compass_point_beside_a_number_is_not_always_a_street(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _line1(ctx, text, Expecting.TIME) is None
