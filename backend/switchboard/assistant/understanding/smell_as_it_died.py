"""A burning smell told as how a machine died: "it made this awful grinding and then like a
burning smell and it quit", "olió a quemado y se apagó". The motor that gave the smell has
stopped; whether anything still smells or smokes is a dispatcher's question, not a page. Smoke,
sparks or flames are never talked down this way, and a smell said in the present ("it's still
smoking") keeps the fire current (`hazard_scope`).
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

_SMELL = (
    r"(?:(?:a |an |this |that |like a |like an )?(?:burning|burnt|burned|electrical|electric|"
    r"hot|motor|rubber|plastic)(?: \w+)? (?:smell|odou?r|stink)|smell(?:ed|s)? (?:like|of) "
    r"(?:burning|something burning|burnt \w+|burned \w+|hot \w+))"
)
_DIED = (
    r"(?:and|then|and then)(?: then)? (?:it|the (?:\w+ )?(?:motor|unit|disposal|dryer|washer|"
    r"dishwasher|fan|pump|machine|compressor|blower|thing|heater|furnace|ac))(?: just)? "
    r"(?:quit|died|stopped(?: working| running)?|shut (?:itself )?off|cut out|conked out|gave out|"
    r"went dead|went out|turned off|tripped|won't turn on|wont turn on)"
)
_SE_APAGO = (
    r"(?:olio|olia|huele|salio un olor) a (?:quemado|plastico quemado|cable quemado|motor)"
    r"(?: [a-z]+){0,3} y (?:luego |despues )?(?:se (?:apago|murio|paro|trabo)|ya no (?:prendio|"
    r"prende|jala|jalo|funciona))"
)
SMELL_AS_IT_DIED = words(rf"{_SMELL}(?: [\w']+){{0,3}} {_DIED}", _SE_APAGO)


def smell_as_it_died(norm: Normalised) -> list[tuple[int, int]]:
    """Where a burning smell is told as how the machine stopped."""
    return [m.span() for m in SMELL_AS_IT_DIED.finditer(norm.text)]
