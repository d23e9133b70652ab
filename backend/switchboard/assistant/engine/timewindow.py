"""Time windows in the dialog state: to and from JSON, a new wish merged into the old one,
moving on past offers the caller turned down, and the window to search slots in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from switchboard.assistant.understanding import PartOfDay, TimeWindow
from switchboard.assistant.understanding.day_parts import PARTS


def window_to_json(window: TimeWindow) -> dict[str, Any]:
    return {
        "earliest": window.earliest.isoformat(),
        "latest": window.latest.isoformat() if window.latest else None,
        "part_of_day": window.part_of_day.value if window.part_of_day else None,
        "asap": window.asap,
        "any_time": window.any_time,
        "exact": window.exact,
        "after": window.after.isoformat("minutes") if window.after else None,
        "before": window.before.isoformat("minutes") if window.before else None,
        "skip_weekdays": list(window.skip_weekdays),
        "skip_dates": [d.isoformat() for d in window.skip_dates],
        "skip_parts": [p.value for p in window.skip_parts],
        "dated": window.dated,
    }


def window_from_json(data: dict[str, Any] | None) -> TimeWindow | None:
    if not data:
        return None
    return TimeWindow(
        earliest=datetime.fromisoformat(data["earliest"]),
        latest=datetime.fromisoformat(data["latest"]) if data.get("latest") else None,
        part_of_day=PartOfDay(data["part_of_day"]) if data.get("part_of_day") else None,
        asap=bool(data.get("asap")),
        any_time=bool(data.get("any_time")),
        exact=bool(data.get("exact")),
        after=time.fromisoformat(data["after"]) if data.get("after") else None,
        before=time.fromisoformat(data["before"]) if data.get("before") else None,
        skip_weekdays=tuple(data.get("skip_weekdays") or ()),
        skip_dates=tuple(date.fromisoformat(d) for d in data.get("skip_dates") or ()),
        skip_parts=tuple(PartOfDay(p) for p in data.get("skip_parts") or ()),
        dated=bool(data.get("dated", True)),
    )


def _has_hours(window: TimeWindow) -> bool:
    """Does the window say which hours of the day (a part, a bound, a clock, "any time")?"""
    return bool(
        window.part_of_day or window.after or window.before or window.exact or window.any_time
    )


def _midnight(day: date, like: datetime) -> datetime:
    return datetime.combine(day, time(0), tzinfo=like.tzinfo)


def merged(old: TimeWindow | None, new: TimeWindow, now: datetime) -> TimeWindow:
    """The caller's wish after `new` was said on top of `old`: every constraint they gave
    holds until they change it. A new day keeps the old part of the day and bounds ("Saturday
    morning" then "Monday then" is Monday morning); new hours keep the old days ("Thursday"
    then "any time that day", or "not before 4"); what was ruled out stays ruled out unless
    asked for again ("not Friday" then "OK, Friday")."""
    if old is None or new.asap:
        return new
    weekdays = set(old.skip_weekdays) | set(new.skip_weekdays)
    dates = set(old.skip_dates) | set(new.skip_dates)
    parts = set(old.skip_parts) | set(new.skip_parts)
    if new.dated and new.latest is not None and new.latest - new.earliest <= timedelta(days=1):
        # One day asked for by name is wanted, whatever was ruled out before.
        weekdays.discard(new.earliest.weekday())
        dates.discard(new.earliest.date())
    if new.part_of_day is not None:
        parts.discard(new.part_of_day)
    skips: dict[str, Any] = {
        "skip_weekdays": tuple(sorted(weekdays)),
        "skip_dates": tuple(sorted(dates)),
        "skip_parts": tuple(sorted(parts)),
    }
    days = new if new.dated else old
    hours = new if _has_hours(new) or old.exact or old.asap else old
    if days is hours:
        return replace(days, **skips)
    earliest, latest = days.earliest, days.latest
    if not days.dated and old.latest is not None and old.latest <= now:
        return replace(new, **skips)  # the old day has passed: the new wish stands alone
    if hours.exact:
        # "At 2" with no day: 2 o'clock on the day asked for before.
        at = datetime.combine(earliest.date(), hours.earliest.timetz())
        if at < now:
            return replace(new, **skips)
        return replace(hours, earliest=at, latest=at + timedelta(hours=1), dated=True, **skips)
    # The days of one, the hours of the other: whole days, the hours held by the daily fields.
    earliest = max(_midnight(earliest.date(), earliest), min(now, earliest))
    if latest is not None and latest.timetz().replace(tzinfo=None) != time(0):
        latest = _midnight(latest.date() + timedelta(days=1), latest)
    return TimeWindow(
        earliest=earliest,
        latest=latest,
        part_of_day=hours.part_of_day,
        any_time=hours.any_time,
        after=hours.after,
        before=hours.before,
        dated=days.dated,
        **skips,
    )


def remember(stored: dict[str, Any] | None, new: TimeWindow, now: datetime) -> dict[str, Any]:
    """The state's time wish after the caller said `new`: see `merged`."""
    return window_to_json(merged(window_from_json(stored), new, now))


