"""Clock times as callers say them: "at 3:30", "the 2pm", "a las tres", "after 3", "no later
than 5", "between 9 and 11", "4 or later", "can we do 11 instead", "las 4 y media". A house
number ("at 12 Oak St"), a count ("about 4 years") or the past ("since about 2 am") is not a
time; an hour without am/pm is read as a trades working day has it ("after 3" is 3 pm)."""

from __future__ import annotations

import re
from datetime import time

from switchboard.assistant.understanding.address_words import SUFFIXES
from switchboard.assistant.understanding.hours_after_days import hour_after_day
from switchboard.assistant.understanding.months import ENDS_WITH_MONTH, MONTHS
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words
from switchboard.assistant.understanding.quantities import UNIT, UNIT_AHEAD, unit_follows
from switchboard.assistant.understanding.routine_times import told_as_routine
from switchboard.assistant.understanding.weekdays import WEEKDAY_NAMES

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
               r"(?:i|we)(?:'m| am|'re| are) (?:(?:stuck )?at work|working|in class|out|busy|gone|"
               r"away|stuck|tied up)"
               r"(?: [a-z']+)? (?:till|until|til)|"
               r"(?:don't|do not|won't|can't) (?:get (?:home|back|off)|be (?:home|back)|leave)"
               r"(?: (?:from )?work)? (?:till|until|til)|"
               # "my shift doesn't end till 4", "work doesn't let out until 5", "school goes
               # till 3": the caller is free after it
               r"(?:(?:my|our|the|his|her) )?(?:shift|work|job|class|classes|school|work ?day)"
               r" (?:(?:doesn't|does not|don't|won't|will not|isn't|is not) (?:end|finish|get "
               r"out|let out|wrap up|be over|over)|(?:goes|runs|lasts)) (?:till|until|til)|"
               r"no antes de(?: las?)?|"
               r"nada antes de(?: las?)?|no hasta(?: las?)?|"
               # "trabajo hasta las 4", "no estoy en casa hasta las 5"
               r"(?:trabajo|trabajamos|estoy trabajando|estamos trabajando|no estoy|no estamos|"
               r"no llego|no llegamos|no regreso|no regresamos)(?: [a-z]+){0,2} "
               r"hasta(?: las?)?")  # fmt: skip
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
                        rf"on(?!\s+(?:the\s+|this\s+|next\s+)?(?:{WEEKDAY_NAMES}|[0-9]|tomorrow))|onwards?|"
                        r"en adelante|o (?:mas tarde|despues))(?![\w'])")  # fmt: skip
BEFORE_TAIL = re.compile(rf"(?<![\w']){CLOCK}\s+(?:or (?:earlier|before|sooner)|"
                         r"o (?:antes|mas temprano))(?![\w'])")  # fmt: skip
# The caller's own day said with its hour: the visit fits around it. "We open at 10", "before
# we open at eleven", "I leave for work at 8", "entro a trabajar a las 9": done before then;
# "I get home at 5", "I'm off at 4", "salgo del trabajo a las 4", "llego a las 6": after then.
_AT_HOUR = r"(?:at|by|around|about|a las?|como a las?)\s+"
# Whoever must be there: the caller, or the one who lets the technician in ("she leaves for
# work at 8:30", "my husband gets home at 5"). Never the children: "after the kids leave at
# 4" at a daycare is when the visit may start, not when it must end.
_WE = (r"(?:i|we|i've|we've|they|she|he|the (?:shop|store|salon|restaurant|office|business|"
       r"place|tenants?)|(?:my|our) (?:wife|husband|partner|tenants?|mom|mother|dad|father|"
       r"roommate|nanny|sitter))")  # fmt: skip
