"""Weekday names as callers say them, in English and Spanish ("Tuesday", "next Friday", "el
viernes", "Tuesday of next week", "the following Saturday", "any weekday"), and the day each
one names from today on the tenant's local calendar."""

from __future__ import annotations

import re
from datetime import date, timedelta

from switchboard.assistant.understanding.phrases import words

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sabado": 5, "domingo": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
    "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    # Spanish typed short ("el sáb 8"); never "mar" (the sea) nor "dom" (a name).
    "lun": 0, "mie": 2, "jue": 3, "vie": 4, "sab": 5,
}  # fmt: skip
WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# "fridays good" is how a recogniser writes "Friday's good".
WEEKDAY = re.compile(
    rf"(?<![\w'])(?:(next|this|on|el|este|proximo|coming)\s+)?({WEEKDAY_NAMES})(?:s|'s)?(?![\w'])"
)
# "Tuesday of next week", "next week on Tuesday": that weekday in the coming Monday's week.
WEEKDAY_OF_NEXT_WEEK = re.compile(
    rf"(?<![\w'])(?:(?:on\s+)?({WEEKDAY_NAMES})(?:s|'s)?\s+(?:of\s+)?(?:next|the following) week|"
    rf"next week(?:\s+on)?\s+({WEEKDAY_NAMES}))(?![\w'])"
)
# "This Saturday is the graduation; the following Saturday?": the one a week after the nearest.
FOLLOWING_WEEKDAY = re.compile(
    rf"(?<![\w'])(?:the\s+)?following\s+({WEEKDAY_NAMES})(?:s|'s)?(?![\w'])"
)
# Monday to Friday only ("any weekday", "entre semana"): Saturday and Sunday are ruled out.
WEEKDAYS_ONLY = words(r"(?:any |a )?week ?days?", r"(?:any day )?during the (?:work ?)?week",
                      r"entre semana", r"(?:un |cualquier )?dias? (?:de|entre) semana",
                      r"(?:monday|mon) (?:to|through|thru|till|until) (?:friday|fri)",
                      r"de lunes a viernes")  # fmt: skip
# The weekdays someone is busy on are no wish for them: "he works construction monday to
# friday so saturday", "I'm at work weekdays", "trabaja de lunes a viernes".
_BUSY_ON = words(r"(?:works?|working|at work|on shift|busy|(?:i'?m|he'?s|she'?s|we'?re|they'?re) "
                 r"(?:gone|away|out)|trabaj[a-z]*)(?: [a-z']+){0,3} (?:(?:on )?week ?days|"
                 r"(?:monday|mon) (?:to|through|thru|till|until) (?:friday|fri)|"
                 r"de lunes a viernes|entre semana)")  # fmt: skip


def weekdays_only(text: str) -> bool:
    """Monday to Friday asked for (`WEEKDAYS_ONLY`), not said as the days someone works."""
    return WEEKDAYS_ONLY.search(_BUSY_ON.sub(" ", text)) is not None


def weekday_from(m: re.Match[str], today: date) -> tuple[date, float]:
    """The day a `WEEKDAY` match names ("Friday", "this Friday", "next Friday") and how sure
    that reading is."""
    qualifier, name = m.group(1), m.group(2)
    target = WEEKDAYS[name]
    ahead = (target - today.weekday()) % 7
    if qualifier in {"this", "este"}:
        return today + timedelta(days=ahead), 0.85
    if ahead == 0:  # "Tuesday" or "next Tuesday" said on a Tuesday: a week from today
        return today + timedelta(days=7), 0.85
    # "next Friday" said early in a week is ambiguous; take the nearer one, say so.
    confidence = 0.7 if qualifier in {"next", "proximo"} else 0.9
    return today + timedelta(days=ahead), confidence


def following_weekday_from(m: re.Match[str], today: date) -> date:
    """The day a `FOLLOWING_WEEKDAY` match names: a week after the nearest such weekday."""
    nearest = today + timedelta(days=(WEEKDAYS[m.group(1)] - today.weekday()) % 7 or 7)
    return nearest + timedelta(days=7)
