"""A name put right: the caller apologises for the name they gave or typed ("oops sorry,
Henderson! just got married. Kayla Henderson", "ugh autocorrect. Siobhan O'Driscoll",
"perdón, me equivoqué. Rosa Ibarra") and says it again whole, as a sentence of its own. Only the
name on the table tells a name put right from a town or a day said after an apology ("wait
sorry that's my office. Home is ..., Overland Park", "sorry, thurs or fri?"): the name said
again keeps its first name or its last name, or is the same name spelled otherwise ("Jon
Smyth" -> "ugh autocorrect, its JAN SMIT")."""

from __future__ import annotations

import re
from itertools import pairwise

from switchboard.assistant.understanding.bare_name import a_name
from switchboard.assistant.understanding.name_rules import GREETINGS, LEADS, clean_name
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
        if parts != known and (
            parts[0] == known[0] or parts[-1] == known[-1] or _respelled(parts, known)
        ):
            return said.value
    return None


def _near(a: str, b: str) -> bool:
    """Two spellings of one word: the same first letter, and at most two letters changed,
    added or dropped ("jon"/"jan", "smyth"/"smit")."""
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= 2 and row[-1] < len(b)


def _respelled(parts: list[str], known: list[str]) -> bool:
    """The whole name said again spelled otherwise ("Jon Smyth" -> "its JAN SMIT"): an
    autocorrected or misheard name, every word of it near the word it replaces."""
    return len(parts) == len(known) > 1 and all(map(_near, parts, known))


_TAKEN_BACK = re.compile(rf"(?:no )?{REPAIRED.pattern}|no|i mean")


def first_name_kept(text: str, surname: str) -> str | None:
    """ "its kevin tran no sorry trang t r a n g": a surname put right in the same breath as
    the whole name, then spelled; the first name said with the wrong one stays. None unless a
    word near the surname came just before, after a first name, with the apology between."""
    tokens = normalise(text).tokens
    said = fold(surname)
    if said not in tokens:
        return None
    at = tokens.index(said)
    for i in range(max(2, at - 5), at):
        between = " ".join(tokens[i + 1 : at])
        if not between or _TAKEN_BACK.fullmatch(between) is None:
            continue
        if tokens[i] != said and _near(tokens[i], said):
            first = clean_name(tokens[i - 1])
            if first and tokens[i - 1] not in LEADS and tokens[i - 1] not in GREETINGS:
                return f"{first.split()[0].capitalize()} {surname}"
    return None
