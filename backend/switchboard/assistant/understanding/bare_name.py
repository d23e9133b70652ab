"""A first and last name said on its own while something else was asked ("naomi feldstein"
to "When would work best?"), or as a clause of its own after a greeting ("Hi, Dmitri
Kalashnik-Moore. Please cancel..."): callers give their details in their own order."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from switchboard.assistant.understanding.company import is_business
from switchboard.assistant.understanding.equipment_makes import a_make
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Extracted
from switchboard.assistant.understanding.name_case import HONORIFICS, as_written
from switchboard.assistant.understanding.name_rules import (
    GREETINGS,
    LEADS,
    an_answer,
    clean_name,
    name_like,
)
from switchboard.assistant.understanding.name_words import parts_of, typed, whole
from switchboard.assistant.understanding.normalise import Normalised, fold

_ABOUT_ONESELF = {"name", "names", "name's", "is", "my", "nombre", "es", "mi"}


def detect_bare_name(norm: Normalised) -> Extracted[str] | None:
    """A first and last name said on their own while something else was asked ("naomi
    feldstein" to "when would work best?", "sure, it's Cheryl Ogunbanjo"): callers give their
    details in their own order. Only for a turn in which nothing else was understood (see
    `understand`), of two or three words that can be a name, in one clause, not all of them
    everyday words (a name's rarer part, often the surname, tells it from "kitchen sink")."""
    tokens = list(norm.tokens)
    while tokens and (tokens[0] in LEADS or tokens[0] in GREETINGS or tokens[0] in _ABOUT_ONESELF):
        tokens.pop(0)
    first = len(norm.tokens) - len(tokens)
    if any(first < b < len(norm.tokens) for b in norm.breaks):
        return None
    return a_name(norm, tokens) or _a_couple(norm, tokens)


_AND = {"and", "y", "&"}


def _a_couple(norm: Normalised, tokens: list[str]) -> Extracted[str] | None:
    """ "gunnar and ellen haugland", "rosa y tomás peralta": two first names under one surname,
    the first one said the caller's (the visit goes under one name)."""
    if len(tokens) != 4 or tokens[1] not in _AND or not name_like(tokens[2]):
        return None
    if is_common(tokens[2]) and is_common(tokens[3]):
        return None  # "tom and jerry show"
    return a_name(norm, [tokens[0], tokens[3]])


def detect_greeted_name(norm: Normalised, business_name: str = "") -> Extracted[str] | None:
    """ "Hi, Dmitri Kalashnik-Moore. Please cancel my appointment", "Hola, Inés Barragán, se
    me tapó el fregadero": a first and last name said as a clause of its own right after the
    greeting that opens the turn (never the business's own name: "Hi, Rapid Rooter.")."""
    tokens = norm.tokens
    start = 0
    while start < len(tokens) and (
        tokens[start] in GREETINGS or (start and tokens[start] == "there")
    ):
        start += 1  # "hi there"
    ends = [b for b in (*sorted(norm.breaks), len(tokens)) if b > start]
    if not start or not ends:
        return None
    words = tokens[start : ends[0]]
    if set(words) & set(fold(business_name).split()):
        return None
    return a_name(norm, words)


def detect_signed_name(norm: Normalised, typed_only: bool = False) -> Extracted[str] | None:
    """ "... 214 Warren St, Brooklyn. Priscilla Oduya-Hart, 347-555-0162": a first and last
    name as a clause of its own right before the phone number, as a message is signed off.
    `typed_only`: before a house number of a street not recognised ("Kim Lutz, 8700 E Via de
    Ventura"), only a name typed with capitals, every word of it."""
    tokens = norm.tokens
    bounds = sorted({0, *norm.breaks, len(tokens)})
    for start, end in pairwise(bounds):
        if typed_only and not (end < len(tokens) and len(tokens[end]) >= 3):
            continue
        if typed_only and not all(typed(norm.raw, t) for t in tokens[start:end]):
            continue
        if (
            end < len(tokens)
            and tokens[end].isdigit()
            and (name := a_name(norm, tokens[start:end]))
        ):
            return name
    return None


# The word a caller turns back to the call with, after speaking to someone in the room.
_BACK_TO_US = ("sorry", "perdon", "perdone", "perdona", "disculpe", "disculpa", "disculpen")
_BACK_TO_US_PAIRS = (("excuse", "me"), ("my", "bad"), ("sorry", "about", "that"),
                     ("lo", "siento"))  # fmt: skip


def detect_name_after_aside(norm: Normalised) -> Extracted[str] | None:
    """ "Brandon deja eso, ya te dije. Perdón, Yolanda Castro", "put that down jake sorry
    karen obi": words said to someone in the room, then an apology that turns back to the
    call and the caller's first and last name, ending the turn."""
    tokens = norm.tokens
    for i in range(len(tokens) - 1, 0, -1):
        said = next((len(p) for p in _BACK_TO_US_PAIRS if tuple(tokens[i : i + len(p)]) == p), 0)
        said = said or (1 if tokens[i] in _BACK_TO_US else 0)
        if said:
            return a_name(norm, tokens[i + said :])
    return None


def a_name(
    norm: Normalised,
    tokens: list[str] | tuple[str, ...],
    is_part: Callable[[str], bool] = name_like,
) -> Extracted[str] | None:
    """`tokens`, when they are a person's first and last name and nothing else."""
    words = whole(tokens, is_part, 2)
    if words is None:
        return None
    said = " ".join(words)
    if is_business(said) or an_answer(said) or a_make(said):
        return None  # "Acme Plumbing Supply", "sounds good", "bradford white"
    if all(is_common(t) for t in parts_of(words)):
        return None  # "kitchen sink", "either works": everyday words, not somebody
    if any(t in HONORIFICS for t in words[1:]):
        return None  # "oiga, señorita": the caller addressing us
    name = clean_name(said)
    if name is None or len(name.split()) != len(words):
        return None
    return Extracted(as_written(norm.raw, name), 0.7)
