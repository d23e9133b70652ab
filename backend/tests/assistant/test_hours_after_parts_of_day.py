"""An hour said right after its day or part of the day, with no "at" ("thursday afternoon like
two", "thurs afternoon, 3?", "hoy en la tarde, 4"), and numbers there that are not the hour."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, SlotDecision, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("thursday afternoon like two", local(2026, 11, 26, 14)),
        ("uh wednesday maybe wednesday afternoon like three", local(2026, 11, 25, 15)),
        ("thurs afternoon, 3?", local(2026, 11, 26, 15)),
        ("tomorrow morning, 9 or so", local(2026, 11, 25, 9)),
        ("friday afternoon say four", local(2026, 11, 27, 16)),
        ("friday afternoon 4ish", local(2026, 11, 27, 16)),
        ("tomorrow evening around 6 if you can", local(2026, 11, 25, 18)),
        ("monday morning 10 30 works", local(2026, 11, 30, 10, 30)),
        ("hoy en la tarde, 4", local(2026, 11, 24, 16)),
        ("el jueves en la tarde tipo 4", local(2026, 11, 26, 16)),
        ("el viernes por la tarde como a las tres", local(2026, 11, 27, 15)),
    ],
)
def test_the_hour_after_a_part_of_the_day_is_asked_for(
    ctx: Callable[..., Context], text: str, start: object
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.exact
    assert u.time.value.earliest == start


@pytest.mark.parametrize(
    "text",
    [
        "tomorrow afternoon, 12 elm st",  # a house number after the part of the day
        "this afternoon 2 guys can come by to quote",  # a count
        "friday morning 10 minutes before it shut off",  # a duration in the story
        "thursday afternoon, 3 kids home so not too early",
        "tomorrow afternoon, 4 or 5",  # two hours: a range, never only the first
    ],
)
def test_a_number_there_that_is_not_one_hour(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is None or not u.time.value.exact


def test_the_part_and_hour_pick_that_offer(ctx: Callable[..., Context]) -> None:
    offered = (local(2026, 11, 26, 12), local(2026, 11, 26, 14), local(2026, 11, 26, 16))
    u = understand("thursday afternoon like two", ctx(offered_slots=offered))
    assert u.slot is not None
    assert u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == 1


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("friday first thing", 27),
        ("monday, first thing in the morning", 30),
        ("first thing thursday", 26),
    ],
)
def test_first_thing_after_a_weekday_is_that_morning_not_the_first(
    ctx: Callable[..., Context], text: str, day: int
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.earliest.date() == local(2026, 11, day).date()
    assert u.time.value.asap


@pytest.mark.parametrize("text", ["tuesday the 1st", "fri 1st at 10"])
def test_the_first_said_as_a_date_is_still_the_date(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.earliest.date() == local(2026, 12, 1).date()
