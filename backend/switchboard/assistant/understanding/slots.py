"""Which of the offered slots the caller chose: "the second one", "Tuesday works", "the 2pm",
"the later one", "el primero", "neither", or a counter-proposal ("how about Thursday")."""

from __future__ import annotations

import re
from datetime import datetime, time
from itertools import pairwise
from zoneinfo import ZoneInfo

from switchboard.assistant.understanding.calendar_days import names_day_of_month
from switchboard.assistant.understanding.clock_times import NOON, find_clock
from switchboard.assistant.understanding.corrected_hours import corrected_hours
from switchboard.assistant.understanding.day_correction import says_a_week_later
from switchboard.assistant.understanding.day_parts import AFTERNOON, EVENING, MORNING
from switchboard.assistant.understanding.model import (
    Context,
    Extracted,
    SlotChoice,
    SlotDecision,
    TimeWindow,
)
from switchboard.assistant.understanding.months import MONTHS
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words
from switchboard.assistant.understanding.relative_times import EARLIER, LATER, NEXT_DAY
from switchboard.assistant.understanding.weekdays import (
    FOLLOWING_WEEKDAY,
    WEEKDAY,
    WEEKDAY_NAMES,
    WEEKDAYS,
)

ORDINALS = {"1st": 0, "2nd": 1, "3rd": 2, "primero": 0, "primera": 0, "primer": 0,
            "segundo": 1, "segunda": 1, "tercero": 2, "tercera": 2, "tercer": 2}  # fmt: skip
NONE_SUIT = words(r"neither(?: one)?", r"none(?: of (?:those|them|these|the above))?",
                  r"ninguno", r"ninguna", r"no (?:me )?(?:sirve|funciona) ninguno",
                  r"(?:those|these|they|neither) (?:don't|won't|doesn't) (?:really )?work",
                  r"not those",
                  r"nothing else", r"no good")  # fmt: skip
# "My last name is Ruiz" chooses nothing.
LAST = words(r"last(?: one)?(?! (?:names?|week|month|year|time|night|of)(?![\w']))", r"latter",
             r"ultimo(?! (?:mes|ano|dia de))", r"ultima(?! (?:semana|vez))", r"later one",
             r"latest", r"mas tarde")  # fmt: skip
FIRST = words(r"earlier one", r"earliest(?: one)?", r"former", r"mas tempran[oa]", r"sooner one",
              r"first one")  # fmt: skip
# "Whatever's soonest", "any of those", "doesn't matter which": the caller leaves the choice
# to us, so the earliest of the offers.
ANY_OF_THEM = words(r"whatever(?:'s| is) (?:soonest|first|earliest|quickest)",
                    r"which ?ever(?:'s| is)? (?:soonest|first|earliest|sooner|quickest)",
                    r"(?:any|either) (?:one )?of (?:those|them|these)(?: is| are| works?| will)?",
                    r"(?:any|either) one(?: is| works| will)",
                    r"(?:either|which ?ever|any)(?: one)?(?= *$| (?:is|works?|will|would|sounds|"
                    r"please|thanks|for me|fine|good|ok|okay)(?![\w']))",
                    r"(?:the )?soonest one",
                    r"(?:it )?doesn't matter which", r"(?:you|u) (?:pick|choose)",
                    r"cualquiera(?: de (?:esas|esos|las|los))?(?: est[aá] bien)?",
                    r"la (?:que|primera que) (?:sea|este) (?:mas pronto|antes)")  # fmt: skip
