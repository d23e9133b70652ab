"""The days a caller asks for: "tomorrow", "in two days", "next week", "the weekend", "el
viernes", "the 14th", "December 3rd", "Monday or Tuesday", and a date said as a limit ("before
the 20th", "a partir del lunes").

Relative words are resolved by rules on the tenant's local calendar (so "tomorrow" at 23:30
local is the next local day, and "in two days" across a DST change is two calendar days, not 48
hours); absolute dates with a month name go through `dateparser`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

import dateparser

from switchboard.assistant.understanding.clock_times import INSTEAD
from switchboard.assistant.understanding.months import MONTHS, month_number
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words
from switchboard.assistant.understanding.quantities import MEASURE
from switchboard.assistant.understanding.weekdays import (
    FOLLOWING_WEEKDAY,
    WEEKDAY,
    WEEKDAY_NAMES,
    WEEKDAY_OF_NEXT_WEEK,
    WEEKDAYS,
    following_weekday_from,
    weekday_from,
)

# "the 14th"; but "the 1st one", "the 3 30" and "the 10" among offered 10 o'clocks are not dates.
DAY_OF_MONTH = re.compile(r"(?<![\w'])(?:the|el|del|el dia|del dia)\s+([0-9]{1,2})"
                          r"(?:st|nd|rd|th)?(?![\w':])"
                          r"(?!\s*(?:am|pm|oclock|de la))"
                          r"(?!\s+(?:one|ones|option|slot|choice|time|opening|"
                          r"grade|week|weeks|semana|few|couple|minutes?|hours?|"
                          r"days?|months?|years?|thing|things|step|part|[0-5][0-9])"
                          r"(?![\w']))"
                          # "el cuatro cuatro dos cero de Federal": a number said digit by
                          # digit, the house's, not the 4th
                          r"(?!\s+[0-9]\s+[0-9](?![\w']))"
                          # "the 2nd floor", "the 3 bedroom house": a part of the building
                          rf"(?!\s+{MEASURE}(?![\w']))"
                          # "ring the 2nd bell", "the 3rd house on the left", "take the 2nd
                          # left": the way in, told as directions
                          r"(?!\s+(?:bell|buzzer|door|doorbell|gate|entrance|driveway|house|"
                          r"building|left|right|turn|exit|light|stoplight|stop sign|mailbox|"
                          r"unit|apartment|apt|block|trailer|lot|duplex|townhouse|cul de sac)s?"
                          r"(?![\w']))")  # fmt: skip
# "23rd at 4", "what about the 22nd or 23rd", "24th works": an ordinal said alone is the day of
# the month when a time, another day or agreement follows it; never a street ("29th st"),
# a floor or a count ("2nd floor", "my 3rd call"). "1st" to "3rd" alone or agreed to stay the
# options on the table ("2nd works").
_ORDINAL_FOLLOWS = (
    r"at|or|in the|morning|afternoon|evening|a las?|en la|por la|o|"
    r"if|instead|maybe|around|about"
)
BARE_ORDINAL = re.compile(rf"(?<![\w'])([0-9]{{1,2}})(?:st|nd|rd|th)(?:(?=\s+(?:{_ORDINAL_FOLLOWS})"
                          r"(?![\w']))|(?<![^0-9]1st)(?<![^0-9]2nd)(?<![^0-9]3rd)(?<!^1st)"
                          r"(?<!^2nd)(?<!^3rd)(?=\s*$|\s+(?:works?|is|would|please|then|"
                          r"sounds|good|fine|ok|okay)(?![\w'])))")  # fmt: skip
MONTH_DATE = re.compile(rf"(?<![\w'])(?:(?:{MONTHS})\s+(?:the\s+)?[0-9]{{1,2}}(?:st|nd|rd|th)?|"
                        rf"[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?:{MONTHS})|"
                        # "7/16", typed; the tokens stand apart in the normalised text.
                        r"[0-9]{1,2} ?/ ?[0-9]{1,2})(?![\w'])"
                        r"(?! ?(?:inch|in|bath|baths|ton|tons|hp|horsepower|of an?|\"))"
                        )  # fmt: skip
# "Nov 3 or 4", "March 10 to 12", "el 3 o 4 de noviembre": either day of that month.
MONTH_DAYS = re.compile(
    rf"(?<![\w'])(?:({MONTHS})\s+(?:the\s+)?([0-9]{{1,2}})(?:st|nd|rd|th)?|"
    # (the spoken-digit fold writes Spanish "o" as "0")
    r"(?:el\s+)?([0-9]{1,2})(?:st|nd|rd|th)?)\s+(?:or|o|0|u|you|to|through|thru|al|a)\s+"
    rf"(?:the\s+|el\s+)?([0-9]{{1,2}})(?:st|nd|rd|th)?(?(3)\s+(?:of|de)\s+({MONTHS}))"
    r"(?![\w':])"
)
# "El martes 28", "Tuesday 28th", "fri the 1st": a weekday with its day of the month is that
# date (the number is the day, not the next such weekday). A small bare number ("Tuesday 10")
# stays a clock time unless a time follows it ("el martes 8 a las 10"); a part of the day
# right after the number is that number's ("next tuesday like nine in the morning": 9 AM).
WEEKDAY_DAY = re.compile(
    rf"(?<![\w'])(?:(?:on|el|this|next|este|proximo)\s+)?({WEEKDAY_NAMES})(?:s|'s)?,?\s+"
    r"(the\s+|el\s+)?([0-9]{1,2})(st|nd|rd|th)?(?![\w':])(?!\s*(?:am|pm|oclock|de la))"
    # "tuesday first thing", "friday first one you have": the earliest that day, no date
    r"(?!\s+(?:thing|things|one|ones|slot|opening|appointment)(?![\w']))"
    r"(?=(\s+(?:at|a las?|in the(?! (?:morning|afternoon|evening|night))|en la|por la)"
    r"(?![\w']))?)"
)
# "The last week of January", "the 1st week of March", "la primera semana de marzo": seven
# days of that month (the last week: its last seven days).
WEEK_OF_MONTH = re.compile(
    r"(?<![\w'])(?:the |la )?(1st|2nd|3rd|4th|first|second|third|fourth|last|final|primera|"
    rf"segunda|tercera|cuarta|ultima) (?:week|semana) (?:of|in|de|del mes de) ({MONTHS})(?![\w'])"
)
_WEEK_NUMBER = {"1st": 0, "first": 0, "primera": 0, "2nd": 1, "second": 1, "segunda": 1,
                "3rd": 2, "third": 2, "tercera": 2, "4th": 3, "fourth": 3, "cuarta": 3}  # fmt: skip
IN_DAYS = re.compile(r"(?<![\w'])(?:in|en)\s+(?:a\s+|an\s+)?([0-9]+|couple(?:\s+of)?|few|a|"
                     r"un|una)\s+(days?|dias?|weeks?|semanas?)(?![\w'])")  # fmt: skip
# ("cualquier mañana" is any morning, not tomorrow.)
TOMORROW = re.compile(r"(?<![\w'])(?:tomorrow(?:'s)?|tmrw|tmr|(?<!la )(?<!por la )(?<!cualquier )"
                      r"(?<!any )manana(?! por la manana)|manana(?= por la manana))"
                      r"(?![\w'])")  # fmt: skip
DAY_AFTER = words(r"(?:the )?day after tomorrow", r"pasado manana")
TODAY = words(r"today", r"tonight", r"this (?:morning|afternoon|evening)", r"hoy", r"esta tarde",
              r"esta noche", r"esta manana")  # fmt: skip
WEEK_AFTER_NEXT = words(r"(?:the )?week after next")
NEXT_WEEK = words(r"next week", r"(?:la )?(?:proxima|siguiente) semana", r"la semana que viene",
                  r"la otra semana", r"la semana (?:entrante|proxima)",
                  r"following week")  # fmt: skip
THIS_WEEK = words(r"this week", r"esta semana", r"later this week")
WEEKEND = words(r"(?:this |the |next )?weekend", r"(?:este |el )?fin de semana")


def _days(date_from: date, count: int) -> tuple[date, date]:
    return date_from, date_from + timedelta(days=count)


def day_of_month_from(day: int, today: date) -> date | None:
    """The next date, from today on, that falls on `day` of its month ("the 31st" said in
    a 30-day month is the next month that has one)."""
    if not 1 <= day <= 31:
        return None
    year, month = today.year, today.month
    for _ in range(3):
        if day >= today.day or (year, month) != (today.year, today.month):
            try:
                return date(year, month, day)
            except ValueError:
                pass
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return None


DateRange = tuple[date, date, float]


def _in_days(m: re.Match[str], today: date) -> DateRange | None:
    raw, unit = m.group(1), m.group(2)
    n = {"couple": 2, "couple of": 2, "few": 3, "a": 1, "un": 1, "una": 1}.get(raw)
    count = (n if n is not None else int(raw)) * (7 if unit.startswith(("week", "semana")) else 1)
    if count > 366:  # nobody books that far out by phone; and timedelta would overflow
        return None
    return (*_days(today + timedelta(days=count), 1), 0.85)


# A month and day typed with a slash names a day of the coming months, never a part of an
# inch ("3/4 line") nor a day long gone: further off than this, it is no date at all.
_SLASHED_AHEAD = timedelta(days=120)


def _month_date(m: re.Match[str], now_local: datetime) -> DateRange | None:
    slashed = "/" in m.group(0)
    said = m.group(0).replace(" / ", "/").replace(" /", "/").replace("/ ", "/")
    parsed = dateparser.parse(
        said,
        languages=["en", "es"],
        settings={"PREFER_DATES_FROM": "future", "RELATIVE_BASE": now_local.replace(tzinfo=None)},
    )
    if parsed is None or (slashed and parsed.date() - now_local.date() > _SLASHED_AHEAD):
        return None
    return parsed.date(), parsed.date() + timedelta(days=1), 0.8


def _month_days(m: re.Match[str], today: date) -> DateRange | None:
    """The days of a `MONTH_DAYS` match, in this year unless they are past."""
    month = month_number(m.group(1) or m.group(5))
    first_day, last_day = int(m.group(2) or m.group(3)), int(m.group(4))
    if not 1 <= first_day < last_day <= 31:
        return None
    for year in (today.year, today.year + 1):
        try:
            first, last = date(year, month, first_day), date(year, month, last_day)
        except ValueError:
            return None
        if last >= today:
            return max(first, today), last + timedelta(days=1), 0.75
    return None


def _week_of_month(m: re.Match[str], today: date) -> DateRange | None:
    """The days of `WEEK_OF_MONTH`, in this year unless that week is over."""
    name = m.group(2)
    month = month_number(name)
    for year in (today.year, today.year + 1):
        first = date(year, month, 1)
        if (n := _WEEK_NUMBER.get(m.group(1))) is not None:
            start = first + timedelta(days=7 * n)
        else:  # the last week: the month's last seven days
            next_month = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            start = next_month - timedelta(days=7)
        if start + timedelta(days=7) > today:
            return max(start, today), start + timedelta(days=7), 0.8
    return None


def _weekend(today: date) -> DateRange:
    saturday = today + timedelta(days=(5 - today.weekday()) % 7)
    if today.weekday() == 6:
        saturday = today - timedelta(days=1)
    return saturday, saturday + timedelta(days=2), 0.8


def _weekday_day(m: re.Match[str], today: date) -> DateRange | None:
    """The date a `WEEKDAY_DAY` match names, or None when its number is more likely an hour."""
    number = int(m.group(3))
    if number <= 12 and not (m.group(2) or m.group(4) or m.group(5)):
        return None  # "Tuesday 10": ten o'clock on Tuesday
    return _one_day(day_of_month_from(number, today), 0.85)


def names_day_of_month(norm: Normalised, day: date) -> bool:
    """Is `day` said by its number ("fri dec 1", "Thursday the 19th", "el martes 28")? Then the
    weekday beside it is that date's, not one to move into the week being talked about."""
    for pattern in (WEEKDAY_DAY, MONTH_DATE, DAY_OF_MONTH, BARE_ORDINAL):
        for m in pattern.finditer(norm.text):
            if str(day.day) in re.findall(r"[0-9]{1,2}", m.group(0)):
                return True
    return False


