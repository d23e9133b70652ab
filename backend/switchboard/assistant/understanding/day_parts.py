"""Parts of the day as callers say them ("morning", "tomorrow afternoon", "por la tarde",
"end of the day", "early morning", "before lunch", "after school") and the hours each one
spans."""

from __future__ import annotations

import re
from datetime import time

from switchboard.assistant.understanding.model import PartOfDay
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

PARTS: dict[PartOfDay, tuple[time, time]] = {
    PartOfDay.MORNING: (time(8), time(12)),
    PartOfDay.AFTERNOON: (time(12), time(17)),
    PartOfDay.EVENING: (time(17), time(20)),
}
MORNING = words(
    r"morning",
    r"mornings",
    r"(?:first|1st) thing",
    r"early",
    r"(?<!mas )temprano",
    r"tempranito",
    r"(?:por|en|de) la mananita",
    r"(?:por|en|de) la manana",
    r"cualquier manana",  # "any morning", not "tomorrow"
    # "tomorrow am", never the verb: "I am", "am I speaking with..."
    r"(?<!i )a\.?m(?! (?:i|we|not|going|calling|looking|speaking|talking)(?![\w']))",
)
AFTERNOON = words(r"afternoon", r"afternoons", r"after lunch", r"(?:por|en|de|esta) la tarde",
                  r"(?:por|en|de|esta) la tardecita",
                  r"esta tarde", r"(?<!mas )tarde")  # fmt: skip
EVENING = words(r"evening", r"evenings", r"tonight", r"after work", r"(?:por|en|de) la noche",
                r"esta noche", r"noche")  # fmt: skip
# Parts of the day narrower than a whole part, as trades callers say them: (part, from, until).
DAY_SPANS: tuple[tuple[re.Pattern[str], PartOfDay, time | None, time | None], ...] = (
    (words(r"end of (?:the )?afternoon", r"late (?:in the )?afternoon",
           r"(?:al )?final de la tarde", r"tarde en la tarde"), PartOfDay.AFTERNOON, time(15),
     None),
    (words(r"early (?:in the )?afternoon", r"temprano en la tarde",
           r"(?:a )?primera hora de la tarde"), PartOfDay.AFTERNOON, None, time(15)),
    (words(r"late (?:in the )?morning", r"tarde en la manana", r"a media manana"),
     PartOfDay.MORNING, time(10), None),
    (words(r"early (?:in the )?morning", r"(?:a )?primera hora(?: de la manana)?",
           r"temprano en la manana"), PartOfDay.MORNING, None, time(10)),
    (words(r"before (?:my |our )?lunch(?: break| hour)?",
           r"antes de(?: la)? (?:comida|almuerzo|comer|almorzar)",
           r"antes del almuerzo"), PartOfDay.MORNING, None, None),
    # The caller's lunch hour: "on my lunch break", "during lunch hour", "en mi hora de comida".
    (words(r"(?<!after )(?<!before )(?:(?:on|during|at|over|in) )?(?:my|our|the|his|her) "
           r"lunch(?: break| hour)?(?! (?:box|bag|money|meeting|room|table))",
           r"(?<!after )(?<!before )(?<!after my )(?<!before my )lunch (?:break|hour)",
           r"(?:en |a )?(?:mi |la |su )?hora (?:de la |del |de )?"
           r"(?:comida|comer|almuerzo|almorzar)",
           r"(?:en|durante) (?:mi|el|su) (?:descanso|lonche|break)"),
     PartOfDay.AFTERNOON, time(12), time(13)),
    # Before the working day: "before work", "before I head to work", "antes del trabajo".
    (words(r"before (?:(?:i|we) (?:go to |head to |leave for |get to |start )|my )?(?:work|shift)",
           r"antes (?:del trabajo|de (?:irme|ir|entrar|salir) (?:a|al) (?:trabajar|trabajo|la "
           r"chamba)|de entrar|de mi turno)"),
     PartOfDay.MORNING, None, time(9)),
    (words(r"(?:right )?after (?:my |our )?lunch(?: break| hour)?",
           r"(?:despues|luego) de(?: la)? (?:comida|comer|almorzar)",
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


# The last hours the business works, whenever it closes: "end of the day", "late in the
# day", "a última hora" (a 7-to-7 shop's 5 and 6 PM too, which no afternoon holds).
LAST_HOURS = words(r"end of (?:the )?day", r"late in the day", r"(?:al )?final del dia",
                   r"(?:a )?ultima hora")  # fmt: skip


DaySpan = tuple[PartOfDay | None, time | None, time | None]


def part_of_day(norm: Normalised) -> DaySpan:
    """The part of the day asked for, with the narrower bounds some phrases carry ("end of
    the day" is the afternoon from 3, "early morning" the morning before 10)."""
    text = norm.text
    for pattern, part, start, end in DAY_SPANS:
        if pattern.search(text):
            return part, start, end
    if AFTER_SCHOOL.search(text) or LAST_HOURS.search(text):
        return None, time(15), None
    if EVENING.search(text):
        return PartOfDay.EVENING, None, None
    if AFTERNOON.search(text):
        return PartOfDay.AFTERNOON, None, None
    if MORNING.search(text):
        return PartOfDay.MORNING, None, None
    return None, None, None


def within_part(at: time, part: PartOfDay) -> bool:
    """Whether a clock time falls in a part of the day."""
    start, end = PARTS[part]
    return start <= at < end
