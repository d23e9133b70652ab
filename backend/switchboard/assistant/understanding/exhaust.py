"""Exhaust in the house: what a furnace, a boiler or a water heater sends up its flue, smelled
indoors ("the basement smells like car exhaust", "huele a mofle"). It is carbon monoxide's
sign, not the gas company's: the meaning model, hearing a smell, leans to a gas leak, and the
advice for that (leave, call the gas company) says nothing of the fumes. Said in answer to the
carbon monoxide question, it confirms it.
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

EXHAUST_SMELL = (
    # Whose exhaust it is may come between ("smells like a car's exhaust").
    # "Like" may be gone from the normalised text ("a smell in the basement car exhaust").
    r"(?:smell\w*|stinks?|reeks?|odou?r)(?: [\w']+){0,3}(?: (?:like|of))?(?: [\w']+){0,2} "
    r"exhaust(?! (?:fans?|hoods?|vents? fans?|systems?))",
    r"exhaust (?:smell|fumes|odou?r|stink)",
    r"(?:smell|stink) of (?:the )?(?:fumes|exhaust)",
    # Fumes with their source: paint or cleaning fumes are no flue's.
    r"(?:exhaust|furnace|boiler|heater|water heater|car|engine|combustion) fumes",
    r"fumes (?:coming |pouring |leaking )?(?:from|out of|off) (?:the |our |my )?(?:furnace|boiler|"
    r"heater|water heater|vent|flue|chimney)",
    r"(?:huele|olor|apesta)(?: [a-z]+){0,2} (?:a|como a) (?:escape|mofle|humo de (?:carro|coche|"
    r"camion|motor))",
)
# The gas itself said: then the smell may be both, and the gas leak stands.
_GAS_SAID = words(r"gas", r"propane", r"rotten eggs?", r"huevo podrido", r"gas natural")
_EXHAUST = words(*EXHAUST_SMELL)


def smell_is_exhaust(norm: Normalised) -> bool:
    """The smell is exhaust, and nothing names gas."""
    return found(_EXHAUST, norm) and not found(_GAS_SAID, norm)
