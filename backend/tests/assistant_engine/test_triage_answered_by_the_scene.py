"""Emergencies told by the scene, through the whole engine: a flue come apart is asked about
and an exhaust smell in answer pages with the carbon monoxide advice (never the gas leak's);
a limb through a roofer's caller's roof with rain coming in gets the roof's advice, not the
main water valve's; a Spanish caller with no heat at forty degrees indoors is paged at once."""

from __future__ import annotations

from dataclasses import replace

from tests.assistant_engine.test_conversations import FACTS, talk, world

HVAC = replace(FACTS, business_name="Bristol Heating", trades=("hvac",))
ROOFER = replace(FACTS, business_name="Bristol Roofing", trades=("roofing",))


async def test_a_flue_come_apart_then_exhaust_smelled_pages_for_carbon_monoxide() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "the vent pipe from the top of the boiler over to the chimney has come loose and is "
            "hanging there, the boiler is on",
            "no alarm, but the whole utility room smells like a car's exhaust",
        ],
        facts=HVAC,
    )
    assert "carbon monoxide" in replies[1]
    assert state.emergency and [kind for kind, _ in w.pages] == ["emergency"]
    assert "carbon monoxide" in replies[2] and "gas company" not in replies[2]


async def test_a_limb_through_the_roof_with_rain_in_gets_the_roof_advice() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "a limb broke off in the storm and you can see the sky from the attic, "
            "rain is pouring in"
        ],
        facts=ROOFER,
    )
    assert state.hazards == ["roof_breach"]
    assert "shut-off valve" not in replies[1]


async def test_no_heat_and_the_house_at_forty_degrees_pages_in_spanish() -> None:
    w = world()
    state, _ = await talk(
        w,
        ["no tenemos calefacción desde anoche y la casa está a 40 grados"],
        facts=replace(HVAC, language="es"),
    )
    assert state.hazards == ["no_heat_freezing"]
    assert [kind for kind, _ in w.pages] == ["emergency"]
