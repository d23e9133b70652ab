"""Days ruled out together ("Monday or Tuesday is no good", "lunes y martes no puedo") are
all ruled out, and the day said after them is the wish."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    ("text", "skipped", "day"),
    [
        ("wednesday and thursday won't work, friday would", (2, 3), local(2026, 11, 27)),
        ("not thursday or friday, monday is better", (3, 4), local(2026, 11, 30)),
        ("miercoles y jueves no puedo el viernes", (2, 3), local(2026, 11, 27)),
        ("ni el miércoles ni el jueves, mejor el lunes", (2, 3), local(2026, 11, 30)),
    ],
)
def test_the_day_after_the_days_ruled_out(
    ctx: Callable[..., Context], text: str, skipped: tuple[int, ...], day: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.skip_weekdays == skipped
    assert u.time.value.earliest == day


def test_days_ruled_out_with_nothing_else_leave_no_day(ctx: Callable[..., Context]) -> None:
    u = understand("thursday or friday is no good", ctx())
    assert u.time is not None
    assert u.time.value.skip_weekdays == (3, 4)
    assert not u.time.value.dated


def test_days_said_together_as_a_wish_stay_the_wish(ctx: Callable[..., Context]) -> None:
    # What must not change: "Thursday or Friday morning" rules nothing out.
    u = understand("thursday or friday morning works", ctx())
    assert u.time is not None
    assert u.time.value.skip_weekdays == ()
    assert u.time.value.earliest == local(2026, 11, 26, 8)
