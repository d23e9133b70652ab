"""Hazards told in the caller's own senses and likenesses: an electrical part too hot to keep
a hand on, buzzing loudly, smelling like something melting (a panel, its door, an outlet, a
breaker box, in English and Spanish); water running across the floor in Spanish; a caller who
does not know where the water shut-off is. With what must not change: a panel warm in a
sun-facing garage with no smell or noise, a panel that only hums, hot water, a hot day, a hot
panel fixed last summer, water that is not running, a shut-off already closed. Every
sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.shutoff_asked import shutoff_asked

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2026, 12, 8, 21, 0, tzinfo=CHI)


def hazards(text: str, trades: tuple[str, ...], language: str = "en") -> set[Hazard]:
    context = Context(
        now=NOW, timezone="America/Chicago", trades=trades, language=language, meaning=None
    )
    return {h.value for h in understand(text, context).hazards}


ELECTRICAL, PLUMBING = ("electrical",), ("plumbing",)


@pytest.mark.parametrize(
    "text",
    [
        "the door on the breaker box is so hot I can't hold my hand against it and it's humming "
        "loud",
        "the panel cover is burning hot and it stinks like melting candle wax out there",
        "our fuse box is buzzing like crazy and there's an odor kind of like hot plastic",
        "the outlet behind the couch is too hot to touch and smells sort of like melted crayon",
        "el tablero está bien caliente, no se puede ni tocar, y huele como a plástico derretido",
        "la caja de los breikers está zumbando fuerte y huele a cera quemada",
    ],
)
def test_a_part_too_hot_buzzing_or_smelling_of_melting_is_a_fire_starting(text: str) -> None:
    assert Hazard.ELECTRICAL_FIRE in hazards(text, ELECTRICAL)


@pytest.mark.parametrize(
    "text",
    [
        "the panel is warm because it's in the sun-facing garage, no smell, no noise",
        "my breaker box hums a little at night, can someone take a look sometime",
        "the water is hot and the panel buzzes now and then",
        "it's hot out in the garage where the panel is and the fridge hums",
        "last summer the panel was hot and buzzing but the electrician fixed it",
        "the box is hot but there's no buzzing and no smell at all",
    ],
)
def test_one_sign_a_warm_day_or_a_fix_long_done_is_no_fire(text: str) -> None:
    assert Hazard.ELECTRICAL_FIRE not in hazards(text, ELECTRICAL)


@pytest.mark.parametrize(
    "text",
    [
        "se rompió la manguera de la lavadora y el agua ya está corriendo por toda la cocina",
        "el agua del calentador se está regando por el pasillo",
        "se salió el agua del tinaco y sigue corriendo por el piso de la sala",
    ],
)
def test_water_running_across_the_floor_in_spanish_is_a_flood(text: str) -> None:
    assert Hazard.FLOODING in hazards(text, PLUMBING, "es")


@pytest.mark.parametrize(
    "text",
    [
        "el agua ya no está corriendo por la sala, nomás quedó mojado",
        "ayer el agua estaba corriendo por el piso pero ya lo arreglaron",
        "el agua de la regadera se tarda mucho en irse",
    ],
)
def test_water_not_running_or_gone_by_is_no_flood_in_spanish(text: str) -> None:
    assert Hazard.FLOODING not in hazards(text, PLUMBING, "es")


@pytest.mark.parametrize(
    "text",
    [
        "no sé dónde se cierra el agua",
        "no encuentro la llave de paso",
        "¿dónde queda la llave principal?",
        "I have no idea where the shutoff even is",
        "we can't find the main valve",
        "where would the water shut off be",
        "how do I shut the water off",
    ],
)
def test_not_knowing_where_the_shutoff_is(text: str) -> None:
    assert shutoff_asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "I already shut off the main",
        "the shutoff valve under the sink is what's leaking",
        "ya cerré la llave de paso",
        "where are you guys located",
        "no sé si cierran a las cinco",
    ],
)
def test_a_shutoff_closed_or_another_question_is_not_asking_where(text: str) -> None:
    assert not shutoff_asked(text)