EVENT_BEFORE = re.compile(
    rf"(?<![\w'])(?:{_WE}(?: (?:usually|normally|always|have to|need to|got to|gotta|must))?"
    r" (?:open|opens|leave|leaves|head out|go to work|start work|start my shift|clock in|"
    r"be at work|get to work|be at the (?:office|shop|job|site)|leave for work|"
    r"head to work)(?: for work| in the morning)?|"
    r"(?:my|our) (?:shift|work day|workday|job|class) (?:starts|begins)|"
    r"(?:work|school|class) (?:starts|begins)|"
    r"(?:abrimos|abro|abre|abren|entro|entramos|entra)(?: a (?:trabajar|la chamba))?|"
    r"(?:salgo|salimos) (?:a trabajar|para el trabajo|de (?:la )?casa)|"
    r"(?:tengo|tenemos) que (?:estar en el trabajo|salir|irme|entrar|estar alla))\s+"
    rf"{_AT_HOUR}{CLOCK}(?![\w'])"
)
EVENT_AFTER = re.compile(
    rf"(?<![\w'])(?:{_WE}(?:'m|'re| am| are)? (?:get|gets|am|'m|are|'re)? ?(?:home|back|off|"
    r"off work|home from work|back from work|out of work)|"
    r"(?:salgo|salimos) (?:del|de) (?:trabajo|trabajar|la chamba)|"
    r"(?:llego|llegamos|regreso|regresamos)(?: (?:a (?:la )?casa|del trabajo))?)\s+"
    rf"{_AT_HOUR}{CLOCK}(?![\w'])"
)
AT = re.compile(rf"(?<![\w'])(?:(?:at|around|about|a las?|de las|la de las?|the)\s+{CLOCK}|"
                r"([0-9]{1,2})(?::([0-9]{2}))?\s*(am|pm|oclock)|"
                r"([0-9]{1,2}):([0-9]{2})|"
                # "four in the afternoon", "las 8 de la mañana": the part says am or pm
                # ("ten in morning": the article is left out by callers still learning English)
                r"([0-9]{1,2})(?::([0-9]{2}))?(?= (?:in (?:the )?(?:morning|afternoon|evening)|"
                r"(?:this|tomorrow) (?:morning|afternoon|evening)|tonight|"
                r"de la (?:manana|tarde|noche)|"
                # "eleven today", "10 tomorrow works", "las 11 hoy": the day names the hour
                r"(?:today|tomorrow|tmrw|hoy|manana)(?![\w'])(?! (?:por|de|en) la))))"
                r"(?![\w'])")  # fmt: skip
# A time offered in place of another ("can we do 11 instead", "make it 2", "how about 3 then"):
# the one the caller wants, whatever other clock times the turn mentions ("swim at nine").
# "Make it the 9", "can we do the one o'clock instead": "the" names the offered time, not a date.
INSTEAD = re.compile(rf"(?<![\w'])(?:(?:(?:can|could) (?:we|you|i) (?:do|make it)|make it|"
                     # "I drop him at school at 8. Anything around 10?": the hour asked for
                     rf"(?:anything|something|got anything|algo)(?: (?:around|at|about|like|"
                     rf"closer to|near|como a las?|a las?|tipo))?|"
                     rf"how about|what about|(?:let's|lets) (?:do|say)|"
                     rf"(?:switch|change|move) (?:it )?to|"
                     # "mejor a las 12", "más bien a las 11", "que sea a la una"
                     rf"mejor|mas bien|(?:que )?sea|(?:cambiar|cambie|pasar|pase)(?:lo|la)?)"
                     rf"\s+(?:the\s+|(?:a|para) las?\s+)?{CLOCK}"
                     # "can we do one o'clock wednesday instead": the day may come between
                     rf"(?=(?:\s+(?:on\s+)?(?:{WEEKDAY_NAMES}|today|tomorrow))?"
                     rf"\s+(?:instead|then|please|on|that day|works|sorry|"
                     # "make it 10, I forgot I have the dentist at 8": the why comes after
                     rf"i|i'm|i've|we|we're|because|since|cause|as|tengo|porque|es que)"
                     rf"(?![\w'])|\s*$)|"
                     # "11 instead", "actually 2 is better", "4 would work better"
                     # ("option 2 is better" is an offer's number, not a clock time)
                     rf"(?<!option )(?<!number )(?<!the )"
                     rf"{CLOCK}\s+(?:instead|(?:is|works|would be|would work|sounds)\s+better))"
                     rf"(?![\w'])")  # fmt: skip