def _one_day(day: date | None, confidence: float) -> DateRange | None:
    return None if day is None else (day, day + timedelta(days=1), confidence)


def _candidates(
    norm: Normalised, today: date, now_local: datetime, clock_hours: frozenset[int] = frozenset()
) -> list[tuple[int, DateRange]]:
    """`clock_hours`: the hours (1-12) of the slots just offered, so "the 10" among them is
    10 o'clock, not the 10th."""
    monday = today + timedelta(days=7 - today.weekday())

    # "Make it the 9 instead": a time said in place of another is a clock time, not the 9th.
    instead = [(i.start(), i.end()) for i in INSTEAD.finditer(norm.text)]

    def day_of_month(m: re.Match[str]) -> DateRange | None:
        if m.group(0).endswith(("st", "nd", "rd", "th")):
            return _one_day(day_of_month_from(int(m.group(1)), today), 0.8)
        if int(m.group(1)) in clock_hours or any(a <= m.start() < b for a, b in instead):
            return None
        return _one_day(day_of_month_from(int(m.group(1)), today), 0.8)

    # "Next week, tues or thurs", "la semana que viene, martes o jueves": those days of it.
    # "Tuesday or next week" offers a choice: that Tuesday stays the nearest.
    next_weeks = list(NEXT_WEEK.finditer(norm.text))

    def in_next_week(m: re.Match[str]) -> bool:
        text = norm.text
        return m.group(1) in (None, "on", "el") and any(
            not re.fullmatch(r" (?:or|o|u) (?:maybe |or )?", text[m.end() : w.start()])
            and not re.fullmatch(r" (?:or|o|u) (?:maybe )?", text[w.end() : m.start()])
            for w in next_weeks
        )

    def weekday(m: re.Match[str]) -> DateRange | None:
        if in_next_week(m):
            return _one_day(monday + timedelta(days=WEEKDAYS[m.group(2)]), 0.85)
        return _one_day(*weekday_from(m, today))

    def of_next_week(m: re.Match[str]) -> DateRange | None:
        return _one_day(monday + timedelta(days=WEEKDAYS[m.group(1) or m.group(2)]), 0.9)

    rules: list[tuple[re.Pattern[str], Callable[[re.Match[str]], DateRange | None]]] = [
        (DAY_AFTER, lambda m: _one_day(today + timedelta(days=2), 0.95)),
        (TOMORROW, lambda m: _one_day(today + timedelta(days=1), 0.95)),
        (IN_DAYS, lambda m: _in_days(m, today)),
        (WEEK_OF_MONTH, lambda m: _week_of_month(m, today)),
        (MONTH_DAYS, lambda m: _month_days(m, today)),
        (MONTH_DATE, lambda m: _month_date(m, now_local)),
        (WEEKDAY_DAY, lambda m: _weekday_day(m, today)),
        (WEEKDAY_OF_NEXT_WEEK, of_next_week),
        (FOLLOWING_WEEKDAY, lambda m: _one_day(following_weekday_from(m, today), 0.85)),
        (WEEKDAY, weekday),
        (DAY_OF_MONTH, day_of_month),
        (BARE_ORDINAL, lambda m: _one_day(day_of_month_from(int(m.group(1)), today), 0.75)),
        (WEEK_AFTER_NEXT, lambda m: (monday + timedelta(days=7), monday + timedelta(days=14), 0.8)),
        (NEXT_WEEK, lambda m: (monday, monday + timedelta(days=7), 0.85)),
        (WEEKEND, lambda m: _weekend(today)),
        (THIS_WEEK, lambda m: (today, monday, 0.8)),
        (TODAY, lambda m: (today, today + timedelta(days=1), 0.95)),
    ]
    claimed: list[tuple[int, int]] = []
    found_: list[tuple[int, DateRange]] = []
    for pattern, resolve in rules:
        for m in pattern.finditer(norm.text):
            if any(a <= m.start() < b or a < m.end() <= b for a, b in claimed):
                continue
            if (resolved := resolve(m)) is not None:
                claimed.append((m.start(), m.end()))
                found_.append((m.start(), resolved))
    return found_


