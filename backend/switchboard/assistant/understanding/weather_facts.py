"""What one turn says of the three things that make a lost furnace or air conditioner an
emergency: the failure now, the weather that makes it dangerous (said, or known from the
forecast), and someone at risk in it. Callers tell them over several turns ("it's 94 in here
and my husband just had heart surgery", then "nothing comes out of the vents"), so each turn's
facts are kept and put together by the engine (`engine/weather_told.py`); one turn with all
three is paged by `weather_hazards` already.

A turn that is all past ("last summer in the heat wave my mom got dizzy") tells nothing of
now; a turn that puts the people elsewhere ("she's staying with us") says `ELSEWHERE`.
"""

from __future__ import annotations

from switchboard.assistant.understanding.hazard_scope import (
    failed_now,
    now_or_scoped,
    turn_out_of_scope,
)
from switchboard.assistant.understanding.hazard_signs import HEAT_NOT_ON, INDOOR_COLD
from switchboard.assistant.understanding.hazard_weather_words import (
    EXTREME_HEAT,
    FREEZING,
    NO_AC,
    NO_HEAT,
)
from switchboard.assistant.understanding.model import Context
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.people_elsewhere import people_elsewhere
from switchboard.assistant.understanding.phrases import affirmed
from switchboard.assistant.understanding.vulnerable_people import VULNERABLE
from switchboard.assistant.understanding.weather_hazards import (
    COLD_OUTSIDE_F,
    HOT_OUTSIDE_F,
    no_heat,
    water_heater_only,
)

NO_COOLING = "no_cooling"
NO_HEATING = "no_heating"
HOT = "hot"
COLD = "cold"
AT_RISK = "at_risk"
ELSEWHERE = "elsewhere"


def weather_facts(norm: Normalised, context: Context) -> frozenset[str]:
    """The facts of a weather emergency this turn says of now."""
    if people_elsewhere(norm):
        return frozenset({ELSEWHERE})
    if turn_out_of_scope(norm):
        return frozenset()
    temp = context.outdoor_temp_f
    facts: set[str] = set()
    if next(affirmed(NO_AC, norm), None) is not None and failed_now(norm, (NO_AC,)):
        facts.add(NO_COOLING)
    if no_heat(norm) and not water_heater_only(norm) and failed_now(norm, (NO_HEAT, HEAT_NOT_ON)):
        facts.add(NO_HEATING)
    if (temp is not None and temp >= HOT_OUTSIDE_F) or now_or_scoped(EXTREME_HEAT, norm)[0]:
        facts.add(HOT)
    if (
        (temp is not None and temp <= COLD_OUTSIDE_F)
        or now_or_scoped(FREEZING, norm)[0]
        or now_or_scoped(INDOOR_COLD, norm)[0]
    ):
        facts.add(COLD)
    if next(affirmed(VULNERABLE, norm), None) is not None:
        facts.add(AT_RISK)
    return frozenset(facts)
