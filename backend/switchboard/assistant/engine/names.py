"""A name said again in part: "Katherine with a K" after "Catherine Liu", "no, Smyth" after
"John Smith". One word that sounds like one part of the name on the table replaces that part;
the rest of the name stays. A last name said as such ("my last name is Ruiz") completes a first
name given alone, or replaces the last name on the table."""

from __future__ import annotations

from difflib import SequenceMatcher

from switchboard.assistant.understanding.identity import name_like
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.normalise import fold

# How alike a word must be to a part of the name to be that part said again or corrected.
_ALIKE = 0.6


def merged(before: str | None, said: str, last_name: bool = False) -> str:
    """The name after `said`; `last_name` when the caller said it is their last name."""
    parts = before.split() if before else []
    if last_name and len(said.split()) == 1 and parts:
        return " ".join([*parts[: max(1, len(parts) - 1)], said])  # "Dana", then "Ruiz"
    if len(parts) < 2 or len(said.split()) != 1:
        return said
    scores = [SequenceMatcher(None, fold(p), fold(said)).ratio() for p in parts]
    best = max(range(len(parts)), key=lambda i: scores[i])
    if scores[best] < _ALIKE:
        return said  # another name altogether
    parts[best] = said
    return " ".join(parts)


def completed(before: str | None, text: str) -> str | None:
    """ "Linda Park" said after "Linda", alone or anywhere in the turn ("my direct line is ...
    and it's linda park"): the first name given again with the last one, however everyday the
    words (which is why understanding alone did not take it)."""
    said = text.split()
    if not before or len(before.split()) != 1:
        return None
    for i, word in enumerate(said[:-1]):
        last = said[i + 1]
        if (
            fold(word) == fold(before)
            and name_like(last)
            and (len(said) == 2 or i + 2 == len(said))
        ):
            return as_written(text, f"{before} {last}")
    return None
