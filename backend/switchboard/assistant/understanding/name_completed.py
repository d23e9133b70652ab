"""A name stated in part and completed from the rest of the turn: a first name and a last
name each said as such ("first name Chidi, last name Okonkwo", "it's Darnell and the last name
is Okafor"), a first name alone under a partner's surname ("lorraine and dale fitzhugh, it's
under lorraine") or said again whole later in the turn ("it's rosa, rosa ibarra")."""

from __future__ import annotations

import re
from collections.abc import Callable

from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Extracted
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.name_rules import clean_name, name_like
from switchboard.assistant.understanding.name_words import typed
from switchboard.assistant.understanding.normalise import Normalised, fold, normalise

# "First name Chidi, last name Okonkwo", in either order.
_FIRST = re.compile(
    r"(?<![\w'])(?:(?:first|1st) name|nombre)(?: is| es)? "
    r"(?!(?:last|surname|apellido)(?![\w']))([a-z][a-z'-]+)"
)
# "Lee is the first name, last name is Chan", "Ana es mi nombre y el apellido es Ruiz": the
# first name said before it is called one.
_FIRST_SAID_FIRST = re.compile(
    r"(?:^|(?<= ))([a-z][a-z'-]+) (?:is|es) (?:the|my|mi|el) (?:first name|1st name|"
    r"primer nombre|nombre)(?![\w'])"
)
_LAST = re.compile(r"(?<![\w'])(?:last name|surname|apellido)(?:'s|s)?(?: is| es)? ([a-z][a-z'-]+)")


# "It's Darnell and the last name is Okafor", "soy Darnell y mi apellido es Okafor": one name
# stated, then the last name said as such.
_GIVEN_BEFORE = re.compile(
    r"(?:^|(?<= ))(?:it's|its|this is|i'm|i am|my name is|my name's|name's|soy|me llamo|"
    r"mi nombre es|habla) ([a-z][a-z'-]+) (?:and|y) (?:(?:the|my|mi|el) )?$"
)


def with_last_name_said(joined: Normalised, first: Extracted[str]) -> Extracted[str] | None:
    """ "S-I-O-B-H-A-N, last name O'Driscoll", "X-I-M-E-N-A y mi apellido es Paredes": a first
    name spelled out, then the last name said as such in the same turn."""
    if len(first.value.split()) != 1 or (last := _LAST.search(joined.text)) is None:
        return None
    if last[1] == fold(first.value) or not name_like(last[1]):
        return None
    return Extracted(f"{first.value} {as_written(joined.raw, last[1])}", first.confidence)


def with_spelled_last_name(
    joined: Normalised,
    last: Extracted[str],
    stated_in: Callable[[Normalised], Extracted[str] | None],
) -> Extracted[str] | None:
    """ "It's Wojciech, Wojo for short, last name Dabrowski, D-A-B-R-O-W-S-K-I", "jon no h,
    last name seibert, s-e-i-b-e-r-t": a first name stated (`stated_in` reads a statement) or
    said alone opening the turn, then the last name said as such and spelled."""
    said = _LAST.search(joined.text)
    if said is None or said[1] != fold(last.value) or len(last.value.split()) != 1:
        return None
    before = joined.text[: said.start()]
    first = stated_in(normalise(before)) if before else None
    if first is None and (bare := _FIRST_OPENING.match(before)) and name_like(bare[1]):
        first = Extracted(as_written(joined.raw, bare[1]), last.confidence)
    if first is None or len(first.value.split()) != 1 or fold(first.value) == said[1]:
        return None
    return Extracted(f"{first.value} {last.value}", last.confidence)


# "jon no h, last name ...", "sure, dana, last name ...": a first name alone opening the turn
# (with a letter it has or lacks), then the last name said as such.
_FIRST_OPENING = re.compile(
    r"(?:(?:it's|sure|ok|okay|yeah|yes|so|um|uh|and) )*([a-z][a-z'-]+)"
    r"(?: (?:no|with no|without(?: an?| the)?|with(?: an?)?|sin|con) [a-z])?"
    r" (?:(?:and|y) )?(?:(?:the|my|mi|el) )?$"
)


def said_last_name(text: str) -> bool:
    """ "My last name is Ruiz": the word completes the first name already given."""
    return _LAST.search(text) is not None and _FIRST.search(text) is None


def first_and_last(norm: Normalised) -> Extracted[str] | None:
    first, last = _FIRST.search(norm.text), _LAST.search(norm.text)
    if first is None:
        first = _FIRST_SAID_FIRST.search(norm.text)
    if first is None and last is not None:
        first = _GIVEN_BEFORE.search(norm.text[: last.start()])
        if first is not None and is_common(first[1]) and not typed(norm.raw, first[1]):
            return None  # "it's the sink and the last name is ...": no first name given
    if first is None or last is None or not (name_like(first[1]) and name_like(last[1])):
        return None
    return Extracted(as_written(norm.raw, f"{first[1]} {last[1]}"), 0.9)


def with_shared_surname(norm: Normalised, first: Extracted[str]) -> Extracted[str] | None:
    """ "lorraine and dale fitzhugh, it's under lorraine", "pon la cita a nombre de rosa,
    somos rosa y tomás peralta": a first name alone, said in the same turn with a partner's
    under one surname, goes with that surname."""
    given = fold(first.value).split()
    if len(given) != 1:
        return None
    m = re.search(rf"(?<![\w']){re.escape(given[0])} (?:and|y|&) ([a-z'-]+) ([a-z'-]+)", norm.text)
    if m is None or not all(name_like(w) for w in m.groups()):
        return None
    surname = m[2]
    if surname in given or is_common(surname):
        return None
    return Extracted(as_written(norm.raw, f"{given[0]} {surname}"), first.confidence)


def said_in_full(norm: Normalised, one: Extracted[str]) -> Extracted[str] | None:
    """ "its okafor now maria okafor", "it's rosa, rosa ibarra": one name stated, then said
    again with the other part of the name later in the turn, ending its clause; the name
    said whole is the name."""
    given = fold(one.value).split()
    if len(given) != 1:
        return None
    tokens, ends = norm.tokens, {*norm.breaks, len(norm.tokens)}
    seen = [i for i, t in enumerate(tokens) if t == given[0]]
    for i in seen[1:]:
        if i + 1 in ends and name_like(tokens[i - 1]) and tokens[i - 1] != given[0]:
            pair = [tokens[i - 1], given[0]]  # "maria okafor": the first name put before
        elif i + 2 in ends and i + 1 < len(tokens) and name_like(tokens[i + 1]):
            pair = [given[0], tokens[i + 1]]  # "rosa ibarra": the surname put after
        else:
            continue
        name = clean_name(" ".join(pair))
        if name is not None and len(name.split()) == 2:
            return Extracted(as_written(norm.raw, name), one.confidence)
    return None
