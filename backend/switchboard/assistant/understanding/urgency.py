"""Is there an active hazard now? Rules and the meaning model, judged together.

Three answers, as a dispatcher gives them:
- certain: the rules see a hazard happening now, or the meaning model is sure of one. The
  owner is paged at once and the safety advice is spoken. Either trigger is enough.
- uncertain: a hazard was mentioned only in a scope that may not be current (past,
  prevention, an install, a brief recurring smell), or the model leans towards one without
  being sure. One short triage question decides (`triage`).
- routine: nothing points to a hazard; the call is never paged.
"""

from __future__ import annotations

from dataclasses import dataclass

from switchboard.assistant.understanding.aside_dismissed import after_the_aside
from switchboard.assistant.understanding.exhaust import smell_is_exhaust
from switchboard.assistant.understanding.hazard_containment import (
    checked_and_cleared,
    outside_spill,
    weather_moves_visit,
)
from switchboard.assistant.understanding.hazard_scope import (
    all_clear,
    failed_now,
    turn_out_of_scope,
)
from switchboard.assistant.understanding.hazard_scope_words import VISIT_QUESTION
from switchboard.assistant.understanding.hazard_signs import CLEAN_WATER_SOURCES, DIRTY_WATER
from switchboard.assistant.understanding.hazard_weather_words import (
    COOLING_SIDE,
    EXTREME_HEAT,
    HEATING_SIDE,
    NO_AC,
    TEMPERATURE_TOPIC,
)
from switchboard.assistant.understanding.hazard_words import (
    ELECTRIC_THINGS,
    ELECTRICAL_FIRE,
    HELD_IN_FIXTURE,
    SPILLING_OVER,
)
from switchboard.assistant.understanding.hazards import (
    BUILT_IN,
    hazard_mentions,
    says_it_is_happening,
    smell_is_the_waters,
)
from switchboard.assistant.understanding.meaning import MeaningJudgement
from switchboard.assistant.understanding.mistaken_beliefs import believed_then_put_right
from switchboard.assistant.understanding.model import Context, Expecting, Extracted, Hazard
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.numbers import is_number_word
from switchboard.assistant.understanding.people_elsewhere import people_elsewhere
from switchboard.assistant.understanding.phrases import found
from switchboard.assistant.understanding.power_cut_off import told_cut_off
from switchboard.assistant.understanding.smell_named import (
    only_a_word_put_right,
    smell_is_a_chemical,
    smell_is_something_else,
)
from switchboard.assistant.understanding.smoke_left_over import smoke_left_over
from switchboard.assistant.understanding.weather_hazards import heat_worth_asking, no_heat

# Margins of the model's best active hazard over its best routine kind of call. Chosen on the
# examples file and paraphrases written for it, never on an evaluation batch.
CERTAIN_MARGIN = 0.15
ASK_MARGIN = 0.06
# When the rules saw the hazard word only in a past/preventive/install scope, the model must
# be surer to overrule them.
CERTAIN_OVER_SCOPE = 0.22


_WEATHER = {Hazard.NO_HEAT_FREEZING, Hazard.NO_AC_EXTREME_HEAT}
_HELD_WATER = {Hazard.FLOODING, Hazard.SEWAGE_BACKUP}
_ELECTRICAL = {Hazard.ELECTRICAL_FIRE, Hazard.ELECTRICAL_SHOCK}
_WATER_IN = {Hazard.FLOODING, Hazard.ROOF_BREACH, Hazard.SEWAGE_BACKUP}


@dataclass(frozen=True, slots=True)
class Urgency:
    hazards: list[Extracted[Hazard]]
    triage: Extracted[Hazard] | None


def judge_urgency(norm: Normalised, context: Context) -> Urgency:
    urgency = _clean_water(_judge(norm, context), norm)
    if people_elsewhere(norm):
        # "Her AC died, she's fine, she's staying with us": nobody is in the heat or the cold.
        return _without_weather(urgency)
    if not urgency.hazards and urgency.triage is None and _heat_question(norm, context):
        return Urgency([], Extracted(Hazard.NO_AC_EXTREME_HEAT, 0.5))
    triage = urgency.triage
    if triage is not None and triage.value is Hazard.FLOODING and found(ELECTRIC_THINGS, norm):
        # "Water's spreading toward the power strip": the question, and the advice a yes
        # brings, are the ones for water near electricity. The turn is the place to see it.
        return Urgency(
            urgency.hazards, Extracted(Hazard.FLOODING_NEAR_ELECTRICS, triage.confidence)
        )
    return urgency


def _without_weather(urgency: Urgency) -> Urgency:
    triage = urgency.triage
    return Urgency(
        [h for h in urgency.hazards if h.value not in _WEATHER],
        None if triage is None or triage.value in _WEATHER else triage,
    )


def _heat_question(norm: Normalised, context: Context) -> bool:
    """The cooling failed now in dangerous heat and nobody at risk is said yet: a dispatcher
    asks who is in the house. Not when it failed only in the past or works again."""
    return heat_worth_asking(norm, context) and failed_now(norm, (NO_AC,))


