"""A time said in place of another, with the reason the first one fails in the same breath:
the clock time said is the wish, the part of the day that is busy is not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, PartOfDay, understand
from tests.assistant.conftest import local

# Now: Tuesday 2026-11-24 10:00 in Kansas City.


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the busy part of the day first, then the time wanted with "the"
        ("we have a recital friday evening so make it the 10", (2026, 11, 27, 10)),
        ("i'm stuck in meetings thursday morning, could we do the 2 instead", (2026, 11, 26, 14)),
        ("make it the 11 instead", None),
        ("ok make it the 9", None),
    ],
)
def test_the_clock_time_said_instead_is_the_wish(
    ctx: Callable[..., Context], text: str, start: tuple[int, int, int, int] | None
) -> None:
    u = understand(text, ctx())
    assert u.time is not None, text
    w = u.time.value
    assert w.exact
    assert w.part_of_day is None
    if start is not None:
        assert w.earliest == local(*start)
    else:
        # "the 11", "the 9" are o'clock (today's or tomorrow's), never a day of the month
        assert w.earliest.date() in {local(2026, 11, 24).date(), local(2026, 11, 25).date()}


def test_a_date_with_its_ordinal_is_still_a_date(ctx: Callable[..., Context]) -> None:
    u = understand("can we make it the 12th instead", ctx())
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 12, 12)


@pytest.mark.parametrize(
    ("text", "hour", "part"),
    [
        ("saturday evening at 6", 18, PartOfDay.EVENING),
        ("friday morning at 9", 9, PartOfDay.MORNING),
    ],
)
def test_a_clock_time_inside_its_part_of_day_keeps_both(
    ctx: Callable[..., Context], text: str, hour: int, part: PartOfDay
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.earliest.hour == hour
    assert u.time.value.part_of_day is part
