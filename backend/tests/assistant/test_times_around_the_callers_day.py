"""The caller's own day around the wish: a pastime at set hours ("I have bridge in the
afternoon") rules that part of the day out and never makes a bare hour pm; an hour said after
"after work" is that hour ("tomorrow after work like five"); the children's bus or a pickup
with its time ("when the bus drops the kids at 3:15") is the story, not the wish."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest

from switchboard.assistant.understanding import Context, PartOfDay, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("thursday morning would be lovely i have bridge in the afternoon so maybe nine", 9),
        ("friday morning, we have church in the evening, say ten", 10),
    ],
)
def test_a_pastime_in_a_part_of_the_day_is_ruled_out(
    ctx: Callable[..., Context], text: str, hour: int
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.earliest.hour == hour
    assert PartOfDay.MORNING not in u.time.value.skip_parts


def test_the_pastime_part_is_skipped(ctx: Callable[..., Context]) -> None:
    u = understand("any day next week, i have golf in the mornings", ctx())
    assert u.time is not None
    assert PartOfDay.MORNING in u.time.value.skip_parts


@pytest.mark.parametrize(
    "text",
    ["i have time in the afternoon", "we have someone home in the afternoon"],
)
def test_time_free_in_a_part_of_the_day_is_the_wish(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.part_of_day is PartOfDay.AFTERNOON


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("tomorrow after work like five", local(2026, 11, 25, 17)),
        ("tomorrow after my shift, 6", local(2026, 11, 25, 18)),
    ],
)
def test_an_hour_after_work_is_that_hour(
    ctx: Callable[..., Context], text: str, start: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.exact
    assert u.time.value.earliest == start


def test_a_count_after_work_is_no_hour(ctx: Callable[..., Context]) -> None:
    u = understand("after work 2 guys can help move the fridge", ctx())
    assert u.time is None or not u.time.value.exact


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Not Fridays please, and I have to be here when the bus drops the kids at 3:15 so "
         "mornings are best. Tomorrow at 9?", time(9)),
        ("i pick up my son at 3, could you do 11 tomorrow", time(11)),
    ],
)  # fmt: skip
def test_the_childrens_bus_or_pickup_is_not_the_wish(
    ctx: Callable[..., Context], text: str, at: time
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.earliest.time() == at


def test_an_hour_asked_is_still_the_wish(ctx: Callable[..., Context]) -> None:
    u = understand("can you come at 3", ctx())
    assert u.time is not None and u.time.value.earliest == local(2026, 11, 24, 15)


@pytest.mark.parametrize(
    "text",
    [
        "perdón, mejor el martes a las 5, el lunes salgo tarde del trabajo",
        "tuesday at 5, monday i get off late",
    ],
)
def test_a_day_taken_by_work_running_late_is_ruled_out(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert 0 in u.time.value.skip_weekdays
    assert u.time.value.earliest == local(2026, 12, 1, 17)


def test_a_day_with_an_early_finish_is_the_wish(ctx: Callable[..., Context]) -> None:
    u = understand("monday at 5, i get off early", ctx())
    assert u.time is not None and u.time.value.earliest == local(2026, 11, 30, 17)


@pytest.mark.parametrize(
    "text",
    [
        "oh wait no i have to pick up my son at ten thirty can we do one instead",
        "can we do one instead",
        "how about one o'clock",
    ],
)
def test_one_said_in_place_of_another_time_is_one_oclock(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.earliest == local(2026, 11, 24, 13)


@pytest.mark.parametrize("text", ["can we do the other one instead", "can we do that one instead"])
def test_an_offer_picked_instead_is_no_hour(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).time is None
