"""Hazards told by their signs or the scene, and mentions that only look like them: exhaust
smelled by a boiler with children ill (carbon monoxide, even with "like" dropped), water
running down a ceiling fan (water in the electrics), a line lying in the yard since last
night's wind (there now), the unit named by where it sits gone quiet in dangerous heat, and
crackling, a hot-appliance smell and haze together (a fire starting). Look-alikes: a fire
meant to burn, a crackle alone, a fire years back in a unit that runs fine now, a flood
dried out before a slow drain "now", a drip caught in a rag and a bucket, a heating man
retired, and "emergency" as someone else's word the caller makes small. Every sentence here
was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.hazards import detect_emergency
from switchboard.assistant.understanding.normalise import normalise

TZ = ZoneInfo("America/Chicago")
NOW = datetime(2047, 7, 20, 10, 0, tzinfo=TZ)


def heard(text: str, trades: tuple[str, ...], temp: float | None = None) -> set[Hazard]:
    # The rules alone.
    context = Context(
        now=NOW, timezone="America/Chicago", trades=trades, meaning=None, outdoor_temp_f=temp
    )
    u = understand(text, context)
    return {h.value for h in u.hazards}


def asked(text: str, trades: tuple[str, ...]) -> Hazard | None:
    context = Context(now=NOW, timezone="America/Chicago", trades=trades, meaning=None)
    triage = understand(text, context).triage
    return triage.value if triage is not None else None


@pytest.mark.parametrize(
    ("text", "trades", "hazard"),
    [
        (
            "my tenant says theres a smell in the basement like car exhaust by the boiler and "
            "both kids are dizzy",
            ("hvac",),
            Hazard.CARBON_MONOXIDE,
        ),
        (
            "it reeks of exhaust down by the furnace and my husband threw up",
            ("hvac",),
            Hazard.CARBON_MONOXIDE,
        ),
        (
            "roof is leaking, water running down the ceiling fan in the bedroom",
            ("roofing",),
            Hazard.FLOODING_NEAR_ELECTRICS,
        ),
        (
            "power line down in our backyard after the storm last night",
            ("electrical",),
            Hazard.ELECTRICAL_SHOCK,
        ),
        (
            "the wire is lying in the front yard since the wind yesterday",
            ("electrical",),
            Hazard.ELECTRICAL_SHOCK,
        ),
        (
            "the thing on the roof stopped humming and its 97 inside, my dad is 90",
            ("hvac",),
            Hazard.NO_AC_EXTREME_HEAT,
        ),
        (
            "the unit outside quit running an hour ago, it's 99 in the house and my wife is "
            "pregnant",
            ("hvac",),
            Hazard.NO_AC_EXTREME_HEAT,
        ),
        (
            "something is crackling in the furnace closet and there's a haze in the hallway",
            ("hvac",),
            Hazard.ELECTRICAL_FIRE,
        ),
        (
            "the garage smells like a hot motor and there is a little smoke by the opener",
            ("electrical",),
            Hazard.ELECTRICAL_FIRE,
        ),
        (
            "se oye un chisporroteo en el cuarto de la lavadora y huele a cable quemado",
            ("electrical",),
            Hazard.ELECTRICAL_FIRE,
        ),
    ],
)
def test_told_by_signs_or_scene(text: str, trades: tuple[str, ...], hazard: Hazard) -> None:
    assert hazard in heard(text, trades)


@pytest.mark.parametrize(
    ("text", "trades"),
    [
        ("the bathroom smells and the exhaust fan is broken", ("hvac",)),
        ("the fireplace is crackling and the living room is a little smoky", ("hvac",)),
        ("there's a crackling sound in the ducts when the heat starts", ("hvac",)),
        ("the vents smell like a hair dryer the first time it runs each fall", ("hvac",)),
        ("the unit outside stopped making noise, could someone check it next week", ("hvac",)),
        (
            "water running down the driveway after the sprinklers, can you look at the valve",
            ("plumbing",),
        ),
        (
            "we need a tune up on two rooftop units, one caught fire about three years back and "
            "was rebuilt, both run fine now",
            ("hvac",),
        ),
        (
            "back in march the whole basement flooded, its all dried out now, but the floor "
            "drain is real slow now",
            ("plumbing",),
        ),
        (
            "el año pasado se nos inundó con la tormenta pero eso ya quedó, ahorita nomás es el "
            "inodoro que no deja de correr",
            ("plumbing",),
        ),
        (
            "el tubo debajo del lavabo está goteando poquito, ya le puse un trapo y una cubeta",
            ("plumbing",),
        ),
    ],
)
def test_look_alikes_do_not_page(text: str, trades: tuple[str, ...]) -> None:
    assert not heard(text, trades, temp=100.0)


def test_a_later_hazard_after_an_all_clear_still_pages() -> None:
    assert Hazard.FLOODING in heard(
        "the basement flooded in march, it dried out, but now it's flooding again", ("plumbing",)
    )


def test_a_fire_years_back_is_past() -> None:
    assert asked("one unit caught fire a few years back, it's fine now", ("hvac",)) is None


def test_a_heating_man_named_is_not_the_heat() -> None:
    from switchboard.assistant.understanding.hazard_weather_words import TEMPERATURE_TOPIC
    from switchboard.assistant.understanding.phrases import found

    assert not found(TEMPERATURE_TOPIC, normalise("my mother in law's heating guy retired"))
    assert not found(TEMPERATURE_TOPIC, normalise("the heating and cooling company went under"))
    assert found(TEMPERATURE_TOPIC, normalise("her heating is out"))


@pytest.mark.parametrize(
    "text",
    [
        "tenant reported a plumbing emergency but per my maintenance guy it's just a slow drain",
        "my tenant called in an emergency but the plumber said it's only a clog",
        "mi inquilina dice que es una emergencia pero nomás es la llave que gotea",
    ],
)
def test_emergency_as_someone_elses_word_made_small(text: str) -> None:
    assert detect_emergency(normalise(text), []) is None


@pytest.mark.parametrize(
    "text",
    [
        "this is an emergency",
        "my tenant says it's an emergency, the basement is flooding",
        "es una emergencia, se está saliendo el agua",
    ],
)
def test_emergency_said_or_reported_still_is(text: str) -> None:
    result = detect_emergency(normalise(text), [])
    assert result is not None and result.value is True
