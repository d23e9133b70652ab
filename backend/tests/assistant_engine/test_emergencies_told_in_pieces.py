"""Emergencies told in pieces, through the whole engine: a first turn cut off mid-sentence and
a part too hot to touch, buzzing and smelling like melted wax in the next pages with the
electrical advice; a roof torn open in one turn and rain coming through the ceiling in the
next is the roof's breach, as is water told in answer to the roof question (never the main
water valve's advice); water running across the floor in Spanish gets the flood advice, and a
caller who cannot find the shut-off hears where it usually is. With what must not change: a
warm panel with no smell or noise pages nobody, a basement flooding from the water heater
after a shed's tarp blew off stays a flood, a caller who already closed the main is not told
where it is."""

from __future__ import annotations

from dataclasses import replace

from tests.assistant_engine.test_conversations import FACTS, talk, world

ELECTRICIAN = replace(FACTS, business_name="Bristol Electric", trades=("electrical",))
ROOFER = replace(FACTS, business_name="Bristol Roofing", trades=("roofing",))


async def test_a_cut_off_first_turn_then_a_hot_buzzing_box_pages() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "hi um the electrician who did our panel last month isn't answering and",
            "the metal door on that box is way too hot to touch and it's humming loud, and it "
            "smells kind of like melted wax down there",
        ],
        facts=ELECTRICIAN,
    )
    assert state.emergency and "electrical_fire" in state.hazards
    assert [kind for kind, _ in w.pages] == ["emergency"]
    assert "main breaker" in replies[2]


async def test_a_warm_panel_with_no_smell_or_noise_pages_nobody() -> None:
    w = world()
    state, _ = await talk(
        w,
        ["the panel is warm because it's in the sun-facing garage, no smell, no noise"],
        facts=ELECTRICIAN,
    )
    assert not state.emergency and w.pages == []


async def test_a_roof_torn_open_then_rain_through_the_ceiling_is_the_roofs() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "the last crew pulled off half the shingles over the back bedroom and the gusts "
            "tore their plastic sheet away",
            "now water is dripping through the bedroom ceiling onto the bed",
        ],
        facts=ROOFER,
    )
    assert state.emergency and "roof_breach" in state.hazards
    assert "flooding" not in state.hazards
    assert "shut-off valve" not in replies[2] and "rooms under the damaged area" in replies[2]


async def test_water_said_in_answer_to_the_roof_question_is_the_roofs() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "the tarp the adjuster put up last week blew off in the night and it's raining again",
            "it's running down the wall in the kids room and the ceiling is swelling",
        ],
        facts=ROOFER,
    )
    assert "through the roof" in replies[1]
    assert state.emergency and state.hazards == ["roof_breach"]
    assert "shut-off valve" not in replies[2]


async def test_a_basement_flooding_from_the_heater_after_a_sheds_tarp_stays_a_flood() -> None:
    w = world()
    state, _ = await talk(
        w,
        [
            "the wind ripped the old tarp off the shed out back",
            "and now the water heater burst and the basement is flooding",
        ],
        facts=ROOFER,
    )
    assert state.emergency and "flooding" in state.hazards
    assert "roof_breach" not in state.hazards


async def test_spanish_water_across_the_floor_then_where_is_the_shutoff() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "se zafó la manguera de la lavadora y el agua ya está corriendo por toda la cocina",
            "no encuentro la llave de paso",
        ],
        facts=replace(FACTS, language="es"),
    )
    assert state.emergency and "flooding" in state.hazards
    assert "llave de paso principal" in replies[1]
    assert "suele estar donde entra el agua" in replies[2]


async def test_where_is_the_shutoff_in_english_after_a_flood() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "a pipe under the kitchen sink burst and water is all over the floor",
            "I have no idea where the shutoff even is",
        ],
    )
    assert state.emergency
    assert "usually where the water line comes into the house" in replies[2]


async def test_a_main_already_closed_is_not_told_where_it_is() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "a pipe under the kitchen sink burst and water is all over the floor",
            "okay I shut off the main already",
        ],
    )
    assert state.emergency
    assert "usually where the water line comes into the house" not in replies[2]
