"""Phrase matching on normalised text, and negation scope.

Patterns match whole words only (never substrings: "no" is not in "know", "noon" or
"north"). Negation is scoped: "not"/"n't"/"never"/"nothing" reach back a few words within the
clause, a bare "no" only negates the word right after it ("no gas smell", but not
"no the basement is flooding"), and "anymore"/"stopped" after a match negate it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from switchboard.assistant.understanding.normalise import Normalised


def words(*alternatives: str) -> re.Pattern[str]:
    """Compile regex fragments into one whole-word pattern over normalised text."""
    body = "|".join(f"(?:{a})" for a in alternatives)
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w'])")


def found(pattern: re.Pattern[str], norm: Normalised) -> bool:
    return pattern.search(norm.text) is not None


NEGATORS_WIDE = {"not", "never", "nothing", "without", "nunca", "nada", "sin", "ni", "nobody",
                 "none", "isn't", "wasn't", "don't", "doesn't", "didn't", "aren't", "weren't",
                 "haven't", "hasn't", "ain't", "no longer", "nothing's", "nobody's",
                 # as speech recognition writes them: "nothings backing up"
                 "nothings", "nobodys"}  # fmt: skip
NEGATORS_NEAR = {"no"}
# "it doesn't stop leaking" and "can't stop the water" are not negations of the leak.
NEGATION_BREAKERS = {"stop", "stopping", "quit", "quitting", "but", "pero", "because", "so",
                     "and", "can't", "won't", "y"}  # fmt: skip
AFTER_NEGATORS = re.compile(
    # Not across "and"/"but": "gotea mucho y ya no cierra" still drips.
    r"^(?:(?!(?:and|but|y|pero) )\S+ ){0,2}?(?:anymore|any more|stopped|has stopped|is fixed|"
    r"got fixed|is gone|went away|ya no|ya paro)(?![\w'])"
)
WIDE_WINDOW = 4
_CLITICS = {"se", "me", "le", "les", "nos", "te", "lo", "la", "los", "las"}
_AUXILIARIES = {"esta", "estan", "sigue", "siguen", "ha", "han", "habia", "va", "van"}


def negated(norm: Normalised, start: int, end: int) -> bool:
    """Is the match at character span [start, end) negated in its clause?"""
    index = norm.token_index(start)
    clause = norm.clause_start(index)
    lo = max(clause, index - WIDE_WINDOW)
    before = norm.tokens[lo:index]
    if before and before[-1] in NEGATORS_NEAR:
        return True
    if before and before[-1] == "no" and index - 1 == clause:
        return True
    for offset in range(len(before) - 1, -1, -1):
        tok = before[offset]
        if tok in NEGATION_BREAKERS:
            break
        if tok in NEGATORS_WIDE or (
            tok == "no"
            and offset == len(before) - 2
            and before[-1] in {"more", "real", "big", "actual", "active", "visible", "current"}
        ):
            return True
        if tok == "ya" and offset + 1 < len(before) and before[offset + 1] == "no":
            return True
        # A Spanish pronoun belongs to the verb denied ("no se está saliendo nada", "no me
        # entra agua"); "no sé si es gas" is a doubt, not a denial.
        if tok == "no" and offset + 1 < len(before) and before[offset + 1] in _CLITICS:
            rest = before[offset + 2 :]
            if not rest or (len(rest) == 1 and rest[0] in _AUXILIARIES):
                return True
        if (
            tok == "no"
            and offset + 1 < len(before)
            and before[offset + 1] in {"es", "hay", "huele", "tengo", "esta"}
        ):
            return True
    # Only within the clause: "I smell gas, the hissing stopped" is still gas.
    last = norm.token_index(end)
    next_break = min((b for b in norm.breaks if b > last), default=len(norm.tokens))
    after = " ".join(norm.tokens[last + 1 : next_break])
    return AFTER_NEGATORS.search(after) is not None


def affirmed(pattern: re.Pattern[str], norm: Normalised) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that are not negated."""
    for match in pattern.finditer(norm.text):
        if not negated(norm, match.start(), match.end()):
            yield match


def denied(pattern: re.Pattern[str], norm: Normalised) -> bool:
    return any(negated(norm, m.start(), m.end()) for m in pattern.finditer(norm.text))
