"""Hazard words that tell of nothing happening at the caller's home now: an old burn mark,
cold and odourless; the first heat of the season burning its dust off; a smell the utility
tested and cleared; a fire at the neighbour's; weather to come given as the reason to move a
visit. English and Spanish, each with a look-alike that still pages. Every sentence here was
written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.hazard_containment import (
    checked_and_cleared,
    cold_mark,
    weather_moves_visit,
)
from switchboard.assistant.understanding.hazard_scope_words import PAST_SCOPE, ROUTINE_SCOPE
from switchboard.assistant.understanding.meaning import default_model
from switchboard.assistant.understanding.normalise import normalise

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2026, 10, 8, 10, 0, tzinfo=CHI)
MODEL = default_model()


def hazards(text: str, trades: tuple[str, ...]) -> set[Hazard]:
    context = Context(now=NOW, timezone="America/Chicago", trades=trades, meaning=MODEL)
    return {h.value for h in understand(text, context).hazards}


@pytest.mark.parametrize(
    ("text", "trades"),
    [
        # An old mark, nothing hot or smelling now.
        (
            "theres a black scorch mark on the outlet in the hallway we just noticed it its old "
            "nothings hot nothing smells i just want it swapped",
            ("electrical",),
        ),
        # The first heat of the season: its dust burning off.
        (
            "the heat came on this morning with a burning smell like dust burning off for a few "
            "minutes then it went away, can someone look it over",
            ("hvac",),
        ),
        # Tested by the utility, nothing found.
        (
            "we smelled gas last night so the utility came and tested everything, no leak. I "
            "want a new thermostat put in",
            ("hvac",),
        ),
        # The neighbour's fire.
        (
            "the neighbor's panel caught fire last night, can you look at ours, it's the same "
            "model",
            ("electrical",),
        ),
    ],
)
def test_nothing_happening_here_now_does_not_page(text: str, trades: tuple[str, ...]) -> None:
    assert hazards(text, trades) == set()


def test_spanish_old_mark_is_cold() -> None:
    assert cold_mark(normalise("la marca del contacto es vieja, no esta caliente, no huele"))
    assert not cold_mark(normalise("la marca es vieja, no huele, pero esta echando humo"))


def test_spanish_first_heat_dust_is_routine() -> None:
    said = normalise("olia a polvo quemado cuando prendimos la calefaccion")
    assert ROUTINE_SCOPE.search(said.text)
    assert not ROUTINE_SCOPE.search(normalise("olia a cables quemados en la calefaccion").text)


def test_spanish_utility_tested_and_cleared() -> None:
    assert checked_and_cleared(
        normalise("olia a gas, vinieron de la compania, revisaron todo y no habia fuga")
    )
    assert not checked_and_cleared(
        normalise("revisaron todo y no habia fuga pero ahorita huele a gas otra vez")
    )


def test_spanish_neighbours_fire_is_theirs() -> None:
    assert PAST_SCOPE.search(normalise("al vecino se le quemo el aire anoche").text)
    assert PAST_SCOPE.search(normalise("el aire de mi vecino se incendio anoche").text)
    assert not PAST_SCOPE.search(normalise("mi vecino dice que nuestro aire se quemo").text)


@pytest.mark.parametrize(
    "text",
    [
        "forecast says rain all day tomorrow, guessing you can't get on the roof, can we move it "
        "to monday",
        "it's supposed to storm all day tomorrow, can we reschedule the roof job to friday",
        "dicen que va a llover manana todo el dia, podemos cambiar la cita para el viernes",
        "el pronostico dice tormenta manana, la podemos reprogramar",
    ],
)
def test_weather_ahead_moves_the_visit(text: str) -> None:
    assert weather_moves_visit(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "it rained all night and water is coming through the ceiling, can you come today",
        "llovio toda la noche y entra agua por el techo, pueden venir hoy",
        "forecast says rain tomorrow, can you come before it starts",
    ],
)
def test_weather_now_is_not_a_move(text: str) -> None:
    assert not weather_moves_visit(normalise(text))


@pytest.mark.parametrize(
    ("text", "trades", "hazard"),
    [
        (
            "there's a scorch mark on the outlet, it's old but it's hot to the touch",
            ("electrical",),
            Hazard.ELECTRICAL_FIRE,
        ),
        (
            "first time this season the heat came on and the outlet behind the furnace is smoking",
            ("hvac",),
            Hazard.ELECTRICAL_FIRE,
        ),
        (
            "they tested everything and found no leak but I still smell gas right now",
            ("hvac",),
            Hazard.GAS_LEAK,
        ),
        ("my neighbor says our ac unit caught fire", ("hvac",), Hazard.ELECTRICAL_FIRE),
        (
            "it rained all night and water is pouring through the ceiling, can you come today",
            ("roofing",),
            Hazard.ROOF_BREACH,
        ),
    ],
)
def test_look_alikes_still_page(text: str, trades: tuple[str, ...], hazard: Hazard) -> None:
    assert hazard in hazards(text, trades)
