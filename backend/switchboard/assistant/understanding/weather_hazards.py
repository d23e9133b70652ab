"""No heat or no cooling, judged with the weather and the people in it.

A furnace or an air conditioner that has failed is a repair, unless the weather makes it
dangerous (known from the forecast, or said: "it's 90 in the house", "ice in the toilet") for
someone who cannot cope with it (`vulnerable_people`). Both said: the hazard. The failure in
dangerous heat, nobody at risk said yet: a dispatcher's one question, "is anyone very young,
elderly or unwell there?".
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.hazard_signs import HEAT_NOT_ON, INDOOR_COLD
from switchboard.assistant.understanding.hazard_weather_words import (
    EXTREME_HEAT,
    FREEZING,
    NO_AC,
    NO_HEAT,
)
from switchboard.assistant.understanding.model import Context, Hazard
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, found, words
from switchboard.assistant.understanding.vulnerable_people import VULNERABLE

# A failure that began lately goes on now, however past its verb ("the AC died two hours
# ago", "se paró desde anoche"); one long past ("it quit last summer") does not.
FAILED_LATELY = words(
    r"(?:\d+|an?|one|a few|a couple(?: of)?|couple|few|several|half an?) (?:minutes?|mins?|"
    r"hours?|hrs?) ago",
    r"since (?:this morning|last night|yesterday|noon|lunch|early|\d+(?: (?:am|pm))?)",
    # Began a day ago at most: out since, unless said to work again ("died last night").
    r"(?:this morning|last night|overnight|yesterday|ayer|anoche|esta manana|en la madrugada)",
    r"hace (?:\d+|una|unas|unos|un par de|media) (?:horas?|minutos?)",
    r"hace (?:un )?(?:rato|ratito|poco)",
    r"desde (?:la manana|anoche|ayer|hoy|temprano|el mediodia|las \d+)",
)
# The cold said in a word, of the house or of what should heat it ("radiators ice cold",
# "los radiadores están helados"): with someone at risk in it, enough to page.
COLD_SAID = words(r"cold", r"fri[oa]s?", r"helad[oa]s?")
HOT_OUTSIDE_F = 95
COLD_OUTSIDE_F = 32


# The water the heater heats, not the house ("el calentador no calienta, tenemos pura agua
# fría", "the heater's out, nothing but cold showers"): a water heater to fix, whoever bathes.
HOT_WATER = words(
    r"(?:hot|cold|warm) (?:water|showers?|baths?)",
    r"agua (?:fria|caliente|tibia|helada)",
    r"water heater",
    r"calentador de agua",
    r"(?:banar\w*|banandol[oa]|banarl[oa]|banamos|bano a|regadera|ducha)",
)
# The house's own heat: named, or the house or a room said cold.
HOUSE_HEAT = words(
    r"calefaccion",
    r"radiador\w*",
    r"caldera",
    r"calenton",
    r"furnace",
    r"radiators?",
    r"baseboards?",
    r"vents?",
    r"registers?",
    r"thermostat",
    r"termostato",
    r"(?:house|home|apartment|place|room|casa|cuarto|recamara|departamento) (?:is |esta |se "
    r"siente )?(?:so |muy |bien )?(?:cold|fri[oa]|helad[oa]|freezing)",
    r"\d+ (?:degrees|grados)",
)


def water_heater_only(norm: Normalised) -> bool:
    """The heater that failed is the water's: the turn speaks of hot or cold water and never
    of the house's heat."""
    return found(HOT_WATER, norm) and not found(HOUSE_HEAT, norm)


def _said(pattern: re.Pattern[str], norm: Normalised) -> bool:
    return next(affirmed(pattern, norm), None) is not None


def no_heat(norm: Normalised) -> bool:
    """No heat, by name ("the furnace died") or by what it fails to do ("hasn't come on")."""
    return _said(NO_HEAT, norm) or _said(HEAT_NOT_ON, norm)


def dangerous_heat(norm: Normalised, context: Context) -> bool:
    """Heat that harms: known from the weather, or said ("90 in the house", "heat wave")."""
    temp = context.outdoor_temp_f
    return (temp is not None and temp >= HOT_OUTSIDE_F) or found(EXTREME_HEAT, norm)


def weather_hazards(norm: Normalised, context: Context) -> dict[Hazard, float]:
    """No heat or no cooling is an emergency only in dangerous weather (or for vulnerable
    people in it), known from the context or from what the caller says."""
    temp = context.outdoor_temp_f
    vulnerable = found(VULNERABLE, norm)
    out: dict[Hazard, float] = {}
    # Cold outside, or the house itself turning cold ("44 in the house", ice in the toilet).
    cold = (
        (temp is not None and temp <= COLD_OUTSIDE_F)
        or found(FREEZING, norm)
        or _said(INDOOR_COLD, norm)
    )
    if (
        no_heat(norm)
        and not water_heater_only(norm)
        and (cold or (vulnerable and found(COLD_SAID, norm)))
    ):
        out[Hazard.NO_HEAT_FREEZING] = 0.85
    if _said(NO_AC, norm) and vulnerable and dangerous_heat(norm, context):
        out[Hazard.NO_AC_EXTREME_HEAT] = 0.8
    return out


def heat_worth_asking(norm: Normalised, context: Context) -> bool:
    """The cooling failed now in dangerous heat, and nobody at risk is said yet: worth the
    question that finds out ("el aire dejó de enfriar y en la casa ya está en noventa")."""
    return _said(NO_AC, norm) and dangerous_heat(norm, context) and not found(VULNERABLE, norm)