# "the afternoon one" picks among offers; "Monday afternoon" is a counter-proposal.
MORNING_ONE = words(r"morning one", r"la de la manana", r"^(?:the |in the )?morning$")
AFTERNOON_ONE = words(r"afternoon one", r"la de la tarde", r"^(?:the |in the )?afternoon$")
# "Number 1 0 9" after a street is the unit, not the first option.
OPTION = words(r"(?:option|number|numero|opcion) ([1-9])(?! [0-9])")
_UNIT_BEFORE = re.compile(
    r"(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|blvd|ct|court|way|"
    r"pl|place|apt|apartment|unit|suite|calle|avenida|[0-9]+[a-z]*) $"
)
# With one slot on the table, pointing at it picks it.
THAT_ONE = words(r"(?:that|this|the same) (?:one|time|slot)", r"(?:esa|ese|esa hora)")
_NEGATED = re.compile(
    r"(?<![\w'])(?:not|no|never|none|neither|nor|can't|cannot|don't|won't)(?![\w'])"
)
# A bare hour among offered hours ("10 is good", "8 pls", "eight is perfect"); "four thirty"
# comes out of the number words as "4 30"; a text's "830" or "1030" is a clock run together.
BARE_HOUR = re.compile(
    r"(?<![\w':])(?:([0-9]{1,2})(?::([0-5][0-9])| (15|30|45)(?![\w':]))?|"
    r"(1[0-2]|[1-9])([0-5][0-9]))(?![\w':])"
)
# ... or a yes after it ("eight yeah", "las diez sí").
_AGREEING = {"is", "works", "work", "please", "then", "ok", "okay", "sounds", "would", "fine",
             "good", "great", "perfect", "it", "for", "esta", "me", "por", "es", "yeah", "yes",
             "yep", "yup", "sure", "si"}  # fmt: skip
_FILLERS = {"um", "uh", "uhm", "er", "oh", "yeah", "yes", "ok", "okay", "so", "well", "si"}
_NOT_AN_HOUR_AFTER = {"apt", "apartment", "unit", "suite", "ste", "#", "number", "lot",
                      "floor", "room", "in", "about", "maybe", "like", "only"}  # fmt: skip


def _local(slots: tuple[datetime, ...], tz: ZoneInfo) -> list[datetime]:
    return [s.astimezone(tz) for s in slots]


def _single(indexes: list[int], confidence: float) -> Extracted[SlotChoice]:
    if len(indexes) == 1:
        return Extracted(SlotChoice(SlotDecision.CHOSEN, index=indexes[0]), confidence)
    return Extracted(SlotChoice(SlotDecision.AMBIGUOUS, candidates=tuple(indexes)), 0.5)


