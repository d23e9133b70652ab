"""The availability engine honours a caller's every-day constraints, as the assistant's
memory world does: a clock bound, weekdays, dates and parts of the day ruled out, and
starts already turned down."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from switchboard.businesses.hours import WEEKDAYS
from switchboard.scheduling.engine import Availability, Preference, Rules

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 3, 2, 6, 0, tzinfo=CHICAGO)  # a Monday
WEEK = Preference(earliest=NOW, latest=NOW + timedelta(days=7))


def starts(preference: Preference) -> list[datetime]:
    hours = {day: [["08:00", "17:00"]] for day in WEEKDAYS}
    rules = Rules(zone=CHICAGO, hours=hours, step_minutes=60, min_notice_minutes=0)
    found = Availability(rules, [], []).find(timedelta(hours=1), NOW, preference, limit=200)
    return [s.start.astimezone(CHICAGO) for s in found]


def test_a_daily_clock_range_holds_on_every_day() -> None:
    found = starts(replace(WEEK, daily_from=14 * 60, daily_until=16 * 60))
    assert found and {s.hour for s in found} == {14, 15}
    assert len({s.date() for s in found}) == 7


def test_weekdays_dates_and_parts_ruled_out_are_never_offered() -> None:
    found = starts(
        replace(
            WEEK,
            skip_weekdays=frozenset({4}),
            skip_dates=frozenset({date(2026, 3, 3)}),
            skip_parts=frozenset({"morning"}),
        )
    )
    assert found
    assert all(s.weekday() != 4 and s.date() != date(2026, 3, 3) for s in found)
    assert all(s.hour >= 12 for s in found)


def test_turned_down_starts_are_skipped() -> None:
    first_three = starts(WEEK)[:3]
    again = starts(replace(WEEK, exclude=frozenset(first_three)))
    assert not set(first_three) & set(again)
    assert again[0] > first_three[-1]
