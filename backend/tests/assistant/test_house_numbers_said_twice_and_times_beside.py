"""A house number said twice over to make sure of it, digit by digit and whole ("cuatro cero
cinco uno, cuatro mil cincuenta y uno"), is that number once; and a house number said digit by
digit after "at" ("we're at one two two zero five west 119th street") is never a clock time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _line1(ctx: Callable[..., Context], text: str) -> str | None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS))
    return u.address.value.line1 if u.address else None


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("no perdón me equivoqué es cuatro cero cinco uno cuatro mil cincuenta y uno canal "
         "street", "4051 Canal Street"),
        ("sorry it's four oh five one, four thousand fifty one canal street", "4051 Canal Street"),
        ("it's twenty two fifty, two two five zero main street", "2250 Main Street"),
        ("it's twenty two fifty two two five zero main street", "2250 Main Street"),
        ("forty five twenty one forty five twenty one oak st", "4521 Oak St"),
    ],
)  # fmt: skip
def test_a_house_number_said_twice_is_said_once(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    assert _line1(ctx, text) == line1


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        # Look-alikes: numbers that only repeat a part, or fit a house number as said.
        ("twelve twelve oak street", "1212 Oak Street"),
        ("forty two fifty two main street", "4252 Main Street"),
        ("one one main street", "11 Main Street"),
    ],
)
def test_a_house_number_that_repeats_a_part_is_kept_whole(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    assert _line1(ctx, text) == line1


@pytest.mark.parametrize(
    "text",
    [
        "its aaron fisk f i s k were at one two two zero five west one hundred nineteenth street "
        "overland park",
        "were at four four one oh main street",
        "we are at three four five north elm avenue",
    ],
)
def test_a_house_number_said_digit_by_digit_after_at_is_no_time(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.time is None, u.time
    assert u.address is not None


@pytest.mark.parametrize("text", ["at 3 if you can", "monday at one works", "at 4 please"])
def test_an_hour_after_at_is_still_a_time(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).time is not None


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("devon mclaughlin three eighty five court street brooklyn", "385 Court Street"),
        ("12 terrace avenue", "12 Terrace Avenue"),
        # Look-alikes: the kind alone, after a name.
        ("40 oak court", "40 Oak Court"),
        ("12 court st", "12 Court St"),
    ],
)
def test_a_street_named_by_a_kind_keeps_its_kind(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    assert _line1(ctx, text) == line1
