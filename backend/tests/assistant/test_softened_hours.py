"""An hour softened a few words after its day, its part of the day or a bound ("is thursday
morning possible maybe nine", "saturday any time before noon like ten") is the hour asked for;
a count or a bound with its own hour is not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("is thursday morning possible maybe nine", 26, 9),
        ("this saturday any time before noon like ten", 28, 10),
        ("friday would be good if possible, ideally 10", 27, 10),
        ("saturday after noon like 2", 28, 14),
        ("thursday works for me, preferably 3", 26, 15),
    ],
)
def test_a_softened_hour_is_the_hour_asked_for(
    ctx: Callable[..., Context], text: str, day: int, hour: int
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.exact
    assert (u.time.value.earliest.day, u.time.value.earliest.hour) == (day, hour)


@pytest.mark.parametrize(
    "text",
    [
        "thursday morning, maybe 2 guys can come",
        "saturday before noon",
        "saturday before noon, 12 oak st",
        "friday, the kids are home until 3",
    ],
)
def test_counts_and_bounds_are_no_hour(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is None or not u.time.value.exact
