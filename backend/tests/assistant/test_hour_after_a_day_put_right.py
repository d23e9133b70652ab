"""An hour said after its day still ends its clause when a day put down follows it ("make it
friday 10 not thursday, sorry"), and a part of the day narrowed by "early" or "late" still
leads on to its hour ("thursday morning early like eight"). A house number or a count there is
still no hour. Our own wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("make it friday 10 not thursday, sorry", local(2026, 11, 27, 10)),
        ("actually friday 9, not wednesday. my mistake", local(2026, 11, 27, 9)),
        ("monday 2 not tuesday, I have to work tuesday", local(2026, 11, 30, 14)),
        ("thursday morning early like eight", local(2026, 11, 26, 8)),
        ("could you do friday afternoon late like 4", local(2026, 11, 27, 16)),
    ],
)
def test_the_hour_after_its_day_is_asked_for(
    ctx: Callable[..., Context], text: str, start: object
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.exact
    assert u.time.value.earliest == start


@pytest.mark.parametrize(
    "text",
    [
        "thursday morning early, 2 guys can come",
        "thursday morning early works",
        "friday not thursday, 12 oak st",
    ],
)
def test_a_number_there_that_is_not_the_hour(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is None or not u.time.value.exact
