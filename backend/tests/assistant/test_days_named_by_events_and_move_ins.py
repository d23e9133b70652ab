"""A weekday that names what happened on it ("after Saturday's storm", "since Monday's
outage") is no wish for a visit, and a day someone else moves in ("new tenant moves in on the
5th, need it fixed before then", "the buyers close on the 20th") bounds the wish like the
caller's own arrival; "Monday's good for me" is still Monday."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    "text",
    [
        "Hi, after Saturday's storm there were shingles all over my yard, I'd like someone to "
        "check it",
        "saturday's storm took some shingles off",
        "since mondays outage the garage outlet is dead",
        "after Friday's big hail the skylight looks cracked",
    ],
)
def test_a_day_named_by_what_happened_is_no_wish(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.PROBLEM)).time is None


@pytest.mark.parametrize(
    ("text", "day"),
    [("Monday's good for me", 30), ("Saturdays work best", 28), ("thursday's fine", 26)],
)
def test_a_day_said_as_the_wish_is_kept(ctx: Callable[..., Context], text: str, day: int) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.earliest.day == day


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Nobody is living there, new tenant moves in on the 5th, need it fixed before then",
         local(2026, 12, 5)),
        ("the new owners move in on the 3rd, can you come before then", local(2026, 12, 3)),
        ("the buyers close on the 4th, we need it done before then", local(2026, 12, 4)),
    ],
)  # fmt: skip
def test_someone_moving_in_bounds_the_wish(
    ctx: Callable[..., Context], text: str, deadline: object
) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert u.time is not None and u.time.value.latest == deadline
