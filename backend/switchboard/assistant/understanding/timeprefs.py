"""Time preferences in the tenant's zone: "tomorrow morning", "next Tuesday after 3", "asap",
"el viernes", "mañana por la tarde", "the 14th", "December 3rd".

Relative words are resolved by rules on the tenant's local calendar (so "tomorrow" at 23:30
local is the next local day, and "in two days" across a DST change is two calendar days, not 48
hours); absolute dates with a month name go through `dateparser`. Every datetime out is aware,
in the tenant's zone, built from wall-clock times with zoneinfo.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import dateparser

from switchboard.assistant.understanding.address import SUFFIXES
from switchboard.assistant.understanding.model import (
    Context,
    Expecting,
    Extracted,
    PartOfDay,
    TimeWindow,
)
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

PARTS: dict[PartOfDay, tuple[time, time]] = {
    PartOfDay.MORNING: (time(8), time(12)),
    PartOfDay.AFTERNOON: (time(12), time(17)),
    PartOfDay.EVENING: (time(17), time(20)),
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sabado": 5, "domingo": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
    "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|"
          r"mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre")  # fmt: skip

ASAP = words(r"as soon as (?:possible|you can)", r"asap", r"right away", r"earliest",
             r"how (?:soon|fast|quickly)", r"que tan pronto",
             r"soonest", r"lo (?:antes|mas pronto) posible", r"cuanto antes",
             r"(?:first|1st|next) (?:available|opening|open slot)", r"any time today",
             r"today if possible",
             # "right now" is a wish only when it asks for someone: "no water in the basement
             # right now" describes the basement.
             r"(?:come|send|get|need|want|someone|somebody|anyone|here|over|out|please)"
             r"(?: [a-z']+){0,2} right now", r"^right now")  # fmt: skip
# Flexible about the day ("whenever", "cuando sea"): the window opens from now.
ANY_DAY = words(r"whenever", r"no preference", r"any ?day", r"(?:it )?doesn't matter",
                r"cualquier (?:dia|momento)", r"lo que sea", r"flexible", r"cuando sea",
                r"cuando (?:quiera|quieras|puedan|pueda|gusten?)", r"(?:el )?dia que sea",
                r"whatever (?:works|is open|you have|you've got)", r"i'm easy")  # fmt: skip
# Flexible about the hour only ("any time that day", "a cualquier hora"): a day said before
# still holds.
ANY_HOUR = words(r"any ?time(?: of (?:the )?day)?", r"all day", r"(?:a )?cualquier hora",
                 r"(?:a )?la hora que sea", r"whatever time", r"at any hour")  # fmt: skip
ANY_TIME = re.compile(f"{ANY_DAY.pattern}|{ANY_HOUR.pattern}")
# Asking what is open ("what do you have?", "what's available?", "¿qué tiene disponible?") is
# a wish for the openings, from now: answered with slots, never passed on as a question.
OPENINGS = words(r"what (?:do|would|could) (?:you|y'?all|you guys) (?:have|got)(?! for| on| in)",
                 r"what (?:have you got|you got)(?! for| on| in)",
                 r"what(?:'s| is| are) (?:open|available|free)",
                 r"what (?:times?|days?|openings?|slots?|availability) (?:do|would|could) (?:you|"
                 r"y'?all|you guys) have",
                 # "any openings for a plumber apprentice?" asks for a job, not a visit
                 r"(?:any|what) (?:openings|availability)(?! for (?:a|an) )",
                 r"what(?:'s| is| would be) (?:good|best|easiest) for (?:you|y'?all|you guys)",
                 r"what works (?:best )?for (?:you|y'?all|you guys)",
                 r"que (?:tiene|tienen|hay)(?: \w+)? (?:disponibles?|libres?|abiertos?)",
                 r"que (?:dias|horarios?|horas) (?:tiene|tienen|hay)",
                 r"(?:cuando|que) (?:tiene|tienen) (?:disponible|libre|espacio|lugar)")  # fmt: skip
# "any time that day", "ese mismo día": the day of the slots on the table.
THAT_DAY = words(r"that (?:same )?day", r"the same day", r"ese (?:mismo )?dia", r"el mismo dia")
# "fridays good" is how a recogniser writes "Friday's good".
WEEKDAY = re.compile(
    rf"(?<![\w'])(?:(next|this|on|el|este|proximo|coming)\s+)?({_WD})(?:s|'s)?(?![\w'])"
)
# "Tuesday of next week", "next week on Tuesday": that weekday in the coming Monday's week.
WEEKDAY_OF_NEXT_WEEK = re.compile(
    rf"(?<![\w'])(?:(?:on\s+)?({_WD})(?:s|'s)?\s+(?:of\s+)?(?:next|the following) week|"
    rf"next week(?:\s+on)?\s+({_WD}))(?![\w'])"
)
# "This Saturday is the graduation; the following Saturday?": the one a week after the nearest.
FOLLOWING_WEEKDAY = re.compile(rf"(?<![\w'])(?:the\s+)?following\s+({_WD})(?:s|'s)?(?![\w'])")
# "the 14th"; but "the 1st one", "the 3 30" and "the 10" among offered 10 o'clocks are not dates.
DAY_OF_MONTH = re.compile(r"(?<![\w'])(?:the|el|del|el dia|del dia)\s+([0-9]{1,2})"
                          r"(?:st|nd|rd|th)?(?![\w':])"
                          r"(?!\s*(?:am|pm|oclock|de la))"
                          r"(?!\s+(?:one|ones|option|slot|choice|time|opening|[0-5][0-9])"
                          r"(?![\w']))")  # fmt: skip
MONTH_DATE = re.compile(rf"(?<![\w'])(?:(?:{MONTHS})\s+(?:the\s+)?[0-9]{{1,2}}(?:st|nd|rd|th)?|"
                        rf"[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?:{MONTHS})|"
                        r"[0-9]{1,2}/[0-9]{1,2})(?![\w'])")  # fmt: skip
IN_DAYS = re.compile(r"(?<![\w'])(?:in|en)\s+(?:a\s+|an\s+)?([0-9]+|couple(?:\s+of)?|few|a|"
                     r"un|una)\s+(days?|dias?|weeks?|semanas?)(?![\w'])")  # fmt: skip
# "3:30", "3 30 pm" and spoken "three thirty" (quarter and half hours only without am/pm, so
# "at 4 10 main street" is not read as 4:10).
CLOCK = (r"([0-9]{1,2})(?::([0-9]{2})|\s+([0-9]{2})(?=\s*(?:am|pm))|\s+(15|30|45)(?![\w']))?"
         r"\s*(am|pm|oclock)?")  # fmt: skip
# "not before 4" is after 4 and "no later than 3" before 3: the negated forms come first in
# each alternation, and where an "after" and a "before" overlap ("no antes de las 4") the
# longer, earlier match is the one meant.
_NOT_BEFORE = (r"not before|nothing before|no earlier than|not earlier than|"
               r"not any earlier than|not until|no sooner than|"
               # "it can't be before 4", "we can't do anything earlier than 4"
               r"(?:can't|cannot|can not|couldn't|won't|shouldn't) (?:be|do|come|start|make it)"
               r"(?: it| anything| any ?time)? (?:before|earlier than|sooner than)|"
               # "I work till 3:30", "I don't get home until 5": free only after that
               r"(?:i|we) (?:work|get off|am at work|am working|am in class|have class|"
               r"am out|am busy)(?: [a-z']+)? (?:till|until|til)|"
               r"(?:i|we)(?:'m| am|'re| are) (?:at work|working|in class|out|busy|gone|away)"
               r"(?: [a-z']+)? (?:till|until|til)|"
               r"(?:don't|do not|won't|can't) (?:get (?:home|back|off)|be (?:home|back)|leave)"
               r"(?: (?:from )?work)? (?:till|until|til)|"
               r"no antes de(?: las?)?|"
               r"nada antes de(?: las?)?|no hasta(?: las?)?")  # fmt: skip
_NOT_AFTER = (r"not after|nothing after|no later than|not later than|not any later than|"
              r"no despues de(?: las?)?|nada despues de(?: las?)?|"
              r"no mas tarde de(?: las?)?")  # fmt: skip
AFTER = re.compile(rf"(?<![\w'])(?:{_NOT_BEFORE}|after|from|starting(?: at| from)?|"
                   rf"despues de(?: las?)?|a partir de(?: las?)?|desde(?: las?)?)\s+"
                   rf"{CLOCK}(?![\w'])")  # fmt: skip
BEFORE = re.compile(rf"(?<![\w'])(?:{_NOT_AFTER}|before|by|until|till|til|"
                    rf"antes de(?: las?)?|hasta(?: las?)?)\s+{CLOCK}(?![\w'])")  # fmt: skip
# "4 or later", "from 4 on", "las 4 en adelante"; "3 or earlier".
AFTER_TAIL = re.compile(rf"(?<![\w']){CLOCK}\s+(?:(?:or|and) (?:later|after)|"
                        rf"on(?!\s+(?:the\s+|this\s+|next\s+)?(?:{_WD}|[0-9]|tomorrow))|onwards?|"
                        r"en adelante|o (?:mas tarde|despues))(?![\w'])")  # fmt: skip
BEFORE_TAIL = re.compile(rf"(?<![\w']){CLOCK}\s+(?:or (?:earlier|before|sooner)|"
                         r"o (?:antes|mas temprano))(?![\w'])")  # fmt: skip
AT = re.compile(rf"(?<![\w'])(?:(?:at|around|about|a las?|de las|la de las?|the)\s+{CLOCK}|"
                r"([0-9]{1,2})(?::([0-9]{2}))?\s*(am|pm|oclock)|"
                r"([0-9]{1,2}):([0-9]{2})|"
                # "four in the afternoon", "las 8 de la mañana": the part says am or pm
                r"([0-9]{1,2})(?::([0-9]{2}))?(?= (?:in the (?:morning|afternoon|evening)|"
                r"(?:this|tomorrow) (?:morning|afternoon|evening)|tonight|"
                r"de la (?:manana|tarde|noche))))(?![\w'])")  # fmt: skip
# A time offered in place of another ("can we do 11 instead", "make it 2", "how about 3 then"):
# the one the caller wants, whatever other clock times the turn mentions ("swim at nine").
# "Make it the 9", "can we do the one o'clock instead": "the" names the offered time, not a date.
INSTEAD = re.compile(rf"(?<![\w'])(?:(?:(?:can|could) (?:we|you|i) (?:do|make it)|make it|"
                     rf"how about|what about|(?:let's|lets) do|(?:switch|change|move) (?:it )?to|"
                     # "mejor a las 12", "más bien a las 11", "que sea a la una"
                     rf"mejor|mas bien|(?:que )?sea|(?:cambiar|cambie|pasar|pase)(?:lo|la)?)"
                     rf"\s+(?:the\s+|(?:a|para) las?\s+)?{CLOCK}"
                     rf"(?=\s+(?:instead|then|please|on|that day|works)(?![\w'])|\s*$)|"
                     rf"{CLOCK}\s+instead)(?![\w'])")  # fmt: skip
NOON = words(r"noon", r"midday", r"mediodia", r"lunchtime", r"lunch time")
EITHER_HOUR = re.compile(r"(?<![\w':])([0-9]{1,2}) (?:or|o) ([0-9]{1,2})(?: (am|pm|oclock))?"
                         r"(?![\w':])(?! (?:days?|weeks?|months?|hours?|minutes?|of|more|times|"
                         r"people|dias|semanas|horas))")  # fmt: skip
BETWEEN = re.compile(rf"(?<![\w'])(?:between|from|entre(?: las?)?|desde(?: las?)?|de(?: las?)?)\s+"
                     rf"{CLOCK}\s+(?:and|to|till|til|until|y(?: las?)?|a(?: las?)?|hasta(?: las?)?)"
                     rf"\s+{CLOCK}(?![\w'])")  # fmt: skip
PM_HINT = words(r"de la tarde", r"de la noche", r"in the afternoon", r"in the evening")
AM_HINT = words(r"de la manana", r"in the morning")
MORNING = words(
    r"morning",
    r"mornings",
    r"(?:first|1st) thing",
    r"early",
    r"(?<!mas )temprano",
    r"tempranito",
    r"(?:por|en|de) la mananita",
    r"(?:por|en|de) la manana",
    # "tomorrow am", never the verb: "I am", "am I speaking with..."
    r"(?<!i )a\.?m(?! (?:i|we|not|going|calling|looking|speaking|talking)(?![\w']))",
)
AFTERNOON = words(r"afternoon", r"afternoons", r"after lunch", r"(?:por|en|de|esta) la tarde",
                  r"(?:por|en|de|esta) la tardecita",
                  r"esta tarde", r"(?<!mas )tarde")  # fmt: skip
EVENING = words(r"evening", r"evenings", r"tonight", r"after work", r"(?:por|en|de) la noche",
                r"esta noche", r"noche")  # fmt: skip
TOMORROW = re.compile(r"(?<![\w'])(?:tomorrow(?:'s)?|tmrw|tmr|(?<!la )(?<!por la )manana(?! por la "
                      r"manana)|manana(?= por la manana))(?![\w'])")  # fmt: skip
DAY_AFTER = words(r"(?:the )?day after tomorrow", r"pasado manana")
TODAY = words(r"today", r"tonight", r"this (?:morning|afternoon|evening)", r"hoy", r"esta tarde",
              r"esta noche", r"esta manana")  # fmt: skip
# Words that look like times of day but are not a wish: a greeting ("good morning",
# "buenas tardes") and a complaint about an offer ("those are kind of early for me").
NOT_A_TIME = words(r"good (?:morning|afternoon|evening|night)",
                   # "morning, this is Al": a greeting that opens the turn
                   r"^(?:(?:hi|hey|yeah|well|oh) )?(?:morning|afternoon|evening)(?= (?:this is|"
                   r"it's|its|i'm|im|i am|my name|hi|hello|there|y'?all|folks|um|uh)(?![\w']))",
                   r"buen(?:os|as) (?:dias|tardes|noches)",
                   r"(?:too|kind of|kinda|a bit|a little|little|pretty|so|very|really|rather|bit|"
                   r"all) (?:early|late)", r"(?:early|late) for (?:me|us)")  # fmt: skip
WEEK_AFTER_NEXT = words(r"(?:the )?week after next")
NEXT_WEEK = words(r"next week", r"(?:la )?(?:proxima|siguiente) semana", r"la semana que viene",
                  r"la otra semana", r"la semana (?:entrante|proxima)",
                  r"following week")  # fmt: skip
THIS_WEEK = words(r"this week", r"esta semana", r"later this week")
WEEKEND = words(r"(?:this |the |next )?weekend", r"(?:este |el )?fin de semana")
# Monday to Friday only ("any weekday", "entre semana"): Saturday and Sunday are ruled out.
WEEKDAYS_ONLY = words(r"(?:any |a )?week ?days?", r"(?:any day )?during the (?:work ?)?week",
                      r"entre semana", r"(?:un |cualquier )?dias? (?:de|entre) semana",
                      r"(?:monday|mon) (?:to|through|thru|till|until) (?:friday|fri)",
                      r"de lunes a viernes")  # fmt: skip
# Parts of the day narrower than a whole part, as trades callers say them: (part, from, until).
DAY_SPANS: tuple[tuple[re.Pattern[str], PartOfDay, time | None, time | None], ...] = (
    (words(r"end of (?:the )?(?:day|afternoon)", r"late (?:in the )?afternoon",
           r"late in the day", r"(?:al )?final (?:del dia|de la tarde)", r"(?:a )?ultima hora",
           r"tarde en la tarde"), PartOfDay.AFTERNOON, time(15), None),
    (words(r"early (?:in the )?afternoon", r"temprano en la tarde",
           r"(?:a )?primera hora de la tarde"), PartOfDay.AFTERNOON, None, time(15)),
    (words(r"late (?:in the )?morning", r"tarde en la manana", r"a media manana"),
     PartOfDay.MORNING, time(10), None),
    (words(r"early (?:in the )?morning", r"(?:a )?primera hora(?: de la manana)?",
           r"temprano en la manana"), PartOfDay.MORNING, None, time(10)),
    (words(r"before lunch", r"antes de(?: la)? (?:comida|almuerzo|comer|almorzar)",
           r"antes del almuerzo"), PartOfDay.MORNING, None, None),
    (words(r"(?:right )?after lunch", r"(?:despues|luego) de(?: la)? (?:comida|comer|almorzar)",
           r"(?:despues|luego) del almuerzo"), PartOfDay.AFTERNOON, None, None),
)  # fmt: skip
# "After school", "después de que salgan de la escuela", "luego que recoja a los niños de la
# escuela": the afternoon once school is out.
AFTER_SCHOOL = words(
    r"after school",
    r"(?:despues|luego) (?:de )?(?:que )?(?:[a-z]+ ){0,5}"
    r"(?:de |a )?(?:la )?escuela",
    r"(?:salida|salgan|salen) de (?:la )?escuela",
)

# What the caller rules out: "except Friday", "not mornings", "anything but the 22nd",
# "cualquier día menos el viernes", "Fridays don't work", "por la mañana no puedo".
_DAY_WORD = rf"(?:{_WD})(?:s|'s)?"
_PART_WORD = (r"(?:mornings?|afternoons?|evenings?|nights?|(?:la |las )?mananas?|"
              r"(?:la |las )?tardes?|(?:la |las )?noches?)")  # fmt: skip
_ONE_DATE = r"(?:tomorrow|today|manana|hoy|(?:the |el (?:dia )?)?[0-9]{1,2}(?:st|nd|rd|th))"
_ONE_DATE_ES = r"(?:el (?:dia )?[0-9]{1,2})"
_ARTICLES = r"(?:(?:on|in|the|el|los|por|en|this|next|este|a|any)\s+){0,2}"
_RULED_OUT = (r"except(?: for| on)?|excepting|but not|not|(?<=anything )but|(?<=day )but|"
              r"(?<=time )but|other than|besides|apart from|menos|excepto|salvo|que no sea|"
              r"no puedo|can't do|can not do|cannot do|can't make it|can't make|can't come|"
              r"can't|cannot|nothing|ni|"
              # "I work Tuesdays", "trabajo los martes": days the caller is busy
              r"(?<=i )work|(?<=we )work|(?:i'm|im|i am|we're) (?:working|busy)|(?<=i )have work|"
              r"(?<!\w )trabajo|tengo (?:trabajo|clases?|escuela)")  # fmt: skip
_TARGET = rf"({_DAY_WORD}|{_PART_WORD}|{_ONE_DATE_ES}|{_ONE_DATE})"
SKIP_BEFORE = re.compile(rf"(?<![\w'])(?:({_RULED_OUT})|(no))\s+{_ARTICLES}{_TARGET}(?![\w'])")
SKIP_AFTER = re.compile(
    rf"(?<![\w']){_ARTICLES}{_TARGET}\s+(?:(?:is|are|would be|will be)\s+)?(?:(?:not )?"
    r"(?:out|bad|no good|not good|a no|doesn't work|don't work|won't work|does not work|"
    r"do not work|will not work|not going to work)|(?:no|tampoco) (?:me |nos )?(?:sirven?|"
    r"quedan?|funcionan?|conviene|puedo|podemos)|no$)(?![\w'])"
)
_PART_NAMES = {"morning": PartOfDay.MORNING, "manana": PartOfDay.MORNING,
               "afternoon": PartOfDay.AFTERNOON, "tarde": PartOfDay.AFTERNOON,
               "evening": PartOfDay.EVENING, "night": PartOfDay.EVENING,
               "noche": PartOfDay.EVENING}  # fmt: skip

# Relative to the slots on the table: "anything later in the week?", "nothing earlier?",
# "algo más tarde", "the next day". "The later one" picks an offer instead (see slots).
LATER = words(r"(?<!the )(?<!or )(?<!and )later(?! one)", r"(?<!la )(?<!el )mas tarde",
              r"mas adelante", r"after (?:that|those|then)", r"despues de (?:eso|esas?|esos)",
              r"further out")  # fmt: skip
EARLIER = words(r"(?<!the )(?<!or )earlier(?! one)", r"(?<!the )(?<!or )sooner(?! one)",
                r"(?<!la )(?<!el )mas (?:temprano|pronto)", r"before (?:that|those|then)",
                r"antes de (?:eso|esas?|esos)", r"(?:algo|nada) antes")  # fmt: skip
IN_THE_WEEK = words(r"(?:in|of) (?:the|that|this) week", r"this week", r"en (?:la|esa) semana",
                    r"esta semana", r"esa semana")  # fmt: skip
IN_THE_DAY = words(r"(?:in|on) (?:the|that) day", r"that (?:same )?day", r"the same day",
                   r"today", r"ese (?:mismo )?dia", r"en el dia", r"el mismo dia")  # fmt: skip
NEXT_DAY = words(r"(?:the )?(?:next|following) day", r"(?:el )?dia siguiente", r"al otro dia")


def _hour(h: int, minute: int, meridiem: str | None, hint_pm: bool, hint_am: bool) -> time | None:
    if h > 23 or minute > 59 or (h == 0 and meridiem is None):
        return None
    if meridiem == "pm" or (meridiem is None and hint_pm):
        h = h + 12 if h < 12 else h
    elif meridiem == "am" or (meridiem is None and hint_am):
        h = 0 if h == 12 else h
    elif h <= 6:  # trades work days: "after 3" is 3 pm
        h += 12
    return time(h, minute)


CLOCK_GROUPS = 5


def _clock(m: re.Match[str], first: int, norm: Normalised) -> time | None:
    hour, minute, spoken, quarter, meridiem = m.group(*range(first, first + CLOCK_GROUPS))
    if hour is None:
        return None
    mins = int(minute or spoken or quarter or 0)
    return _hour(
        int(hour),
        mins,
        None if meridiem == "oclock" else meridiem,
        PM_HINT.search(norm.text) is not None,
        AM_HINT.search(norm.text) is not None,
    )


def _either_hours(m: re.Match[str], norm: Normalised) -> tuple[time | None, time | None]:
    meridiem = None if m.group(3) == "oclock" else m.group(3)
    pm, am = PM_HINT.search(norm.text) is not None, AM_HINT.search(norm.text) is not None
    first = _hour(int(m.group(1)), 0, meridiem, pm, am)
    second = _hour(int(m.group(2)), 0, meridiem, pm, am)
    if first is None or second is None or second <= first or second.hour == 23:
        return None, None
    return first, time(second.hour + 1)


def _days(date_from: date, count: int) -> tuple[date, date]:
    return date_from, date_from + timedelta(days=count)


def _weekday(m: re.Match[str], today: date) -> tuple[date, float]:
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


def _following(m: re.Match[str], today: date) -> date:
    nearest = today + timedelta(days=(WEEKDAYS[m.group(1)] - today.weekday()) % 7 or 7)
    return nearest + timedelta(days=7)


def _day_of_month(day: int, today: date) -> date | None:
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


def _month_date(m: re.Match[str], now_local: datetime) -> DateRange | None:
    parsed = dateparser.parse(
        m.group(0),
        languages=["en", "es"],
        settings={"PREFER_DATES_FROM": "future", "RELATIVE_BASE": now_local.replace(tzinfo=None)},
    )
    return None if parsed is None else (parsed.date(), parsed.date() + timedelta(days=1), 0.8)


def _weekend(today: date) -> DateRange:
    saturday = today + timedelta(days=(5 - today.weekday()) % 7)
    if today.weekday() == 6:
        saturday = today - timedelta(days=1)
    return saturday, saturday + timedelta(days=2), 0.8


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
            return _one_day(_day_of_month(int(m.group(1)), today), 0.8)
        if int(m.group(1)) in clock_hours or any(a <= m.start() < b for a, b in instead):
            return None
        return _one_day(_day_of_month(int(m.group(1)), today), 0.8)

    def of_next_week(m: re.Match[str]) -> DateRange | None:
        return _one_day(monday + timedelta(days=WEEKDAYS[m.group(1) or m.group(2)]), 0.9)

    rules: list[tuple[re.Pattern[str], Callable[[re.Match[str]], DateRange | None]]] = [
        (DAY_AFTER, lambda m: _one_day(today + timedelta(days=2), 0.95)),
        (TOMORROW, lambda m: _one_day(today + timedelta(days=1), 0.95)),
        (IN_DAYS, lambda m: _in_days(m, today)),
        (MONTH_DATE, lambda m: _month_date(m, now_local)),
        (WEEKDAY_OF_NEXT_WEEK, of_next_week),
        (FOLLOWING_WEEKDAY, lambda m: _one_day(_following(m, today), 0.85)),
        (WEEKDAY, lambda m: _one_day(*_weekday(m, today))),
        (DAY_OF_MONTH, day_of_month),
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


def _dates(
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
    return _bounded_by(norm.text[:position], said, today) or said


# What follows names the day meant: "I meant Friday", "quise decir el jueves".
CORRECTED_TO = words(r"i meant?", r"i mean to say", r"quise decir", r"mas bien", r"digo")


# A date said as a limit, not as the day: "sometime before the 20th", "not before March 3rd",
# "any day after Tuesday", "antes del 20", "a partir del lunes". The phrase must end right
# where the date begins. "Come by Friday" is a visit on Friday, not a deadline.
_DATE_BOUND = re.compile(
    r"(?:(?P<not_before>not before|nothing before|no earlier than|not earlier than|"
    r"no antes(?: del?)?|nada antes(?: del?)?)|"
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


DaySpan = tuple[PartOfDay | None, time | None, time | None]


def _part_of_day(norm: Normalised) -> DaySpan:
    """The part of the day asked for, with the narrower bounds some phrases carry ("end of
    the day" is the afternoon from 3, "early morning" the morning before 10)."""
    text = norm.text
    for pattern, part, start, end in DAY_SPANS:
        if pattern.search(text):
            return part, start, end
    if AFTER_SCHOOL.search(text):
        return None, time(15), None
    if EVENING.search(text):
        return PartOfDay.EVENING, None, None
    if AFTERNOON.search(text):
        return PartOfDay.AFTERNOON, None, None
    if MORNING.search(text):
        return PartOfDay.MORNING, None, None
    return None, None, None


def _within_part(at: time, part: PartOfDay) -> bool:
    start, end = PARTS[part]
    return start <= at < end


def _bounds(norm: Normalised) -> tuple[time | None, time | None]:
    """ "after 3", "not before 4", "4 or later", "no later than 3", "hasta las 5". Where two
    readings overlap ("no antes de las 4" holds "antes de las 4") the one starting first
    wins, then the longer."""
    found: list[tuple[int, int, str, time | None]] = []
    for pattern, side, first in ((AFTER, "after", 1), (AFTER_TAIL, "after", 1),
                                 (BEFORE, "before", 1), (BEFORE_TAIL, "before", 1)):  # fmt: skip
        for m in pattern.finditer(norm.text):
            found.append((m.start(), -m.end(), side, _clock(m, first, norm)))
    start = end = None
    taken_until = -1
    for begin, neg_end, side, at in sorted(found, key=lambda f: (f[0], f[1])):
        if begin < taken_until or at is None:
            continue
        taken_until = -neg_end
        # Every bound said holds ("I work till 3:30, so not before 4"): the latest "after"
        # and the earliest "before".
        if side == "after":
            start = at if start is None else max(start, at)
        else:
            end = at if end is None else min(end, at)
    return start, end


def _clock_bounds(norm: Normalised) -> tuple[time | None, time | None, bool]:
    start = end = None
    exact = False
    if m := BETWEEN.search(norm.text):
        start, end = _clock(m, 1, norm), _clock(m, 1 + CLOCK_GROUPS, norm)
        if start and end and end <= start and end.hour < 12:
            end = time(end.hour + 12, end.minute)
        if start and end and end > start:
            return start, end, False
        start = end = None
    start, end = _bounds(norm)
    if start is None and end is None:
        at = find_clock(norm)
        if at is not None:
            start, exact = at, True
            end = time(min(at.hour + 1, 23), at.minute)
    return start, end, exact


Skips = tuple[tuple[int, ...], tuple[date, ...], tuple[PartOfDay, ...]]


def _ruled_out(norm: Normalised, today: date) -> tuple[Skips, str]:
    """Weekdays, dates and parts of the day the caller ruled out, and the text without those
    phrases (so "except Friday" is never read as a wish for Friday). Read clause by clause:
    "no, Friday" is a correction, not "not Friday"."""
    weekdays: set[int] = set()
    dates: set[date] = set()
    parts: set[PartOfDay] = set()
    kept: list[str] = []
    starts = sorted({0, *norm.breaks, len(norm.tokens)})
    for lo, hi in pairwise(starts):
        clause = " ".join(norm.tokens[lo:hi])
        for pattern in (SKIP_BEFORE, SKIP_AFTER):
            for m in reversed(list(pattern.finditer(clause))):
                bare_no = pattern is SKIP_BEFORE and m.group(2) is not None
                if _rule_out(m.group(pattern.groups), m.group(0), bare_no, today,
                             weekdays, dates, parts):  # fmt: skip
                    clause = clause[: m.start()] + " " + clause[m.end() :]
        kept.append(" ".join(clause.split()))
    if WEEKDAYS_ONLY.search(norm.text):
        weekdays |= {5, 6}
    skips = (tuple(sorted(weekdays)), tuple(sorted(dates)), tuple(sorted(parts)))
    return skips, " ".join(k for k in kept if k)


def _rule_out(
    target: str,
    phrase: str,
    bare_no: bool,
    today: date,
    weekdays: set[int],
    dates: set[date],
    parts: set[PartOfDay],
) -> bool:
    words_ = target.split()
    head = words_[-1]
    singular = re.sub(r"(?:'s|s)$", "", head)
    if head in WEEKDAYS or singular in WEEKDAYS:
        if bare_no and head in WEEKDAYS:  # "no Friday" is as often "no, Friday" as "not Friday"
            return False
        weekdays.add(WEEKDAYS[head] if head in WEEKDAYS else WEEKDAYS[singular])
        return True
    if singular in _PART_NAMES and not (singular == "manana" and _is_tomorrow(target, phrase)):
        parts.add(_PART_NAMES[singular])
        return True
    if bare_no:
        return False
    if head in {"tomorrow", "manana"}:
        dates.add(today + timedelta(days=1))
        return True
    if head in {"today", "hoy"}:
        dates.add(today)
        return True
    if (n := re.match(r"[0-9]{1,2}", head)) and (day := _day_of_month(int(n.group()), today)):
        dates.add(day)
        return True
    return False


def _is_tomorrow(target: str, phrase: str) -> bool:
    """Bare "mañana" is tomorrow; "la mañana", "por la mañana" and "mañanas" the morning."""
    return target == "manana" and not re.search(r"(?:la|por|en) manana", phrase)


def _relative(norm: Normalised, context: Context, tz: ZoneInfo, now_local: datetime
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


_STREET_AHEAD = re.compile(
    rf"^(?: (?:n|s|e|w|north|south|east|west)(?![\w'])|"
    rf"(?: [a-z0-9']+){{0,3}} (?:{SUFFIXES})(?![\w']))"
)
_PLACE_BEHIND = re.compile(r"(?:i'm|we're|we are|i am|live|living|located|address is|house is)$")


_COUNT_AHEAD = re.compile(
    r"^ (?:of|out of|years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|times|"
    r"people|kids|degrees|feet|foot|inches|gallons?|anos|meses|semanas|dias|horas|minutos|"
    r"grados)(?![\w'])"
)
# "It's been off since about 2 am", "started at 6 this morning": what happened, not a wish.
_PAST_BEHIND = re.compile(
    r"(?:since|ago|started|began|happened|went off|quit|stopped|died|desde hace)"
    r"(?: (?:about|around|like|maybe))?(?: at)?$"
)


def _is_place(m: re.Match[str], text: str) -> bool:
    """ "at 12 Oak St", "I'm at 12 Oak": a house number, not a clock time; "at one of our
    units", "about 4 years": a count; "since about 2 am": the past, not a wish."""
    before, after = text[: m.start()].strip(), text[m.end() :]
    if _PAST_BEHIND.search(before):
        return True
    if re.search(r"(?:am|pm|oclock)$", m.group(0)):
        return False
    return bool(
        _STREET_AHEAD.match(after) or _COUNT_AHEAD.match(after) or _PLACE_BEHIND.search(before)
    )


# "Eleven on Saturday", "nine on the 21st": an hour tied to a day is a clock time.
HOUR_ON_DAY = re.compile(
    rf"(?<![\w':])([0-9]{{1,2}})(?::([0-5][0-9]))?\s+on\s+(?:the\s+|this\s+|next\s+)?"
    rf"(?:{_WD}|[0-9]{{1,2}}(?:st|nd|rd|th)(?![\w'])|tomorrow)"
)


def find_clock(norm: Normalised) -> time | None:
    """The first clock time said ("at 3:30", "the 2pm", "a las tres"), skipping house numbers;
    a time said in place of another first ("can we do 11 instead")."""
    if (m := INSTEAD.search(norm.text)) is not None:
        at = _clock(m, 1, norm) or _clock(m, 1 + CLOCK_GROUPS, norm)
        if at is not None:
            return at
    for m in AT.finditer(norm.text):
        if not _is_place(m, norm.text) and (at := at_time(m, norm)) is not None:
            return at
    if on_day := HOUR_ON_DAY.search(norm.text):
        pm, am = PM_HINT.search(norm.text) is not None, AM_HINT.search(norm.text) is not None
        return _hour(int(on_day.group(1)), int(on_day.group(2) or 0), None, pm, am)
    return None


def at_time(m: re.Match[str], norm: Normalised) -> time | None:
    """The clock time of an `AT` match ("at 3:30", "the 2pm", "a las tres")."""
    if m.group(1):
        return _clock(m, 1, norm)
    short = 1 + CLOCK_GROUPS
    hour, minute, meridiem = m.group(short, short + 1, short + 2)
    if hour is None:  # a bare "5:30"
        hour, minute = m.group(short + 3, short + 4)
    if hour is None:  # "4 in the afternoon"
        hour, minute = m.group(short + 5, short + 6)
    return _hour(
        int(hour),
        int(minute or 0),
        None if meridiem == "oclock" else meridiem,
        PM_HINT.search(norm.text) is not None,
        AM_HINT.search(norm.text) is not None,
    )


# Minutes said the Spanish way: "las 4 y media" is 4:30, "las 10 y cuarto" 10:15, "las 5
# menos cuarto" 4:45 (written as the clock the rest of this module reads: "4 30").
SPANISH_MINUTES = re.compile(r"(?<![\w':])([0-9]{1,2}) (y media|y cuarto|menos cuarto)(?![\w'])")


def _spanish_minutes(m: re.Match[str]) -> str:
    hour = int(m.group(1))
    if m.group(2) == "menos cuarto":
        return f"{hour - 1 if hour > 1 else 12} 45"
    return f"{hour} {'30' if m.group(2) == 'y media' else '15'}"


def parse_time(norm: Normalised, context: Context) -> Extracted[TimeWindow] | None:
    tz = ZoneInfo(context.timezone)
    now_local = context.now.astimezone(tz)
    today = now_local.date()
    # Clause by clause on the tokens, before any rewriting of the text.
    (skip_weekdays, skip_dates, skip_parts), kept = _ruled_out(norm, today)
    norm = replace(norm, text=kept)
    if NOT_A_TIME.search(norm.text):
        norm = replace(norm, text=" ".join(NOT_A_TIME.sub(" ", norm.text).split()))
    if NOON.search(norm.text):
        norm = replace(norm, text=NOON.sub("12 pm", norm.text))
    if SPANISH_MINUTES.search(norm.text):
        norm = replace(norm, text=SPANISH_MINUTES.sub(_spanish_minutes, norm.text))
    relative = _relative(norm, context, tz, now_local)
    about_days = relative is not None and bool(
        IN_THE_WEEK.search(norm.text) or NEXT_DAY.search(norm.text)
    )
    if relative is not None:
        # "later"/"más tarde" are not the afternoon, nor "this week" a new range.
        for pattern in (LATER, EARLIER, NEXT_DAY, IN_THE_WEEK):
            norm = replace(norm, text=" ".join(pattern.sub(" ", norm.text).split()))
    asap = ASAP.search(norm.text) is not None
    any_day = ANY_DAY.search(norm.text) is not None or (
        not context.offered_slots and OPENINGS.search(norm.text) is not None
    )
    any_time = any_day or ANY_HOUR.search(norm.text) is not None
    skips: dict[str, Any] = {
        "skip_weekdays": skip_weekdays,
        "skip_dates": skip_dates,
        "skip_parts": skip_parts,
    }
    clock_hours = frozenset(s.astimezone(tz).hour % 12 or 12 for s in context.offered_slots)
    dates = _dates(norm, today, now_local, clock_hours)
    part, span_start, span_end = _part_of_day(norm)
    start_t, end_t, exact = _clock_bounds(norm)
    if exact and start_t is not None and part is not None and not _within_part(start_t, part):
        later = time(start_t.hour + 12, start_t.minute) if start_t.hour < 12 else None
        if later is not None and _within_part(later, part):
            start_t, end_t = later, time(min(later.hour + 1, 23), later.minute)  # "tonight at 7"
        else:
            # "I have the dentist Wednesday morning, can we do the 1 o'clock": the part of the
            # day is why the other time fails; the clock time said is the wish.
            part, span_start, span_end = None, None, None
    if start_t is None and end_t is None and (span_start or span_end):
        start_t, end_t = span_start, span_end
    talking_times = context.days_in_view is not None or context.expecting is Expecting.TIME
    # "like four or five" while times are being discussed: from the first to the second.
    either = EITHER_HOUR.search(norm.text) if start_t is None and end_t is None else None
    if either and (talking_times or either.group(3)):
        start_t, end_t = _either_hours(either, norm)
    # A clock range said as a bound ("after 3", "between 9 and 11") holds on every day.
    # So does a clock time said for several days ("around noon any day next week").
    several_days = dates is not None and dates[1] - dates[0] > timedelta(days=1)
    daily = (start_t, end_t) if not exact or several_days else (None, None)
    if relative is not None and (start_t or end_t) and not about_days:
        relative = None  # "anything later, like four or five?": the hours say how much later
    if relative is not None:
        window = TimeWindow(relative[0], relative[1], part_of_day=part, after=daily[0],
                            before=daily[1], any_time=any_time, **skips)  # fmt: skip
        return Extracted(window, 0.75)
    if dates is None and part is None and start_t is None and end_t is None:
        if THAT_DAY.search(norm.text) and context.days_in_view is not None:
            # "Any time that day" about the slots on the table: their days, any hour.
            first_day, last_day_in_view = context.days_in_view
            earliest = max(now_local, datetime.combine(first_day, time(0), tzinfo=tz))
            latest = datetime.combine(last_day_in_view + timedelta(days=1), time(0), tzinfo=tz)
            return Extracted(TimeWindow(earliest, latest, any_time=True, **skips), 0.8)
        if asap or any_time or skip_weekdays or skip_dates or skip_parts:
            # "Whenever", "as soon as you can" and "any weekday except Friday" open the
            # window from now; "any time" or "not mornings" alone leave the day as it was.
            dated = asap or any_day or WEEKDAYS_ONLY.search(norm.text) is not None
            window = TimeWindow(now_local, None, asap=asap, any_time=any_time, dated=dated,
                                **skips)  # fmt: skip
            return Extracted(window, 0.9)
        return None
    if part is not None and start_t is None and end_t is None:
        start_t, end_t = PARTS[part]
    dated = dates is not None
    if dates is None and (any_day or WEEKDAYS_ONLY.search(norm.text)):
        # "Any weekday after 3", "whenever, as long as it's after 3": from now on.
        window = TimeWindow(now_local, None, part_of_day=part, any_time=any_time,
                            after=start_t, before=end_t, **skips)  # fmt: skip
        return Extracted(window, 0.85)
    if dates is None and context.days_in_view is not None:
        # "Anything after three?" about Wednesday's openings means Wednesday after three.
        first_day, last_day_in_view = context.days_in_view
        dates = (first_day, last_day_in_view + timedelta(days=1), 0.75)
        dated = True
    first, last, confidence = dates if dates else (today, today + timedelta(days=1), 0.8)
    earliest = datetime.combine(first, start_t or time(0), tzinfo=tz)
    last_day = last - timedelta(days=1) if end_t is not None else last
    latest = datetime.combine(last_day, end_t or time(0), tzinfo=tz)
    if dates is None and latest - max(earliest, now_local) < timedelta(hours=1):
        # "after 3" said at 4 pm, or "after 2" said at 23:30: the caller means the next day.
        earliest = datetime.combine(first + timedelta(days=1), earliest.time(), tzinfo=tz)
        latest = datetime.combine(last_day + timedelta(days=1), latest.time(), tzinfo=tz)
    if earliest < now_local < latest:
        earliest = now_local
    window = TimeWindow(earliest, latest, part_of_day=part, asap=asap, any_time=any_time,
                        exact=exact, after=daily[0], before=daily[1], dated=dated,
                        **skips)  # fmt: skip
    return Extracted(window, confidence)
