"""A name said again in part: "Katherine with a K" after "Catherine Liu", "no, Smyth" after
"John Smith". One word that sounds like one part of the name on the table replaces that part;
the rest of the name stays. A last name said as such ("my last name is Ruiz") completes a first
name given alone, or replaces the last name on the table; the name said again with one more
part ("Lucía Paredes Montoya" after "Lucía Paredes") completes it. A part said to be wrong
("it's not Kats, it's Kac") is the part replaced, however unlike the two sound."""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from switchboard.assistant.understanding import Extracted, Understanding
from switchboard.assistant.understanding.for_whom import KINS_NAME, named_for
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.name_repair import put_right
from switchboard.assistant.understanding.name_rules import clean_name, name_like, name_part
from switchboard.assistant.understanding.name_words import MOST_PARTS, typed
from switchboard.assistant.understanding.normalise import fold, normalise

# How alike a word must be to a part of the name to be that part said again or corrected.
_ALIKE = 0.6
_BEFORE_A_NUMBER = {"at", "on", "al", "en"}
# Spellings of one sound, for names heard one way and spelled another: "Caitlin" / "Katelyn",
# "Jimena" / "Ximena", "Sofia" / "Sophia".
_SOUNDS = ((r"ph", "f"), (r"c(?=[eiy])", "s"), (r"[cq]", "k"), (r"x", "j"), (r"z", "s"),
           (r"th", "t"), (r"(?<=[a-z])h", ""), (r"(.)\1", r"\1"))  # fmt: skip


def _consonants(word: str) -> str:
    """The consonants a name is heard with: "caitlin" and "katelyn" are both "ktln"."""
    word = fold(word)
    for pattern, sound in _SOUNDS:
        word = re.sub(pattern, sound, word)
    return re.sub(r"[aeiouy]", "", word)


def _alike(part: str, said: str) -> float:
    heard = _consonants(part)
    if len(heard) >= 3 and heard == _consonants(said):
        return 1.0
    return SequenceMatcher(None, fold(part), fold(said)).ratio()


# "It's not Kats, it's Kac", "no es Ruiz, es Ruíz": the part of the name the caller denies.
_DENIED_PART = re.compile(
    r"(?<![\w'])(?:not|isnt|isn't|no es|no era)(?: (?:its|it's|es))? ([a-z]+)"
)


def merged(before: str | None, said: str, last_name: bool = False, text: str = "") -> str:
    """The name after `said`; `last_name` when the caller said it is their last name. In
    `text`, the turn, a part of the name denied ("it's not Kats, it's Kac, K-A-C") is the part
    `said` replaces, however unlike the two sound."""
    parts = before.split() if before else []
    if last_name and len(said.split()) == 1 and parts:
        return " ".join([*parts[: max(1, len(parts) - 1)], said])  # "Dana", then "Ruiz"
    if len(parts) >= 2 and len(said.split()) == 1:
        denied = {m[1] for m in _DENIED_PART.finditer(fold(text))}
        folded = [fold(p) for p in parts]
        hit = [i for i, p in enumerate(folded) if p in denied and p != fold(said)]
        if len(hit) == 1:
            parts[hit[0]] = said
            return " ".join(parts)
    if len(parts) < 2 or len(said.split()) != 1:
        return said
    scores = [_alike(p, said) for p in parts]
    best = max(range(len(parts)), key=lambda i: scores[i])
    if scores[best] < _ALIKE:
        return said  # another name altogether
    parts[best] = said
    return " ".join(parts)


def completed(before: str | None, text: str) -> str | None:
    """ "Linda Park" said after "Linda", alone or anywhere in the turn ("my direct line is ...
    and it's linda park"): the first name given again with the last one, however everyday the
    words (which is why understanding alone did not take it). "Lucía Paredes Montoya" after
    "Lucía Paredes" ("póngalo con mis dos apellidos: Lucía Paredes Montoya"): the name given
    again with one more surname, at the end of what was said. `text` as the caller said it, so
    a typed spelling ("Núñez") is kept."""
    if not before:
        return None
    norm = normalise(text)
    said, known = norm.tokens, fold(before).split()
    # A number read out right after the name ends it too: "call me linda park 913 ...",
    # "ring linda park at 913 ...", "llamar a linda park al 913 ...".
    numbers = {i for i, token in enumerate(said) if token.isdigit()}
    numbers |= {i - 1 for i in numbers if i > 0 and said[i - 1] in _BEFORE_A_NUMBER}
    # "es rigoberto ortiz bermúdez y vivo en ...": "and" goes on to the next thing said.
    ands = {i for i, token in enumerate(said) if token in {"and", "y", "e"}}
    ends = {*norm.breaks, *numbers, *ands, len(said)}
    for i in range(len(said) - len(known)):
        if list(said[i : i + len(known)]) != known:
            continue
        after = i + len(known)
        extra = said[after]
        if not name_like(extra) or extra in known or len(known) >= MOST_PARTS:
            continue
        if len(known) == 1:
            ended = after + 1 == len(said) or (after + 1 in numbers and not is_common(extra))
            if len(said) != 2 and not ended:
                continue  # "linda said the sink is slow", "linda said 3 heaters came"
        elif after + 1 not in ends or (is_common(extra) and not typed(text, extra)):
            continue  # "lucia paredes here", "lucia paredes will call back"
        return as_written(text, f"{' '.join(said[i:after])} {extra}")
    return _with_a_part_between(said, known, ends, text)


def _with_a_part_between(
    said: tuple[str, ...], known: list[str], ends: set[int], text: str
) -> str | None:
    """ "es nicanor arredondo villegas" after "Nicanor Villegas": the name said again whole,
    a surname or middle name put in between its first and last parts, at the end of a
    clause."""
    if not 2 <= len(known) < MOST_PARTS:
        return None
    size = len(known) + 1
    for i in range(len(said) - size + 1):
        window = list(said[i : i + size])
        if window[0] != known[0] or window[-1] != known[-1] or i + size not in ends:
            continue
        for k in range(1, size - 1):
            inserted = window[k]
            if (
                window[:k] + window[k + 1 :] == known
                and name_like(inserted)
                and inserted not in known
                and not is_common(inserted)
            ):
                return as_written(text, " ".join(window))
    return None


def with_completed(u: Understanding, text: str, before: str | None) -> Understanding:
    """`u`, with the name on the table completed when the caller said it again with more
    (`completed`) or put right after an apology (`put_right`: "oops sorry, Henderson now.
    Kayla Henderson"), and understanding found no name of its own."""
    if u.name is not None:
        return u
    if (whole := completed(before, text)) is None and (whole := put_right(before, text)) is None:
        return u
    return replace(u, name=Extracted(whole, 0.8))


def someone_elses(text: str, name: str) -> bool:
    """`name` was said as the name of the person the visit is for ("it's for Evelyn Strand",
    "ella se llama Rosalinda Ochoa"), not as the caller's own."""
    if KINS_NAME.search(normalise(text).text):
        return True  # "put it under my dad's name, Constantin Papadakis"
    found = named_for(normalise(text), name_part, clean_name)
    return found is not None and fold(found.value) == fold(name)
