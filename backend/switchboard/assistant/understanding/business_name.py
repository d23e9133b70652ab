"""The tenant's own name, said by a caller ("is this Bright Spark Electric?", "Flood Stop
Plumbing, right?"), names the business, not what is happening at the caller's home: its
words are hidden from the hazard rules and the meaning model."""

from __future__ import annotations

import re
from dataclasses import replace

from switchboard.assistant.understanding.normalise import Normalised, normalise

HIDDEN = "~"
# Said without its tail ("Bright Spark" for "Bright Spark Electric LLC").
_TAILS = {"llc", "inc", "co", "company", "corp", "ltd", "and", "&", "sons", "services", "service"}
MIN_WORDS = 2  # a one-word remainder ("Spark") may be the caller's own word


def _forms(name: str) -> list[tuple[str, ...]]:
    tokens = normalise(name).tokens
    forms = [tokens]
    while len(tokens) > MIN_WORDS and tokens[-1] in _TAILS:
        tokens = tokens[:-1]
        forms.append(tokens)
    if len(tokens) > MIN_WORDS:
        forms.append(tokens[:-1])  # the trade word dropped ("Bright Spark" Electric)
    return [f for f in forms if len(f) >= MIN_WORDS]


def without_business_name(norm: Normalised, name: str) -> Normalised:
    """`norm` with every saying of the business's name blanked, token for token, so clause
    breaks and offsets stay where they were."""
    if not name:
        return norm
    return hidden(norm, *_forms(name))


def hidden(norm: Normalised, *forms: tuple[str, ...]) -> Normalised:
    """`norm` with every saying of each form (its words in a row) blanked."""
    tokens = list(norm.tokens)
    for form in forms:
        size = len(form)
        for i in range(len(tokens) - size + 1):
            if tuple(tokens[i : i + size]) == form:
                tokens[i : i + size] = [HIDDEN] * size
    if tokens == list(norm.tokens):
        return norm
    return replace(norm, text=" ".join(tokens), tokens=tuple(tokens))


def blank_matches(norm: Normalised, pattern: re.Pattern[str]) -> Normalised:
    """`norm` with the tokens each match of `pattern` covers blanked, token for token, so
    clause breaks and offsets stay where they were (a line of work, the owner's whereabouts)."""
    spans = [m.span() for m in pattern.finditer(norm.text)]
    if not spans:
        return norm
    tokens, offset = [], 0
    for token in norm.tokens:
        start, offset = offset, offset + len(token) + 1
        tokens.append(HIDDEN if any(a <= start < b for a, b in spans) else token)
    return replace(norm, text=" ".join(tokens), tokens=tuple(tokens))
