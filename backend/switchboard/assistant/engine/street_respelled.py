"""The street's name as the caller spells or respells it, over the one the line heard.

Speech recognition writes a street it does not know as everyday words that sound like it
("eighty eight fifteen lack man road", "west hay word place", "tennis son street", "did mars
boulevard") and a phone's autocorrect changes a typed one ("Pounce de Leon", "Galapagos").
Callers put it right the way they would to a person: they spell it ("lackman l a c k m a n",
"hayward h a y w a r d"), say it again with how it is written ("jewell with two ls",
"tennyson like the poet", "Galapago, no s"), or reject the wrong one ("Ponce. not Pounce").

The word they give replaces the words of the street's name that sound like it: one word
("Jewel" -> "Jewell") or several run together ("Lack Man" -> "Lackman"). A word qualifies
when it was spelled letter by letter, or when it is no everyday word and the turn is short
or says it puts something right; it must be close to what was heard, letter for letter,
without being the same. The house number, the compass point, the kind of street, the unit and
the town stay as they were."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from switchboard.assistant.engine.street_correction import COMPASS, KIND
from switchboard.assistant.understanding.address_words import UNIT
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.spelled_letters import (
    LETTER_RUN,
    spelled_word,
    without_spellings,
)

_UNIT = re.compile(rf"^(?:{UNIT}|lote|space|spc|trailer|bldg|building|edificio)$")
# How close the word given must be to the words heard: "hayward" to "hay word" (0.86),
# "quebec" to "cue bec" (0.83), "tennyson" to "tennis son" (0.82); "oakwood" to "elm" is not.
_ALIKE = 0.75
# A turn that says it puts something right: "not", "no s", "with two ls", "like the poet",
# "autocorrect", "spelled".
_PUTTING_RIGHT = re.compile(
    r"(?<![\w'])(?:not|no|with|like|spelled|spelt|spell|autocorrect|autocorrected|"
    r"corrector|actually|sorry|meant|means|es|it's|its)(?![\w'])"
)
_SHORT_TURN = 6


def _candidates(text: str, heard: set[str], name: frozenset[str]) -> list[str]:
    """The words this turn gives as a street's written form: each spelled one, and each
    other word that is no everyday word when the turn is short or puts something right, and
    is not the name the turn gives ("my name is Mainor" on Main Street)."""
    # Every letter spelled ("lackman l a c k m a n" is Lackman, not a name's "man").
    spelled = [spelled_word(m[0]) for m in LETTER_RUN.finditer(text)]
    spelled = [w for w in spelled if w.isalpha() and len(w) >= 3]
    said = without_spellings(text).split()
    plain: list[str] = []
    if len(said) <= _SHORT_TURN or _PUTTING_RIGHT.search(text):
        plain = [
            w
            for w in said
            if w.isalpha()
            and len(w) >= 4
            and w not in heard
            and w not in name
            and not _UNIT.match(w)
            and not is_common(w, "en")
            and not is_common(w, "es")
        ]
    return [w for w in dict.fromkeys([*spelled, *plain]) if w not in heard]


def _best_run(word: str, names: list[tuple[int, str]]) -> tuple[int, int] | None:
    """The run of the street's name words (positions in the line) that `word` is written
    for: of the runs of one to three neighbouring words alike enough, the nearest in length."""
    best: tuple[float, int, int] | None = None
    for i in range(len(names)):
        for j in range(i, min(i + 3, len(names))):
            positions = [p for p, _ in names[i : j + 1]]
            if positions != list(range(positions[0], positions[-1] + 1)):
                continue  # only words said side by side
            joined = "".join(w for _, w in names[i : j + 1])
            if joined == word and i == j:
                continue
            alike = SequenceMatcher(None, word, joined).ratio()
            if alike < _ALIKE:
                continue
            # "quince" is "cue ince" run together more than it is "ince" alone: the run
            # nearest the word's length wins between alike ones.
            score = alike - 0.5 * abs(len(word) - len(joined)) / len(word)
            if best is None or score > best[0]:
                best = (score, positions[0], positions[-1])
    return None if best is None else (best[1], best[2])


def respelled(address: str | None, text: str, name: frozenset[str] = frozenset()) -> str | None:
    """The address with its street's name written as this turn gives it, or None. `name`:
    the words of a name the turn gives, which only a spelling makes the street's."""
    if not address or not address[:1].isdigit():
        return None
    head, comma, rest = address.partition(",")
    words = head.split()
    # The street's words end where a unit begins ("Morton Ranch Road Lot 32").
    unit_at = next(
        (at for at, w in enumerate(words) if at > 1 and _UNIT.match(w.lower())), len(words)
    )
    names = [
        (at, w.lower())
        for at, w in enumerate(words[:unit_at])
        if at > 0 and w.isalpha() and w.lower() not in COMPASS and not KIND.match(w.lower())
    ]
    if not names:
        return None
    heard = {w for _, w in names}
    for word in _candidates(text, heard, name):
        if (run := _best_run(word, names)) is None:
            continue
        start, end = run
        fixed = [*words[:start], word.capitalize(), *words[end + 1 :]]
        return " ".join(fixed) + comma + rest
    return None


def the_word_given(address: str, fixed: str) -> str | None:
    """The word `respelled` wrote into `address` to make `fixed` (so it is not also taken
    for a name)."""
    before = set(address.lower().replace(",", " ").split())
    new = [w for w in fixed.lower().replace(",", " ").split() if w not in before]
    return new[0] if new else None
