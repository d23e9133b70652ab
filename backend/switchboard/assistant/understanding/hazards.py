"""Emergencies and life-safety hazards, per trade, negation-aware, English and Spanish.

Life-safety rules apply to every tenant whatever its trade (a plumber's caller who smells gas
must hear the advice); trade rules (a breached roof) apply when the tenant does that trade.
A tenant's own emergency words extend the built-in rules and never replace them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from switchboard.assistant.understanding.alarm_then_ill import alarm_then_ill
from switchboard.assistant.understanding.emergency_disputed import disputed
from switchboard.assistant.understanding.emergency_elsewhere import names_other_care
from switchboard.assistant.understanding.emergency_taken_back import taken_back
from switchboard.assistant.understanding.hazard_containment import (
    PEOPLE_BEFORE,
    STAYED_DRY,
    WATER_SUBJECT,
    checked_and_cleared,
    cold_mark,
    outside_spill,
)
from switchboard.assistant.understanding.hazard_days_gone import BACK_ON
from switchboard.assistant.understanding.hazard_scope import (
    SETTLES_DOWN,
    failed_now,
    now_or_scoped,
    turn_out_of_scope,
)
from switchboard.assistant.understanding.hazard_scope_words import (
    PRESENT_HAZARD,
)
from switchboard.assistant.understanding.hazard_signs import (
    ARCING,
    BURST_SOUNDS,
    CEILING_GIVING,
    ELECTRIC_SMELL,
    FLOOD_FROM_PLUMBING,
    FROM_ABOVE,
    GAS_SOURCES,
    GROUND_BURST,
    HALF_THE_HOUSE,
    HEAT_NOT_ON,
    IN_THE_WALLS,
    IRRIGATION,
    LIGHTS,
    LIVE_THINGS,
    ODORANT_AT_GAS,
    RAIN,
    ROOF_OPENED,
    SEWAGE_SIGNS,
    SHOCK_SIGNS,
    SIDES,
    UNLIT_BURNER_SMELL,
    WATER_SMELL,
    WATER_SPREADING,
    WATER_WORDS,
)
from switchboard.assistant.understanding.hazard_weather_words import (
    EXTREME_HEAT,
    FREEZING,
    NO_AC,
    NO_HEAT,
)
from switchboard.assistant.understanding.hazard_words import (
    ALARM_SOUNDING,
    CALM_WORDS,
    CO,
    CO_MENTION,
    CO_SYMPTOMS,
    COMBUSTION_SIGNS,
    CONFIRMS,
    ELECTRIC_THINGS,
    ELECTRICAL_FIRE,
    ELECTRICAL_PARTS,
    ELECTRICS_NEAR_WATER,
    EMERGENCY_WORDS,
    FLOOD,
    FUEL_BURNING,
    GAS,
    HEAT_DAMAGE,
    HELD_IN_FIXTURE,
    RESOLVED,
    ROOF,
    SEWAGE,
    SHARED_ILLNESS,
    SHOCK,
    SMOKE_ALARM,
    SOUNDING,
    SPILLING_OVER,
    WATER_DEPTH,
    WATER_ON_ELECTRICS,
)
from switchboard.assistant.understanding.hot_panel import hot_panel
from switchboard.assistant.understanding.model import Context, Extracted, Hazard
from switchboard.assistant.understanding.normalise import Normalised, fold, normalise
from switchboard.assistant.understanding.overheating_signs import OVERHEATING, meant_to_burn
from switchboard.assistant.understanding.phrases import affirmed, denied, found, words
from switchboard.assistant.understanding.smell_named import smell_is_a_chemical
from switchboard.assistant.understanding.smoke_left_over import smoke_left_over
from switchboard.assistant.understanding.vulnerable_people import VULNERABLE
from switchboard.assistant.understanding.weather_hazards import weather_hazards


@dataclass(frozen=True, slots=True)
class Rule:
    hazard: Hazard
    pattern: re.Pattern[str]
    trades: tuple[str, ...] = ()  # empty: life safety, applies to every tenant


BUILT_IN: tuple[Rule, ...] = (
    Rule(Hazard.GAS_LEAK, GAS),
    Rule(Hazard.CARBON_MONOXIDE, CO),
    Rule(Hazard.ELECTRICAL_FIRE, ELECTRICAL_FIRE),
    Rule(Hazard.ELECTRICAL_SHOCK, SHOCK),
    Rule(Hazard.FLOODING_NEAR_ELECTRICS, WATER_ON_ELECTRICS),
    Rule(Hazard.FLOODING, FLOOD),
    Rule(Hazard.SEWAGE_BACKUP, SEWAGE),
    Rule(Hazard.ROOF_BREACH, ROOF, trades=("roofing", "handyman")),
)
_ORDER = [h for h in Hazard]


def _applies(rule: Rule, context: Context) -> bool:
    return not rule.trades or not context.trades or any(t in rule.trades for t in context.trades)


# The caller's own word that it is no emergency.
_NO_EMERGENCY_SAID = words(
    r"(?:this|it|that)(?: is|'s|s)? (?:not|isn't|isnt|ain't|aint) (?:an? |really an? )?"
    r"(?:emergency|urgent)",
    r"(?:this|it|that) (?:is )?(?:not|isn't|isnt) (?:really )?(?:an? )?emergency",
    r"(?:no|nothing) (?:emergency|urgent)(?: or anything| at all)?(?! (?:now|right now))",
    r"(?:esto |eso )?no (?:es|era) (?:una )?(?:emergencia|urgente|urgencia)",
)


def _tenant_rules(context: Context) -> list[Rule]:
    out = []
    for extra in context.tenant_hazards:
        phrase = " ".join(fold(extra.phrase).split())
        if phrase:
            out.append(Rule(extra.hazard, words(re.escape(phrase))))
    return out


def _said(pattern: re.Pattern[str], norm: Normalised) -> bool:
    """Said and not negated in its clause."""
    return next(affirmed(pattern, norm), None) is not None


def _settled(norm: Normalised, found_: dict[Hazard, float]) -> bool:
    """Only water hazards, and the caller says after them that the water has stopped; or an
    outage the business names as its emergency ("no water at all"), back on since ("it's back
    on and fine now")."""
    if found_ and set(found_) <= SETTLES_DOWN | {Hazard.TENANT_DEFINED} and _back_on_after(norm):
        return True
    if not found_ or not set(found_) <= SETTLES_DOWN:
        return False
    if found(STAYED_DRY, norm) and not found(PRESENT_HAZARD, norm):
        return True  # "a hole in the roof ... no water has come in, it's been dry"
    resolved = RESOLVED.search(norm.text)
    if resolved is None:
        return False
    mentions = (
        m.start() for r in BUILT_IN if r.hazard in found_ for m in r.pattern.finditer(norm.text)
    )
    return resolved.start() > max(mentions, default=0)


_BACK_ON = words(*BACK_ON)


def _back_on_after(norm: Normalised) -> bool:
    """What was out is back on, said last, and nothing said in the present after it."""
    back = [m.end() for m in affirmed(_BACK_ON, norm)]
    if not back:
        return False
    return not any(m.start() >= max(back) for m in PRESENT_HAZARD.finditer(norm.text))


def smell_is_the_waters(norm: Normalised) -> bool:
    """The bad smell is in the water, and nothing speaks of gas: water chemistry, not a leak.
    Gas named only to deny it ("only the water, no gas smell anywhere") speaks of none."""
    return _said(WATER_SMELL, norm) and not _said(GAS_SOURCES, norm)


_ROOF_RULE = next(r for r in BUILT_IN if r.hazard is Hazard.ROOF_BREACH)


def _signs(
    norm: Normalised, context: Context, found_: dict[Hazard, float], scoped: set[Hazard]
) -> None:
    """Hazards told by what the caller sees, hears, smells and feels (`hazard_signs`): each
    sign is current or scoped like a hazard word, and never outranks one."""

    def note(hazard: Hazard, now: bool, only_scoped: bool, confidence: float) -> None:
        if now:
            found_.setdefault(hazard, confidence)
        elif only_scoped:
            scoped.add(hazard)

    note(Hazard.SEWAGE_BACKUP, *now_or_scoped(SEWAGE_SIGNS, norm), 0.85)
    if found(LIVE_THINGS, norm):  # a tingle from a tap, not from a sore foot
        note(Hazard.ELECTRICAL_SHOCK, *now_or_scoped(SHOCK_SIGNS, norm), 0.85)
    # Water escaping: seen spreading; or heard (a pop, then hissing in a wall) or a ceiling
    # giving way, with water said.
    water = _said(WATER_WORDS, norm)
    note(Hazard.FLOODING, *now_or_scoped(WATER_SPREADING, norm), 0.8)
    # Deep water is a flood, unless a slow drain holds it in its shower or tub.
    if not (found(HELD_IN_FIXTURE, norm) and not _said(SPILLING_OVER, norm)):
        note(Hazard.FLOODING, *now_or_scoped(WATER_DEPTH, norm), 0.85)
    if water and found(IN_THE_WALLS, norm):
        note(Hazard.FLOODING, *now_or_scoped(BURST_SOUNDS, norm), 0.8)
    if water:
        note(Hazard.FLOODING, *now_or_scoped(CEILING_GIVING, norm), 0.8)
    if not found(IRRIGATION, norm):
        note(Hazard.FLOODING, *now_or_scoped(GROUND_BURST, norm), 0.8)
    note(Hazard.GAS_LEAK, *now_or_scoped(ODORANT_AT_GAS, norm), 0.85)
    note(Hazard.GAS_LEAK, *now_or_scoped(UNLIT_BURNER_SMELL, norm), 0.85)
    note(Hazard.ELECTRICAL_FIRE, *now_or_scoped(ELECTRIC_SMELL, norm), 0.8)
    note(Hazard.ELECTRICAL_FIRE, *now_or_scoped(ARCING, norm), 0.8)
    note(Hazard.ELECTRICAL_FIRE, *hot_panel(norm), 0.85)  # too hot to touch, buzzing, a smell
    if not meant_to_burn(norm):
        note(Hazard.ELECTRICAL_FIRE, *now_or_scoped(OVERHEATING, norm), 0.8)
    if found(LIGHTS, norm) and found(SIDES, norm):
        note(Hazard.ELECTRICAL_FIRE, *now_or_scoped(HALF_THE_HOUSE, norm), 0.8)
    if Hazard.ELECTRICAL_FIRE in found_ and _said(ELECTRIC_SMELL, norm) and not _said(GAS, norm):
        # The smell comes from the wiring, whatever it reminds the caller of.
        found_.pop(Hazard.GAS_LEAK, None)
    # Rain coming in from above is a breached roof, for a tenant who fixes roofs: its advice
    # (stay out from under it), not a plumber's (shut the main water valve).
    if (
        Hazard.FLOODING in found_
        and _applies(_ROOF_RULE, context)
        and ((_said(RAIN, norm) and _said(FROM_ABOVE, norm)) or _said(ROOF_OPENED, norm))
        and not found(FLOOD_FROM_PLUMBING, norm)
    ):
        found_.setdefault(Hazard.ROOF_BREACH, 0.85)
        del found_[Hazard.FLOODING]


def detect_hazards(norm: Normalised, context: Context) -> list[Extracted[Hazard]]:
    """Hazards the rules see happening now."""
    return hazard_mentions(norm, context).now


@dataclass(frozen=True, slots=True)
class Mentions:
    now: list[Extracted[Hazard]]  # said to be happening now
    scoped: list[Hazard]  # mentioned only as past, prevention, an install, a brief smell
    denied: list[Hazard]  # mentioned only negated ("no gas smell", "ya no huele a gas")


def hazard_mentions(norm: Normalised, context: Context) -> Mentions:
    found_: dict[Hazard, float] = {}
    scoped: set[Hazard] = set()
    denied_: set[Hazard] = set()
    for rule in (*BUILT_IN, *_tenant_rules(context)):
        if not _applies(rule, context):
            continue
        if denied(rule.pattern, norm):
            denied_.add(rule.hazard)
        now, only_scoped = now_or_scoped(rule.pattern, norm)
        if now:
            found_.setdefault(rule.hazard, 0.9)
        elif only_scoped:
            scoped.add(rule.hazard)
    if smell_is_the_waters(norm) or smell_is_a_chemical(norm):
        # The water's own smell, or fumes likened to bleach or a drain opener: no gas leak.
        found_.pop(Hazard.GAS_LEAK, None)
        scoped.discard(Hazard.GAS_LEAK)
    if Hazard.ELECTRICAL_FIRE in found_ and smoke_left_over(norm, ELECTRICAL_FIRE):
        # "a grease fire weeks ago, it's out, but the vents smell like smoke": what it left,
        # which the caller has explained already (no question either, `urgency`).
        del found_[Hazard.ELECTRICAL_FIRE]
    _signs(norm, context, found_, scoped)
    if outside_spill(norm):  # "the gutter's clogged and water's pouring over the side"
        found_.pop(Hazard.FLOODING, None)
        scoped.discard(Hazard.FLOODING)
    heat_now, heat_scoped = now_or_scoped(HEAT_DAMAGE, norm)
    if heat_now and cold_mark(norm):  # "an old scorch mark, nothing's hot, nothing smells"
        heat_now, heat_scoped = False, True
    if found(ELECTRICAL_PARTS, norm):  # "the outlet is smoking"
        if heat_now:
            found_.setdefault(Hazard.ELECTRICAL_FIRE, 0.8)
        elif heat_scoped:
            scoped.add(Hazard.ELECTRICAL_FIRE)
    if Hazard.FLOODING in found_ and _said(ELECTRICS_NEAR_WATER, norm):
        found_[Hazard.FLOODING_NEAR_ELECTRICS] = 0.85
    if Hazard.CARBON_MONOXIDE not in found_ and _said(CO_SYMPTOMS, norm):
        # Something sounding and someone feeling ill; neither word names the hazard, so the
        # whole turn must be about now ("...please replace it" is worth a question only).
        if now_or_scoped(SOUNDING, norm)[0] and not turn_out_of_scope(norm):
            found_[Hazard.CARBON_MONOXIDE] = 0.8
        elif alarm_then_ill(norm) and now_or_scoped(CO_SYMPTOMS, norm)[0]:
            found_[Hazard.CARBON_MONOXIDE] = 0.85  # ill now, after the alarm they silenced
        elif any(affirmed(SOUNDING, norm)):
            scoped.add(Hazard.CARBON_MONOXIDE)
    if Hazard.CARBON_MONOXIDE not in found_ and found(FUEL_BURNING, norm):
        # No alarm at all, but the whole household (or the dog) ill since the heat came on.
        ill_now, ill_before = now_or_scoped(CO_SYMPTOMS, norm)
        if found(SHARED_ILLNESS, norm) and ill_now and not turn_out_of_scope(norm):
            found_[Hazard.CARBON_MONOXIDE] = 0.8
        elif found(SHARED_ILLNESS, norm) and (ill_now or ill_before):
            scoped.add(Hazard.CARBON_MONOXIDE)
    # A smoke alarm sounding over smoke or burning is the fire, not carbon monoxide.
    smoke = Hazard.ELECTRICAL_FIRE in found_ and found(SMOKE_ALARM, norm)
    if Hazard.CARBON_MONOXIDE not in found_ and found(FUEL_BURNING, norm) and not smoke:
        alarm_now, alarm_scoped = now_or_scoped(ALARM_SOUNDING, norm)
        if alarm_now:
            found_[Hazard.CARBON_MONOXIDE] = 0.8
        elif alarm_scoped:
            scoped.add(Hazard.CARBON_MONOXIDE)
    if Hazard.CARBON_MONOXIDE not in found_ and found(FUEL_BURNING, norm):
        # Soot or exhaust from the boiler and someone in the house ill: combustion gases now.
        signs_now, signs_scoped = now_or_scoped(COMBUSTION_SIGNS, norm)
        if signs_now and _said(CO_SYMPTOMS, norm) and not turn_out_of_scope(norm):
            found_[Hazard.CARBON_MONOXIDE] = 0.85
        elif signs_now or signs_scoped:
            scoped.add(Hazard.CARBON_MONOXIDE)
    if Hazard.CARBON_MONOXIDE not in found_ and _said(CO_MENTION, norm):
        scoped.add(Hazard.CARBON_MONOXIDE)
    if _settled(norm, found_) or checked_and_cleared(norm, [r.pattern for r in BUILT_IN]):
        scoped |= set(found_)
        found_.clear()
    if set(found_) == {Hazard.TENANT_DEFINED} and found(_NO_EMERGENCY_SAID, norm):
        # "this isn't an emergency or anything but the shutoff valve on our water main has a
        # little drip": the business's own words, named by a caller who says it is no
        # emergency, are the thing, not the trouble (a built-in hazard still pages).
        scoped.add(Hazard.TENANT_DEFINED)
        found_.clear()
    weather = weather_hazards(norm, context)
    for hazard in weather:
        said = (NO_HEAT, HEAT_NOT_ON) if hazard is Hazard.NO_HEAT_FREEZING else (NO_AC,)
        if failed_now(norm, said):
            found_[hazard] = weather[hazard]
        else:
            scoped.add(hazard)
    scoped -= set(found_)
    denied_ -= set(found_) | scoped
    return Mentions(
        [Extracted(h, found_[h]) for h in _ORDER if h in found_],
        [h for h in _ORDER if h in scoped],
        [h for h in _ORDER if h in denied_],
    )


def detect_emergency(norm: Normalised, hazards: list[Extracted[Hazard]]) -> Extracted[bool] | None:
    """True on a hazard or an explicit, un-negated "emergency"; False when the caller says it is
    not urgent (a cheap way to correct a false alarm); None when the turn says nothing."""
    if hazards:
        return Extracted(True, max(h.confidence for h in hazards))
    if (
        _said(EMERGENCY_WORDS, norm)
        and not disputed(norm)
        and not taken_back(norm)
        and not names_other_care(norm)
    ):
        return Extracted(True, 0.75)
    if denied(EMERGENCY_WORDS, norm) or found(CALM_WORDS, norm):
        return Extracted(False, 0.9)
    return None


_CONFIRMING = {
    Hazard.FLOODING: "water",
    Hazard.FLOODING_NEAR_ELECTRICS: "water",
    Hazard.SEWAGE_BACKUP: "water",
    Hazard.ROOF_BREACH: "water",
    Hazard.ELECTRICAL_FIRE: "heat",
    Hazard.GAS_LEAK: "gas",
    Hazard.CARBON_MONOXIDE: "co",
    Hazard.ELECTRICAL_SHOCK: "shock",
}


def confirms(hazard: Hazard, norm: Normalised) -> bool:
    """Does an answer to the triage question about `hazard` say it is happening, in words
    rather than a plain yes ("no smoke, but it's warmer than it should be")?"""
    if hazard in {Hazard.NO_HEAT_FREEZING, Hazard.NO_AC_EXTREME_HEAT}:
        weather = FREEZING if hazard is Hazard.NO_HEAT_FREEZING else EXTREME_HEAT
        return _said(VULNERABLE, norm) or _said(weather, norm)
    kind = _CONFIRMING.get(hazard)
    return kind is not None and _said(CONFIRMS[kind], norm)


def says_it_is_happening(hazard: Hazard, norm: Normalised, outdoor_temp_f: float | None) -> bool:
    """Does the turn itself answer the triage question for `hazard`? For no heat or no
    cooling that takes both a vulnerable person and the weather (said, or known to be
    dangerous); for the others, the words that confirm the hazard now."""
    if hazard in {Hazard.NO_HEAT_FREEZING, Hazard.NO_AC_EXTREME_HEAT}:
        cold = hazard is Hazard.NO_HEAT_FREEZING
        weather = FREEZING if cold else EXTREME_HEAT
        known = outdoor_temp_f is not None and (
            outdoor_temp_f <= 32 if cold else outdoor_temp_f >= 95
        )
        return _said(VULNERABLE, norm) and (known or _said(weather, norm))
    # An answer to the question has its subject in the question ("still coming in?" "yes,
    # still coming"); said unprompted, the subject must be in the turn too ("is the tech
    # still coming?" is not about water).
    subject = _SUBJECTS.get(hazard)
    kind = _CONFIRMING.get(hazard)
    if kind is None or (subject is not None and not _said(subject, norm)):
        return False
    # People arriving are not the water coming in ("we've got family coming in for the
    # holidays", "los niños vienen en camino").
    return any(
        not PEOPLE_BEFORE.search(norm.text[: m.start()]) for m in affirmed(CONFIRMS[kind], norm)
    )


_SUBJECTS = {
    Hazard.FLOODING: WATER_SUBJECT,
    Hazard.FLOODING_NEAR_ELECTRICS: WATER_SUBJECT,
    Hazard.SEWAGE_BACKUP: WATER_SUBJECT,
    Hazard.ROOF_BREACH: WATER_SUBJECT,
    Hazard.ELECTRICAL_FIRE: ELECTRICAL_PARTS,
    Hazard.ELECTRICAL_SHOCK: words(r"shock\w*", r"zap\w*", r"tingl\w*", r"numb", r"toque"),
}


def near_electrics(hazards: list[str], texts: list[str]) -> list[str]:
    """A flood (or rain through the roof) with electrics in it, said anywhere in the
    conversation so far, gets the advice for water near electricity too."""
    # Rain through a breached roof is water coming in as much as a burst pipe's.
    water = {Hazard.FLOODING.value, Hazard.ROOF_BREACH.value}
    if not water & set(hazards) or Hazard.FLOODING_NEAR_ELECTRICS.value in hazards:
        return hazards
    if any(_said(ELECTRIC_THINGS, normalise(text)) for text in texts if text):
        return [Hazard.FLOODING_NEAR_ELECTRICS.value, *hazards]
    return hazards
