"""An hour asked for "that day" after a range that starts on a day ("I'm off starting the
22nd, can you do 9am that day?") is that hour on the day the range starts, not on every day
after it; without "that day" the hour holds on every day of the range. Every line here was
written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from switchboard.assistant.understanding import Context, understand


def test_nine_that_day_is_the_first_day(ctx: Callable[..., Context]) -> None:
    found = understand("we're home from the 3rd on, could someone come at 9am that day", ctx())
    assert found.time is not None
    w = found.time.value
    assert w.earliest.date() == date(2026, 12, 3) and w.earliest.time() == time(9)
    assert w.latest is not None and w.latest.date() == date(2026, 12, 3)


def test_nine_without_that_day_holds_on_every_day(ctx: Callable[..., Context]) -> None:
    found = understand("we're home from the 3rd on, could someone come at 9am", ctx())
    assert found.time is not None
    w = found.time.value
    assert w.latest is None or w.latest.date() > date(2026, 12, 3)
