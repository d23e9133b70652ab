"""Time preferences in the tenant's zone, including the DST and late-night traps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, PartOfDay, TimeWindow, understand
from tests.assistant.conftest import local


def window(text: str, context: Context) -> TimeWindow:
    u = understand(text, context)
    assert u.time is not None, text
    return u.time.value


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "part"),
    [
        ("tomorrow morning", (2026, 11, 25, 8), (2026, 11, 25, 12), PartOfDay.MORNING),
        ("this afternoon", (2026, 11, 24, 12), (2026, 11, 24, 17), PartOfDay.AFTERNOON),
        ("next Tuesday after 3", (2026, 12, 1, 15), (2026, 12, 2, 0), None),
        ("Friday", (2026, 11, 27, 0), (2026, 11, 28, 0), None),
        ("the 14th", (2026, 12, 14, 0), (2026, 12, 15, 0), None),
        ("in two days", (2026, 11, 26, 0), (2026, 11, 27, 0), None),
        ("next week", (2026, 11, 30, 0), (2026, 12, 7, 0), None),
        ("mañana por la tarde", (2026, 11, 25, 12), (2026, 11, 25, 17), PartOfDay.AFTERNOON),
        ("manana por la manana", (2026, 11, 25, 8), (2026, 11, 25, 12), PartOfDay.MORNING),
        ("el viernes a las 10", (2026, 11, 27, 10), (2026, 11, 27, 11), None),
        ("December 3rd", (2026, 12, 3, 0), (2026, 12, 4, 0), None),
        ("3 de diciembre", (2026, 12, 3, 0), (2026, 12, 4, 0), None),
        ("tomorrow between 9 and 11", (2026, 11, 25, 9), (2026, 11, 25, 11), None),
        ("day after tomorrow", (2026, 11, 26, 0), (2026, 11, 27, 0), None),
        ("the week after next", (2026, 12, 7, 0), (2026, 12, 14, 0), None),
        ("could you come monday or tuesday", (2026, 11, 30, 0), (2026, 12, 2, 0), None),
        ("tomorrow first thing", (2026, 11, 25, 8), (2026, 11, 25, 12), PartOfDay.MORNING),
        ("can't make it tomorrow, next week instead", (2026, 11, 30, 0), (2026, 12, 7, 0), None),
    ],
)
def test_windows(
    ctx: Callable[..., Context],
    text: str,
    earliest: tuple[int, int, int, int],
    latest: tuple[int, int, int, int],
    part: PartOfDay | None,
) -> None:
    w = window(text, ctx())
    assert w.earliest == local(*earliest)
    assert w.latest == local(*latest)
    assert w.part_of_day is part


def test_asap_and_any_time_start_now(ctx: Callable[..., Context]) -> None:
    now = local(2026, 11, 24, 10, 0)
    asap = window("as soon as possible", ctx())
    assert asap.asap
    assert asap.earliest == now
    assert asap.latest is None
    anytime = window("any time is fine", ctx())
    assert anytime.any_time
    assert anytime.earliest == now


def test_next_tuesday_said_on_a_tuesday_is_a_week_out(ctx: Callable[..., Context]) -> None:
    w = window("next Tuesday", ctx(now=local(2026, 11, 24, 9, 0)))
    assert w.earliest.date().isoformat() == "2026-12-01"
    assert window("this Tuesday", ctx()).earliest.date().isoformat() == "2026-11-24"


def test_tomorrow_at_2330_local_is_the_next_local_day(ctx: Callable[..., Context]) -> None:
    denver = ZoneInfo("America/Denver")
    now = datetime(2026, 11, 24, 23, 30, tzinfo=denver)
    assert now.astimezone(UTC).day == 25  # in UTC it is already "tomorrow"
    w = window("tomorrow", ctx(now=now.astimezone(UTC), timezone="America/Denver"))
    assert w.earliest == datetime(2026, 11, 25, tzinfo=denver)


def test_after_2_said_late_at_night_rolls_to_the_next_day(ctx: Callable[..., Context]) -> None:
    w = window("after 2", ctx(now=local(2026, 11, 24, 23, 30)))
    assert w.earliest == local(2026, 11, 25, 14)


def test_dst_spring_forward_morning_keeps_wall_clock(ctx: Callable[..., Context]) -> None:
    ny = ZoneInfo("America/New_York")
    now = datetime(2026, 3, 7, 16, 0, tzinfo=ny)  # Saturday; clocks jump on Sunday 2 am
    w = window("tomorrow morning", ctx(now=now, timezone="America/New_York"))
    assert w.earliest == datetime(2026, 3, 8, 8, tzinfo=ny)
    assert w.earliest.astimezone(UTC).hour == 12  # EDT, not EST
    assert now.utcoffset() != w.earliest.utcoffset()


def test_in_two_days_across_dst_fall_back_is_calendar_days(ctx: Callable[..., Context]) -> None:
    chicago = ZoneInfo("America/Chicago")
    now = datetime(2026, 10, 31, 20, 0, tzinfo=chicago)  # Nov 1 at 2 am falls back
    w = window("in two days in the morning", ctx(now=now))
    assert w.earliest == datetime(2026, 11, 2, 8, tzinfo=chicago)
    # 36 wall-clock hours later, plus the hour gained when clocks fall back.
    assert w.earliest.astimezone(UTC) - now.astimezone(UTC) == timedelta(hours=37)


def test_nothing_time_like_gives_no_window(ctx: Callable[..., Context]) -> None:
    assert understand("my sink is clogged", ctx()).time is None


def test_a_house_number_after_at_is_not_a_time(ctx: Callable[..., Context]) -> None:
    assert understand("I live at 12 Oak St", ctx()).time is None
    assert understand("I'm at 12 Oak", ctx()).time is None
    assert understand("we're at 4410 w 75th", ctx()).time is None
    w = window("at 12 tomorrow", ctx())
    assert w.earliest == local(2026, 11, 25, 12)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("thurs b4 noon", (2026, 11, 26, 0), (2026, 11, 26, 12)),
        ("2day or tmrw", (2026, 11, 24, 10), (2026, 11, 26, 0)),
        ("fri mornin", (2026, 11, 27, 8), (2026, 11, 27, 12)),
        ("any day next wk", (2026, 11, 30, 0), (2026, 12, 7, 0)),
        ("fridays good any time", (2026, 11, 27, 0), (2026, 11, 28, 0)),
        ("friday after for", (2026, 11, 27, 16), (2026, 11, 28, 0)),
        ("monday or tuesday of next week", (2026, 11, 30, 0), (2026, 12, 2, 0)),
        ("next week on thursday", (2026, 12, 3, 0), (2026, 12, 4, 0)),
        ("mañana temprano", (2026, 11, 25, 8), (2026, 11, 25, 12)),
    ],
)
def test_shorthand_and_spoken_forms(
    ctx: Callable[..., Context],
    text: str,
    earliest: tuple[int, int, int, int],
    latest: tuple[int, int, int, int],
) -> None:
    w = window(text, ctx())
    assert (w.earliest, w.latest) == (local(*earliest), local(*latest)), text


@pytest.mark.parametrize(
    "text",
    [
        "good morning, the ac is dripping on the floor",
        "buenas tardes, el calentador no prende",
        "no water in the basement right now",
    ],
)
def test_greetings_and_descriptions_are_not_a_time(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).time is None


def test_first_available_and_right_now_as_a_request_are_asap(ctx: Callable[..., Context]) -> None:
    assert window("first available is fine", ctx()).asap
    assert window("can someone come out right now", ctx()).asap


def test_a_complaint_about_early_offers_is_not_a_morning_wish(
    ctx: Callable[..., Context],
) -> None:
    w = window("those are all kind of early for me, anything after three", ctx())
    assert w.part_of_day is None and w.earliest.hour == 15


def test_a_time_without_a_day_is_about_the_days_in_view(ctx: Callable[..., Context]) -> None:
    """Offered Wednesday's openings, "anything after three?" means Wednesday after three."""
    wednesday = local(2026, 11, 25).date()
    w = window("anything after three", ctx(days_in_view=(wednesday, wednesday)))
    assert w.earliest == local(2026, 11, 25, 15)
    w = window("como a las cuatro", ctx(days_in_view=(wednesday, wednesday)))
    assert w.earliest == local(2026, 11, 25, 16)


def test_the_ten_among_offered_ten_oclocks_is_not_the_tenth(ctx: Callable[..., Context]) -> None:
    offered = (local(2026, 11, 30, 8), local(2026, 11, 30, 10))
    u = understand("uh the ten", ctx(offered_slots=offered))
    assert u.time is None or u.time.value.earliest.day != 10
    assert understand("the first one", ctx()).time is None
    assert understand("the three thirty", ctx()).time is not None
    assert window("the three thirty", ctx()).earliest.hour == 15


def test_four_or_five_while_times_are_discussed(ctx: Callable[..., Context]) -> None:
    wednesday = local(2026, 11, 25).date()
    w = window("anything later like four or five", ctx(days_in_view=(wednesday, wednesday)))
    assert (w.earliest, w.latest) == (local(2026, 11, 25, 16), local(2026, 11, 25, 18))
    assert understand("we have 2 or 3 outlets out", ctx()).time is None


def test_one_of_our_units_is_neither_a_time_nor_a_unit(ctx: Callable[..., Context]) -> None:
    u = understand("a drain is clogged at one of our units", ctx())
    assert u.time is None and u.address is None
    u = understand("no, it's apartment b", ctx())
    assert u.address is not None and u.address.value.unit == "Apt B"
