"""An address put right as it is said: a house number repaired with the street's name said
again but not its kind ("1870 Juniper Lane, sorry, 1780 Juniper"), in English and Spanish;
and a unit said after the town ("... Forest Hills, apartment 6B") kept with the address.
Every sentence here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Address, Context, Expecting, understand


def _address(ctx: Callable[..., Context], text: str) -> Address | None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    return u.address.value if u.address else None


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("it's eighteen seventy juniper lane, sorry, seventeen eighty juniper",
         "1780 Juniper Lane"),
        ("2041 beacon street oops I mean 2014 beacon", "2014 Beacon Street"),
        ("el novecientos doce de la calle Pecan, no perdón, el novecientos veintiuno Pecan",
         "921 Pecan Street"),
        ("cinco mil cien westview drive no perdon cinco mil doscientos westview",
         "5200 Westview Drive"),
    ],
)  # fmt: skip
def test_a_house_number_repaired_with_the_street_named_again(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    found = _address(ctx, text)
    assert found is not None and found.line1 == line1 and found.unit == "", text


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        # a small number is no house number put right: the trees stay trees
        ("1870 juniper lane and no, the 2 juniper bushes are fine", "1870 Juniper Lane"),
        # no repair said: two numbers are two things
        ("1870 juniper lane, we've lived 20 years on juniper", "1870 Juniper Lane"),
    ],
)
def test_a_number_beside_the_street_name_without_a_repair_changes_nothing(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    found = _address(ctx, text)
    assert found is not None and found.line1 == line1, text


@pytest.mark.parametrize(
    ("text", "line1", "unit"),
    [
        ("it's 34 12 ditmars boulevard astoria apartment 6 b", "3412 Ditmars Boulevard", "Apt 6B"),
        ("402 kent avenue williamsburg unit 11", "402 Kent Avenue", "Unit 11"),
    ],
)
def test_a_unit_said_after_the_town(
    ctx: Callable[..., Context], text: str, line1: str, unit: str
) -> None:
    found = _address(ctx, text)
    assert found is not None and (found.line1, found.unit) == (line1, unit), text


def test_a_unit_word_after_the_town_that_is_no_unit_is_left_out(
    ctx: Callable[..., Context],
) -> None:
    found = _address(ctx, "402 kent avenue williamsburg the outdoor unit is buzzing")
    assert found is not None and found.unit == ""
