"""A choice among offered times written or spoken the short way: "930", "seven o clock",
"a las once", an hour that ends its sentence before the name and address, and a texted "ye"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Polarity,
    SlotDecision,
    understand,
)
from tests.assistant.conftest import local

# Thursday November 26th at 7, 9:30 and 11 in the morning, and 3 in the afternoon.
OFFERED = (
    local(2026, 11, 26, 7, 0),
    local(2026, 11, 26, 9, 30),
    local(2026, 11, 26, 11, 0),
    local(2026, 11, 26, 15, 0),
)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("930", 1),
        ("930 please", 1),
        ("1100 works", 2),
        ("seven o clock", 0),
        ("three o clock is good", 3),
        ("a las once", 2),
        ("mejor a las once por favor", 2),
        ("las siete", 0),
        ("11. Priya Raman, 40 Elm Ct, Olathe", 2),
        ("3. thanks!", 3),
    ],
)
def test_the_offered_time_said_short(ctx: Callable[..., Context], text: str, index: int) -> None:
    u = understand(text, ctx(offered_slots=OFFERED))
    assert u.slot is not None
    assert u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == index


@pytest.mark.parametrize("text", ["can someone come at once", "please send someone at once"])
def test_at_once_is_right_away_never_eleven(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(offered_slots=OFFERED))
    assert u.slot is None or u.slot.value.index != 2
    assert u.time is None or u.time.value.earliest.hour != 11


def test_a_house_number_before_a_street_still_is_no_hour(ctx: Callable[..., Context]) -> None:
    u = understand("11 Birch Lane, Lenexa", ctx(offered_slots=OFFERED))
    assert u.slot is None or u.slot.value.decision is not SlotDecision.CHOSEN


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("thu 9. Farah Idowu, 615 Walnut Ave Apt 2, Kansas City", "615 Walnut Ave"),
        ("11. Ignatius Moreau 2288 Peachtree Rd NE", "2288 Peachtree Rd NE"),
        ("a las 7. Rosalba Quintero, 77 Harwin Dr, Houston", "77 Harwin Dr"),
    ],
)
def test_an_hour_ending_its_sentence_is_no_house_number(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    u = understand(text, ctx(offered_slots=OFFERED))
    assert u.address is not None
    assert u.address.value.line1 == line1


def test_a_unit_and_town_after_commas_stay_with_the_street(ctx: Callable[..., Context]) -> None:
    u = understand("615 Walnut Ave, Apt 2, Kansas City, MO 64106", ctx())
    assert u.address is not None
    said = u.address.value
    assert (said.line1, said.unit, said.postal_code) == ("615 Walnut Ave", "Apt 2", "64106")


@pytest.mark.parametrize("text", ["ye", "yeh", "yah"])
def test_a_texted_yes_short_of_its_letters(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.CONFIRMATION))
    assert u.polarity is not None and u.polarity.value is Polarity.YES


# Wednesday November 25th at 3 in the afternoon, Thursday 26th at 1 and at 4.
WED_AND_THU = (local(2026, 11, 25, 15, 0), local(2026, 11, 26, 13, 0), local(2026, 11, 26, 16, 0))


@pytest.mark.parametrize("text", ["thursday at 3", "el jueves a las 3"])
def test_a_day_and_an_hour_no_offer_has_together_is_a_new_wish(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(offered_slots=WED_AND_THU))
    assert u.slot is not None
    assert u.slot.value.decision is SlotDecision.COUNTER


@pytest.mark.parametrize("text", ["wed or thu after 2", "miércoles o jueves después de las 2"])
def test_a_bound_on_the_hour_picks_no_offer_at_that_hour(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(offered_slots=WED_AND_THU))
    assert u.slot is not None
    assert u.slot.value.decision is SlotDecision.AMBIGUOUS
    assert set(u.slot.value.candidates) == {0, 2}


# Saturday November 28th at 9 and at 11 (now is Tuesday November 24th).
THIS_SATURDAY = (local(2026, 11, 28, 9, 0), local(2026, 11, 28, 11, 0))


@pytest.mark.parametrize(
    "text",
    ["that saturday we're away. what about the following saturday?", "the following sat pls"],
)
def test_the_following_weekday_is_a_week_after_the_nearest(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(offered_slots=THIS_SATURDAY))
    assert u.time is not None
    assert u.time.value.earliest.date() == local(2026, 12, 5, 0, 0).date()
    assert u.slot is not None and u.slot.value.decision is SlotDecision.COUNTER
