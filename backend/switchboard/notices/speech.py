"""Saying an appointment's time the way the business would, in its zone and language.

(The assistant's own formatter lives on main as `assistant.engine.speech`; this branch starts
before it, so notices keep their small equivalent with the words in `notices.catalogue`.)
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from switchboard.notices.catalogue import DAY_PARTS, MOMENT, MONTHS, WEEKDAYS, language_of


def spoken_time(moment: datetime, timezone: str, language: str) -> str:
    """'Tuesday, March 3 at 9:30 AM' / 'martes 3 de marzo a las 9:30 de la mañana', local."""
    lang = language_of(language)
    local = moment.astimezone(ZoneInfo(timezone))
    hour = local.hour % 12 or 12
    clock = f"{hour}" if local.minute == 0 else f"{hour}:{local.minute:02d}"
    morning, afternoon, evening = DAY_PARTS[lang]
    part = morning if local.hour < 12 else (afternoon if local.hour < 19 else evening)
    return MOMENT[lang].format(
        weekday=WEEKDAYS[lang][local.weekday()],
        month=MONTHS[lang][local.month - 1],
        day=local.day,
        clock=f"{clock} {part}",
    )
