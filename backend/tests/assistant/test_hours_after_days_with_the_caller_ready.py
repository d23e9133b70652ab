"""An hour said after its day with "like", followed by the caller saying they can be there then
("wednesday morning like nine I can be there"): that hour is the time asked for. A number there
followed by someone who cannot, or by a count, is not. Our own wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("thursday morning like ten i can be there", local(2026, 11, 26, 10)),
        ("friday afternoon like 2 i can make it", local(2026, 11, 27, 14)),
        ("tomorrow like 9 somebody can be home", local(2026, 11, 25, 9)),
        ("monday morning say 8 we'll be home", local(2026, 11, 30, 8)),
        ("friday 10 i'm free", local(2026, 11, 27, 10)),
    ],
)
def test_the_hour_before_the_caller_is_ready_is_asked_for(
    ctx: Callable[..., Context], text: str, start: object
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.exact
    assert u.time.value.earliest == start


@pytest.mark.parametrize(
    "text",
    [
        "thursday morning like 10 i can't be there",
        "this afternoon 2 guys can come by to quote",
        "friday morning 3 of us will be home",
    ],
)
def test_a_number_there_that_is_not_the_hour(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is None or not u.time.value.exact
