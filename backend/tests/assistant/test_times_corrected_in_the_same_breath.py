"""A time the caller takes back in the same turn: the hour (or day) said after the correction
("no", "wait", "actually", "make it", "I mean", "mejor", "perdón", "digo") is the one meant;
a day said busy ("el jueves me toca trabajar", "Thursday I have to work") is ruled out; of two
hours said to be fine, the last. Negatives: "no" that is no correction ("no later than 5",
"no, Tuesday is fine"), an hour said "too", and "can't make it at 3"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import local

# Now: Tuesday 2026-11-24 10:00 in Kansas City. Friday is the 27th, Monday the 30th.


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the hour taken back with "no"
        ("friday at 3, no, 4", (2026, 11, 27, 16)),
        ("could you come monday at nine no ten monday at ten", (2026, 11, 30, 10)),
        ("friday at 8 pm no 9", (2026, 11, 27, 21)),
        ("thursday at 11 no no 1", (2026, 11, 26, 13)),
        # "wait", "actually", "sorry", "I mean"
        ("monday at 2 wait no make it 3", (2026, 11, 30, 15)),
        ("friday at 10, actually friday at 1 is better for me", (2026, 11, 27, 13)),
        ("monday at 9 sorry i mean 11", (2026, 11, 30, 11)),
        (
            "wednesday at noon actually no make that 9 in the morning, i have a meeting at noon",
            (2026, 11, 25, 9),
        ),
        # Spanish
        ("el viernes a las 3, no, a las 4", (2026, 11, 27, 16)),
        ("el lunes a las 9, digo, a las 11", (2026, 11, 30, 11)),
        ("el lunes a las 10 perdon mejor a las 12", (2026, 11, 30, 12)),
        ("el viernes a las 2 no espere mejor el lunes a las 9", (2026, 11, 30, 9)),
        ("el martes a las 10, no, el jueves a las 11", (2026, 11, 26, 11)),
        ("el lunes a las 9, mejor dicho a las 10", (2026, 11, 30, 10)),
        # the hour that fails said first
        ("el lunes a las 3 no puedo, a las 4 si", (2026, 11, 30, 16)),
        ("monday at 10 is no good, 11?", (2026, 11, 30, 11)),
        ("friday at 3 doesn't work, 4 would", (2026, 11, 27, 16)),
    ],
)
def test_the_hour_said_after_the_correction_is_meant(
    ctx: Callable[..., Context], text: str, start: tuple[int, int, int, int]
) -> None:
    u = understand(text, ctx())
    assert u.time is not None, text
    assert u.time.value.earliest == local(*start), text
    assert u.time.value.exact, text


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("make that 11, the kids leave for school at 8", 11),
        ("actually make it 2, i have a call at 10", 14),
        ("mejor a las 11, a las 9 viene el jardinero", 11),
    ],
)
def test_an_hour_put_in_place_of_the_last_one_beats_the_reason_given(
    ctx: Callable[..., Context], text: str, hour: int
) -> None:
    u = understand(text, ctx())
    assert u.time is not None, text
    assert u.time.value.earliest.hour == hour, text
    assert u.time.value.exact, text


@pytest.mark.parametrize(
    ("text", "weekday", "start"),
    [
        ("perdon, mejor el viernes a las 10, el jueves me toca trabajar", 3, (2026, 11, 27, 10)),
        ("tengo que trabajar el jueves, el viernes a las 10", 3, (2026, 11, 27, 10)),
        ("thursday i have to work, so friday at 10", 3, (2026, 11, 27, 10)),
        ("how about monday at 9, wednesday we have to work", 2, (2026, 11, 30, 9)),
    ],
)
def test_a_day_said_busy_with_work_is_ruled_out(
    ctx: Callable[..., Context], text: str, weekday: int, start: tuple[int, int, int, int]
) -> None:
    u = understand(text, ctx())
    assert u.time is not None, text
    assert weekday in u.time.value.skip_weekdays, text
    assert u.time.value.earliest == local(*start), text


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("monday at 8? or 7. 7 is fine, earlier is better", 7),
        ("tuesday at 2 or 3, 3 would be better", 15),
        ("el martes a las 9 o a las 8, a las 8 esta bien", 8),
    ],
)
def test_of_hours_said_to_be_fine_the_last_is_meant(
    ctx: Callable[..., Context], text: str, hour: int
) -> None:
    u = understand(text, ctx())
    assert u.time is not None, text
    assert u.time.value.earliest.hour == hour, text


@pytest.mark.parametrize(
    ("text", "hour", "before"),
    [
        # "no" leading to a bound is no correction
        ("thursday at 1, no later than 5 though", 13, None),
        ("friday after 2 no later than 5", None, 17),
        # an hour said "too" is an alternative, not the wish
        ("monday at 9, 10 is fine too", 9, None),
        # "can't make it at 3" names the hour that fails, not one replaced
        ("i can't make it at 3, can you do 4", 16, None),
        # "wait until" is no correction
        ("i'll wait until friday at 3", 15, None),
    ],
)
def test_look_alikes_keep_their_hours(
    ctx: Callable[..., Context], text: str, hour: int | None, before: int | None
) -> None:
    u = understand(text, ctx())
    assert u.time is not None, text
    w = u.time.value
    if hour is not None:
        assert w.earliest.hour == hour, text
    if before is not None:
        assert w.before is not None and w.before.hour == before, text


def test_no_then_a_day_is_only_that_day(ctx: Callable[..., Context]) -> None:
    u = understand("no, tuesday is fine", ctx())
    assert u.time is not None
    assert u.time.value.earliest.date() == local(2026, 12, 1).date()
    assert not u.time.value.exact


def test_not_a_day_then_another_keeps_the_hour(ctx: Callable[..., Context]) -> None:
    u = understand("not monday, tuesday at 3", ctx())
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 12, 1, 15)
    assert 0 in u.time.value.skip_weekdays


def test_a_day_corrected_keeps_the_hour_said_before(ctx: Callable[..., Context]) -> None:
    u = understand("thursday at 2, wait, no, friday", ctx())
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 11, 27, 14)


@pytest.mark.parametrize(
    ("text", "after", "before"),
    [
        # busy in the afternoon: the morning before it
        ("i'm at the dentist from noon to 8 on thursday", None, 12),
        ("friday i'm busy between 1 and 5", None, 13),
        ("we have a meeting thursday from 2 to 6", None, 14),
        # busy through the working day: after it
        ("i work from 8 to 4 so saturday maybe", 16, None),
        ("trabajo de 8 a 5, el sabado", 17, None),
        ("el viernes estoy ocupado de 9 a 12", 12, None),
        ("tuesday, i'm at work from 7 to 3", 15, None),
    ],
)
def test_hours_said_busy_are_not_the_wish(
    ctx: Callable[..., Context], text: str, after: int | None, before: int | None
) -> None:
    u = understand(text, ctx())
    assert u.time is not None, text
    w = u.time.value
    assert (w.after.hour if w.after else None) == after, text
    assert (w.before.hour if w.before else None) == before, text
    assert not w.exact


@pytest.mark.parametrize(
    ("text", "after", "before"),
    [
        ("friday between 1 and 4", 13, 16),
        ("i'm home from 9 to 11 on friday", 9, 11),
        ("i work from home so friday between 9 and 11", 9, 11),
        ("el viernes de 9 a 12", 9, 12),
    ],
)
def test_hours_said_free_stay_the_wish(
    ctx: Callable[..., Context], text: str, after: int, before: int
) -> None:
    u = understand(text, ctx())
    assert u.time is not None, text
    w = u.time.value
    assert w.after is not None and w.after.hour == after, text
    assert w.before is not None and w.before.hour == before, text


def test_an_hour_asked_beside_busy_hours_is_the_wish(ctx: Callable[..., Context]) -> None:
    u = understand("i'm at work from 8 to 3 on friday, can you come at 4", ctx())
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 11, 27, 16)
    assert u.time.value.exact


def test_actually_inside_a_sentence_is_no_correction(ctx: Callable[..., Context]) -> None:
    u = understand("friday at 10, i actually have the dentist at 1 so it has to be quick", ctx())
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 11, 27, 10)


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("friday, i work till 2:30, it can't be before 3", 15),
        ("monday at 9? no, it can't be earlier than 11", 11),
    ],
)
def test_an_hour_that_cannot_be_before_stays_a_bound(
    ctx: Callable[..., Context], text: str, after: int
) -> None:
    u = understand(text, ctx())
    assert u.time is not None, text
    assert u.time.value.after is not None and u.time.value.after.hour == after, text
