"""A name put off until after the reason it is the one to book under.

"Póngalo a nombre de ella porque ella va a estar en la casa, Guadalupe Soto", "put it under my
mom's name because she'll be home, Loretta Haskins": whose name, then why, then the name itself
at the end of the turn. The words right after "a nombre de ella" are the reason ("porque ella
va ..."), never the name; a reason with no name after it ("... because she'll be home all day")
names nobody.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Extracted
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.name_rules import SECOND_NOT_NAMES, clean_name, name_like
from switchboard.assistant.understanding.normalise import Normalised

UNDER_THEIRS_BECAUSE = re.compile(
    r"(?:(?:a|bajo el|con el) nombre de (?:ella|el|mi [a-z]+)|under (?:her|his|their|my [a-z]+'?s)"
    r" name) (?:porque|ya que|pues|because|since|cause|'cause) "
)


def name_after_the_reason(norm: Normalised) -> Extracted[str] | None:
    """The first and last name that ends a turn putting the booking under someone else's name
    for a reason said before the name."""
    m = UNDER_THEIRS_BECAUSE.search(norm.text)
    if m is None:
        return None
    tail = norm.tokens[-2:]
    if len(norm.tokens) - len(tail) <= norm.token_index(m.end() - 1):
        return None
    if not all(name_like(t) and t not in SECOND_NOT_NAMES for t in tail):
        return None
    name = clean_name(" ".join(tail))
    # One word of it not an everyday word, as for a name said alone ("Guadalupe" is a place too).
    if name is None or len(name.split()) != 2 or all(is_common(t) for t in tail):
        return None
    return Extracted(as_written(norm.raw, name), 0.85)
