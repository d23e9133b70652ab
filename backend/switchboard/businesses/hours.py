"""Weekly business hours: `{"mon": [["08:00", "17:00"]], ...}` in the tenant's own time zone."""

from __future__ import annotations

import re
from typing import Any

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$|^24:00$")

WeeklyHours = dict[str, list[list[str]]]


def default_hours() -> WeeklyHours:
    return {day: ([["08:00", "17:00"]] if day in WEEKDAYS[:5] else []) for day in WEEKDAYS}


def normalise_hours(raw: Any) -> WeeklyHours:
    """Validate and fill missing days with "closed". Raises ValueError with a readable reason."""
    if not isinstance(raw, dict):
        raise ValueError("business_hours must be an object keyed by weekday (mon..sun)")
    hours: WeeklyHours = {day: [] for day in WEEKDAYS}
    for key, ranges in raw.items():
        day = str(key).lower()[:3]
        if day not in WEEKDAYS:
            raise ValueError(f"unknown weekday {key!r}; use mon, tue, wed, thu, fri, sat, sun")
        if not isinstance(ranges, list):
            raise ValueError(f"{day}: expected a list of [open, close] pairs")
        parsed: list[tuple[str, str]] = []
        for pair in ranges:
            if not (isinstance(pair, list | tuple) and len(pair) == 2):
                raise ValueError(f"{day}: each range is [\"HH:MM\", \"HH:MM\"]")
            start, end = (str(pair[0]), str(pair[1]))
            if not (_TIME_RE.match(start) and _TIME_RE.match(end)):
                raise ValueError(f"{day}: times are 24-hour HH:MM")
            if start >= end:
                raise ValueError(f"{day}: {start} is not before {end}")
            parsed.append((start, end))
        parsed.sort()
        for (_, prev_end), (next_start, _) in zip(parsed, parsed[1:], strict=False):
            if next_start < prev_end:
                raise ValueError(f"{day}: ranges overlap")
        hours[day] = [[s, e] for s, e in parsed]
    return hours
