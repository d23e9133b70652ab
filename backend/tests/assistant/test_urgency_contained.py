"""A hazard word that names no active hazard now: only warned of, a state the caller chose,
a mark or a drip left over, water that never got in, water caught in a bucket or cut off at a
valve, a mode on the thermostat; and the signs that do name one (water welling up through the
floor, the gas odorant smelled as skunk, a ceiling bulging with water in the rain, the whole
household ill by the furnace, a smoke alarm over burnt wiring). Phrasings written for this
file, never copied from an evaluation batch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.meaning import default_model
from switchboard.assistant.understanding.model import HazardRule

MODEL = default_model()


def hazards(text: str, context: Context) -> set[Hazard]:
    return {h.value for h in understand(text, context).hazards}


def paged(text: str, context: Context) -> bool:
    u = understand(text, context)
    return bool(u.hazards) or bool(u.emergency and u.emergency.value)


@pytest.mark.parametrize(
    "text",
    [
        "the electrician who did the walkthrough said a kid could get shocked by that open box, "
        "it's all working now, I just want a cover on it",
        "our insurance guy says the old panel might catch fire someday so we want it replaced now",
        "el inspector dijo que alguien se podria electrocutar con esos contactos, ahora todo "
        "funciona, queremos cambiarlos",
    ],
)
def test_a_warning_of_harm_is_not_a_hazard_now(ctx: Callable[..., Context], text: str) -> None:
    assert not paged(text, ctx(meaning=None, trades=("electrical",)))


def test_a_warning_beside_harm_happening_still_pages(ctx: Callable[..., Context]) -> None:
    text = "the inspector said it could start a fire and now the outlet is smoking"
    assert Hazard.ELECTRICAL_FIRE in hazards(text, ctx(meaning=None, trades=("electrical",)))


@pytest.mark.parametrize(
    "text",
    [
        "right now there's no water at all since we had the water company turn it off for the "
        "remodel, can someone check the lines when it comes back on",
        "the house is empty and has no water at all on purpose until the new owners close",
        "ahorita no hay agua porque la ciudad la corto, la casa esta vacia, quiero revision",
    ],
)
def test_water_off_on_purpose_is_not_the_tenants_emergency(
    ctx: Callable[..., Context], text: str
) -> None:
    rules = (HazardRule("no water at all"), HazardRule("no hay agua"))
    assert not paged(text, ctx(meaning=None, tenant_hazards=rules))


def test_no_water_at_all_without_a_reason_still_pages(ctx: Callable[..., Context]) -> None:
    rules = (HazardRule("no water at all"),)
    context = ctx(meaning=None, tenant_hazards=rules)
    assert Hazard.TENANT_DEFINED in hazards("we have no water at all right now", context)


@pytest.mark.parametrize(
    "text",
    [
        "last tuesday the switch by the door sparked when I flipped it and now there's a small "
        "brown scorch mark, it hasn't been used since",
        "the leak under the vanity soaked the cabinet this past sunday, we tightened it and now "
        "it just drips a little into a cup",
        "el jueves pasado se reventó la manguera del lavabo, ya la apretamos y ahora nomas gotea "
        "poquito",
    ],
)
def test_a_mark_or_a_drip_left_over_now_is_not_paged(
    ctx: Callable[..., Context], text: str
) -> None:
    assert not hazards(text, ctx(meaning=None, trades=("plumbing", "electrical")))


def test_now_with_the_hazard_itself_still_pages(ctx: Callable[..., Context]) -> None:
    text = "last tuesday the outlet sparked and now it's sparking again every time"
    assert Hazard.ELECTRICAL_FIRE in hazards(text, ctx(meaning=None, trades=("electrical",)))


@pytest.mark.parametrize(
    "text",
    [
        "a raccoon tore a hole in the roof over the garage, no water has gotten in, it's been dry",
        "hay un hoyo en el techo que hicieron las ardillas, no ha entrado agua, sigue seco",
    ],
)
def test_a_hole_that_let_no_water_in_is_a_repair(ctx: Callable[..., Context], text: str) -> None:
    assert not hazards(text, ctx(meaning=None, trades=("roofing",)))


def test_a_hole_with_rain_pouring_in_still_pages(ctx: Callable[..., Context]) -> None:
    text = "the wind tore a hole in the roof and water is pouring in over the bed"
    assert hazards(text, ctx(meaning=None, trades=("roofing",)))


@pytest.mark.skipif(MODEL is None, reason="the meaning model is not installed")
@pytest.mark.parametrize(
    "text",
    [
        "the trap under the bathroom sink drips, I set a bowl under it and empty it every morning",
        "gotea la llave del jardin, le pusimos una cubetita y se llena en dos dias",
        "the line to the barn leaks somewhere underground, we shut the valve to that line and the "
        "house is fine",
    ],
)
def test_water_caught_or_cut_off_is_not_paged(ctx: Callable[..., Context], text: str) -> None:
    assert not paged(text, ctx(meaning=MODEL))


@pytest.mark.skipif(MODEL is None, reason="the meaning model is not installed")
def test_a_bucket_that_cannot_keep_up_still_pages(ctx: Callable[..., Context]) -> None:
    text = "a pipe burst in the wall, I put a bucket under it but water is everywhere"
    assert paged(text, ctx(meaning=MODEL))


@pytest.mark.parametrize(
    "text",
    [
        "the thermostat screen says emergency heat and I don't know what that means, house is warm",
        "the emergency light on the furnace is blinking, can someone look at it this week",
        "el termostato dice calefaccion de emergencia y no se que significa",
    ],
)
def test_a_mode_named_emergency_is_a_label(ctx: Callable[..., Context], text: str) -> None:
    assert not paged(text, ctx(meaning=None, trades=("hvac",)))


def test_the_caller_saying_emergency_still_pages(ctx: Callable[..., Context]) -> None:
    assert paged("this is an emergency please send someone", ctx(meaning=None))


@pytest.mark.parametrize(
    "text",
    [
        "we came home and water is coming up through the floorboards in the den",
        "there's water bubbling up out of the heat registers in the hallway",
        "I shut the valve to it but it's still spraying all over the laundry room",
    ],
)
def test_water_welling_up_through_the_floor_is_a_flood(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.FLOODING in hazards(text, ctx(meaning=None))


@pytest.mark.parametrize(
    "text",
    ["dust is coming out of the floor vents", "the sprinkler is spraying all over the sidewalk"],
)
def test_dust_from_a_vent_or_a_sprinkler_on_the_walk_is_not(
    ctx: Callable[..., Context], text: str
) -> None:
    assert not hazards(text, ctx(meaning=None))


@pytest.mark.parametrize(
    "text",
    [
        "it smells like a skunk in the utility room right by the water heater",
        "huele a zorrillo en la cocina junto a la estufa",
    ],
)
def test_the_odorant_smelled_as_skunk_at_a_gas_appliance_is_gas(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.GAS_LEAK in hazards(text, ctx(meaning=None))


def test_a_skunk_outside_is_not_gas(ctx: Callable[..., Context]) -> None:
    text = "a skunk sprayed under the deck last night and the yard smells awful"
    assert Hazard.GAS_LEAK not in hazards(text, ctx(meaning=None))


def test_a_ceiling_with_a_water_bubble_in_the_rain_is_a_roof_breach(
    ctx: Callable[..., Context],
) -> None:
    text = "the bedroom ceiling has a huge bulge full of water, it's been storming all night"
    assert Hazard.ROOF_BREACH in hazards(text, ctx(meaning=None, trades=("roofing",)))


def test_the_household_getting_headaches_by_the_furnace_is_carbon_monoxide(
    ctx: Callable[..., Context],
) -> None:
    text = "since the furnace came on everyone in the house gets headaches and feels nauseous"
    assert Hazard.CARBON_MONOXIDE in hazards(text, ctx(meaning=None, trades=("hvac",)))


def test_a_smoke_alarm_over_burnt_wiring_is_the_fire_not_co(
    ctx: Callable[..., Context],
) -> None:
    text = "the furnace kicked on and the smoke alarm went off, it smells like burnt wiring"
    found = hazards(text, ctx(meaning=None, trades=("hvac",)))
    assert Hazard.ELECTRICAL_FIRE in found
    assert Hazard.CARBON_MONOXIDE not in found


def test_a_slow_shower_drain_holding_water_to_the_ankles_is_not_a_flood(
    ctx: Callable[..., Context],
) -> None:
    text = "the tub drain in the upstairs bathroom is really slow, water up to my ankles"
    assert Hazard.FLOODING not in hazards(text, ctx(meaning=None))
