"""Saying an appointment's time the way the business would, in its zone and language."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from switchboard.assistant.engine.speech import calendar_words
from switchboard.notices.catalogue import AM_PM, MOMENT, SHORT_MOMENT, language_of


def spoken_time(moment: datetime, timezone: str, language: str) -> str:
    """'Tuesday, March 3 at 9:30 AM' / 'martes 3 de marzo a las 9:30 de la mañana', local."""
    lang = language_of(language)
    return MOMENT[lang].format(**calendar_words(moment, timezone, lang))


def short_time(moment: datetime, timezone: str, language: str) -> str:
    """'Tue Dec 1 10:30 AM' / 'mar 1 dic 10:30', local: the owner's alerts, where two times
    share one text."""
    lang = language_of(language)
    words = calendar_words(moment, timezone, lang)
    local = moment.astimezone(ZoneInfo(timezone))
    return SHORT_MOMENT[lang].format(
        wd=words["weekday"][:3],
        mon=words["month"][:3],
        day=local.day,
        h12=local.hour % 12 or 12,
        h24=local.hour,
        mm=f"{local.minute:02d}",
        ampm=AM_PM[lang][local.hour >= 12],
    )