# "Medio día" written apart is noon after "a"/"al" ("el martes a medio día"); alone it is
# half a day ("tarda medio día", "trabajo medio día").
NOON = words(
    r"noon",
    r"mid ?day",
    r"mediodia",
    r"(?<=(?<![\w'])a )medio dia",
    r"(?<=(?<![\w'])al )medio dia",
    r"lunchtime",
    r"lunch time",
)
# ("10 u 11": the texting fold reads Spanish "u" as "you".)
EITHER_HOUR = re.compile(r"(?<![\w':])([0-9]{1,2}) (?:or|o|u|you) ([0-9]{1,2})(?: (am|pm|oclock))?"
                         rf"(?![\w':])(?! {UNIT}(?![\w']))"
                         # "el 3 o 4 de diciembre", "the 3 or 4 of May": days of a month
                         rf"(?! (?:de |of )?(?:{MONTHS})(?![\w']))")  # fmt: skip
BETWEEN = re.compile(rf"(?<![\w'])(?:between|from|entre(?: las?)?|desde(?: las?)?|de(?: las?)?)\s+"
                     rf"{CLOCK}\s+(?:and|to|till|til|until|y(?: las?)?|a(?: las?)?|hasta(?: las?)?)"
                     rf"\s+{CLOCK}(?![\w'])")  # fmt: skip
# "thurs 12 to 1", "tomorrow 9 to 11": a run of hours said right after its day.
DAY_RANGE = re.compile(rf"(?<![\w'])(?:{WEEKDAY_NAMES}|today|tomorrow|tonight)(?:s|'s)?\s+"
                       rf"{CLOCK}\s+(?:to|till|til|until|through)\s+{CLOCK}(?![\w'])")  # fmt: skip
PM_HINT = words(r"de la tarde", r"de la noche", r"in (?:the )?afternoon", r"in (?:the )?evening")
AM_HINT = words(r"de la manana", r"in (?:the )?morning")
# "Mornings are better, I nap in the afternoon, can he come at nine": the afternoon is the
# reason, the morning the wish; nine stays nine in the morning.
_MORNINGS_PREFERRED = words(
    r"(?:the )?mornings? (?:are|is|would be|works?|'s) (?:better|best|good|great|easier|ideal)",
    r"prefer(?: the)? mornings?",
    r"(?:mornings?|a\.?m\.?) (?:only|preferably|preferred)",
    r"(?:las |en las |por las )?mananas? (?:son|es|seria|serian) mejor(?:es)?",
)


def hints(text: str) -> tuple[bool, bool]:
    """Whether the turn puts its bare hours in the afternoon or evening, or in the morning."""
    pm = PM_HINT.search(text) is not None and _MORNINGS_PREFERRED.search(text) is None
    return pm, AM_HINT.search(text) is not None


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
        *hints(norm.text),
    )


# "Anything around 10 or 11?", "how about 2 or 3", "algo como a las 10 u 11": two hours
# asked for, whatever other clock times the turn tells of ("I drop my son at school at 8").
_ASKS_EITHER = re.compile(r"(?<![\w'])(?:around|about|like|closer to|near|maybe|say|how about|"
                          r"what about|anything|something|como a las?|tipo|a eso de las?|"
                          r"algo)\s*$")  # fmt: skip


# "3 or 4 in the afternoon", "3 or 4 pm", "las 3 o 4 de la tarde": either hour of that part.
_PART_AHEAD = re.compile(r"^ (?:in (?:the )?(?:morning|afternoon|evening)|"
                         r"de la (?:manana|tarde|noche)|"
                         r"this (?:morning|afternoon|evening))(?![\w'])")  # fmt: skip


