"""A bare weekday said about the days on the table is one of them, or, said to correct
one, that weekday of the same week.

"Tuesday next week" offers Tuesday the 17th; "no wait, not Tuesday, I mean Thursday" is
Thursday the 19th, not the Thursday before it. Only a bare weekday ("Thursday", not "this
Thursday" nor "next Thursday") said as a correction is moved: into the week of the days in
view, never into the past.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from switchboard.assistant.understanding.model import Context, Extracted, TimeWindow
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words
from switchboard.assistant.understanding.weekdays import WEEKDAY, WEEKDAYS

CORRECTING = words(r"i meant?", r"i said", r"sorry", r"wait", r"actually", r"quise decir",
                   r"perdon", r"me equivoque", r"mejor", r"mas bien", r"digo")  # fmt: skip


def into_the_week_in_view(
    time: Extracted[TimeWindow] | None, norm: Normalised, context: Context
) -> Extracted[TimeWindow] | None:
    if time is None or context.days_in_view is None:
        return time
    window = time.value
    if window.latest is None or window.latest - window.earliest > timedelta(days=1):
        return time
    day = window.earliest.date()
    bare = [
        m
        for m in WEEKDAY.finditer(norm.text)
        if m.group(1) in (None, "on", "el") and WEEKDAYS[m.group(2)] == day.weekday()
    ]
    if not bare:
        return time
    first, last = context.days_in_view
    in_view = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    same_day = [d for d in in_view if d.weekday() == day.weekday()]
    if same_day:
        # "Yes, Thursday at one" about Thursday the 19th on the table: that Thursday.
        target = same_day[0]
    elif found(CORRECTING, norm) or window.skip_weekdays:
        target = first - timedelta(days=first.weekday()) + timedelta(days=day.weekday())
    else:
        return time
    today = context.now.astimezone(ZoneInfo(context.timezone)).date()
    if target <= day or target < today:
        return time
    shift = target - day
    moved = replace(window, earliest=window.earliest + shift, latest=window.latest + shift)
    return replace(time, value=moved)


# "Can it be Thursday the 18th, same time?": the hour of the time being confirmed.
SAME_HOUR = words(r"(?:the )?same (?:time|hour)", r"(?:a )?la misma hora", r"mismo horario")


def at_the_same_hour(window: TimeWindow, norm_text: str, chosen: datetime) -> TimeWindow:
    """A new day said with "same time": that day at the hour of `chosen` (local)."""
    if window.exact or window.after or window.before or window.part_of_day:
        return window
    if window.latest is None or window.latest - window.earliest > timedelta(days=1):
        return window
    if SAME_HOUR.search(norm_text) is None:
        return window
    clock = chosen.astimezone(window.earliest.tzinfo).timetz()
    at = datetime.combine(window.earliest.date(), clock)
    return replace(window, earliest=at, latest=at + timedelta(hours=1), exact=True)
