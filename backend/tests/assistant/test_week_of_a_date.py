"""The week of a date ("the week of the 14th", "la semana del 14"): the whole week it is in."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("sometime the week of the 16th", local(2026, 12, 14), local(2026, 12, 21)),
        ("any morning the week of December 9th", local(2026, 12, 7, 8), local(2026, 12, 13, 12)),
        ("la semana del 16 por la tarde", local(2026, 12, 14, 12), local(2026, 12, 20, 17)),
        # This week's: from today on, not from its Monday.
        ("the week of the 26th", local(2026, 11, 24, 10), local(2026, 11, 30)),
    ],
)
def test_the_week_of_a_date(
    ctx: Callable[..., Context], text: str, earliest: object, latest: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert (u.time.value.earliest, u.time.value.latest) == (earliest, latest)


def test_the_date_alone_is_one_day(ctx: Callable[..., Context]) -> None:
    u = understand("the 16th works", ctx())
    assert u.time is not None
    day = (u.time.value.earliest, u.time.value.latest)
    assert day == (local(2026, 12, 16), local(2026, 12, 17))
