"""No heat or no cooling told over several turns: the failure, the dangerous weather and the
person at risk in it, each said when the caller thinks of it ("it's 94 in here and still
going up, my husband just had heart surgery" ... "nothing comes out of the vents"). The facts
of every turn (`understanding/weather_facts.py`) are kept on the state; the turn that adds
the last one pages, as a dispatcher would who heard the whole call.

A dispatcher's question about the heat or the cold, once asked, takes the failure as told (it
was asked because the cooling or heating failed). A caller who says it is not urgent, answers
that question with a no, or puts the people elsewhere ("she's staying with us") settles it:
nothing said later pages by this route. One turn that says all three and was not paged (the
understanding judged it so) is not paged here either.
"""

from __future__ import annotations

from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.understanding import Hazard, Understanding
from switchboard.assistant.understanding.weather_facts import (
    AT_RISK,
    COLD,
    ELSEWHERE,
    HOT,
    NO_COOLING,
    NO_HEATING,
)

SETTLED = "settled"
_COMPLETE = (
    (Hazard.NO_AC_EXTREME_HEAT, frozenset({NO_COOLING, HOT, AT_RISK})),
    (Hazard.NO_HEAT_FREEZING, frozenset({NO_HEATING, COLD, AT_RISK})),
)
# The failure a dispatcher's question takes as told.
_ASKED_ABOUT = {
    Hazard.NO_AC_EXTREME_HEAT.value: NO_COOLING,
    Hazard.NO_HEAT_FREEZING.value: NO_HEATING,
}
_NEEDED = {hazard.value: needed for hazard, needed in _COMPLETE}
WEATHER_HAZARDS = frozenset(_ASKED_ABOUT)


def settle(state: DialogState) -> None:
    """The caller said it can wait, or that nobody is at risk: no page by this route."""
    state.weather_told = [SETTLED]


def completed(state: DialogState, u: Understanding, asked: str | None = None) -> str | None:
    """Keep this turn's facts; the weather hazard they complete with the earlier turns', when
    this turn says what was missing, or when the dispatcher's question about it (`asked`) goes
    unanswered and the call has told the rest."""
    told = set(state.weather_told)
    if SETTLED in told:
        return None
    if ELSEWHERE in u.weather_facts:
        settle(state)
        return None
    now = told | u.weather_facts
    state.weather_told = sorted(now)
    if asked in _ASKED_ABOUT and _NEEDED[asked] <= now | {_ASKED_ABOUT[asked]}:
        return asked
    presumed = {_ASKED_ABOUT[h] for h in state.triaged if h in _ASKED_ABOUT}
    before = told | presumed
    for hazard, needed in _COMPLETE:
        if needed <= now | presumed and not needed <= before and not needed <= u.weather_facts:
            return hazard.value
    return None
