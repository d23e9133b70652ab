"""Whom a visit is for, when the caller books it for someone else: "it's for Evelyn Strand",
"the appointment is for Hal Brody", "es para Remedios Alvarado", and, once the turn says the
place or the visit is a relative's ("at my mom's house", "el fregadero de mi mamá"), "her name
is Rosa Quint" or "ella se llama Remedios Alvarado". That person's name is the booking's."""

from __future__ import annotations

import re
from collections.abc import Callable

from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Extracted
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.name_words import PARTICLES, run, trimmed
from switchboard.assistant.understanding.normalise import Normalised, strip_accents

# Relatives and others a caller books for ("my mom's house", "mi suegra").
_KIN = (
    r"(?:mom|mother|mum|mama|dad|father|papa|grandma|grandmother|grandpa|grandfather|"
    r"aunt|uncle|son|daughter|sister|brother|mother-in-law|father-in-law|neighbor|neighbour|"
    r"tenant|renter|friend|grandson|granddaughter|in-laws|parents)"
)
_KIN_ES = (
    r"(?:mama|mami|madre|papa|papi|padre|abuela|abuelita|abuelo|tia|tio|hija|hijo|hermana|"
    r"hermano|suegra|suegro|vecina|vecino|inquilina|inquilino|amiga|amigo|padres|suegros)"
)
# The turn says the place or the visit is that person's, not only that they exist.
_FOR_SOMEONE_ELSE = re.compile(
    rf"(?<![\w'])(?:(?:for|at|to) (?:my|our) {_KIN}(?![\w'])|(?:my|our) {_KIN}'s (?!name)|"
    rf"(?:my|our) {_KIN} (?:lives|has|needs|is having)(?![\w'])|"
    rf"(?:mi|nuestra|nuestro) {_KIN_ES}(?![\w']))"
)
# "It's for Evelyn Strand", "the appointment is for ...", "es para ...", "a nombre de ...".
_FOR = re.compile(
    r"(?<![\w'])(?:(?:it's|its|it is|this is|that's|that is|"
    r"the (?:appointment|appt|visit|booking|service|job|work) (?:is|will be)|"
    r"book(?:ing)? (?:it|this)|put it) for|"
    r"(?:(?:la cita|la visita|el servicio|el trabajo) )?es para) "
)
# The relative named right after being said: "it's for my mom Bettye Lowe", "the visit is
# for my father, Hal Brody", "es para mi mamá Remedios Alvarado".
_FOR_KIN = re.compile(
    rf"(?<![\w'])(?:for (?:my|our) {_KIN}|para (?:mi|nuestra|nuestro) {_KIN_ES}) (?=[a-z])"
)
# Said of the relative: "her name is ...", "ella se llama ...", "su nombre es ...".
_NAMED = re.compile(
    r"(?<![\w'])(?:(?:her|his|their) name(?:'s| is)|(?:ella|el) se llama|"
    r"se llama|su nombre es|(?:my|our) [a-z-]+'s name(?:'s| is)) "
)


# "Put it under my dad's name", "a nombre de mi mamá": the booking's name is a relative's.
KINS_NAME = re.compile(
    rf"(?<![\w'])(?:(?:my|our|her|his|their) {_KIN}(?:'s|s)? name|"
    # "put it under her name, it's Gloria", "a nombre de ella": the kin said before
    rf"under (?:her|his|their) name|(?:a|bajo el|con el) nombre de (?:ella|el)|"
    rf"(?:a|bajo el|con el) nombre de (?:mi|su|nuestra|nuestro) {_KIN_ES})(?![\w'])"
)


def for_someone_else(text: str) -> bool:
    """The turn says the visit or the place is a relative's, a tenant's or a neighbour's."""
    return _FOR_SOMEONE_ELSE.search(text) is not None


def named_for(
    norm: Normalised, is_part: Callable[[str], bool], clean: Callable[[str], str | None]
) -> Extracted[str] | None:
    """The name of the person the visit is for, said in the turn; `is_part` and `clean` are
    the caller's own name rules (identity.py), so the same words end a name."""
    statements = [*_FOR.finditer(norm.text), *_FOR_KIN.finditer(norm.text)]
    opening: set[re.Match[str]] = set()
    if for_someone_else(norm.text):
        statements += _NAMED.finditer(norm.text)
    else:
        # "Ella se llama ...", "... apartment 4C, her name is ...": the person spoken of before
        # (the caller said whom the visit is for in an earlier turn), named in full ("her name
        # is Rosa, she'll let him in" names who opens the door). "Se llama" alone may be
        # anyone's ("the tech last time, se llama Joel").
        said_of = [m for m in _NAMED.finditer(norm.text) if m.group(0) != "se llama "]
        statements += said_of
        opening = set(said_of)
    for m in sorted(statements, key=lambda s: s.start()):
        start = norm.token_index(m.end())
        if start >= len(norm.tokens):
            continue
        words, _, ended = run(norm.tokens, start, is_part, norm.breaks)
        words = trimmed(words, ended, norm.raw)
        name = clean(" ".join(words)) if words else None
        if name is None:
            continue
        if m in opening:
            if len([p for p in name.split() if p.lower() not in PARTICLES]) < 2:
                continue
        elif not _a_persons(name, norm.raw, named=m.re is _NAMED):
            continue
        return Extracted(as_written(norm.raw, name), 0.9)
    return None


def _a_persons(name: str, raw: str, named: bool) -> bool:
    """ "It's for Tuesday", "it's for the kitchen sink", "es para cambiarlo": the words after
    "for" are a person's name only when they are a first and last name, not all everyday
    words, and either no everyday word at all or typed as a name."""
    if named:
        return True
    parts = [p for p in name.split() if p.lower() not in PARTICLES]
    everyday = [p for p in parts if is_common(p.lower(), "en") or is_common(p.lower(), "es")]
    typed = all(re.search(rf"\b{re.escape(strip_accents(p))}\b", strip_accents(raw)) for p in parts)
    return len(parts) >= 2 and len(everyday) < len(parts) and (typed or not everyday)
