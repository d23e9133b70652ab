"""A visit on file moved within its own day: "same day", "later in the day", "that afternoon".

"I have the AC appointment tomorrow morning, can somebody come after five instead, same day",
"this is about the furnace visit tomorrow morning, could it be later in the day", "tengo la cita
mañana en la mañana, ¿puede ser el mismo día en la tarde?": the day meant is the visit's, named
in the same turn, never today. "Later in the day" wants a time after the visit, so an hour said
before it ("I'm having another company in at nine") is someone else's. Read from the turn's
text, the visit's own words (`booked_visit.booked_clause`, or a visit named with its day as in
"about the furnace visit tomorrow") and the rest of the turn (`timeprefs.parse_time`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time, timedelta

from switchboard.assistant.understanding.booked_visit import booked_clause, without_booked_clause
from switchboard.assistant.understanding.model import Context, Extracted, TimeWindow
from switchboard.assistant.understanding.normalise import Normalised, normalise
from switchboard.assistant.understanding.phrases import words
from switchboard.assistant.understanding.timeprefs import parse_time
from switchboard.assistant.understanding.visit_named import VISIT_NAMED

# Later than the visit, on its day.
LATER_THAT_DAY = words(
    r"later (?:in|on) (?:the|that) day",
    r"later (?:that|the same) (?:day|afternoon|evening)",
    r"(?:later|mas tarde) (?:ese|el mismo|ese mismo) dia",
)
# The visit's day, said as such: "same day", "that afternoon", "el mismo día".
SAME_DAY = words(
    r"(?:the )?same day",
    r"that (?:same )?day",
    r"that (?:afternoon|evening)",
    r"(?:el|ese) mismo dia",
    r"ese dia",
    r"esa (?:misma )?(?:tarde|noche)",
    LATER_THAT_DAY.pattern,
)
# That day ruled out: "that day doesn't work", "can't do that day", "ese día no puedo".
_DAY_REFUSED = words(
    r"(?:not|can't do|cannot do|can't make|no puedo|no podemos) (?:the )?(?:same day|that day|"
    r"ese (?:mismo )?dia|el mismo dia)",
    r"(?:same day|that day|ese (?:mismo )?dia|el mismo dia) (?:doesn't|does not|won't|will not|"
    r"isn't|is not|no)(?![\w'])",
)
_DAY_WORD = re.compile(r"(?<![\w'])(?:today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|"
                       r"sun)day|manana|hoy)(?:'?s)?(?![\w'])")  # fmt: skip
# The part of the day or the hour right after a visit named with its day ("... tomorrow morning").
_ITS_PART = re.compile(r"(?: (?:morning|afternoon|evening|night|at [0-9]{1,2}(?::[0-9]{2})?"
                       r"(?: ?[ap]m)?|en la (?:manana|tarde|noche)))+(?![\w'])")  # fmt: skip


def _visit_span(norm: Normalised) -> tuple[int, int] | None:
    """Where the turn states the visit on file with its day."""
    span = booked_clause(norm)
    if span is not None:
        return span
    m = VISIT_NAMED.search(norm.text)
    if m is None or _DAY_WORD.search(m.group(0)) is None:
        return None
    part = _ITS_PART.match(norm.text, m.end())
    return m.start(), part.end() if part else m.end()


def _without(norm: Normalised, start: int, end: int) -> Normalised:
    rest = (norm.text[:start] + " " + norm.text[end:]).strip()
    return replace(normalise(rest), question_mark=norm.question_mark)


def _says_hours(window: TimeWindow) -> bool:
    return bool(window.exact or window.after or window.before or window.part_of_day)


def on_the_visit_day(norm: Normalised, context: Context) -> Extracted[TimeWindow] | None:
    """The time wished for on the day of the visit named in the turn, when the caller says it
    is that same day; None otherwise (the turn is read as usual)."""
    if SAME_DAY.search(norm.text) is None or _DAY_REFUSED.search(norm.text):
        return None
    span = _visit_span(norm)
    if span is None:
        return None
    booked = parse_time(normalise(norm.text[span[0] : span[1]]), context)
    if booked is None or booked.value.latest is None:
        return None
    visit = booked.value
    assert visit.latest is not None
    if visit.latest - visit.earliest > timedelta(days=1):
        return None
    day = visit.earliest.date()
    tz = visit.earliest.tzinfo
    rest = without_booked_clause(norm) or _without(norm, *span)
    later = LATER_THAT_DAY.search(rest.text) is not None
    # Later than the visit: from its end (an hour) or the end of its part of the day.
    bound = visit.latest.time() if later and visit.latest.date() == day else None
    wished = parse_time(rest, context)
    if wished is not None and _says_hours(wished.value):
        wish = wished.value
        on_day = not wish.dated or wish.earliest.date() == day
        if not on_day and not later:
            return None  # another day named: "same day" was about something else
        before_visit = bound is not None and wish.earliest.time() < bound
        if not before_visit:
            shift = datetime.combine(day, time(0)) - datetime.combine(wish.earliest.date(), time(0))
            latest = wish.latest + shift if wish.latest is not None else None
            if latest is not None and latest - (wish.earliest + shift) > timedelta(days=1):
                latest = None
            moved = replace(wish, earliest=wish.earliest + shift, latest=latest, dated=True)
            return Extracted(moved, 0.85)
    start = datetime.combine(day, bound or time(0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    return Extracted(TimeWindow(start, end), 0.8)
