"""Saying an appointment's time the way the business would, in its zone and language."""

from __future__ import annotations

from datetime import datetime

from switchboard.assistant.engine.speech import calendar_words
from switchboard.notices.catalogue import MOMENT, language_of


def spoken_time(moment: datetime, timezone: str, language: str) -> str:
    """'Tuesday, March 3 at 9:30 AM' / 'martes 3 de marzo a las 9:30 de la mañana', local."""
    lang = language_of(language)
    return MOMENT[lang].format(**calendar_words(moment, timezone, lang))
