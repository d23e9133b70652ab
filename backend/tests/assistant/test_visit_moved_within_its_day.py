"""A visit on file moved within its own day: "same day", "later in the day", "that afternoon",
"el mismo día" mean the visit's day, never today. Our own wordings. Now: Tuesday 2026-11-24
10:00 in Chicago; "tomorrow" is Wednesday the 25th, "Friday" the 27th."""

from __future__ import annotations

from collections.abc import Callable

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import local


def _when(text: str, ctx: Callable[..., Context]) -> tuple[object, object]:
    u = understand(text, ctx())
    assert u.time is not None
    return u.time.value.earliest, u.time.value.latest


def test_an_hour_said_with_same_day_is_on_the_visits_day(ctx: Callable[..., Context]) -> None:
    start, _ = _when(
        "i've got the drain cleaning tomorrow morning but i'm stuck at work, could you come "
        "around 4 the same day instead",
        ctx,
    )
    assert start == local(2026, 11, 25, 16)


def test_later_in_the_day_is_after_the_visit_on_its_day(ctx: Callable[..., Context]) -> None:
    start, end = _when(
        "calling about my leak repair friday morning, can we push it later in the day", ctx
    )
    assert start == local(2026, 11, 27, 12)
    assert end == local(2026, 11, 28)


def test_an_hour_before_the_visit_is_not_the_later_time(ctx: Callable[..., Context]) -> None:
    # The plumber from elsewhere at 8 is not the wish: later than the morning visit is.
    start, _ = _when(
        "this is about the toilet repair tomorrow morning, could it be later that day, another "
        "outfit is coming at 8 to give a quote",
        ctx,
    )
    assert start == local(2026, 11, 25, 12)


def test_that_afternoon_is_the_visits_afternoon(ctx: Callable[..., Context]) -> None:
    start, end = _when(
        "we have the faucet install scheduled for friday morning, could it be that afternoon",
        ctx,
    )
    assert (start, end) == (local(2026, 11, 27, 12), local(2026, 11, 27, 17))


def test_spanish_el_mismo_dia(ctx: Callable[..., Context]) -> None:
    start, _ = _when(
        "tengo la cita para mañana en la mañana pero no puedo, ¿pueden venir a las 3 el mismo día?",
        ctx,
    )
    assert start == local(2026, 11, 25, 15)


# Traps: no visit named, or another day named for the move.


def test_same_day_without_a_visit_named_is_read_as_before(ctx: Callable[..., Context]) -> None:
    u = understand("my sink is clogged, can someone come at 4 the same day i call", ctx())
    assert u.time is not None
    assert u.time.value.earliest.date() == local(2026, 11, 24).date()


def test_another_day_named_for_the_move_stays_that_day(ctx: Callable[..., Context]) -> None:
    start, _ = _when(
        "i have the drain cleaning tomorrow morning, can we do friday at 2, same day my wife is "
        "off",
        ctx,
    )
    assert start == local(2026, 11, 27, 14)


def test_a_plain_move_to_the_afternoon_is_unchanged(ctx: Callable[..., Context]) -> None:
    start, _ = _when("i have the drain cleaning friday morning, can we do thursday at 3", ctx)
    assert start == local(2026, 11, 26, 15)


def test_that_day_ruled_out_is_no_wish_for_it(ctx: Callable[..., Context]) -> None:
    u = understand("i have the drain cleaning tomorrow morning but that day doesn't work", ctx())
    assert u.time is None or u.time.value.earliest.date() != local(2026, 11, 25).date()