def _clean_water(urgency: Urgency, norm: Normalised) -> Urgency:
    """Sewage the model leans to, when the water comes from the supply side (a dishwasher, a
    water heater, the yard by the meter) and nothing speaks of a drain, a toilet, dirt or a
    smell: it is clean water escaping, and its question and advice are the flood's."""
    if not found(CLEAN_WATER_SOURCES, norm) or found(DIRTY_WATER, norm):
        return urgency

    def clean(h: Extracted[Hazard]) -> Extracted[Hazard]:
        if h.value is Hazard.SEWAGE_BACKUP:
            return Extracted(Hazard.FLOODING, h.confidence)
        return h

    hazards: list[Extracted[Hazard]] = []
    for h in map(clean, urgency.hazards):
        if all(h.value is not kept.value for kept in hazards):
            hazards.append(h)
    triage = clean(urgency.triage) if urgency.triage is not None else None
    return Urgency(hazards, triage)


def _judge(norm: Normalised, context: Context) -> Urgency:
    mentions = hazard_mentions(norm, context)
    now, scoped = mentions.now, mentions.scoped
    if now and any(h.value is not Hazard.TENANT_DEFINED for h in now):
        return Urgency(now, None)
    if now:
        # Only the business's own emergency words: they page; the meaning, when sure, names
        # the hazard so its advice is given too ("se salió el agua" is water coming in).
        named = (
            context.meaning.judge(after_the_aside(norm)) if context.meaning is not None else None
        )
        named = named.best_of(lambda h: _allowed(h, context)) if named is not None else None
        # So does a water hazard it only leans to, when the caller says the water is
        # spreading now ("está saliendo por debajo de la puerta y ya llegó a la sala").
        sure = named is not None and (
            named.margin >= CERTAIN_MARGIN
            or (
                named.hazard in _WATER_IN
                and says_it_is_happening(named.hazard, norm, context.outdoor_temp_f)
            )
        )
        if named is not None and sure and not turn_out_of_scope(norm):
            now = [Extracted(named.hazard, 0.8), *now]
        return Urgency(now, None)
    judged: MeaningJudgement | None = (
        context.meaning.judge(after_the_aside(norm))
        if context.meaning is not None
        and _describes(norm, context)
        and not only_a_word_put_right(norm)
        else None
    )
    if judged is not None:
        # A hazard of another trade (a breached roof, for a plumber) gives way to the
        # nearest one that applies (water coming in); so does one the weather rules out (no
        # heat when it is 110 outside is the cooling that failed).
        # Likewise gas, when the smell is the water's own ("the hot water smells of eggs").
        water_smell = smell_is_the_waters(norm)
        # Nor is exhaust smelled indoors a gas leak: it is what a flue carries off.
        fumes = smell_is_exhaust(norm) or smell_is_something_else(norm) or smell_is_a_chemical(norm)
        # A gutter spilling outside is no water coming in, whichever trade hears it.
        outside = outside_spill(norm)
        judged = judged.best_of(
            lambda h: (
                _allowed(h, context)
                and not ((water_smell or fumes) and h is Hazard.GAS_LEAK)
                and not (outside and h in _WATER_IN)
            )
        )
        if judged is not None and judged.hazard in _WEATHER and not found(TEMPERATURE_TOPIC, norm):
            # Heat or cooling lost, when the turn speaks of neither nor of the temperature
            # ("my mom's 82, her toilet runs"): the lean is the person, not a hazard.
            judged = None
        if judged is not None and judged.hazard in _WEATHER:
            judged = _weather_side(judged, norm, context)
    # Checked and cleared by those who came ("the meter read zero, the detector was expired").
    clear = all_clear(norm, [*scoped, *([judged.hazard] if judged else [])])
    # Weather to come, given as the reason to move the visit ("rain all day tomorrow, can we
    # move it to Monday?"): a scheduling change, not water coming in.
    clear = clear or checked_and_cleared(norm) or weather_moves_visit(norm)
    # A hazard only feared and put right in the same breath ("thought the house was flooding,
    # but it's just the tank filling"): the caller has answered the question already.
    clear = clear or bool(believed_then_put_right(norm))
    # A smoke smell left by a fire told as over ("a grease fire weeks ago, it's out, but the
    # vents smell like smoke"): the caller has said what it is.
    clear = clear or smoke_left_over(norm, ELECTRICAL_FIRE)
    # Electrics that sparked or smelled before the caller cut their power and left it off:
    # contained, unless the model names another kind of hazard.
    clear = clear or (told_cut_off(norm) and (judged is None or judged.hazard in _ELECTRICAL))
    if judged is None:
        # Without the model, a hazard mentioned out of scope is still worth one question,
        # unless the caller said nothing is happening now.
        return Urgency([], Extracted(scoped[0], 0.5) if scoped and not clear else None)
    hazard = judged.hazard
    if mentions.denied:
        # "No gas smell", "nothing's going off": the caller ruled it out; only a different,
        # unmistakable hazard stands.
        if hazard not in mentions.denied and judged.margin >= CERTAIN_OVER_SCOPE:
            return Urgency([Extracted(hazard, 0.8)], None)
        return Urgency([], None)
    # The model weighs meaning, not tense: a turn that speaks only of the past, of prevention
    # or of an install ("last July the AC quit in the heat, I want a tune-up before summer")
    # is held to the same higher bar as a hazard word in such a scope.
    # Only the rules can overrule a turn that is all past or prevention: the model alone asks.
    past = turn_out_of_scope(norm)
    # A question about the visit already booked, with the weather as its reason, is held to
    # the same bar: the model alone never pages it.
    elsewhere = bool(scoped) or clear or past or found(VISIT_QUESTION, norm)
    certain = CERTAIN_OVER_SCOPE if scoped or clear else CERTAIN_MARGIN
    if judged.margin >= certain and _allowed(hazard, context) and (scoped or not elsewhere):
        return Urgency([Extracted(hazard, round(min(0.9, 0.6 + judged.margin), 2))], None)
    if clear:
        return Urgency([], None)
    if scoped:
        # The rules named the concern; the model only says how sure to be of it. A turn that
        # is all past or prevention ("it sparked once last week, I've taped it over since")
        # needs the model to lean as it would for a question without any hazard word.
        if judged.margin >= (CERTAIN_MARGIN if past else ASK_MARGIN - 0.1):
            return Urgency([], Extracted(scoped[0], 0.5))
        return Urgency([], None)
    if elsewhere:
        # What would have been certain is worth one question; a lean is not.
        if judged.margin >= CERTAIN_MARGIN and _allowed(hazard, context):
            return Urgency([], Extracted(hazard, 0.5))
        return Urgency([], None)
    if judged.margin >= ASK_MARGIN and _allowed(hazard, context):
        held = found(HELD_IN_FIXTURE, norm) and not found(SPILLING_OVER, norm)
        if hazard in _HELD_WATER and held:
            # A slow tub or sink, its water still in it ("you're standing in water the whole
            # shower"): a drain to clear, not water escaping. Signs of sewage page by rule.
            return Urgency([], None)
        if says_it_is_happening(hazard, norm, context.outdoor_temp_f):
            # The caller already answered the question a dispatcher would ask ("the detector
            # is going off and my wife has a headache"): no need to ask it.
            return Urgency([Extracted(hazard, round(0.6 + judged.margin, 2))], None)
        if context.expecting in _DETAIL_ANSWERS:
            return Urgency([], None)  # an address or a time, however long, is not a lean
        return Urgency([], Extracted(hazard, round(0.5 + judged.margin, 2)))
    return Urgency([], None)


