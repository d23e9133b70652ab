"""A visit on file told on its own, and told earlier in the call.

Known callers often open with the visit they have and nothing more ("hi this is Nadine Corso, I
have somebody coming tomorrow morning for the drain", "I got you guys coming out tomorrow at ten
for the AC"), and say what they want of it in the next breath ("can we do Wednesday instead",
"can we push it to later in the day"). Told alone, the visit is asked after: the caller hears
it read back once identified, never "when would work best?" for a new one. Told earlier, it is
the visit the later words are about: "instead", a time that does not suit, the need gone.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.booked_visit import (
    ON_THE_BOOKS,
    without_booked_clause,
    without_span,
)
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found
from switchboard.assistant.understanding.visit_conflict import visit_said
from switchboard.assistant.understanding.visit_named import VISIT_NAMED


def visit_told(norm: Normalised) -> bool:
    """The turn names a visit of ours on file ("I have somebody coming tomorrow")."""
    return visit_said(norm, ON_THE_BOOKS, VISIT_NAMED)


def told_alone(norm: Normalised, *others: re.Pattern[str]) -> bool:
    """The visit on file is all the turn says: what is left without it asks for nothing.
    `others` are the patterns that would ask for something in the rest: a new job,
    a visit wanted."""
    if not visit_told(norm):
        return False
    rest = without_booked_clause(norm)
    if rest is None and (named := VISIT_NAMED.search(norm.text)) is not None:
        # "This is about my appointment tomorrow, I think it's tomorrow right": the visit named
        # with its day inside the name; the rest is what is said of it.
        rest = without_span(norm, named.start(), named.end())
    if rest is None:
        return False
    return not any(found(p, rest) for p in others)