def _asked_either(norm: Normalised) -> tuple[time, time] | None:
    for m in EITHER_HOUR.finditer(norm.text):
        before = norm.text[: m.start()]
        asked = (
            _ASKS_EITHER.search(before)
            or m.group(3) in ("am", "pm")
            or _PART_AHEAD.match(norm.text[m.end() :])
        )
        if asked and not ENDS_WITH_MONTH.search(before):
            start, end = either_hours(m, norm)
            if start is not None and end is not None:
                return start, end
    return None


def either_hours(m: re.Match[str], norm: Normalised) -> tuple[time | None, time | None]:
    """An `EITHER_HOUR` match ("4 or 5") as a range from the first hour to the end of the
    second; none when the second is not later."""
    meridiem = None if m.group(3) == "oclock" else m.group(3)
    pm, am = hints(norm.text)
    first = _hour(int(m.group(1)), 0, meridiem, pm, am)
    second = _hour(int(m.group(2)), 0, meridiem, pm, am)
    if first is None or second is None or second <= first or second.hour == 23:
        return None, None
    return first, time(second.hour + 1)


# A street after the number, also past the rest of a house number said digit by digit ("at
# one two two zero five west 119th street" is 12205 West 119th Street, never 1 o'clock).
_STREET_AHEAD = re.compile(
    rf"^(?: [0-9](?![\w':]))*(?: (?:n|s|e|w|north|south|east|west)(?![\w'])|"
    rf"(?: [a-z0-9']+){{0,3}} (?:{SUFFIXES})(?![\w']))"
)
_PLACE_BEHIND = re.compile(r"(?:i'm|we're|we are|i am|live|living|located|address is|house is)$")


# "It's been off since about 2 am", "started at 6 this morning": what happened, not a wish.
_PAST_BEHIND = re.compile(
    r"(?:since|ago|started|began|happened|went off|quit|stopped|died|desde hace)"
    r"(?: (?:about|around|like|maybe))?(?: at)?$"
)


# "Eleven today", "maybe 10 tomorrow": an hour before its day only at the start of a clause
# or after words that lead to an hour.
_DAY_AHEAD = re.compile(r"\s+(?:today|tomorrow|tmrw|hoy|manana)(?![\w'])")
_LEADS_TO_HOUR = re.compile(
    r"(?:^|[.,;!?]|(?<![\w'])(?:at|around|about|say|maybe|like|or|how about|what about|"
    r"can you do|could you do|can we do|las?|a las?|tipo|como a las?|ok|okay|yes|yeah|si|"
    r"no|actually|then|um|uh|so|well|oh|sure))\s*$"
)


# "We've been in the house around 10": how long, not an hour ("llevamos como 10" is no
# clock time to begin with).
_DURATION_BEHIND = re.compile(
    r"(?:'ve|have|has|had|'s) (?:been|lived|had|owned)(?: [a-z']+){0,5}(?: for)?$"
)
_WISH_AHEAD = re.compile(
    r"^ (?:would|works?|is|sounds|ok|okay|please|then|if|today|tomorrow|"
    r"am|pm|on|in the|seria|esta bien|me sirve|hoy|manana)(?![\w'])"
)
# "About 2 or 3 years", "around 4 to 6 feet": a range of a quantity.
_RANGE_AHEAD = re.compile(r"^ (?:or|to|o|u|a|y|through) [0-9]{1,2}(?![\w':])")
# "About 4 smoke detectors", "around 10 of them", "like 3 big trees": things counted after an
# approximate number (never "around 4 works", "about 3 this afternoon").
_APPROX = re.compile(r"(?:about|around|like|maybe)\s+[0-9]")
_NOT_COUNTED = frozenset(
    ("works", "sounds", "thanks", "this", "is", "was", "always", "unless", "please", "plus",
     "yes", "its", "has", "does", "as", "us", "mornings", "afternoons", "evenings", "nights",
     "weekends", "days", "tuesdays", "thursdays")
)  # fmt: skip


def _counted(m: re.Match[str], after: str) -> bool:
    if not _APPROX.match(m.group(0)) or re.search(r"(?:am|pm|oclock)$", m.group(0)):
        return False
    ahead = re.match(r"^(?: ([a-z']+))?(?: ([a-z']+))?", after)
    assert ahead is not None
    nouns = [w for w in ahead.groups() if w]
    for word in nouns:
        if word in _NOT_COUNTED or len(word) < 4:
            return False
        if word.endswith("s") and not word.endswith("ss"):
            return True
    return False


