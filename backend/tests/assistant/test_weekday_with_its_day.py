"""A weekday said with its day of the month ("el martes 28", "Tuesday the 8th", "fri 4th") is
that date, not the nearest such weekday, and is not moved into the week the caller asked for;
a small bare number after a weekday ("Tuesday 10") stays an hour. The context's clock is
Tuesday November 24th 2026, 10 AM in Kansas City."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.timeprefs import parse_time
from tests.assistant.conftest import local


def _window(text: str, ctx: Callable[..., Context]) -> tuple[date, int]:
    found = parse_time(normalise(text), ctx())
    assert found is not None
    return found.value.earliest.date(), found.value.earliest.hour


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("el sabado veintiocho a las diez", date(2026, 11, 28), 10),
        ("el lunes 30 en la mañana", date(2026, 11, 30), 8),
        ("el jueves 3 a las 2 de la tarde", date(2026, 12, 3), 14),
        ("Tuesday 15th at 10", date(2026, 12, 15), 10),
        ("how about friday 27 at 1pm", date(2026, 11, 27), 13),
        ("wed the 2nd in the morning", date(2026, 12, 2), 8),
    ],
)
def test_a_weekday_with_its_day_is_that_date(
    text: str, day: date, hour: int, ctx: Callable[..., Context]
) -> None:
    got_day, got_hour = _window(text, ctx)
    assert got_day == day
    assert got_hour == hour


@pytest.mark.parametrize("text", ["Thursday 10", "el jueves 4", "thursday at 10"])
def test_a_small_number_after_a_weekday_is_no_date(text: str, ctx: Callable[..., Context]) -> None:
    assert _window(text, ctx)[0] == date(2026, 11, 26)  # this Thursday, not the 10th or 4th


def _next_week_offered(ctx: Callable[..., Context], **more: object) -> Context:
    # "Next week" (Nov 30th to Dec 6th) stands; Monday the 30th is offered.
    offers = (local(2026, 11, 30, 8), local(2026, 11, 30, 9))
    return ctx(
        offered_slots=offers,
        expecting=Expecting.SLOT,
        days_in_view=(date(2026, 11, 30), date(2026, 11, 30)),
        days_wished=(date(2026, 11, 30), date(2026, 12, 6)),
        **more,
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("fri nov 27, after lunch, 1pm?", "en"),
        ("Friday the 27th at 1pm", "en"),
        ("el viernes 27 a la 1 de la tarde", "es"),
        ("el viernes 27 de noviembre a la 1", "es"),
    ],
)
def test_a_weekday_with_its_date_is_not_moved_into_the_wished_week(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    u = understand(text, _next_week_offered(ctx, language=language))
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 11, 27, 13)


def test_a_bare_weekday_still_moves_into_the_wished_week(ctx: Callable[..., Context]) -> None:
    u = understand("Friday at 1pm", _next_week_offered(ctx))
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 12, 4, 13)
