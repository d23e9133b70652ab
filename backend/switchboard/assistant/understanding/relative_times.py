"""Times asked relative to the slots on the table (offered, else the days in view): "anything
later?", "nothing earlier in the week?", "algo más tarde", "the next day"."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from switchboard.assistant.understanding.model import Context
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

# Relative to the slots on the table: "anything later in the week?", "nothing earlier?",
# "algo más tarde", "the next day". "The later one" picks an offer instead (see slots).
LATER = words(r"(?<!the )(?<!or )(?<!and )later(?! one)", r"(?<!la )(?<!el )mas tarde",
              r"mas adelante", r"after (?:that|those|then)", r"despues de (?:eso|esas?|esos)",
              r"further out")  # fmt: skip
EARLIER = words(r"(?<!the )(?<!or )earlier(?! one)", r"(?<!the )(?<!or )sooner(?! one)",
                r"(?<!la )(?<!el )(?<!lo )mas (?:temprano|pronto)", r"before (?:that|those|then)",
                r"antes de (?:eso|esas?|esos)", r"(?:algo|nada) antes")  # fmt: skip
IN_THE_WEEK = words(r"(?:in|of) (?:the|that|this) week", r"this week", r"en (?:la|esa) semana",
                    r"esta semana", r"esa semana")  # fmt: skip
IN_THE_DAY = words(r"(?:in|on) (?:the|that) day", r"that (?:same )?day", r"the same day",
                   r"today", r"ese (?:mismo )?dia", r"en el dia", r"el mismo dia")  # fmt: skip
NEXT_DAY = words(r"(?:the )?(?:next|following) day", r"(?:el )?dia siguiente", r"al otro dia")


def relative_window(norm: Normalised, context: Context, tz: ZoneInfo, now_local: datetime
              ) -> tuple[datetime, datetime | None] | None:  # fmt: skip
    """ "Anything later?", "nothing earlier in the week?", "the next day": a window beside
    the slots on the table (offered, else the days in view)."""
    text = norm.text
    later, earlier = LATER.search(text), EARLIER.search(text)
    next_day = NEXT_DAY.search(text)
    if not (later or earlier or next_day):
        return None
    if context.offered_slots:
        local = sorted(s.astimezone(tz) for s in context.offered_slots)
        first, last = local[0], local[-1]
    elif context.days_in_view is not None:
        first = datetime.combine(context.days_in_view[0], time(0), tzinfo=tz)
        last = datetime.combine(context.days_in_view[1], time(23, 59), tzinfo=tz)
        if context.chosen is not None and IN_THE_DAY.search(text):
            # "Later in the day" about the time held (taken, or the visit being moved): after
            # it on its day, never the day after.
            first = last = context.chosen.astimezone(tz)
    else:
        return None

    def midnight(day: date) -> datetime:
        return datetime.combine(day, time(0), tzinfo=tz)

    if next_day:
        day = last.date() + timedelta(days=1)
        return midnight(day), midnight(day + timedelta(days=1))
    week, day_scope = IN_THE_WEEK.search(text), IN_THE_DAY.search(text)
    if later and not (earlier and earlier.start() > later.start()):
        if week:
            monday = last.date() + timedelta(days=7 - last.weekday())
            start = midnight(last.date() + timedelta(days=1))
            return start, (midnight(monday) if start < midnight(monday) else None)
        end = midnight(last.date() + timedelta(days=1)) if day_scope else None
        return last + timedelta(minutes=1), end
    if week:
        monday = first.date() - timedelta(days=first.weekday())
        return max(now_local, midnight(monday)), midnight(first.date())
    start = midnight(first.date()) if day_scope else now_local
    return max(now_local, start), first