def _is_place(m: re.Match[str], text: str) -> bool:
    """ "at 12 Oak St", "I'm at 12 Oak": a house number, not a clock time; "at one of our
    units", "about 4 years", "about 2 or 3 years", "about 4 smoke detectors": a count; "since
    about 2 am", "we've been here around 10": the past or how long, not a wish."""
    before, after = text[: m.start()].strip(), text[m.end() :]
    # "at 4 tomorrow", "around 3 tomorrow": a word that leads to an hour says it is one.
    bare = m.group(0)[:1].isdigit()
    if _PAST_BEHIND.search(before) or told_as_routine(before):
        return True
    if (
        _DURATION_BEHIND.search(before)
        and re.match(r"(?:about|around|like|maybe)\s", m.group(0))
        and not _WISH_AHEAD.match(after)
    ):
        return True
    if (r := _RANGE_AHEAD.match(after)) and UNIT_AHEAD.match(after[r.end() :]):
        return True
    if _counted(m, after):
        return True
    if re.search(r"(?:am|pm|oclock)$", m.group(0)):
        return False
    if _DAY_AHEAD.match(after) and not _LEADS_TO_HOUR.search(" " + before) and bare:
        return True  # "unit 4 tomorrow", "we have 2 today": a count or a number, not the hour
    return bool(
        _STREET_AHEAD.match(after) or UNIT_AHEAD.match(after) or _PLACE_BEHIND.search(before)
    )


# "Eleven on Saturday", "nine on the 21st": an hour tied to a day is a clock time.
HOUR_ON_DAY = re.compile(
    rf"(?<![\w':])([0-9]{{1,2}})(?::([0-5][0-9]))?\s+on\s+(?:the\s+|this\s+|next\s+)?"
    rf"(?:{WEEKDAY_NAMES}|[0-9]{{1,2}}(?:st|nd|rd|th)(?![\w'])|tomorrow)"
)


def _day_then_hour(norm: Normalised) -> time | None:
    """An hour said right after its day or part of the day ("fri 10 works", "thursday
    afternoon like two"; `hours_after_days`)."""
    if (said := hour_after_day(norm)) is None:
        return None
    pm, am = hints(norm.text)
    return _hour(said[0], said[1], None, pm, am)


# An hour that is the whole answer ("3", "how about 3?", "maybe 10 then"): a clock time
# when times are on the table (see `parse_time`), whether or not one of them is at it.
HOUR_ALONE = re.compile(
    # ("yeah four works": agreed to as it is said)
    r"(?:(?:yeah|yes|yep|ok|okay|sure|um|uh|si|bueno) )?"
    r"(?:(?:how about|what about|maybe|or|at|around|like|can you do|could you do|could we do|"
    r"can we do|a las|y a las) )?(1[0-2]|[1-9])(?: (?:then|instead|please|maybe|works|is fine))?"
)


def hour_alone(norm: Normalised) -> time | None:
    """The hour of an answer that is only an hour (`HOUR_ALONE`)."""
    if (m := HOUR_ALONE.fullmatch(norm.text)) is None:
        return None
    pm, am = hints(norm.text)
    return _hour(int(m.group(1)), 0, None, pm, am)


# "Could you do the 5th? Late morning, 11?", "Tuesday afternoon, 2?": an hour said alone as the
# last clause, after its day or part of the day, is the hour asked for.
_DAY_OR_PART = re.compile(
    rf"(?<![\w'])(?:{WEEKDAY_NAMES}|today|tomorrow|hoy|morning|afternoon|evening|manana|tarde|"
    r"[0-9]{1,2}(?:st|nd|rd|th))(?![\w'])"
)


