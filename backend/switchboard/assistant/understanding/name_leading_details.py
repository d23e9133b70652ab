"""A first and last name said first in one breath, the rest of the details running on after it
with nothing to mark where the name ends.

"brandy cole we're in lot 47 at the park at 3300 east main street", "rosa villarreal siete
siete catorce lawndale", "marta cervantes estamos en el parque de trailas 9800 bissonnet lote
31", "vern tolliver have him call me back at this number": speech recognition writes no comma,
so the name ends at the first word no name has, and what comes after it says the turn is the
caller's details: the digits of a house number (its street said with no kind, or broken off:
"ted nakamura fourteen oh sorry you there") or a phone (a year or a size, "rheem tankless
2019 model", is no address), a lot or unit with its number, where the caller is ("we're in",
"estamos en") before a number, the place said as such before its number ("la casa es la
1419 ..."), or how to reach them or someone spoken of ("he has my number") when the name was asked.

Read only when the name opens the turn (after a greeting or a "yes"), has two or three parts,
not all everyday words unless typed with a capital ("kitchen sink 3 days" is the job), is no
business, answer or served town, and never while the problem is asked (the job is told then)."""

from __future__ import annotations

from switchboard.assistant.understanding.address import detect_address, street_start
from switchboard.assistant.understanding.company import is_business
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Context, Expecting, Extracted
from switchboard.assistant.understanding.name_beside_address import UNIT_WORDS, phone_start
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.name_rules import (
    GREETINGS,
    LEADS,
    an_answer,
    clean_name,
    name_like,
)
from switchboard.assistant.understanding.name_words import parts_of, run, typed
from switchboard.assistant.understanding.normalise import Normalised, fold
from switchboard.assistant.understanding.yesno import YES_WORDS

_CONFIDENCE = 0.75
# Where the caller is, said right after the name: "we're in lot 47", "estamos en el parque".
_WHERE_WE_ARE = {"we're", "were", "i'm", "im", "we", "i", "estamos", "estoy", "vivo", "vivimos",
                 "live", "living", "staying"}  # fmt: skip
# How to reach the caller, said right after the name given when asked for it.
# The place said as such before its number: "la casa es ...", "the address is ...".
_WHOSE = {"the", "my", "our", "her", "his", "la", "el", "mi", "su"}
_PLACES = {"house", "home", "address", "place", "casa", "direccion", "domicilio"}
# Someone spoken of, said right after the name given when asked: "he has my number".
_SOMEONE = {"he", "she", "they", "el", "ella", "ellos", "ellas"}
_REACH = {"have", "call", "text", "reach", "tell", "ask", "llamen", "llameme", "marquen"}


def name_leading_details(norm: Normalised, context: Context) -> Extracted[str] | None:
    if context.expecting in (Expecting.PROBLEM, Expecting.NOTHING):
        return None
    tokens = norm.tokens
    start = 0
    while start < len(tokens) and (
        tokens[start] in GREETINGS or tokens[start] in LEADS or tokens[start] in YES_WORDS
    ):
        start += 1
    if start in norm.breaks:
        return None
    words, end, _ = run(tokens, start, name_like, norm.breaks)
    # "walt pruitt he has my number": "he" may end a surname ("Wei He"), not when a clause
    # goes on after it.
    cut = next((k for k in range(2, len(words)) if words[k] in _SOMEONE), None)
    if cut is not None and end < len(tokens) and list(tokens[start : start + cut]) == words[:cut]:
        words, end = words[:cut], start + cut
    if not 2 <= len(parts_of(words)) <= 3 or end >= len(tokens) or end in norm.breaks:
        return None  # a name alone, or ending its clause: other rules read it
    if not _details_follow(norm, end, context):
        return None
    said = " ".join(words)
    if an_answer(said) or is_business(said):
        return None
    if all(is_common(p) and not typed(norm.raw, p) for p in parts_of(words)) and not (
        _asked_and_answered(norm, end, context, words)
    ):
        return None  # "kitchen sink 3 days", "back bedroom we're in ..."
    if fold(said) in {fold(town) for town in context.towns}:
        return None
    name = clean_name(said)
    if name is None or len(name.split()) != len(words):
        return None
    return Extracted(as_written(norm.raw, name), _CONFIDENCE)


def _asked_and_answered(norm: Normalised, end: int, context: Context, words: list[str]) -> bool:
    """ "norma hernández él ya tiene mi número": asked for the name, the words before someone
    spoken of are the name though Spanish writes them every day (Hernández, López), when none
    is an everyday English word."""
    return (
        context.expecting is Expecting.NAME
        and norm.tokens[end] in _SOMEONE
        and not any(is_common(p, "en") for p in parts_of(words))
    )


def _details_follow(norm: Normalised, end: int, context: Context) -> bool:
    """The word that ended the name begins the caller's details."""
    tokens = norm.tokens
    stop, rest = tokens[end], tokens[end + 1 :]
    number_later = any(t.isdigit() for t in rest)
    if stop.isdigit():
        at = len(" ".join(tokens[:end]))
        said = [p for p in (street_start(norm), phone_start(norm)) if p is not None]
        # "7 7 14 lawndale": a house number said in pieces, "14 oh ..." one broken off after
        # its zero; "2019 model" is a year.
        if any(p >= at for p in said) or (bool(rest) and (rest[0].isdigit() or rest[0] == "oh")):
            return True
        # "guadalupe treviño 6415 harrisburg houston": a street said with no kind.
        found = detect_address(norm, context)
        return found is not None and found.value.line1.split()[:1] == [stop]
    if stop in UNIT_WORDS:
        return bool(rest) and rest[0].isdigit()
    if stop in _WHERE_WE_ARE:
        return number_later or context.expecting in (Expecting.NAME, Expecting.ADDRESS)
    if stop in _WHOSE and rest[:1] and rest[0] in _PLACES:
        return number_later  # "ernesto salgado la casa es la 1419 ...", "the house is 412 ..."
    if stop in _REACH:
        return context.expecting is Expecting.NAME or phone_start(norm) is not None
    if stop in _SOMEONE:
        # "norma hernández él ya tiene mi número": asked for the name, a clause about the
        # one who has the number (or will call) begins after it.
        return context.expecting is Expecting.NAME
    return False
