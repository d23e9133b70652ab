"""A bare weekday said about the days on the table is one of them, or, said to correct
one, that weekday of the same week; "the one after" is a week on.

"Tuesday next week" offers Tuesday the 17th; "no wait, not Tuesday, I mean Thursday" is
Thursday the 19th, not the Thursday before it; "can't do Mon-Wed. Thurs or Sat?" about next
week's Monday to Wednesday is next week's Thursday or Saturday, and so is a weekday said
about offers in the days the caller asked for ("mornings next week", then "Thursday at 11").
Only bare weekdays
("Thursday", not "this Thursday" nor "next Thursday") said as a correction are moved: into
the week of the days in view, never into the past.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from switchboard.assistant.understanding.calendar_days import names_day_of_month
from switchboard.assistant.understanding.day_parts import PARTS
from switchboard.assistant.understanding.model import Context, Extracted, TimeWindow
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words
from switchboard.assistant.understanding.weekdays import WEEKDAY, WEEKDAY_NAMES, WEEKDAYS

_WEEK = words(r"week", r"weekend", r"semana", r"[0-9]{1,2}(?:st|nd|rd|th)?")
CORRECTING = words(r"i meant?", r"i said", r"sorry", r"wait", r"actually", r"quise decir",
                   r"perdon", r"me equivoque", r"mejor", r"mas bien", r"digo")  # fmt: skip


def into_the_week_in_view(
    time: Extracted[TimeWindow] | None, norm: Normalised, context: Context
) -> Extracted[TimeWindow] | None:
    if context.days_in_view is not None and (later := _a_week_later(time, norm, context)):
        return later
    if time is None or context.days_in_view is None:
        return time
    window = time.value
    if window.latest is None or window.latest - window.earliest > timedelta(days=7):
        return time
    day = window.earliest.date()
    named = list(WEEKDAY.finditer(norm.text))
    bare = [
        m
        for m in named
        if m.group(1) in (None, "on", "el") and WEEKDAYS[m.group(2)] == day.weekday()
    ]
    if (
        not bare
        or names_day_of_month(norm, day)
        or any(
            m.group(1) not in (None, "on", "el") and WEEKDAYS[m.group(2)] == day.weekday()
            for m in named
        )
    ):
        # "I meant Thursday, this Thursday morning", "fri dec 1": the caller said which one.
        return time
    if window.latest - window.earliest > timedelta(days=1) and (
        _WEEK.search(norm.text) or any(m.group(1) not in (None, "on", "el") for m in named)
    ):
        # "Thursday or Saturday" moves as one; "Thursday or Saturday this week" stays.
        return time
    first, last = context.days_in_view
    in_view = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    same_day = [d for d in in_view if d.weekday() == day.weekday()]
    if same_day:
        # "Yes, Thursday at one" about Thursday the 19th on the table: that Thursday.
        target = same_day[0]
    elif found(CORRECTING, norm) or window.skip_weekdays or _in_the_wish(day, first, context):
        target = first - timedelta(days=first.weekday()) + timedelta(days=day.weekday())
    else:
        return time
    today = context.now.astimezone(ZoneInfo(context.timezone)).date()
    if target <= day or target < today:
        return time
    shift = target - day
    moved = replace(window, earliest=window.earliest + shift, latest=window.latest + shift)
    return replace(time, value=moved)


def _in_the_wish(day: date, first_in_view: date, context: Context) -> bool:
    """A weekday nearer than the days the caller asked for and the offers in them ("mornings
    next week", then "Thursday at 11"; "the last week of January", then "Tuesday 9am") is
    that weekday of the week being talked about; "this Thursday" said so was kept above."""
    wished = context.days_wished
    if wished is None or day >= first_in_view or wished[0] <= day <= wished[1]:
        return False
    target = first_in_view - timedelta(days=first_in_view.weekday()) + timedelta(days=day.weekday())
    return wished[0] <= target <= wished[1]


_NOT_THIS = words(
    rf"not (?:this|that|these|those) (?:one|{WEEKDAY_NAMES})s?",
    rf"no (?:este|esta|ese|esa|estos|esos)(?: (?:dia|{WEEKDAY_NAMES}))?",
)
# "The week after", "the Saturday after", "la semana siguiente", "el sábado siguiente": one
# week on from the days in view. "The one after" and "el siguiente" say so only beside a "not
# this one" ("the one after 9" or "la siguiente" alone may be the later of two times).
_WEEK_AFTER = words(
    rf"(?:the )?(?:week|{WEEKDAY_NAMES}) after(?: (?:that|this)(?: one)?)?(?! [0-9]| next)",
    rf"(?:the )?following (?:week|{WEEKDAY_NAMES})",
    r"(?:el|la) (?:de la )?semana (?:siguiente|que sigue|despues)",
    rf"(?:el|la) (?:{WEEKDAY_NAMES}) (?:siguiente|que sigue|de despues)",
)
_ONE_AFTER = words(r"(?:the )?one after(?: (?:that|this)(?: one)?)?(?! [0-9]| next)",
                   r"(?:the )?(?:next|following) one", r"(?:el|la) siguiente",
                   r"(?:el|la) que sigue", r"(?:el|la) de despues")  # fmt: skip


def says_a_week_later(norm: Normalised) -> bool:
    return found(_WEEK_AFTER, norm) or (found(_ONE_AFTER, norm) and found(_NOT_THIS, norm))


def _a_week_later(
    time: Extracted[TimeWindow] | None, norm: Normalised, context: Context
) -> Extracted[TimeWindow] | None:
    """ "Not this one, the one after" about Saturday the 15th on the table: Saturday the 22nd
    (any hour the caller said still holds)."""
    assert context.days_in_view is not None
    if not says_a_week_later(norm):
        return None
    first, last = context.days_in_view
    tz = ZoneInfo(context.timezone)
    earliest = datetime.combine(first + timedelta(days=7), datetime.min.time(), tzinfo=tz)
    latest = datetime.combine(last + timedelta(days=8), datetime.min.time(), tzinfo=tz)
    said = time.value if time else None
    window = TimeWindow(
        earliest,
        latest,
        part_of_day=said.part_of_day if said else None,
        after=said.after if said else None,
        before=said.before if said else None,
        dated=True,
    )
    return Extracted(window, 0.85)


# "Can it be Thursday the 18th, same time?": the hour of the time being confirmed.
SAME_HOUR = words(r"(?:the )?same (?:time|hour)", r"(?:a )?la misma hora", r"mismo horario")


def at_the_same_hour(window: TimeWindow, norm_text: str, chosen: datetime) -> TimeWindow:
    """A new day said with "same time": that day at the hour of `chosen` (local). A part of
    the day said with it ("Saturday morning, same time") keeps the hour when the hour is in
    that part; otherwise the part of the day said wins."""
    if window.exact or window.after or window.before:
        return window
    if window.latest is None or window.latest - window.earliest > timedelta(days=1):
        return window
    if SAME_HOUR.search(norm_text) is None:
        return window
    clock = chosen.astimezone(window.earliest.tzinfo).timetz()
    at = datetime.combine(window.earliest.date(), clock)
    if window.part_of_day and not window.earliest <= at < window.latest:
        return window
    return replace(window, earliest=at, latest=at + timedelta(hours=1), exact=True)


def on_the_visits_day(window: TimeWindow, visit: datetime) -> TimeWindow:
    """Hours or a part of the day said for moving a visit, with no day ("push it to the end of
    the day", "can we make it the afternoon", "push it to five"): the day is the visit's, not
    today. The hours still hold on the days after it when that day has too few openings
    (the window stays undated)."""
    if window.dated or window.asap or window.any_time:
        return window
    if not (window.part_of_day or window.after or window.before or window.exact):
        return window
    tz = window.earliest.tzinfo
    day = visit.astimezone(tz).date()
    shift = day - window.earliest.date()
    if shift <= timedelta(0):
        return window
    if window.after is not None:
        starts = window.after
    elif window.part_of_day is not None and not window.exact:
        starts = PARTS[window.part_of_day][0]
    else:
        starts = window.earliest.time()
    earliest = datetime.combine(day, starts, tzinfo=tz)
    latest = window.latest + shift if window.latest is not None else None
    return replace(window, earliest=earliest, latest=latest)
