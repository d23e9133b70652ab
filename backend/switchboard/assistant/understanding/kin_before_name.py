"""Who the caller is to someone, said between "this is" and their name: "this is Rick's wife
Angela", "it's his mom, Carmen Diaz", "habla la esposa de Rick, Angela", "soy su hija
Lupita". The name is the one after the relation; the relation is never part of it, and
when no name follows ("this is Rick's wife, his phone is off") none was said.

Said after the name, the relation ends it and says the name is the caller's own: "it's
Denise, Ray's wife" (written "denise rays wife" by speech recognition), "I'm Paul Abernathy,
her son", "soy Lupita, su hija" (`relation_after`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_KIN_TEXT = """
    wife husband son daughter mom mother mum dad father brother sister partner girlfriend
    boyfriend fiance fiancee assistant secretary neighbor neighbour friend cousin aunt uncle
    grandma grandpa grandmother grandfather grandson granddaughter nephew niece
    mother-in-law father-in-law son-in-law daughter-in-law stepson stepdaughter
"""
_KIN = frozenset(_KIN_TEXT.split())
_KIN_ES_TEXT = """
    esposa esposo mujer marido hija hijo mama mami papa papi madre padre hermana hermano
    suegra suegro nuera yerno novia novio prima primo tia tio nieta nieto sobrina sobrino
    vecina vecino secretaria secretario asistente amiga amigo cunada cunado
"""
_KIN_ES = frozenset(_KIN_ES_TEXT.split())
# "Rick's", never "it's", "that's", "here's" ...
_POSSESSIVE = re.compile(r"(?!(?:it|that|what|here|there|he|she|who|let)'s$)[a-z]+'s")
# ... and as speech recognition writes it, without the apostrophe: "rays wife".
_POSSESSIVE_HEARD = re.compile(r"[a-z]{2,}s")
_WHOSE = {"his", "her", "their", "your"}
_WHOSE_ES = {"su"}
_ARTICLES_ES = {"la", "el"}
_OF = {"de", "del"}


def past_kin(tokens: Sequence[str], start: int) -> int | None:
    """Where the name begins when `tokens[start:]` opens with a relation to someone ("rick's
    wife", "his mom", "la esposa de rick", "su hija"); None when it does not."""
    said = list(tokens[start : start + 4])
    if len(said) >= 2 and said[1] in _KIN and (_whose(said[0]) or said[0] in _WHOSE):
        return start + 2
    if len(said) >= 2 and said[0] in _WHOSE_ES and said[1] in _KIN_ES:
        return start + 2
    if len(said) >= 4 and said[0] in _ARTICLES_ES and said[1] in _KIN_ES and said[2] in _OF:
        return start + 4  # "la esposa de rick": the one whose she is, then her name
    return None


def _whose(word: str) -> bool:
    """ "rick's", or "ricks" as speech recognition writes it."""
    return _POSSESSIVE.fullmatch(word) is not None or _POSSESSIVE_HEARD.fullmatch(word) is not None


def relation_after(tokens: Sequence[str], end: int) -> bool:
    """`tokens[end:]` opens with who the one named just before is to someone: "her son",
    "rick's wife", "rays wife", "su hija", "la esposa de rick"."""
    return past_kin(tokens, end) is not None
