""" "Emergency" as part of another kind of business's name: "is this the emergency vet on
Baseline?", "I need the emergency animal hospital", "la veterinaria de emergencia". The
word names where the caller meant to call, not a hazard in a home: no declaration for the
trade. A hazard named in the turn is still judged by its own rules, and "emergency" said
again on its own ("this is an emergency, the basement is flooding") still is one.
"""

from __future__ import annotations

from switchboard.assistant.understanding.hazard_words import EMERGENCY_WORDS
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, words

# Kinds of place whose emergencies are people's or animals' health, never a trade's.
_CARE = (
    r"(?:vet|vets|veterinarian|veterinary|vet clinic|vet hospital|animal hospital|animal clinic|"
    r"animal er|pet hospital|pet clinic|pet er|dentist|dental|clinic|doctor|hospital|"
    r"pediatrician|care center|medical)"
)
_CARE_NAMED = words(
    rf"emergency {_CARE}",
    r"(?:veterinaria|clinica|hospital|dentista|doctor|medico|consultorio)s? de (?:emergencias?|"
    r"urgencias?)",
    r"(?:emergencias?|urgencias?) (?:veterinarias?|medicas?)",
)


def names_other_care(norm: Normalised) -> bool:
    """Every "emergency" the turn says names a place of medical or animal care."""
    spans = [m.span() for m in _CARE_NAMED.finditer(norm.text)]
    if not spans:
        return False
    said = list(affirmed(EMERGENCY_WORDS, norm))
    return all(any(a <= m.start() < b for a, b in spans) for m in said)
