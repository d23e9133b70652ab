"""Hours said the loose way callers say them, and hours that belong to their story.

"ten in morning" (the article left out), "saturday morning so like ten", "saturday if you do
saturdays like eleven" name an hour; "make it five, my shift doesn't end till four" and "I'm
tied up until 4" leave the caller free after the hour. "We danced until two in the morning"
is when the caller's night ended, never a wish. Our own wordings, not the eval corpus's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand
from tests.assistant.conftest import local

# The conftest clock: Tuesday 2026-11-24, 10:00 in Chicago.


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("monday next week is okay ten in morning", local(2026, 11, 30, 10)),
        ("thursday three in afternoon please", local(2026, 11, 26, 15)),
        ("my wife said friday morning so like nine", local(2026, 11, 27, 9)),
        ("thursday afternoon so 2", local(2026, 11, 26, 14)),
        ("saturday if you do saturdays like eleven", local(2026, 11, 28, 11)),
        ("monday if you work mondays, 9", local(2026, 11, 30, 9)),
        ("today at three um actually make it five my shift doesnt end till four",
         local(2026, 11, 24, 17)),
    ],
)  # fmt: skip
def test_the_hour_said_loosely_is_the_time_asked_for(
    ctx: Callable[..., Context], text: str, start: datetime
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None, text
    assert u.time.value.exact, (text, u.time.value)
    assert u.time.value.earliest == start, (text, u.time.value)


@pytest.mark.parametrize(
    "text",
    [
        "friday morning so 2 guys can come",  # a count, not an hour
        "saturday if you do saturdays, 12 oak st",  # a house number
    ],
)
def test_a_number_there_that_is_no_hour(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is None or not u.time.value.exact, (text, u.time)


@pytest.mark.parametrize(
    "text",
    [
        "tomorrow, my shift doesn't end till 4",
        "tomorrow works, school goes until 4 for the kids and me",
        "tomorrow, i'm tied up until 4",
        "tomorrow, i'm stuck at work until 4",
    ],
)
def test_the_end_of_the_callers_day_is_when_they_are_free(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None, text
    assert u.time.value.after == time(16) or u.time.value.earliest == local(2026, 11, 25, 16), (
        text,
        u.time.value,
    )


def test_a_business_open_until_an_hour_is_still_a_limit_before_it(
    ctx: Callable[..., Context],
) -> None:
    u = understand("tomorrow, the store is open till 4", ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.latest == local(2026, 11, 25, 16), u.time


@pytest.mark.parametrize(
    "text",
    [
        "just got back from my son's wedding, we danced until two in the morning, anyway the "
        "ac needs a check before summer",
        "we stayed at the hospital till 3 am with my dad, the toilet keeps running",
        "i was up till 3 with the baby and the drain is still clogged",
    ],
)
def test_the_hour_a_night_ended_is_no_wish(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert u.time is None, (text, u.time)


def test_a_day_said_after_the_story_is_still_the_wish(ctx: Callable[..., Context]) -> None:
    u = understand(
        "i was up till 3 with the baby, can someone come tomorrow at 10",
        ctx(expecting=Expecting.TIME),
    )
    assert u.time is not None and u.time.value.earliest == local(2026, 11, 25, 10), u.time


def test_home_until_an_hour_stays_a_limit(ctx: Callable[..., Context]) -> None:
    u = understand("we are home until 2, can you come tomorrow", ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.latest == local(2026, 11, 25, 14), u.time
