"""An hour said right after a bound with its own hour ("today after three like four",
"tomorrow after 2, maybe 4") is the hour asked for, inside the bound; a bound alone, a count
or an address after it stays a bound."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("today after two like five", 24, 17),
        ("tomorrow after 1, maybe 3", 25, 15),
        ("wednesday after 10 maybe 11", 25, 11),
        ("friday before 5 like 3", 27, 15),
    ],
)
def test_the_hour_within_the_bound_is_asked_for(
    ctx: Callable[..., Context], text: str, day: int, hour: int
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.exact
    assert (u.time.value.earliest.day, u.time.value.earliest.hour) == (day, hour)


@pytest.mark.parametrize(
    "text",
    [
        "today after 2",
        "tomorrow after 3, 12 oak st",
        "thursday after 3 4 of us will be home",
        "anytime after 3 like i said",
    ],
)
def test_a_bound_alone_stays_a_bound(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None and not u.time.value.exact