def choose_slot(
    norm: Normalised, context: Context, counter: TimeWindow | None
) -> Extracted[SlotChoice] | None:
    offered = context.offered_slots
    if not offered:
        return None
    tz = ZoneInfo(context.timezone)
    local = _local(offered, tz)
    text = norm.text
    if NONE_SUIT.search(text):
        return Extracted(SlotChoice(SlotDecision.NONE_SUIT, counter=counter), 0.85)
    if counter is not None and (
        any(p.search(text) for p in (LATER, EARLIER, NEXT_DAY)) or says_a_week_later(norm)
    ):
        # "Anything later in the week?", "algo más tarde", "not this Saturday, the one
        # after": not the later one of these.
        return Extracted(SlotChoice(SlotDecision.COUNTER, counter=counter), 0.8)
    if (m := OPTION.search(text)) and not _UNIT_BEFORE.search(text[: m.start()]):
        index = int(m.group(1)) - 1
        if index < len(offered):
            return _single([index], 0.9)
    for i, tok in enumerate(norm.tokens):
        if (
            tok in ORDINALS
            and ORDINALS[tok] < len(offered)
            and not _ordinal_is_date(norm, i)
            and not _first_thing(norm, i)
        ):
            return _single([ORDINALS[tok]], 0.9)
    if len(offered) == 1 and THAT_ONE.search(text):
        return _single([0], 0.8)
    if LAST.search(text):
        return _single([len(offered) - 1], 0.85)
    if FIRST.search(text) or (ANY_OF_THEM.search(text) and not _NEGATED.search(text)):
        # "Thursday morning, earliest" among Wednesday's offers, "el sábado lo más temprano"
        # among Tuesday's and Saturday's: the earliest of the offers that fit the day or part
        # of the day said with it; none fitting is a new wish.
        fitting = [i for i, s in enumerate(local) if counter is None or counter.contains(s)]
        if not fitting:
            return Extracted(SlotChoice(SlotDecision.COUNTER, counter=counter), 0.8)
        return _single([fitting[0]], 0.85)
    by_clock: list[int] = []
    # "The 1, no, the 2": the hour the caller settled on.
    corrected = corrected_hours(norm)
    at = corrected[0] if corrected and corrected[2] else find_clock(norm)
    if at is None and NOON.search(text):
        at = time(12)
    if at is None:
        at = _bare_hour(norm, local)
    if counter is not None and not counter.exact and at in {counter.after, counter.before}:
        at = None  # "Thursday or Friday after 2" bounds the hour; it names no offer at 2
    if at is not None:
        by_clock = [i for i, s in enumerate(local)
                    if s.hour % 12 == at.hour % 12 and s.minute == at.minute]  # fmt: skip
    by_day: list[int] = []
    # The day asked for, not one ruled out ("noon, but not Wednesday").
    skipped = counter.skip_weekdays if counter is not None else ()
    # "Not this Saturday, the following Saturday": a date the window holds, not an offer's day.
    days = set() if FOLLOWING_WEEKDAY.search(text) else _days_said(text, skipped)
    w = days or None
    if days:
        by_day = [i for i, s in enumerate(local) if s.weekday() in days]
        # "Friday afternoon" among Friday at 7 and Friday at 1: the afternoon one.
        in_part = [i for i in by_day if _in_part(local[i], text)]
        if not by_clock and len(by_day) > 1 and in_part:
            by_day = in_part
    if counter is not None and (at is not None or w is not None):
        # "Wednesday at 7" among Tuesday's openings at 7, 9 and 11, "4 o'clock Wednesday"
        # among Wednesday at 11, "noon any day but Tuesday" among Tuesday at noon: every part
        # the caller said must fit the offer, otherwise it is a new wish. A weekday name is
        # matched by name (the parser's "Tuesday" is the nearest one, the caller's may be the
        # one offered); a date or "tomorrow" by the window itself.
        # "Tuesday May 29 at 3" among Tuesday June 12th's offers: a date said by its number
        # is matched by the date, whatever weekday is said with it.
        by_name = w is not None and not names_day_of_month(norm, counter.earliest.date())
        fits = [
            i
            for i, s in enumerate(local)
            if s.weekday() not in counter.skip_weekdays
            and s.date() not in counter.skip_dates
            and _within_bounds(s, counter)
            and (by_name or not counter.dated or counter.contains(s))
        ]
        by_clock = [i for i in by_clock if i in fits]
        by_day = [i for i in by_day if i in fits]
        missed = (at is not None and not by_clock) or (w is not None and not by_day)
        if missed or not (by_clock or by_day):
            return Extracted(SlotChoice(SlotDecision.COUNTER, counter=counter), 0.8)
    if by_clock and by_day:
        both = [i for i in by_clock if i in by_day]
        if both:
            return _single(both, 0.9)
        if counter is not None:
            # "Thursday at 3" among Wednesday at 3 and Thursday at 1: neither, a new wish.
            return Extracted(SlotChoice(SlotDecision.COUNTER, counter=counter), 0.8)
    elif by_clock or by_day:
        return _single(by_clock or by_day, 0.85)
    if MORNING_ONE.search(text) and (am := [i for i, s in enumerate(local) if s.hour < 12]):
        return _single(am, 0.8)
    if AFTERNOON_ONE.search(text) and (pm := [i for i, s in enumerate(local) if s.hour >= 12]):
        return _single(pm, 0.8)
    if counter is not None:
        inside = [i for i, s in enumerate(local) if counter.contains(s)]
        # "Not mornings" among offers rules some out; it does not pick one of the rest.
        only_rules_out = not (
            counter.part_of_day or counter.after or counter.before or counter.exact
        ) and bool(counter.skip_weekdays or counter.skip_dates or counter.skip_parts)
        if inside and not counter.any_time and not counter.asap and not only_rules_out:
            return _single(inside, 0.7)
        return Extracted(SlotChoice(SlotDecision.COUNTER, counter=counter), 0.75)
    return None


# "Tuesday the 3rd at 11", "August 2nd", "the 1st of the month", "el primero de agosto": an
# ordinal next to a weekday, a month, "of"/"de" or a clock time is a date, not the third offer.
_DATE_NEIGHBOURS = re.compile(rf"(?:{WEEKDAY_NAMES}|{MONTHS})(?:s|'s)?")
_DATE_AFTER = {"of", "de", "del", "at", "a", "@", "week", "weekend", "semana"}


