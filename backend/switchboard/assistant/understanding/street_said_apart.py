"""A street and its house number said apart, as people give a street too new for the map or
talk their way there: "street is Sweetgum Bend, probably not in your GPS yet ... house #145",
"the street's Hollis Lane and the house number is 12", "la calle se llama Encino y la casa es
la 145". Both must be said, each by what it is; a street named alone ("the street is
flooded") or a number alone names no address.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.address_words import STOP_AFTER, SUFFIXES, title
from switchboard.assistant.understanding.model import Address, Extracted

_STREET = re.compile(
    r"(?<![\w'])(?:(?:the |our |my )?street(?: name)?(?: is|'s)|(?:la )?calle (?:es|se llama))"
    r" ((?:[a-z][a-z']*)(?: [a-z][a-z']*){0,3})"
)
_NUMBER = re.compile(
    r"(?<![\w'])(?:(?:the )?(?:house|home)(?: number| #| no)?(?: is|'s)?|(?:the )?(?:house )?"
    r"number is|we're (?:number|#)|(?:la )?casa(?: es| numero| #)(?: el| la)?|el numero(?: de "
    r"la casa)? es(?: el)?) ([1-9][0-9]{0,5})(?![\w'])"
)
# Where the street's name ends when no punctuation ends it: the next thing said.
_ENDS = STOP_AFTER | {"|", "y", "probably", "its", "it", "just", "off", "at", "en", "pero",
                      "que", "no", "which", "that", "house", "casa", "el", "la"}  # fmt: skip
# "The street is flooded", "the street is blocked": what the street is like, not its name.
_NOT_NAME = {"flooded", "blocked", "closed", "dark", "icy", "new", "busy", "narrow", "a", "an",
             "under", "being", "getting", "all", "full", "too", "very", "really", "so",
             "muy", "nueva", "cerrada"}  # fmt: skip


def street_said_apart(text: str) -> Extracted[Address] | None:
    """`text` is the turn with " | " where a sentence or a phrase ended."""
    street, number = _STREET.search(text), _NUMBER.search(text)
    if street is None or number is None:
        return None
    name: list[str] = []
    for word in street[1].split():
        if word in _ENDS or (not name and word in _NOT_NAME):
            break
        name.append(word)
        if re.fullmatch(SUFFIXES, word):
            break  # "the street's Hollis Lane", its kind said
    if not name:
        return None
    return Extracted(Address(line1=title(f"{number[1]} {' '.join(name)}")), 0.8)
