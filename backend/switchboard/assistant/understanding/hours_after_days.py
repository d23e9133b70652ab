"""An hour said right after its day or part of the day, with no "at": "mon 7", "fri 10 works",
"thursday afternoon like two", "thurs afternoon, 3?", "tomorrow morning 9 or so", "tomorrow
after work like five", "hoy en la tarde, 4". Callers text and speak it so; the hour is the
time asked for.

Never a house number or a count ("friday, 12 oak st", "this afternoon 2 guys can come"): the
hour must end its clause, or be followed by words that agree to it or soften it ("fri 10
works", "afternoon, 3ish", "4 or so"). ("El viernes 10" is a date in Spanish, so a Spanish
weekday never takes a bare hour; its part of the day does: "el jueves en la tarde, 4".)
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.normalise import Normalised

# "One" stays a word in the text ("the second one"): after a day or a part of the day, at the
# end of its clause, it is one o'clock ("tomorrow after lunch like one").
_HOUR = r"(1[0-2]|[1-9]|one)(?::([0-5][0-9])| (15|30|45)(?![\w':]))?(?:ish)?"
DAY_THEN_HOUR = re.compile(
    r"(?<![\w'])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|"
    r"thu(?:rs?)?|fri|sat|sun)"
    # "tuesday after lunch like 1", "fri morning 9": the part of the day may come between,
    # and so may a word that narrows it ("thursday morning early like eight")
    r"(?: (?:morning|afternoon|evening|after lunch|before lunch|early|late)){0,2}"
    # "saturday morning so like ten": "so" leads on to the hour, like "say" does; "saturday
    # morning same time ten": the hour kept from the visit being moved, said outright
    r"(?: so)?(?: (?:the )?same (?:time|hour))?(?: (?:like|say|maybe|around|about))?"
    rf" {_HOUR}(?![\w':])"
)
# The hour after a part of the day or a day said by its place in the week ("afternoon like
# two" reaches here as "afternoon 2": the filler is gone). An approximation may stand between.
PART_THEN_HOUR = re.compile(
    r"(?<![\w'])(?:morning|afternoon|evening|tonight|today|tomorrow|tmrw|tarde|noche|hoy|"
    # later in the day of the time held: "push it to later in the day like four" (the
    # "later" may be gone by here, read as a window beside the time held)
    r"(?:later )?(?:in|on) (?:the|that) day|later that day|"
    # or just later than the visit held: "same day just later like four", "a bit later, say 2"
    r"(?:just |a (?:bit|little|little bit) |little )later|"
    # the day of the time held, said as such ("the same day, like four"; "later" is gone by
    # here when it was read as after the time held: "same day just later like four")
    r"(?:the )?same day|that (?:same )?day|"
    # a part of the day said by the caller's day: "after lunch like one", "después de comer, 3"
    # ("tuesday before the lunch rush like ten")
    r"(?:after|before) (?:my |our |the )?(?:lunch|work|shift)(?: (?:rush|break|hour|crowd))?|"
    r"after school|(?:despues|luego) "
    r"(?:de (?:comer|almorzar|la comida)|del almuerzo))"
    # "this afternoon whenever like two", "tomorrow anytime, say ten": the hour narrows it
    r"(?: so| just| whenever| any ?time| sometime)?(?: (?:the )?same (?:time|hour)| (?:a )?la "
    r"misma hora)?"
    r"(?: (?:like|say|maybe|around|about|roughly|approximately|tipo|como|a eso de|"
    rf"como a las?|a las?|las))? {_HOUR}(?![\w':])"
)
# A softened hour a few words after its day, part of the day or bound, at the end of the
# clause: "is thursday morning possible maybe nine", "saturday any time before noon like ten",
# "saturday if you have it, 10", "saturday is best like eleven"
# (the "like" is gone by here, and noon is "12 pm": "before 12 pm 10"). A bound said with its
# own hour ("before 10") is no such hour.
SOFTENED_HOUR = re.compile(
    r"(?<![\w'])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|"
    r"thu(?:rs?)?|fri|sat|sun|morning|afternoon|evening|today|tomorrow|tmrw)"
    r"(?: (?!at |by |before |after |until |till |til |from |between )[\w']+){0,5}?"
    r" (?:(?:maybe|say|like|ideally|preferably|possibly|perhaps)|(?:before|after) (?:noon|12 pm)|"
    # a bound with its own hour, then the hour meant within it: "today after three like four"
    # (the "like" may be gone by here: "today after 3 4"), "tomorrow after 2, maybe 4"
    r"(?:before|after) (?:1[0-2]|[1-9])(?: (?:like|maybe|say|around|about|ideally))?|"
    # "saturday is best like eleven", "friday works better, 10": the day's praise, then its hour
    r"best|better|ideal|easiest|"
    # "tomorrow saturday if you have it like ten" (the "like" is gone by here)
    # "saturday if you do saturdays like eleven", "monday if you work mondays, 9"
    r"if (?:you (?:have|got|can do|can|do|work|are open|open)(?: it| one| that| anything|"
    r" them| those| weekends| (?:mon|tues|wednes|thurs|fri|satur|sun)days)?|possible))"
    rf" {_HOUR}(?![\w':])"
)
# "The Monday one", "that afternoon one", "the earlier one": "one" stands for an offer.
_PICKED = re.compile(r"(?<![\w'])(?:the|that|this|which|other|first|second|last|earlier|later|"
                     r"earliest|latest) (?:[a-z]+ )?$")  # fmt: skip
_AGREED = frozenset(("works", "work", "is", "please", "pls", "then", "if", "or", "would",
                     "sounds", "good", "fine", "ok", "okay", "thanks", "for", "and", "ish",
                     "maybe", "si", "esta", "estaria", "me", "por", "mas", "o"))  # fmt: skip
# "4 or 5" is two hours (`clock_times.EITHER_HOUR`), "2 or 3 guys" a count: "or" agrees
# only as "or so" / "or thereabouts".
_OR_TAIL = re.compile(r"^ (?:or|o) (?:so|thereabouts|around then|asi)(?![\w'])")
# The caller can be there then: "wednesday morning like nine I can be there", "fri 10 we'll be
# home", "mañana a las 9 yo puedo estar" (never "... I can't be there", nor "2 guys can come").
_READY_TAIL = re.compile(
    r"^ (?:i|we|i'll|we'll|i'm|we're|im|someone|somebody|my (?:wife|husband|son|daughter|mom|"
    r"dad|roommate|tenant|sister|brother|neighbor|neighbour|partner|friend|mother|father|"
    r"grandma|grandpa|aunt|uncle))(?: (?:can|could|will|would|should))?"
    r" (?:(?:be|get) (?:there|home|back|around|free|available|off)|make it|do (?:it|that)|"
    # whoever opens the door then: "my sister can let you in then"
    r"let (?:you|y'?all|you guys|him|her|them|the (?:tech|guy|guys|crew|plumber|electrician)) "
    r"in|"
    r"there|home|free|available|off)(?![\w'])"
    r"|^ (?:yo |nosotros )?(?:puedo|podemos|estoy|estamos|llego|llegamos)(?![\w'])"
)


def _agreed(norm: Normalised, m: re.Match[str]) -> bool:
    """The hour ends its clause, or what follows agrees to it or softens it."""
    if norm.text != " ".join(norm.tokens):
        # The text was rewritten ("not Monday tho, Tuesday 1" without "not Monday"): its
        # tokens are the old ones, so the word after the hour is read from the text.
        rest = norm.text[m.end() :].split()
        if not rest or _clause_cut_after(norm, m):
            return True
        following = rest[0]
    else:
        after = norm.token_index(m.end() - 1) + 1
        if after >= len(norm.tokens) or after in norm.breaks:
            return True
        following = norm.tokens[after]
    if following in ("or", "o"):
        return _OR_TAIL.match(norm.text[m.end() :]) is not None
    if _READY_TAIL.match(norm.text[m.end() :]):
        return True
    return following in _AGREED


def hour_after_day(norm: Normalised) -> tuple[int, int] | None:
    """The hour and minute of an hour said after its day or part of the day, as said (am or
    pm is for the caller of this to decide)."""
    for pattern in (DAY_THEN_HOUR, PART_THEN_HOUR, SOFTENED_HOUR):
        for m in pattern.finditer(norm.text):
            if m.group(1) == "one" and _PICKED.search(norm.text, 0, m.start()):
                continue  # "the monday one", "the afternoon one": an offer picked
            if _agreed(norm, m):
                hour = 1 if m.group(1) == "one" else int(m.group(1))
                return hour, int(m.group(2) or m.group(3) or 0)
    return None


def _clause_cut_after(norm: Normalised, m: re.Match[str]) -> bool:
    """In a rewritten text, the words cut out right after the hour ran to the end of its clause
    ("make it friday 10 not thursday, sorry" read without "not thursday"): the hour ended its
    clause as said. The rewritten words are found in order among the tokens as said; when they
    are not all there (words were put in, not only cut), nothing is known."""
    said = norm.text.split()
    upto = len(norm.text[: m.end()].split())
    where: list[int] = []
    token = 0
    for word in said:
        while token < len(norm.tokens) and norm.tokens[token] != word:
            token += 1
        if token == len(norm.tokens):
            return False
        where.append(token)
        token += 1
    hour, following = where[upto - 1], where[upto] if upto < len(where) else len(norm.tokens)
    return following > hour + 1 and (following in norm.breaks or following == len(norm.tokens))
