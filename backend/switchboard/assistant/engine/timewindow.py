"""Time windows to and from the JSON stored in the dialog state."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

from switchboard.assistant.understanding import PartOfDay, TimeWindow
from switchboard.assistant.understanding.timeprefs import PARTS


def window_to_json(window: TimeWindow) -> dict[str, Any]:
    return {
        "earliest": window.earliest.isoformat(),
        "latest": window.latest.isoformat() if window.latest else None,
        "part_of_day": window.part_of_day.value if window.part_of_day else None,
        "asap": window.asap,
        "any_time": window.any_time,
        "exact": window.exact,
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
    )


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
