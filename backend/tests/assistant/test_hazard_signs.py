"""Hazards told by their signs (what is seen, heard, smelled, felt) when the caller names no
hazard: the rules alone recognise them, the advice is the hazard's, and neither part of a sign
alone, nor a sign in the past, pages anyone. Phrasings written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand


def judged(text: str, context: Context) -> tuple[set[Hazard], bool]:
    u = understand(text, context)
    return {h.value for h in u.hazards}, bool(u.emergency and u.emergency.value)


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        # Sewage: foul water rising where the house drains.
        ("the basement shower is filling up with stinky water full of toilet paper", "sewage"),
        ("murky water that smells like a septic tank is bubbling up in the tub", "sewage"),
        # A live fixture: felt, not named.
        ("every time i grab the shower handle my arm tingles", "shock"),
        ("the metal kitchen sink gives you a jolt when you touch it", "shock"),
        ("my son touched the fridge door and said it bit him", "shock"),
        # Water escaping: spreading across floors, a bang then hissing, a ceiling giving.
        ("water is running across the hallway floor from the bathroom", "flood"),
        ("there's 3 inches of water across the basement floor", "flood"),
        ("we heard a bang in the wall, now there's hissing and the drywall is wet", "flood"),
        ("the living room ceiling is bulging and dripping", "flood"),
    ],
)
def test_signs_are_hazards_without_the_model(
    ctx: Callable[..., Context], text: str, hazard: str
) -> None:
    expected = {
        "sewage": Hazard.SEWAGE_BACKUP,
        "shock": Hazard.ELECTRICAL_SHOCK,
        "flood": Hazard.FLOODING,
    }[hazard]
    u = understand(text, ctx(meaning=None))
    assert expected in {h.value for h in u.hazards}, text
    assert u.emergency is not None and u.emergency.value
    assert f"safety.{expected.value}" in u.guidance_keys


@pytest.mark.parametrize(
    "text",
    [
        "the laundry sink fills up with soapy grey water when the washer drains",
        "the dimmer switch buzzes when I touch it",
        "my doorknob gives me a static shock every morning",
        "a wasp stung me when I touched the gutter, I need the nest gone",
        "there's an inch of water sitting in the bottom of the dishwasher, it won't drain",
        "the washer empties into the basement floor drain and it's slow to go down",
        "I hear a pop and then a hiss from the water heater now and then",
        "the bathroom ceiling sagged a little from a leak last year, can you look at it",
        "we had 2 inches of water in the basement last spring, we'd like a sump pump",
        "my son got a little shock from the christmas lights plug last week, check the outlet",
        "the toilet overflowed yesterday, we plunged it, now it runs constantly",
    ],
)
def test_half_a_sign_or_a_past_one_never_pages(ctx: Callable[..., Context], text: str) -> None:
    for meaning in (None, ctx().meaning):
        hazards, emergency = judged(text, ctx(meaning=meaning))
        assert not hazards and not emergency, (text, meaning is not None)


def test_a_house_turning_cold_without_heat_is_an_emergency(
    ctx: Callable[..., Context],
) -> None:
    # Said as what the heat fails to do, with the cold indoors: no outdoor reading needed.
    for text in (
        "our furnace won't kick on and it's 38 degrees in the house",
        "the boiler hasn't fired since yesterday and there's ice in the toilet",
    ):
        hazards, emergency = judged(text, ctx(meaning=None))
        assert hazards == {Hazard.NO_HEAT_FREEZING} and emergency, text


def test_heat_not_coming_on_pages_in_a_known_freeze_only(ctx: Callable[..., Context]) -> None:
    text = "the heat hasn't come on since last night"
    assert judged(text, ctx(meaning=None, outdoor_temp_f=5)) == ({Hazard.NO_HEAT_FREEZING}, True)
    assert judged(text, ctx(meaning=None, outdoor_temp_f=62)) == (set(), False)
    # A garage at 45 is not the house.
    assert judged("it's 45 degrees in the garage, we want a heater out there", ctx()) == (
        set(),
        False,
    )


def test_rain_through_the_ceiling_is_a_breached_roof_for_a_roofer(
    ctx: Callable[..., Context],
) -> None:
    text = "it's storming and the hallway ceiling is bulging and dripping"
    assert judged(text, ctx(meaning=None, trades=("roofing",)))[0] == {Hazard.ROOF_BREACH}
    # For a plumber it is water coming in, with the plumber's advice.
    assert judged(text, ctx(meaning=None, trades=("plumbing",)))[0] == {Hazard.FLOODING}
    # A burst pipe upstairs during a storm is still the plumbing's water.
    pipe = "it's raining out and a pipe upstairs split, water is dripping from the ceiling"
    assert Hazard.ROOF_BREACH not in judged(pipe, ctx(meaning=None, trades=("roofing",)))[0]


def test_a_spreading_flood_reaching_plugs_gets_the_electrics_advice(
    ctx: Callable[..., Context],
) -> None:
    u = understand(
        "there's 2 inches of water spreading in the basement, almost to the power strip",
        ctx(meaning=None),
    )
    assert Hazard.FLOODING_NEAR_ELECTRICS in {h.value for h in u.hazards}
    assert "safety.flooding_near_electrics" in u.guidance_keys


@pytest.mark.parametrize(
    "text",
    [
        "our hot water smells like rotten eggs, only the hot side",
        "the well water has a sulfur smell when we shower",
    ],
)
def test_a_smell_carried_by_the_water_is_not_gas(ctx: Callable[..., Context], text: str) -> None:
    for meaning in (None, ctx().meaning):
        u = understand(text, ctx(meaning=meaning))
        assert Hazard.GAS_LEAK not in {h.value for h in u.hazards}, (text, meaning is not None)
        assert u.triage is None or u.triage.value is not Hazard.GAS_LEAK


def test_gas_smell_with_a_source_of_gas_still_pages(ctx: Callable[..., Context]) -> None:
    text = "the water heater closet smells like rotten eggs and the stove hisses"
    assert Hazard.GAS_LEAK in judged(text, ctx(meaning=None))[0]


def test_more_signs_of_cold_and_current(ctx: Callable[..., Context]) -> None:
    assert judged(
        "furnace quit and there's frost on the inside of the bedroom windows", ctx(meaning=None)
    ) == ({Hazard.NO_HEAT_FREEZING}, True)
    assert judged(
        "when I touch the washer and the faucet at the same time I feel a current",
        ctx(meaning=None),
    ) == ({Hazard.ELECTRICAL_SHOCK}, True)


@pytest.mark.parametrize(
    ("text", "trade", "hazard"),
    [
        (
            "the socket behind the couch gives off a fishy smell and feels warm",
            "electrical",
            "fire",
        ),
        (
            "after the storm the lights on one side of the house are way too bright and the "
            "other side is dim",
            "electrical",
            "fire",
        ),
        ("water is gushing up out of the front lawn near the meter", "plumbing", "flood"),
    ],
)
def test_wiring_overheating_and_a_burst_service_line(
    ctx: Callable[..., Context], text: str, trade: str, hazard: str
) -> None:
    expected = {"fire": Hazard.ELECTRICAL_FIRE, "flood": Hazard.FLOODING}[hazard]
    hazards, emergency = judged(text, ctx(meaning=None, trades=(trade,)))
    assert hazards == {expected} and emergency, text


@pytest.mark.parametrize(
    "text",
    [
        "a sprinkler head broke and there's a fountain in the yard",
        "the lights dim a bit when the dryer starts",
        "the outlet cover is cracked, no smell or heat, just ugly",
    ],
)
def test_their_look_alikes_stay_routine(ctx: Callable[..., Context], text: str) -> None:
    assert judged(text, ctx(meaning=None, trades=("plumbing", "electrical"))) == (set(), False)


def test_a_cold_reading_said_as_it_is_outside_counts(ctx: Callable[..., Context]) -> None:
    assert judged("the furnace quit and it's 8 out", ctx(meaning=None)) == (
        {Hazard.NO_HEAT_FREEZING},
        True,
    )
    assert judged("the furnace quit, it's 60 outside, no rush", ctx(meaning=None)) == (
        set(),
        False,
    )