def _ordinal_is_date(norm: Normalised, index: int) -> bool:
    tokens = norm.tokens
    before = [t for t in tokens[max(0, index - 2) : index] if t not in {"the", "el", "on"}]
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    if any(_DATE_NEIGHBOURS.fullmatch(t) for t in before) or _DATE_NEIGHBOURS.fullmatch(after):
        return True
    return after in _DATE_AFTER or bool(re.fullmatch(r"[0-9]{1,2}(?::[0-5][0-9])?", after))


def _first_thing(norm: Normalised, index: int) -> bool:
    """ "First thing Saturday", "a primera hora": the start of a day asked for, not the first
    offer."""
    after = norm.tokens[index + 1] if index + 1 < len(norm.tokens) else ""
    return after in {"thing", "hora"}


def _within_bounds(slot: datetime, counter: TimeWindow) -> bool:
    """ "After 2", "before noon": the hours that hold on every day named."""
    clock = slot.time().replace(tzinfo=None)
    return (counter.after is None or clock >= counter.after) and (
        counter.before is None or clock < counter.before
    )


# "You said Tuesday, I meant Thursday": the day after the correction is the one meant.
_CORRECTED = re.compile(
    r"(?<![\w'])(?:i meant|i mean|meant|rather|instead|actually|make it|quise decir|mejor)"
    r"(?![\w'])"
)


def _days_said(text: str, skipped: tuple[int, ...]) -> set[int]:
    """The weekdays the caller picks among the offers: the one said after a correction,
    every one of "Thursday or Friday" (still a choice to make), else the first one said."""
    said = [m for m in WEEKDAY.finditer(text) if WEEKDAYS[m.group(2)] not in skipped]
    if not said:
        return set()
    corrections = [c.end() for c in _CORRECTED.finditer(text)]
    if corrections:
        after = [m for m in said if m.start() >= corrections[-1]]
        if after:
            return {WEEKDAYS[after[0].group(2)]}
    days = {WEEKDAYS[said[0].group(2)]}
    for a, b in pairwise(said):
        if re.fullmatch(r" (?:or|o|u) ", text[a.end() : b.start()]):
            days |= {WEEKDAYS[a.group(2)], WEEKDAYS[b.group(2)]}
    return days


def _bare_hour(norm: Normalised, local: list[datetime]) -> time | None:
    """An hour said alone that matches an offered slot, at the end of the answer or followed
    by agreement ("9", "10 is good", "8 works for me"); never a house number ("12 oak st")."""
    tokens = norm.tokens
    spoken = [t for t in tokens if t not in _FILLERS]
    if spoken and spoken[0] == "one" and all(t in _AGREEING for t in spoken[1:]):
        # "One", "one works": normalising keeps the word (it is also "that one"), but an
        # answer that is only the word is the hour, when one of the offers is at one.
        matching = [s for s in local if s.hour % 12 == 1 and s.minute == 0]
        if matching:
            return matching[0].time()
    for m in BARE_HOUR.finditer(norm.text):
        index = norm.token_index(m.start())
        last = norm.token_index(m.end() - 1)
        # "11. Dana Ruiz, 12 Oak St": the hour ends its sentence, the rest is something else.
        nxt = tokens[last + 1] if last + 1 < len(tokens) and last + 1 not in norm.breaks else ""
        prev = tokens[index - 1] if index else ""
        # "10. Dana Ruiz, 12 Elm St": the hour said as its own sentence counts too.
        own_clause = (index == 0 or index in norm.breaks) and last + 1 in norm.breaks
        if (nxt and nxt not in _AGREEING and not own_clause) or prev in _NOT_AN_HOUR_AFTER:
            continue
        hour = int(m.group(1) or m.group(4))
        minute = int(m.group(2) or m.group(3) or m.group(5) or 0)
        if not 1 <= hour <= 12:
            continue
        matching = [s for s in local if s.hour % 12 == hour % 12 and s.minute == minute]
        if matching:
            return matching[0].time()
    return None


def _in_part(slot: datetime, text: str) -> bool:
    """Is the slot in the part of the day the caller named, if they named one?"""
    if EVENING.search(text):
        return slot.hour >= 17
    if AFTERNOON.search(text):
        return 12 <= slot.hour < 17
    if MORNING.search(text):
        return slot.hour < 12
    return False
