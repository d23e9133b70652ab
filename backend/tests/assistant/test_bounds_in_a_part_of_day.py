"""A bound said with the evening or afternoon ("tonight after 7", "mañana en la noche después
de las 8") is an hour of that part, not of the morning."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest

from switchboard.assistant.understanding import Context, understand


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("this evening after 7 works", time(19)),
        ("tomorrow evening, after 7:30", time(19, 30)),
        # What must not change: a morning bound, and a bound with no part of the day.
        ("tomorrow morning after 9", time(9)),
        ("thursday after 8", time(8)),
    ],
)
def test_the_bound_is_an_hour_of_that_part(
    ctx: Callable[..., Context], text: str, after: time
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.after == after