def moved_on(window: TimeWindow | None, offered: list[datetime], now: datetime) -> TimeWindow:
    """After "none of those" with nothing more said: the same wish, from just after the last
    of the offers turned down, so the next offer is later times or the next days."""
    after_last = max(offered) + timedelta(minutes=1)
    if window is None:
        return TimeWindow(max(now, after_last), None)
    earliest = max(window.earliest, after_last)
    latest = window.latest if window.latest is not None and window.latest > earliest else None
    if window.exact:
        return replace(window, earliest=earliest, latest=latest, exact=False)
    return replace(window, earliest=earliest, latest=latest)


def for_search(window: TimeWindow | None) -> TimeWindow | None:
    """The window to look for slots in. "Thursday morning" was read as 8 to noon, but an
    electrician who opens at 7 has a 7 AM Thursday morning slot: a part of day searches
    that whole part of each day (as scheduling defines it: before noon, noon to 5, after
    5), within the business's hours. A window the caller bounded ("after 9", "this
    morning" said at 9:15) keeps its bounds."""
    if window is None or window.part_of_day is None or window.exact:
        return window
    start, end = PARTS[window.part_of_day]
    earliest, latest = window.earliest, window.latest
    if earliest.timetz().replace(tzinfo=None) == start:
        earliest = earliest.replace(hour=0, minute=0) if start < time(12) else earliest
    if (
        latest is not None
        and window.part_of_day is PartOfDay.EVENING
        and latest.timetz().replace(tzinfo=None) == end
    ):
        latest = datetime.combine(latest.date() + timedelta(days=1), time(0), latest.tzinfo)
    return replace(window, earliest=earliest, latest=latest)


def around(window: TimeWindow, now: datetime) -> tuple[TimeWindow | None, TimeWindow]:
    """For a day that is closed or full: the same hours and exclusions on the days before
    it (None when those are past) and on the days after it."""
    first_day = window.earliest.date()
    start_of_day = _midnight(first_day, window.earliest)
    daily: dict[str, Any] = {"exact": False, "asap": False}
    if window.exact:
        # "Thursday at 2" is full: the nearest times that day and beyond on either side.
        earlier = replace(window, earliest=max(now, start_of_day), latest=window.earliest, **daily)
        later_from = window.latest or window.earliest
        return (earlier if earlier.latest and earlier.earliest < earlier.latest else None,
                replace(window, earliest=later_from, latest=None, **daily))  # fmt: skip
    week_before = _midnight(first_day - timedelta(days=7), window.earliest)
    earlier_window = replace(window, earliest=max(now, week_before), latest=start_of_day)
    assert window.latest is not None
    last = window.latest
    if last.timetz().replace(tzinfo=None) != time(0):
        last = _midnight(last.date() + timedelta(days=1), last)
    later_window = replace(window, earliest=last, latest=None)
    if earlier_window.earliest >= start_of_day:
        return None, later_window
    return earlier_window, later_window