def date_range_asked(
    norm: Normalised, today: date, now_local: datetime, clock_hours: frozenset[int] = frozenset()
) -> DateRange | None:
    """The date the caller is asking for. When several are said, the last one is the wish:
    "I can't make it tomorrow, can we do next week instead"."""
    found_ = sorted(_candidates(norm, today, now_local, clock_hours), key=lambda c: c[0])
    if not found_:
        return None
    if len(found_) > 1 and re.search(r" (?:or|o) ", norm.text[found_[-2][0] : found_[-1][0]]):
        # "Monday or Tuesday": either will do, so the window runs from the first to the last.
        first, last = found_[-2][1], found_[-1][1]
        start, end = min(first[0], last[0]), max(first[1], last[1])
        return start, end, 0.7
    position, said = found_[-1]
    corrections = [m.end() for m in CORRECTED_TO.finditer(norm.text)]
    if corrections and (meant := [c for c in found_ if c[0] >= corrections[-1]]):
        # "Not Wednesday, I meant Friday, Wednesdays I'm at work": the day meant.
        position, said = meant[0]
    before = norm.text[:position]
    return _bounded_by(before, said, today) or _week_of(before, said, today) or said


# "The week of the 22nd", "la semana del 7": the whole week that day is in.
_WEEK_OF = re.compile(r"(?:week of|semana(?: del?)?)\s+(?:the\s+|el\s+)?$")


