"""A date said as when the caller arrives, with the visit wanted before or after it ("we get
down there on the fifteenth ... before we get there"): a bound, never the day wished for.
Now: Tuesday 2026-11-24 in Chicago."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    "text",
    [
        "we get down to our place in tempe on the fifteenth and id like the ac serviced before "
        "we get there",
        "my parents fly in on the 15th, can you fix the heat before they arrive?",
        "llegamos el 15 y queremos que lo revisen antes de que lleguemos",
    ],
)
def test_before_the_arrival(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.latest == local(2026, 12, 15)
    assert u.time.value.earliest < local(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "we get back on the 15th, can someone come after we get back?",
        "regresamos el 15, que vengan despues de que regresemos",
    ],
)
def test_after_the_arrival(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.earliest >= local(2026, 12, 15)


def test_an_arrival_date_with_another_day_wished(ctx: Callable[..., Context]) -> None:
    # What must not change: the day asked for is the wish.
    u = understand("we get back on the 12th, can you come on the 14th?", ctx())
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 12, 14)
