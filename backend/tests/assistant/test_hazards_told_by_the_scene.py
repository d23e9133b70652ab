"""Hazards told by the scene rather than by their name: the sky seen through a roof a limb came
through, a ceiling hanging full of water in the rain, an outlet gone black after a bang, a room
filling with water up to where the power is, the cold in degrees in Spanish, exhaust smelled
indoors, an all-clear the caller only believed. With what must not change: plumbing water
stays a flood, thawing snow is no fire, a mild day is no freeze, gas said stays gas. Every
sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.exhaust import smell_is_exhaust
from switchboard.assistant.understanding.hazard_scope import all_clear
from switchboard.assistant.understanding.hazards import confirms
from switchboard.assistant.understanding.meaning import default_model
from switchboard.assistant.understanding.normalise import normalise

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2026, 12, 8, 10, 0, tzinfo=CHI)
MODEL = default_model()


def ctx(trades: tuple[str, ...], *, meaning: bool = False) -> Context:
    return Context(
        now=NOW, timezone="America/Chicago", trades=trades, meaning=MODEL if meaning else None
    )


def hazards(text: str, trades: tuple[str, ...], *, meaning: bool = False) -> set[Hazard]:
    return {h.value for h in understand(text, ctx(trades, meaning=meaning)).hazards}


ROOFING, PLUMBING, ELECTRICAL, HVAC = ("roofing",), ("plumbing",), ("electrical",), ("hvac",)


@pytest.mark.parametrize(
    "text",
    [
        # The opening seen from inside, with the rain coming in.
        "a big branch crashed down in the wind and now there's a hole above the baby's room, "
        "rain's pouring in onto the crib",
        "I can see the clouds from the upstairs hall and rain is coming in all over the carpet",
        # Through the roof: breached, water or not.
        "the maple tree out front snapped in half and it's through the roof over the dining room",
        # A ceiling hanging down with the water it holds, in the afternoon's rain.
        "the hall ceiling is bellying out full of water, it's been raining since noon and now "
        "it's dripping through",
        "una rama atravesó el techo de la recámara y está entrando agua a la casa",
        "se ve el cielo desde el cuarto de arriba y está entrando agua a la sala",
    ],
)
def test_the_roof_opened_from_above_is_a_breached_roof(text: str) -> None:
    found = hazards(text, ROOFING)
    assert Hazard.ROOF_BREACH in found
    assert Hazard.FLOODING not in found


@pytest.mark.parametrize(
    ("text", "trades", "wanted", "unwanted"),
    [
        # A plumber's caller with water pouring in has a flood to stop, whatever came through.
        (
            "a branch came through into the bedroom and water is pouring in",
            PLUMBING,
            Hazard.FLOODING,
            Hazard.ROOF_BREACH,
        ),
        # Water from a pipe above, the ceiling full of it: the plumbing, not the roof.
        (
            "the pipe upstairs burst and the ceiling is sagging full of water, it's pouring in",
            ROOFING,
            Hazard.FLOODING,
            Hazard.ROOF_BREACH,
        ),
    ],
)
def test_water_from_the_plumbing_or_for_a_plumber_stays_a_flood(
    text: str, trades: tuple[str, ...], wanted: Hazard, unwanted: Hazard
) -> None:
    found = hazards(text, trades)
    assert wanted in found
    assert unwanted not in found


@pytest.mark.parametrize(
    "text",
    [
        "it's been pouring all afternoon, can someone look at our gutters next week",
        "our power bill went through the roof this winter",
        "we can see the stars from the deck, we'd like a quote on a skylight",
        "the gutters are sagging full of water and leaves, can you clean them",
        "the tarp is sagging with water, should I push it off",
    ],
)
def test_rain_a_figure_of_speech_or_a_view_is_no_breach(text: str) -> None:
    assert hazards(text, ROOFING) == set()


@pytest.mark.parametrize(
    "text",
    [
        "the outlet behind the tv went off like a firecracker and it's all black around it now",
        "el contacto de la cocina tronó y ahorita está todo quemado alrededor",
        "the switch plate went all black behind the lamp and it smells hot",
    ],
)
def test_a_part_black_after_a_bang_is_an_electrical_fire(text: str) -> None:
    assert Hazard.ELECTRICAL_FIRE in hazards(text, ELECTRICAL)


@pytest.mark.parametrize(
    "text",
    [
        "la nieve se está derritiendo en el techo y gotea cerca del contacto",
        "the snow is melting off the roof and dripping right near the panel",
        "melting ice keeps running down the wall by the breaker box",
    ],
)
def test_thawing_snow_by_a_panel_is_no_fire(text: str) -> None:
    assert Hazard.ELECTRICAL_FIRE not in hazards(text, ELECTRICAL)


@pytest.mark.parametrize(
    "text",
    [
        "there was a pop last week and now there's a black mark on the outlet cover, the breaker "
        "has been off since, I'd like it swapped",
    ],
)
def test_a_mark_left_by_a_pop_long_switched_off_is_no_fire(text: str) -> None:
    assert Hazard.ELECTRICAL_FIRE not in hazards(text, ELECTRICAL)


def test_a_melting_part_is_still_a_fire() -> None:
    assert Hazard.ELECTRICAL_FIRE in hazards("the plug on the heater is melting", ELECTRICAL)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("el garaje se está llenando de agua", Hazard.FLOODING),
        ("the crawl space keeps filling up with water", Hazard.FLOODING),
        ("se está saliendo el agua de la lavadora y no para", Hazard.FLOODING),
        ("water is coming out from under the water heater and it won't stop", Hazard.FLOODING),
        (
            "el agua del sótano ya llegó a la esquina donde están las extensiones",
            Hazard.FLOODING_NEAR_ELECTRICS,
        ),
        (
            "the water from the washer has gotten up to where the breaker box is",
            Hazard.FLOODING_NEAR_ELECTRICS,
        ),
    ],
)
def test_water_filling_escaping_or_reaching_the_power(text: str, wanted: Hazard) -> None:
    assert wanted in hazards(text, PLUMBING)


@pytest.mark.parametrize(
    "text",
    [
        "se sale un poquito de agua del tanque del baño",
        "the basement filled with water last spring, we want a sump pump put in",
        "el agua llega hasta donde está la llave de paso, pero es un goteo",
    ],
)
def test_a_trickle_a_past_flood_or_a_valve_is_no_flood_near_power(text: str) -> None:
    found = hazards(text, PLUMBING)
    assert Hazard.FLOODING_NEAR_ELECTRICS not in found
    assert Hazard.FLOODING not in found


@pytest.mark.parametrize(
    "text",
    [
        "no tenemos calefacción desde anoche y adentro estamos a 48 grados",
        "se nos murió la caldera desde ayer y afuera hace 15 grados",
    ],
)
def test_no_heat_with_the_cold_in_degrees_in_spanish(text: str) -> None:
    assert Hazard.NO_HEAT_FREEZING in hazards(text, HVAC)


@pytest.mark.parametrize(
    "text",
    [
        "no tenemos calefacción pero afuera está a 60 grados",
        "la casa está a 70 grados pero la caldera hace mucho ruido",
    ],
)
def test_no_heat_on_a_mild_day_or_a_warm_house_is_no_freeze(text: str) -> None:
    assert Hazard.NO_HEAT_FREEZING not in hazards(text, HVAC)


def test_a_flue_come_apart_is_worth_the_carbon_monoxide_question() -> None:
    u = understand(
        "the vent pipe off the water heater that runs up into the chimney in the utility closet "
        "is hanging loose and the heater is on",
        ctx(HVAC),
    )
    assert u.triage is not None and u.triage.value is Hazard.CARBON_MONOXIDE


@pytest.mark.parametrize(
    "answer",
    [
        "it reeks of exhaust down there",
        "there's furnace fumes in the laundry room",
        "huele a mofle en el sótano",
    ],
)
def test_exhaust_smelled_confirms_carbon_monoxide(answer: str) -> None:
    assert confirms(Hazard.CARBON_MONOXIDE, normalise(answer))


@pytest.mark.parametrize(
    "answer", ["no, just paint fumes from the new cabinets", "no, it only smells like dinner"]
)
def test_other_smells_do_not_confirm_carbon_monoxide(answer: str) -> None:
    assert not confirms(Hazard.CARBON_MONOXIDE, normalise(answer))


def test_exhaust_is_not_a_gas_leak_unless_gas_is_said() -> None:
    assert smell_is_exhaust(normalise("the utility room stinks of truck exhaust"))
    assert not smell_is_exhaust(normalise("it smells like exhaust and gas in the kitchen"))
    found = hazards("the whole basement smells like car exhaust today", HVAC, meaning=True)
    assert Hazard.GAS_LEAK not in found


@pytest.mark.parametrize(
    ("text", "clear"),
    [
        ("the alarm chirped all night, we figured it was just the battery", False),
        ("la alarma sonó y pensamos que ya estaba bien", False),
        ("the tech came out and it was just the battery", True),
        ("ahorita ya está bien", True),
    ],
)
def test_an_all_clear_only_believed_clears_nothing(text: str, clear: bool) -> None:
    assert all_clear(normalise(text)) is clear
