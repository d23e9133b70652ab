"""Hazards per trade, negation-aware, English and Spanish; tenant words extend the rules."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, HazardRule, Intent, understand


def hazards(text: str, context: Context) -> set[Hazard]:
    return {h.value for h in understand(text, context).hazards}


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        ("I smell gas in the kitchen", Hazard.GAS_LEAK),
        ("it smells like rotten eggs by the furnace", Hazard.GAS_LEAK),
        ("i think theres a gas leek", Hazard.GAS_LEAK),
        ("huele a gas en toda la casa", Hazard.GAS_LEAK),
        ("our carbon monoxide alarm keeps going off", Hazard.CARBON_MONOXIDE),
        ("the see oh alarm is going off", Hazard.CARBON_MONOXIDE),
        ("the breaker panel is sparking", Hazard.ELECTRICAL_FIRE),
        ("an outlet in the bedroom is smoking", Hazard.ELECTRICAL_FIRE),
        ("sale humo del enchufe y huele a quemado", Hazard.ELECTRICAL_FIRE),
        ("there are live wires hanging in the yard", Hazard.ELECTRICAL_SHOCK),
        ("a pipe burst under the sink", Hazard.FLOODING),
        ("my water heater burst", Hazard.FLOODING),
        ("a frozen pipe in the garage split and it's spraying water", Hazard.FLOODING),
        ("se reventó una tubería", Hazard.FLOODING),
        ("hay una inundación en el sótano", Hazard.FLOODING),
        ("basement is flooding near the electrical panel", Hazard.FLOODING_NEAR_ELECTRICS),
        ("water is dripping into the light fixture", Hazard.FLOODING_NEAR_ELECTRICS),
        (
            "hay agua en el sótano y está llegando al panel eléctrico",
            Hazard.FLOODING_NEAR_ELECTRICS,
        ),
        ("sewage is backing up into the shower", Hazard.SEWAGE_BACKUP),
        ("water coming up through the floor drain", Hazard.SEWAGE_BACKUP),
        ("se regresa el agua del drenaje", Hazard.SEWAGE_BACKUP),
        ("furnace died and it's freezing in here", Hazard.NO_HEAT_FREEZING),
        ("AC stopped working, my mother is 88 and it's 112 degrees", Hazard.NO_AC_EXTREME_HEAT),
    ],
)
def test_detects(ctx: Callable[..., Context], text: str, hazard: Hazard) -> None:
    u = understand(text, ctx())
    assert hazard in {h.value for h in u.hazards}
    assert u.emergency is not None
    assert u.emergency.value
    assert u.intent is not None
    assert u.intent.value is Intent.EMERGENCY
    assert f"safety.{hazard.value}" in u.guidance_keys


@pytest.mark.parametrize(
    "text",
    [
        "not an emergency",
        "nothing urgent, next week is fine",
        "no gas smell, just want a new gas water heater",
        "I don't smell gas, it's the water heater making noise",
        "it's not leaking anymore",
        "the leak stopped",
        "it was flooding yesterday but it's not leaking anymore",
        "I need a carbon monoxide detector installed",
        "no es urgente",
        "ya no huele a gas",
        "how much to run a gas line for a new stove",
        "my faucet has a small drip",
        "the toilet is running",
        "can you put a flood light over the garage",
        "how much do you charge for an emergency call on weekends?",
        "install hardwired smoke detectors",
        "a backup sump pump, no water in the basement right now",
    ],
)
def test_not_an_emergency(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert not u.hazards
    assert u.emergency is None or u.emergency.value is False


def test_saying_it_is_not_urgent_is_an_explicit_false(ctx: Callable[..., Context]) -> None:
    u = understand("no, it's not urgent", ctx())
    assert u.emergency is not None
    assert u.emergency.value is False


def test_a_hazard_outranks_not_urgent_in_the_same_breath(ctx: Callable[..., Context]) -> None:
    u = understand("it's probably not urgent but I smell gas", ctx())
    assert u.emergency is not None
    assert u.emergency.value


def test_gas_is_never_talked_down_by_stopped(ctx: Callable[..., Context]) -> None:
    assert Hazard.GAS_LEAK in hazards("I smell gas, the hissing stopped", ctx())


def test_no_heat_needs_cold(ctx: Callable[..., Context]) -> None:
    assert hazards("our furnace is not working", ctx()) == set()
    assert hazards("our furnace is not working", ctx(outdoor_temp_f=10)) == {
        Hazard.NO_HEAT_FREEZING
    }


def test_no_ac_needs_heat_and_someone_vulnerable(ctx: Callable[..., Context]) -> None:
    assert hazards("the ac is out and it's 105 degrees", ctx()) == set()
    assert hazards("the ac is out, we have a newborn", ctx(outdoor_temp_f=108)) == {
        Hazard.NO_AC_EXTREME_HEAT
    }


def test_trade_rules_apply_to_their_trade_only(ctx: Callable[..., Context]) -> None:
    text = "a tree fell on the roof"
    assert Hazard.ROOF_BREACH in hazards(text, ctx(trades=("roofing",)))
    assert Hazard.ROOF_BREACH not in hazards(text, ctx(trades=("electrical",)))


def test_life_safety_applies_whatever_the_trade(ctx: Callable[..., Context]) -> None:
    assert Hazard.GAS_LEAK in hazards("I smell gas", ctx(trades=("roofing",)))


def test_tenant_words_extend_built_ins(ctx: Callable[..., Context]) -> None:
    tenant = ctx(tenant_hazards=(HazardRule("no water at all"),))
    assert Hazard.TENANT_DEFINED in hazards("we have no water at all", tenant)
    assert Hazard.GAS_LEAK in hazards("I smell gas", tenant)  # built-ins still apply
    assert hazards("we have no water at all", ctx()) == set()


def test_tenant_words_are_negation_aware(ctx: Callable[..., Context]) -> None:
    tenant = ctx(tenant_hazards=(HazardRule("water main"),))
    assert hazards("it's not the water main", tenant) == set()