def _hour_closing(norm: Normalised) -> time | None:
    if not norm.breaks or (last := max(norm.breaks)) >= len(norm.tokens):
        return None
    clause = " ".join(norm.tokens[last:])
    if (m := HOUR_ALONE.fullmatch(clause)) is None:
        return None
    if not _DAY_OR_PART.search(" ".join(norm.tokens[:last])):
        return None
    pm, am = hints(norm.text)
    return _hour(int(m.group(1)), 0, None, pm, am)


# "Can we do one instead": "one" stays a word in the text ("the second one"); said as the time
# put in place of another, it is one o'clock.
# ("the other one instead", "that one instead" pick an offer).
_ONE_INSTEAD = re.compile(
    r"(?<![\w'])(?<!the )(?<!other )(?<!that )(?<!this )(?<!another )(?<!different )"
    r"(?<!earlier )(?<!later )(?<!first )(?<!second )(?<!last )one(?= (?:instead|o'?clock|"
    r"oclock|pm)(?![\w']))"
)


def find_clock(norm: Normalised, taken: tuple[tuple[int, int], ...] = ()) -> time | None:
    """The first clock time said ("at 3:30", "the 2pm", "a las tres"), skipping house numbers
    and the hours inside `taken` (bounds already read); a time said in place of another first
    ("can we do 11 instead")."""
    if (m := INSTEAD.search(_ONE_INSTEAD.sub("1", norm.text))) is not None:
        at = _clock(m, 1, norm) or _clock(m, 1 + CLOCK_GROUPS, norm)
        if at is not None:
            return at
    for m in AT.finditer(norm.text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if not _is_place(m, norm.text) and (at := at_time(m, norm)) is not None:
            return at
    if on_day := HOUR_ON_DAY.search(norm.text):
        pm, am = hints(norm.text)
        return _hour(int(on_day.group(1)), int(on_day.group(2) or 0), None, pm, am)
    return _day_then_hour(norm) or _hour_closing(norm)


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
        *hints(norm.text),
    )


# Minutes said the Spanish way: "las 4 y media" is 4:30, "las 10 y cuarto" 10:15, "las 5
# menos cuarto" 4:45 (written as the clock the rest of this module reads: "4 30").
SPANISH_MINUTES = re.compile(r"(?<![\w':])([0-9]{1,2}) (y media|y cuarto|menos cuarto)(?![\w'])")


def spanish_minutes_as_clock(m: re.Match[str]) -> str:
    """A `SPANISH_MINUTES` match written as the clock `CLOCK` reads ("las 4 y media": "4 30")."""
    hour = int(m.group(1))
    if m.group(2) == "menos cuarto":
        return f"{hour - 1 if hour > 1 else 12} 45"
    return f"{hour} {'30' if m.group(2) == 'y media' else '15'}"


Bounds = tuple[time | None, time | None, tuple[tuple[int, int], ...]]


def _bounds(norm: Normalised) -> Bounds:
    """ "after 3", "not before 4", "4 or later", "no later than 3", "hasta las 5", "we open at
    10", and where each was said. Where two readings overlap ("no antes de las 4" holds "antes
    de las 4") the one starting first wins, then the longer."""
    found: list[tuple[int, int, str, time | None]] = []
    for pattern, side, first in ((AFTER, "after", 1), (AFTER_TAIL, "after", 1),
                                 (EVENT_AFTER, "after", 1), (EVENT_BEFORE, "before", 1),
                                 (BEFORE, "before", 1), (BEFORE_TAIL, "before", 1)):  # fmt: skip
        for m in pattern.finditer(norm.text):
            if unit_follows(norm.text, m.end()):
                continue  # "from 10 feet away", "before 20 minutes": a quantity
            found.append((m.start(), -m.end(), side, _clock(m, first, norm)))
    start = end = None
    taken_until = -1
    spans: list[tuple[int, int]] = []
    for begin, neg_end, side, at in sorted(found, key=lambda f: (f[0], f[1])):
        if begin < taken_until or at is None:
            continue
        taken_until = -neg_end
        spans.append((begin, -neg_end))
        # Every bound said holds ("I work till 3:30, so not before 4"): the latest "after"
        # and the earliest "before".
        if side == "after":
            start = at if start is None else max(start, at)
        else:
            end = at if end is None else min(end, at)
    return start, end, tuple(spans)


