"""Numbers that are no clock time, and two hours said for one part of the day: "about 2 or 3
years ago", "about 4 smoke detectors" and "we've been in the house around 10" give no time;
"3 or 4 in the afternoon" and "las 3 o 4 de la tarde" run from 3 to 5; "cualquier mañana" is
any morning, not tomorrow. The context's clock is Tuesday November 24th 2026, 10 AM in
Kansas City."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest

from switchboard.assistant.understanding import Context
from switchboard.assistant.understanding.clock_times import clock_bounds
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.timeprefs import parse_time
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    "text",
    [
        "it started about 2 or 3 years ago",
        "the unit is around 10 to 12 years old",
        "hace como 2 o 3 años que empezó",
        "I have about 4 smoke detectors",
        "there are around 6 sprinkler heads",
        "we've been in the house around 10",
        "we have lived here for about 12",
    ],
)
def test_a_count_or_a_duration_is_no_clock_time(text: str) -> None:
    assert clock_bounds(normalise(text)) == (None, None, False)


@pytest.mark.parametrize(
    "text",
    ["around 4 works", "about 3 this afternoon", "around 10 tomorrow",
     "I've been home all day, around 4 is good", "around 2 pm, I have 3 kids"],
)  # fmt: skip
def test_an_approximate_hour_is_still_a_clock_time(text: str) -> None:
    start, _, exact = clock_bounds(normalise(text))
    assert start is not None and exact


@pytest.mark.parametrize(
    "text", ["3 or 4 in the afternoon", "a las 3 o 4 de la tarde", "3 or 4 pm"]
)
def test_either_hour_of_a_part_of_day_runs_from_the_first(text: str) -> None:
    assert clock_bounds(normalise(text)) == (time(15), time(17), False)


def test_el_3_o_4_de_diciembre_stays_two_days() -> None:
    assert clock_bounds(normalise("el 3 o 4 de diciembre en la tarde"))[2] is False


@pytest.mark.parametrize("text", ["cualquier mañana me sirve", "any morning works"])
def test_any_morning_is_not_tomorrow(text: str, ctx: Callable[..., Context]) -> None:
    found = parse_time(normalise(text), ctx())
    assert found is not None
    assert found.value.earliest == local(2026, 11, 24, 10)
    assert found.value.part_of_day is not None


def test_manana_alone_is_still_tomorrow(ctx: Callable[..., Context]) -> None:
    found = parse_time(normalise("mañana"), ctx())
    assert found is not None and found.value.earliest == local(2026, 11, 25)