# An answer to a detail question ("twelve twelve east sixty third street", "this is gina
# ross") describes no problem: the model weighs it only when it is long enough to say more.
_DETAIL_ANSWERS = {
    Expecting.NAME,
    Expecting.ADDRESS,
    Expecting.PHONE,
    Expecting.TIME,
    Expecting.SLOT,
    Expecting.CONFIRMATION,
    Expecting.CHANGE,
}
MIN_WORDS, MIN_WORDS_AFTER_A_QUESTION = 4, 8


def _describes(norm: Normalised, context: Context) -> bool:
    needed = MIN_WORDS_AFTER_A_QUESTION if context.expecting in _DETAIL_ANSWERS else MIN_WORDS
    # Digits and number words ("nine thirteen five five five...") describe nothing.
    said = [t for t in norm.tokens if not t.isdigit() and not is_number_word(t)]
    return len(said) >= needed


def _weather_side(judged: MeaningJudgement, norm: Normalised, context: Context) -> MeaningJudgement:
    """The model's lean between no heat and no cooling follows the side the turn speaks of:
    "the radiators have been ice cold since last night" is the heating, however close the
    model finds it to a cooling failure. A turn naming both sides, or neither, is left as is."""
    # "The heat hasn't come on" is the heating too, whatever "heat" alone may mean; "it's 115
    # outside and warming up fast in the hall" is the cooling, told by the heat in numbers.
    heating = found(HEATING_SIDE, norm) or no_heat(norm)
    cooling = found(COOLING_SIDE, norm) or found(EXTREME_HEAT, norm)
    if heating == cooling:
        return judged
    wanted = Hazard.NO_HEAT_FREEZING if heating else Hazard.NO_AC_EXTREME_HEAT
    swapped = judged.best_of(lambda h: h is wanted and _allowed(h, context))
    return swapped if swapped is not None else judged


def _allowed(hazard: Hazard, context: Context) -> bool:
    """Weather hazards need the weather: no heat in mild weather is a booking, not a page,
    unless the caller spoke of the cold or of someone vulnerable (the model weighs that)."""
    temp = context.outdoor_temp_f
    if hazard is Hazard.NO_HEAT_FREEZING and temp is not None and temp >= 55:
        return False
    if hazard is Hazard.NO_AC_EXTREME_HEAT and temp is not None and temp < 85:
        return False
    return _for_trade(hazard, context)


def _for_trade(hazard: Hazard, context: Context) -> bool:
    """Trade hazards, as in the rules: a breached roof is a roofer's emergency."""
    rule = next((r for r in BUILT_IN if r.hazard is hazard), None)
    if rule is not None and rule.trades and context.trades:
        return any(t in rule.trades for t in context.trades)
    return True
