"""A name put right: the caller apologises for the name they gave or typed ("oops sorry,
Henderson! just got married. Kayla Henderson", "ugh autocorrect. Siobhan O'Driscoll",
"perdón, me equivoqué. Rosa Ibarra") and says it again whole, as a sentence of its own. Only the
name on the table tells a name put right from a town or a day said after an apology ("wait
sorry that's my office. Home is ..., Overland Park", "sorry, thurs or fri?"): the name said
again keeps its first name or its last name."""

from __future__ import annotations

import re
from itertools import pairwise

from switchboard.assistant.understanding.bare_name import a_name
from switchboard.assistant.understanding.name_rules import GREETINGS, LEADS
from switchboard.assistant.understanding.normalise import fold, normalise

# What a caller says on putting right something they said or typed.
REPAIRED = re.compile(
    r"(?<![\w'])(?:sorry|oops|whoops|my bad|i mean|i meant|autocorrect|autocorrected|typo|"
    r"wrong name|perdon|perdone|me equivoque|quise decir|digo|corrijo|el corrector)(?![\w'])"
)


def put_right(before: str | None, text: str) -> str | None:
    """The name said again after an apology, in place of `before`, which shares its first or
    its last name; None when the turn puts no name right."""
    if not before:
        return None
    norm = normalise(text)
    if REPAIRED.search(norm.text) is None:
        return None
    known = fold(before).replace("-", " ").split()
    bounds = sorted({0, *norm.breaks, len(norm.tokens)})
    for lo, hi in pairwise(bounds):
        clause = list(norm.tokens[lo:hi])
        while clause and (clause[0] in LEADS or clause[0] in GREETINGS):
            clause.pop(0)
        said = a_name(norm, clause)
        if said is None:
            continue
        parts = fold(said.value).replace("-", " ").split()
        if parts != known and (parts[0] == known[0] or parts[-1] == known[-1]):
            return said.value
    return None