# "Any time after 3, 3pm would be ideal", "between 1 and 5, ideally 2", "después de las 3, de
# preferencia a las 4": one clock time said as the best within a range is the time asked for.
PREFERRED_FIRST = re.compile(
    r"(?<![\w'])(?:ideally|preferably|if possible|de preferencia|preferiblemente|idealmente|"
    r"lo (?:ideal|mejor) (?:seria|es))(?:,)?\s+(?:(?:at|around|a las?|como a las?)\s+)?"
    rf"{CLOCK}(?![\w'])"
)
PREFERRED_AFTER = re.compile(
    rf"(?<![\w'])(?<!the )(?<!el )(?<!option )(?<!number )(?<!opcion )"
    rf"{CLOCK}\s+(?:would be|is|'d be|seria|es|estaria|esta)\s+"
    r"(?:the )?(?:lo )?(?:ideal|best|perfect|preferred|great|mejor|perfecto|fine|better|"
    r"good|bien)(?![\w'])(?! (?:too|also|as well|tambien)(?![\w']))"
)


_BOUND_BEHIND = re.compile(r"(?:after|before|from|by|until|till|de|hasta|desde)(?: las?)?\s*$")
# "ideally 2 technicians": a count, not an hour
_COUNTED_AHEAD = re.compile(r"\s+(?!(?:works|sounds|thanks|pls)(?![\w']))[a-z]{2,}s(?![\w'])")


def _preferred(norm: Normalised) -> time | None:
    """The hour said to be best; of several ("8? or 7. 7 is fine"), the last said."""
    text = norm.text
    said = sorted((*PREFERRED_FIRST.finditer(text), *PREFERRED_AFTER.finditer(text)),
                  key=lambda m: -m.start())  # fmt: skip
    for m in said:
        before, after = text[: m.start()], text[m.end() :]
        if (
            ENDS_WITH_MONTH.search(before)  # "Dec 3 would be ideal" is a day
            or _BOUND_BEHIND.search(before)  # "after 3 is best" is a bound
            or unit_follows(text, m.end())
            or _COUNTED_AHEAD.match(after)
        ):
            continue
        if (at := _clock(m, 1, norm)) is not None:
            return at
    return None


def range_hours(m: re.Match[str], norm: Normalised) -> tuple[time, time] | None:
    """The two ends of a range match (`BETWEEN`, `DAY_RANGE`), the end moved past noon when it
    would come before the start ("from 9 to 3"); None unless both are clock times in order."""
    start, end = _clock(m, 1, norm), _clock(m, 1 + CLOCK_GROUPS, norm)
    if start and end and end <= start and end.hour < 12:
        end = time(end.hour + 12, end.minute)
    if start is None or end is None or end <= start:
        return None
    return start, end


def clock_bounds(norm: Normalised) -> tuple[time | None, time | None, bool]:
    """The hours asked for: a range ("between 9 and 11"), bounds ("after 3"), else one clock
    time ("at 3", an hour long, and then `exact`); a time said to be the best of a range
    ("after 3, 3pm would be ideal") is that time."""
    if (best := _preferred(norm)) is not None:
        return best, time(min(best.hour + 1, 23), best.minute), True
    exact = False
    m = BETWEEN.search(norm.text) or DAY_RANGE.search(norm.text)
    # ("between 5 and 6 feet" is no time)
    if m and not unit_follows(norm.text, m.end()) and (said := range_hours(m, norm)):
        return said[0], said[1], False
    if asked := _asked_either(norm):
        return asked[0], asked[1], False
    start, end, taken = _bounds(norm)
    at = find_clock(norm, taken)
    if at is not None and (start is None or start <= at) and (end is None or at < end):
        # "I work till 4, can you come at 5", "has to be before we open at 11, so at 7": the
        # hour asked for, inside the bounds the caller's day sets.
        return at, time(min(at.hour + 1, 23), at.minute), True
    return start, end, exact
