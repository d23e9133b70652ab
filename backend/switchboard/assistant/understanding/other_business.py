"""A caller checking whether they reached another kind of business: "is this Dr. Patel's
office?", "have I reached Tony's Pizza?", "¿es el consultorio del dentista?".

A receptionist says who answered before anything else: the caller most likely dialled the
wrong number, and their "move my cleaning to next week" is meant for someone else, never a
message for the owner. A business whose own name carries the word ("Drain Doctor") is this one.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.normalise import Normalised, fold

# Kinds of business no trades shop is: a practice, a shop, an office of another trade.
_OTHER_KIND = (
    r"(?:dr|doctor|doctors|doctor's|dentist|dentists|dentist's|dental|dentistry|orthodontist\w*|"
    r"clinic|medical|pediatric\w*|chiropract\w*|optometr\w*|eye doctor|pharmacy|vet|vets|"
    r"veterinar\w*|animal hospital|hospital|pizza|pizzeria|restaurant|cafe|diner|bakery|salon|"
    r"barber\w*|spa|nails|law office|law firm|attorney\w*|lawyer\w*|realty|bank|school|church|"
    r"daycare|hotel|motel|taxi|cab company|dry clean\w*|pet \w+|grooming|tax office|"
    r"accountant\w*|consultorio|clinica|dentista|doctora?|farmacia|veterinaria|pizzeria|"
    r"restaurante|panaderia|escuela|banco|estetica|peluqueria|abogad[oa]s?|iglesia|guarderia)"
)
_ASKED = re.compile(
    r"(?<![\w'])(?:is this|is that|is it|am i (?:speaking|talking) (?:to|with)|have i reached|"
    r"did i reach|did i call|i'm trying to reach|trying to reach|i'm calling for|is this the "
    r"number for|es (?:el|la)|hablo (?:a|con)|estoy hablando (?:a|con)|llame a|me comunique "
    r"(?:a|con))(?: the| el| la| del| de la)?(?: [a-z'&.-]+){0,3} " + _OTHER_KIND + r"(?![\w'])"
)
_KIND_WORD = re.compile(r"(?<![\w'])" + _OTHER_KIND + r"(?![\w'])")


def other_business_asked(norm: Normalised, business_name: str) -> bool:
    """The caller asks whether this is a business of another kind than this one."""
    match = _ASKED.search(norm.text)
    if match is None:
        return False
    ours = fold(business_name)
    kind = _KIND_WORD.search(match.group())
    return kind is not None and _KIND_WORD.search(ours) is None
