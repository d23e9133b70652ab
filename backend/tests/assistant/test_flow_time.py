"""Time wishes a caller states as limits or corrections: a date said as a deadline or a start
("before the 20th", "not before March 3rd", "antes del 20"), an hour with its part of the day
("four in the afternoon"), and a choice among offers that corrects itself ("you said Tuesday, I
meant Thursday") or leaves two open ("Thursday or Friday")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from switchboard.assistant.understanding import Context, Expecting, SlotDecision, understand
from tests.assistant.conftest import local

# The conftest clock: Tuesday 2026-11-24, 10:00 in Chicago.


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("any day before the 4th of December works", date(2026, 11, 24), date(2026, 12, 3)),
        ("sometime before the 30th, we have guests", date(2026, 11, 24), date(2026, 11, 29)),
        ("no later than Friday please", date(2026, 11, 24), date(2026, 11, 27)),
        ("not before the 2nd, we're away", date(2026, 12, 2), None),
        ("anytime after the 28th", date(2026, 11, 29), None),
        ("cualquier día antes del 30", date(2026, 11, 24), date(2026, 11, 29)),
        ("a partir del lunes", date(2026, 11, 30), None),
    ],
)
def test_a_date_said_as_a_limit_bounds_the_window(
    ctx: Callable[..., Context], text: str, first: date, last: date | None
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None, text
    window = u.time.value
    assert window.earliest.date() == first, (text, window)
    if last is not None:
        assert window.latest is not None
        assert (window.latest - timedelta(microseconds=1)).date() == last, (text, window)
    else:
        assert window.latest is None or (window.latest.date() - first).days > 30, window


def test_come_by_friday_is_a_visit_on_friday(ctx: Callable[..., Context]) -> None:
    u = understand("can you come by friday", ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.earliest.date() == date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "index"),
    [("four in the afternoon", 2), ("8 in the morning is good", 0), ("las 12 de la tarde", 1)],
)
def test_an_hour_with_its_part_of_the_day_picks_that_offer(
    ctx: Callable[..., Context], text: str, index: int
) -> None:
    offered = (local(2026, 11, 27, 8), local(2026, 11, 27, 12), local(2026, 11, 27, 16))
    u = understand(text, ctx(offered_slots=offered, expecting=Expecting.SLOT))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.CHOSEN, (text, u.slot)
    assert u.slot.value.index == index


def test_a_corrected_day_is_the_one_meant(ctx: Callable[..., Context]) -> None:
    offered = (local(2026, 12, 1, 9), local(2026, 12, 3, 9))  # Tuesday, Thursday
    u = understand(
        "no sorry, you heard tuesday but i meant thursday",
        ctx(offered_slots=offered, expecting=Expecting.SLOT),
    )
    assert u.slot is not None and u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == 1


def test_two_days_joined_by_or_leave_the_choice_open(ctx: Callable[..., Context]) -> None:
    offered = (local(2026, 12, 3, 13), local(2026, 12, 4, 15))  # Thursday, Friday
    u = understand("thu or fri afternoon", ctx(offered_slots=offered, expecting=Expecting.SLOT))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.AMBIGUOUS
    assert set(u.slot.value.candidates) == {0, 1}


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("ugh sorry, could we do 3 instead, the kids get out of school at 2", 15),
        ("make it 10 then", 10),
        ("how about 1 then", 13),
    ],
)
def test_a_time_offered_in_place_of_another_is_the_wish(
    ctx: Callable[..., Context], text: str, hour: int
) -> None:
    in_view = (date(2026, 11, 27), date(2026, 11, 27))
    u = understand(text, ctx(expecting=Expecting.CONFIRMATION, days_in_view=in_view))
    assert u.time is not None and u.time.value.exact, text
    assert u.time.value.earliest == local(2026, 11, 27, hour), (text, u.time)


def test_a_quantity_is_not_a_time_offered_instead(ctx: Callable[..., Context]) -> None:
    u = understand("can you do 2 outlets and a switch", ctx(expecting=Expecting.PROBLEM))
    assert u.time is None


@pytest.mark.parametrize(("text", "yes"), [("all good", True), ("yep it's all correct", True),
                                            ("no, not all good", False)])  # fmt: skip
def test_all_good_is_a_yes(ctx: Callable[..., Context], text: str, yes: bool) -> None:
    u = understand(text, ctx(expecting=Expecting.CONFIRMATION))
    assert u.polarity is not None and (u.polarity.value.value == "yes") is yes, (text, u.polarity)


@pytest.mark.parametrize("text", ["am I speaking with the plumber?", "I am calling about a leak"])
def test_the_verb_am_is_not_the_morning(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).time is None


def test_am_after_a_day_is_the_morning(ctx: Callable[..., Context]) -> None:
    u = understand("friday am works", ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.earliest.hour < 12
    assert u.time.value.earliest.date() == date(2026, 11, 27)
