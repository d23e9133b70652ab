"""Rain through an opened roof, told over more than one turn: the roof torn open or its tarp
gone in one ("he left a tarp over the part he tore off and the wind ripped it off"), the water
coming down through the attic or the ceiling in the next ("it's coming through the bedroom
ceiling now"). The turn with the water alone reads as a flood; for a tenant who fixes roofs
the advice is the roof's (stay out from under it), never a plumber's (shut the main water
valve, which does nothing for rain). The water must come from above in the turn that pages
(through the attic or a ceiling) unless it answers the roof question; water the caller puts
down to the plumbing (a pipe, a water heater, the unit upstairs) stays a flood. A roof
question already asked in the call ("Is rain coming in through the roof?") answered with
water coming in is the roof's too.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.hazard_signs import (
    FLOOD_FROM_PLUMBING,
    FROM_ABOVE,
    RAIN,
    ROOF_OPENED,
)
from switchboard.assistant.understanding.hazard_words import ROOF
from switchboard.assistant.understanding.model import Hazard
from switchboard.assistant.understanding.normalise import Normalised, normalise
from switchboard.assistant.understanding.phrases import affirmed, found

ROOF_TRADES = ("roofing", "handyman")


def _said(pattern: re.Pattern[str], norm: Normalised) -> bool:
    return next(affirmed(pattern, norm), None) is not None


def through_the_roof(
    hazards: list[str],
    earlier: list[str],
    text: str,
    trades: tuple[str, ...],
    roof_asked: bool = False,
) -> list[str]:
    """The hazards paged, a flood turned into the roof's breach when the call has told the
    roof opened (or the roof question was asked) and this turn's water is not the plumbing's."""
    flood, roof = Hazard.FLOODING.value, Hazard.ROOF_BREACH.value
    if flood not in hazards or roof in hazards:
        return hazards
    if trades and not any(t in ROOF_TRADES for t in trades):
        return hazards
    now = normalise(text)
    if found(FLOOD_FROM_PLUMBING, now):
        return hazards
    # The water comes from above now (through the attic, the ceiling), or answers the roof
    # question: a basement flooding after a tarp left a woodpile is no roof's.
    if not (roof_asked or _said(FROM_ABOVE, now)):
        return hazards
    told = [normalise(t) for t in earlier if t] + [now]
    opened = roof_asked or any(_said(ROOF, n) or _said(ROOF_OPENED, n) for n in told)
    if not (opened or any(_said(RAIN, n) for n in told)):
        return hazards
    return [roof if h == flood else h for h in hazards]
