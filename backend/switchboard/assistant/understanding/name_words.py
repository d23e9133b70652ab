"""How a said name runs: given names and surnames, several of each ("Rosa Elvira Campos"),
joined by particles ("María de los Ángeles Quiñones", "Leticia Arriaga de la Fuente", "Ludo van
der Berg"), with the prefixes and hyphens speech recognition writes apart ("o neil" is O'Neil,
"mc donald" McDonald, "smith hyphen jones" Smith-Jones); and where it ends when nothing but the
words themselves mark the end."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.normalise import strip_accents

# Said between the parts of a name, never on their own: "de la", "van der", "bin".
PARTICLES = frozenset(
    {
        "de",
        "del",
        "la",
        "las",
        "los",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "du",
        "dos",
        "das",
        "bin",
        "ibn",
    }
)
# The particles that can open a run of them ("de la", never "la de").
_OPENING = PARTICLES - {"la", "las", "los", "der", "den"}
# Written apart by speech recognition, joined to the word after them in a name.
_PREFIXES = {"o": "o'", "mc": "mc"}
_HYPHENS = {"hyphen", "dash", "guion"}
# Given names and surnames in one name, particles aside ("José Luis Rodríguez García").
MOST_PARTS = 4


def _de_la_o(tokens: Sequence[str], j: int, open_at: Callable[[int], bool]) -> bool:
    """ "Josefina Cárdenas de la O": the one surname of a single letter, never the "o sea"
    ("I mean") a Spanish speaker says."""
    return (
        open_at(j)
        and tokens[j] == "o"
        and tuple(tokens[j - 2 : j]) == ("de", "la")
        and tuple(tokens[j + 1 : j + 2]) != ("sea",)
    )


def parts_of(words: Sequence[str]) -> list[str]:
    """The name's given names and surnames, without its particles."""
    return [w for w in words if w not in PARTICLES]


def run(
    tokens: Sequence[str], start: int, is_part: Callable[[str], bool], ends: Collection[int] = ()
) -> tuple[list[str], int, bool]:
    """The name's words from `tokens[start]` on (particles kept, prefixes and hyphens joined),
    the index after them, and whether the name ended cleanly: at a clause end (`ends`, token
    indexes), the end of the turn or a word no name has, rather than with more name-like words
    still following once MOST_PARTS were read."""
    words: list[str] = []
    i = start

    def open_at(j: int) -> bool:
        return j < len(tokens) and j not in ends

    while open_at(i) or (i == start and i < len(tokens)):
        tok = tokens[i]
        part, used = tok, 1
        if words and tok in _OPENING:
            j = i + 1
            if open_at(j) and tokens[j] in PARTICLES - _OPENING:
                j += 1
            if not (open_at(j) and tokens[j] not in PARTICLES and is_part(tokens[j])) and not (
                _de_la_o(tokens, j, open_at)
            ):
                return words, i, True  # "soy Ana de 5 a 7": no name after the particle
            if len(parts_of(words)) >= MOST_PARTS:
                return words, i, False
            words += [*tokens[i:j], tokens[j]]
            i = j + 1
            continue
        if words and tok in _HYPHENS and open_at(i + 1) and is_part(tokens[i + 1]):
            words[-1] = f"{words[-1]}-{tokens[i + 1]}"
            i += 2
            continue
        prefixed = words and tok in _PREFIXES and open_at(i + 1)
        if prefixed and is_part(nxt := tokens[i + 1]) and not is_common(nxt, "es"):
            # "mercedes o neil": O'Neil, unless it is the Spanish "or" ("rosa o maría").
            part, used = _PREFIXES[tok] + nxt, 2
        elif tok in PARTICLES or not is_part(tok):
            return words, i, True
        if len(parts_of(words)) >= MOST_PARTS:
            return words, i, False
        words.append(part)
        i += used
    return words, i, True


def whole(
    tokens: Sequence[str], is_part: Callable[[str], bool], fewest: int = 1
) -> list[str] | None:
    """`tokens` read as one name, every one of them part of it, with `fewest` to MOST_PARTS
    given names and surnames; else None."""
    words, end, _ = run(tokens, 0, is_part)
    if end != len(tokens) or not fewest <= len(parts_of(words)) <= MOST_PARTS:
        return None
    return words


def trimmed(words: list[str], clean: bool, raw: str) -> list[str]:
    """Past its second part, a name does not go on into an everyday English word ("my name is
    dana smith kitchen sink's clogged") unless the word was typed with a capital or is the last
    word said before the clause ends ("it's ngozi adebayo hart")."""
    parts = 0
    for k, word in enumerate(words):
        if word in PARTICLES:
            continue
        last = k == len(words) - 1
        if parts >= 2 and is_common(word, "en") and not typed(raw, word) and not (clean and last):
            kept = words[:k]
            while kept and kept[-1] in PARTICLES:
                kept.pop()
            return kept
        parts += 1
    return words


def typed(raw: str, word: str) -> bool:
    """The caller typed the word with a capital ("Hart", "O'Neil")."""
    pattern = rf"(?<![\w']){re.escape(word)}(?![\w'])"
    return any(m[0][0].isupper() for m in re.finditer(pattern, strip_accents(raw), re.I))
