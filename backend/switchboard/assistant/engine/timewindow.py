"""Time windows to and from the JSON stored in the dialog state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from switchboard.assistant.understanding import PartOfDay, TimeWindow


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
