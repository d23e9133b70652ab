"""A street name corrected on its own: "no sorry, it's West 78th Street, not 87th", "no es
Airline, es Irvington, Irvington Boulevard". The caller names the street on the table to
reject it and says another; the house number and the town stay, the street is replaced."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.address import SUFFIXES
from switchboard.assistant.understanding.lexicon import is_common

_REJECTING = re.compile(
    r"(?<![\w'])(?:not|no|sorry|perdon|wrong|mistake|meant|equivoque|flip|flipped)(?![\w'])"
)
_ORDINAL = re.compile(r"^[0-9]+(?:st|nd|rd|th)$")
_COMPASS = {"n", "s", "e", "w", "north", "south", "east", "west", "ne", "nw", "se", "sw",
            "norte", "sur", "este", "oeste"}  # fmt: skip
_SUFFIX = re.compile(rf"^(?:{SUFFIXES})$")
# "es irvington", "it's irvington": the street said instead, with no kind of street after it.
_SAID_INSTEAD = re.compile(r"(?<![\w'])(?:es|it's|its|it is|on) ([a-z]+)(?![\w'])")


def _street_words(line: str) -> tuple[str, list[str], str]:
    """ "409 West 87th Street, Kansas City" -> ("409", ["west", "87th", "street"], ", Kansas
    City")."""
    head, comma, rest = line.partition(",")
    words = head.split()
    return words[0], [w.lower() for w in words[1:]], comma + rest


def corrected(address: str | None, text: str) -> str | None:
    """The address with its street replaced, when this turn rejects the street's name (saying
    it) and says another street of the same kind: a numbered street for a numbered one, a
    named one for a named one."""
    if not address or not address[:1].isdigit() or _REJECTING.search(text) is None:
        return None
    number, street, rest = _street_words(address)
    names = [w for w in street if w not in _COMPASS and not _SUFFIX.match(w)]
    if len(names) != 1 or names[0] not in text.split():
        return None
    old = names[0]
    tokens = text.split()
    if _ORDINAL.match(old):
        new = [t for t in tokens if _ORDINAL.match(t) and t != old]
        if not new:
            return None
        words: list[str] | None = [new[0] if w == old else w for w in street]
    else:
        words = _named_instead(tokens, text, old, street)
    if words is None:
        return None
    return f"{number} {' '.join(_cased(w) for w in words)}{rest}"


def _named_instead(tokens: list[str], text: str, old: str, street: list[str]) -> list[str] | None:
    """The named street said in place of `old`: a word before a kind of street ("irvington
    boulevard"), else one said as what it is ("es irvington"); never an everyday word."""
    for i, token in enumerate(tokens[:-1]):
        if token != old and _SUFFIX.match(tokens[i + 1]) and _a_street_name(token):
            compass = [w for w in street if w in _COMPASS]
            return [*compass, token, tokens[i + 1]]
    for m in _SAID_INSTEAD.finditer(text):
        if m[1] != old and _a_street_name(m[1]):
            return [m[1] if w == old else w for w in street]
    return None


def _a_street_name(word: str) -> bool:
    return word.isalpha() and not is_common(word, "en") and not is_common(word, "es")


def _cased(word: str) -> str:
    return word if _ORDINAL.match(word) else word.capitalize()
