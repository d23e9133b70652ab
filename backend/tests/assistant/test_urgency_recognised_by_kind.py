"""Hazards recognised by what kind of thing the caller describes, in words nobody tuned on: the
gas odorant by what it is like or where it is, water reaching what is plugged in, smoke seen
coming out of equipment, and the heat for the people in it (young children looked after
together, a cooling failure that began an hour ago, the question a dispatcher asks when the
cooling fails in dangerous heat). English and Spanish, each with a look-alike that must not
page. Phrasings written for this file, never copied from an evaluation batch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand


def hazards(text: str, context: Context) -> set[Hazard]:
    return {h.value for h in understand(text, context).hazards}


def triage(text: str, context: Context) -> Hazard | None:
    u = understand(text, context)
    return u.triage.value if u.triage is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "the laundry room smells like when you turn the stove on and the burner doesn't catch",
        "it smells like someone left a burner on without lighting it, and every knob is off",
        "there's a skunky kind of smell back by the water heater, way worse than usual",
        "a sulfur odor is hanging around the dryer hookup in the garage",
        "huele como cuando dejas la hornilla abierta sin prender, y todas están cerradas",
        "hay un olor a azufre muy fuerte al lado del calentador",
    ],
)
def test_the_gas_odorant_by_what_it_is_like_or_where_it_is(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.GAS_LEAK in hazards(text, ctx(meaning=None, trades=("hvac",)))


@pytest.mark.parametrize(
    "text",
    [
        "the pilot light on the water heater won't light and the basement smells musty",
        "my oven won't light, can somebody look at the igniter next week",
        "there's a skunk smell out in the yard by the fence, probably the animal again",
        "la estufa no prende desde ayer, ¿pueden venir a revisarla el lunes?",
    ],
)
def test_a_burner_that_will_not_light_or_a_skunk_outside_is_not_gas(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.GAS_LEAK not in hazards(text, ctx(meaning=None, trades=("hvac",)))


@pytest.mark.parametrize(
    "text",
    [
        "there's about three inches on the garage floor and it's creeping toward where the "
        "freezer and the tools are plugged in",
        "the water's getting close to the extension cords behind the tv downstairs",
        "ya hay como cuatro pulgadas de agua en el sótano y está llegando a las extensiones",
    ],
)
def test_water_reaching_what_is_plugged_in_is_water_near_electrics(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.FLOODING_NEAR_ELECTRICS in hazards(text, ctx(meaning=None))


@pytest.mark.parametrize(
    "text",
    [
        "there's a 2 inch crack in the basement floor, can someone look at it",
        "I moved the extension cords and power strips into the garage, I need a new outlet",
        "it's getting to where the AC is too loud to sleep, it's plugged in by the bed",
        "tengo una grieta de 2 pulgadas en el piso del garage",
    ],
)
def test_a_crack_or_cords_without_water_are_not_a_flood(
    ctx: Callable[..., Context], text: str
) -> None:
    found = hazards(text, ctx(meaning=None))
    assert Hazard.FLOODING not in found and Hazard.FLOODING_NEAR_ELECTRICS not in found


@pytest.mark.parametrize(
    "text",
    [
        "a little smoke is coming out the side of the disconnect box by the condenser",
        "the rain is just pouring in through the window well, like a waterfall down the wall",
    ],
)
def test_smoke_out_of_equipment_and_rain_just_pouring_in(
    ctx: Callable[..., Context], text: str
) -> None:
    assert hazards(text, ctx(meaning=None, trades=("hvac",))) & {
        Hazard.ELECTRICAL_FIRE,
        Hazard.FLOODING,
    }


@pytest.mark.parametrize(
    "text",
    [
        "smoke is coming out the chimney from the wood stove, is that normal",
        "the smoke coming out the exhaust of the generator smells odd, no rush",
    ],
)
def test_smoke_out_of_a_chimney_or_an_exhaust_is_not_a_fire(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.ELECTRICAL_FIRE not in hazards(text, ctx(meaning=None, trades=("hvac",)))


@pytest.mark.parametrize(
    "text",
    [
        "we're a daycare and the AC quit, the air from the vents is warm and it's 88 in the "
        "playroom",
        "our central air stopped about two hours ago, I've got a room full of toddlers",
        "tenemos una guardería, el aire dejó de enfriar hace un rato y los niños pequeños "
        "están sudando",
    ],
)
def test_young_children_in_a_cooling_failure_in_the_heat_page(
    ctx: Callable[..., Context], text: str
) -> None:
    context = ctx(meaning=None, trades=("hvac",), outdoor_temp_f=108)
    assert Hazard.NO_AC_EXTREME_HEAT in hazards(text, context)


@pytest.mark.parametrize(
    "text",
    [
        "the AC at the daycare quit last summer during the heat wave, we want a tune-up",
        "our AC stopped two hours ago with the toddlers here, but we reset it and it's been "
        "running fine since",
        "el aire de la guardería se paró hace un rato pero ya lo reiniciamos y ya funciona bien",
    ],
)
def test_a_cooling_failure_long_past_or_working_again_does_not_page(
    ctx: Callable[..., Context], text: str
) -> None:
    context = ctx(meaning=None, trades=("hvac",), outdoor_temp_f=108)
    assert Hazard.NO_AC_EXTREME_HEAT not in hazards(text, context)


@pytest.mark.parametrize(
    "text",
    [
        "the air conditioner stopped cooling this morning and it's 92 inside already",
        "el aire acondicionado central dejó de enfriar y nomás echa aire caliente",
    ],
)
def test_a_cooling_failure_in_dangerous_heat_asks_who_is_there(
    ctx: Callable[..., Context], text: str
) -> None:
    context = ctx(meaning=None, trades=("hvac",), outdoor_temp_f=101)
    assert triage(text, context) is Hazard.NO_AC_EXTREME_HEAT
    assert not hazards(text, context)


@pytest.mark.parametrize(
    "text",
    [
        "the air conditioner stopped cooling this morning, no big deal",
        "el aire acondicionado dejó de enfriar, no hay prisa",
    ],
)
def test_a_cooling_failure_in_mild_weather_asks_nothing(
    ctx: Callable[..., Context], text: str
) -> None:
    context = ctx(meaning=None, trades=("hvac",), outdoor_temp_f=78)
    assert triage(text, context) is None and not hazards(text, context)