def _week_of(before: str, said: DateRange, today: date) -> DateRange | None:
    first, last, confidence = said
    if _WEEK_OF.search(before) is None or last - first != timedelta(days=1):
        return None
    monday = first - timedelta(days=first.weekday())
    return max(monday, today), monday + timedelta(days=7), confidence


# What follows names the day meant: "I meant Friday", "quise decir el jueves".
CORRECTED_TO = words(r"i meant?", r"i mean to say", r"quise decir", r"mas bien", r"digo")


# A date said as a limit, not as the day: "sometime before the 20th", "not before March 3rd",
# "any day after Tuesday", "antes del 20", "a partir del lunes". The phrase must end right
# where the date begins. "Come by Friday" is a visit on Friday, not a deadline.
_DATE_BOUND = re.compile(
    r"(?:(?P<not_before>not before|nothing before|no earlier than|not earlier than|"
    r"no antes(?: del?)?|nada antes(?: del?)?|not (?:until|till|til)|no hasta(?: el)?|"
    # Nobody there until then: "nobody's home till Friday", "we're away until the 12th",
    # "can't do it until Monday", "no hay nadie hasta el viernes", "estamos fuera hasta el 12"
    r"(?:nobody|no ?one|no body)(?:'s| is| will be| will| gonna be)?(?: [a-z']+){0,3} "
    r"(?:until|till|til)|"
    r"(?:not|n't|never) (?:be )?(?:home|here|there|around|back|in town|available|free|able to"
    r"(?: [a-z']+){1,2})(?: [a-z']+){0,2} (?:until|till|til)|"
    r"(?:can't|cannot|can not|couldn't|won't be able to)(?: [a-z']+){0,3} (?:until|till|til)|"
    r"(?:away|gone|out of town|on vacation|on a trip|traveling|travelling|out of the country)"
    r"(?: [a-z']+){0,2} (?:until|till|til)|"
    r"(?:no hay nadie|no (?:estoy|estamos|estaremos|esta|estan|vamos a estar|voy a estar|"
    r"puedo|podemos|regreso|regresamos|llego|llegamos))(?: [a-z]+){0,3} hasta(?: el)?|"
    r"(?:fuera|de viaje|de vacaciones)(?: [a-z]+){0,2} hasta(?: el)?)|"
    r"(?P<not_after>not after|nothing after|no later than|not later than|no despues(?: del?)?|"
    r"a mas tardar(?: el)?)|"
    r"(?P<before>before|antes(?: del?)?)|"
    r"(?P<until>until|till|til|hasta(?: el)?|(?<!come )(?<!stop )(?<!swing )(?<!drop )"
    r"(?<!pop )by)|"
    r"(?P<after>after|despues(?: del?)?)|"
    r"(?P<from>from|starting(?: on| from)?|a partir(?: del?)?|desde(?: el)?))"
    r"\s+(?:the\s+|el\s+|this\s+|next\s+|este\s+|proximo\s+)?$"
)
# How far an open-ended "after the 20th" reaches: past any booking horizon.
_OPEN_ENDED = timedelta(days=60)


def _bounded_by(before: str, said: DateRange, today: date) -> DateRange | None:
    m = _DATE_BOUND.search(before)
    if m is None:
        return None
    first, last, confidence = said
    kind = m.lastgroup
    if kind == "before":
        return (today, first, confidence) if first > today else None
    if kind in {"not_after", "until"}:
        return today, last, confidence
    if kind == "after":
        return last, last + _OPEN_ENDED, confidence
    return first, first + _OPEN_ENDED, confidence  # "not before", "from", "starting"
