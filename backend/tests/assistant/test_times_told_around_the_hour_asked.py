"""The hour asked for among the other times of a turn: a moment of the caller's own day ("I'm
up at five anyway", "school dropoff is 8:15", "me levanto a las 5") is no wish; an hour asked
after its day or part of the day ("Tuesday afternoon, 2?", "9 would be good", "let's say
eleven") is the hour wanted; "first thing" is no date; a day ruled out and then explained
("el lunes no porque trabajo") stays ruled out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    "text",
    [
        "7 is fine i'm up at 5 anyway",
        "that works, we get up at 6 every day",
        "sure, I wake up at 5 so it doesn't matter to me",
        "perfecto, yo me levanto a las cinco de todos modos",
        "está bien, estoy despierta a las 6",
    ],
)
def test_when_the_caller_is_up_is_not_a_wish(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is None or u.time.value.earliest.hour not in (5, 6, 17, 18), text


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        ("mornings only, school dropoff is 8:15 so after 9. thurs at 9?", local(2026, 11, 26, 9)),
        ("pickup is at 3 so tomorrow at 1 would work", local(2026, 11, 25, 13)),
        ("recojo a los niños a las 3, el jueves a las 10 está bien", local(2026, 11, 26, 10)),
        ("oh no i have school pickup at 3 can we do one o'clock wednesday instead",
         local(2026, 11, 25, 13)),
        ("i'm up at 5 anyway so friday at 8", local(2026, 11, 27, 8)),
    ],
)  # fmt: skip
def test_the_hour_asked_beside_the_callers_day(
    ctx: Callable[..., Context], text: str, earliest: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.exact, text
    assert u.time.value.earliest == earliest, text


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        ("Could you do the 5th? Late morning, 11?", local(2026, 12, 5, 11)),
        ("Tuesday afternoon, 2?", local(2026, 12, 1, 14)),
        ("el martes en la tarde, 3?", local(2026, 12, 1, 15)),
        ("Next week works, Tuesday the 1st in the morning? 9 would be good", local(2026, 12, 1, 9)),
        ("el martes por la mañana, a las 10 estaría bien", local(2026, 12, 1, 10)),
        ("thursday is fine let's say eleven", local(2026, 11, 26, 11)),
    ],
)  # fmt: skip
def test_an_hour_asked_after_its_day(
    ctx: Callable[..., Context], text: str, earliest: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.exact, text
    assert u.time.value.earliest == earliest, text


@pytest.mark.parametrize(
    "text",
    [
        "my address is 12 oak st, 5",
        "I have 3 kids, 2",
        "it's been 2 weeks, 3",
        "option 2 would be good",
    ],
)
def test_a_number_after_other_words_is_no_hour(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is None, text


def test_a_day_alone_after_a_part_keeps_the_part(ctx: Callable[..., Context]) -> None:
    u = understand("Tuesday morning, if possible", ctx())
    assert u.time is not None and not u.time.value.exact


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("tuesday first thing", 1),
        ("thursday first thing in the morning", 26),
        ("next week, friday first thing", 4),
    ],
)
def test_first_thing_on_a_weekday_is_that_weekday(
    ctx: Callable[..., Context], text: str, day: int
) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.earliest.day == day, text


@pytest.mark.parametrize(("text", "day"), [("friday the 1st", 1), ("tuesday the 8th", 8)])
def test_a_weekday_with_its_date_is_still_that_date(
    ctx: Callable[..., Context], text: str, day: int
) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.earliest.day == day, text


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("next week but monday no because i work, tuesday at 10", 10),
        ("el lunes no porque trabajo, el martes a las 10", 10),
        ("el lunes no que tengo clases, el miércoles a las 9", 9),
    ],
)
def test_a_day_ruled_out_then_explained_stays_out(
    ctx: Callable[..., Context], text: str, hour: int
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert 0 in u.time.value.skip_weekdays and u.time.value.earliest.weekday() != 0, text
    assert u.time.value.earliest.timetz().replace(tzinfo=None) == time(hour), text


def test_no_then_another_day_is_a_correction(ctx: Callable[..., Context]) -> None:
    u = understand("¿el lunes? no, el martes", ctx())
    assert u.time is not None and u.time.value.earliest.weekday() == 1
    assert 0 not in u.time.value.skip_weekdays
