"""One clock time said as the best within a range ("any time after 3, 3pm would be ideal",
"between 1 and 5, ideally 2", "después de las 3, de preferencia a las 4") is the time asked
for; a bound said to be best ("after 3 is best"), a day ("Dec 3 would be ideal") and a count
("ideally 2 technicians") are not. The context's clock is Tuesday November 24th 2026, 10 AM
in Kansas City."""

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
    ("text", "hour"),
    [
        ("Friday the 27th, any time after 3. 3pm would be ideal", 15),
        ("between 1 and 5, ideally 2", 14),
        ("afternoon works, preferably around 4pm", 16),
        ("after 1, 2 is best", 14),
        ("el viernes 27 después de las 3, de preferencia a las 4", 16),
        ("en la tarde, lo ideal sería a las 4", 16),
        ("entre la 1 y las 5, las 2 sería lo ideal", 14),
    ],
)
def test_the_preferred_time_is_the_wish(text: str, hour: int, ctx: Callable[..., Context]) -> None:
    start, _, exact = clock_bounds(normalise(text))
    assert exact and start == time(hour)


def test_a_preferred_time_books_that_hour(ctx: Callable[..., Context]) -> None:
    found = parse_time(normalise("Friday the 27th, any time after 3. 3pm would be ideal"), ctx())
    assert found is not None and found.value.exact
    assert found.value.earliest == local(2026, 11, 27, 15)


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("after 3 is best", (time(15), None, False)),
        ("después de las 3 es lo mejor", (time(15), None, False)),
        ("Dec 3 would be ideal", (None, None, False)),
        ("ideally 2 technicians after 3", (time(15), None, False)),
        ("3 days would be ideal", (None, None, False)),
    ],
)
def test_a_bound_a_day_or_a_count_is_no_preferred_time(
    text: str, bounds: tuple[time | None, time | None, bool]
) -> None:
    assert clock_bounds(normalise(text)) == bounds
