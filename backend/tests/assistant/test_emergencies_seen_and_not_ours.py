"""Emergencies told by what the caller sees (water out of a fitting after "we moved in a month
ago", an unlit-burner smell likened with "when", nothing out of the vents, the same question
over and over), and "emergency" that is not the trade's (taken back at once, the name of an
emergency vet) or only a what-if ("si se revienta"). Each with look-alikes that must not change.
Every sentence here was written for this file; the rules alone decide (no meaning model)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.vulnerable_people import VULNERABLE
from switchboard.assistant.understanding.weather_facts import NO_COOLING, weather_facts

KC = ZoneInfo("America/Chicago")
NOW = datetime(2049, 7, 17, 15, 0, tzinfo=KC)


def context(trades: tuple[str, ...] = ("plumbing",)) -> Context:
    return Context(now=NOW, timezone="America/Chicago", trades=trades, meaning=None)


def hazards(text: str, trades: tuple[str, ...] = ("plumbing",)) -> set[Hazard]:
    return {h.value for h in understand(text, context(trades)).hazards}


def declared(text: str) -> bool:
    emergency = understand(text, context(("hvac",))).emergency
    return emergency is not None and emergency.value


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        (
            "we only moved in about a month ago and theres water dripping out of the ceiling fan "
            "in the bedroom",
            Hazard.FLOODING_NEAR_ELECTRICS,
        ),
        (
            "we closed on the house two weeks ago and water is pouring out of the light in the "
            "hall",
            Hazard.FLOODING_NEAR_ELECTRICS,
        ),
        (
            "there's an odor in the basement like when you leave the oven on and it doesnt catch",
            Hazard.GAS_LEAK,
        ),
        (
            "a weird smell in the laundry like when a burner is turned on and it wont light",
            Hazard.GAS_LEAK,
        ),
    ],
)
def test_told_by_what_is_seen(text: str, hazard: Hazard) -> None:
    assert hazard in hazards(text)


@pytest.mark.parametrize(
    "text",
    [
        # The hazard itself dated: still past.
        "the light fixture leaked two weeks ago right after we moved in, it's been dry since",
        "we moved in a year ago and the basement flooded last spring",
        # A smell that is the cooking, lit fine.
        "there's a burnt smell when i turn the stove burner on, it lights right away",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert not hazards(text) & {Hazard.FLOODING_NEAR_ELECTRICS, Hazard.FLOODING, Hazard.GAS_LEAK}


def test_nothing_out_of_the_vents_said_without_its_apostrophe() -> None:
    said = "the unit outside runs but nothings coming out of the vents"
    assert NO_COOLING in weather_facts(normalise(said), context(("hvac",)))
    calm = "nothings wrong with the vents i just want a tune up"
    assert NO_COOLING not in weather_facts(normalise(calm), context(("hvac",)))


@pytest.mark.parametrize(
    ("text", "at_risk"),
    [
        ("she keeps asking me the same question over and over", True),
        ("grandpa is repeating himself again and again and hes really flushed", True),
        ("the tech kept telling me the same thing about the filter", False),
    ],
)
def test_the_same_question_over_and_over_is_heat_illness(text: str, at_risk: bool) -> None:
    assert (VULNERABLE.search(normalise(text).text) is not None) is at_risk


def test_a_word_of_degree_is_no_name() -> None:
    u = understand("its quite strong when you open the door to the closet", context())
    assert u.name is None
    named = understand("its Rosa Quintero, the leak is under the sink", context())
    assert named.name is not None and named.name.value == "Rosa Quintero"


@pytest.mark.parametrize(
    ("text", "emergency"),
    [
        # Taken back at once.
        ("tell him its an emergency lol jk, just call his mom back about sunday", False),
        ("URGENT emergency... not really haha, dad says the boat is ready", False),
        # Not taken back: "not really" runs on into what the caller is unsure of.
        ("its an emergency, not really sure whats going on but it wont turn on", True),
        ("this is an emergency, please send someone", True),
    ],
)
def test_an_emergency_taken_back(text: str, emergency: bool) -> None:
    assert declared(text) is emergency


@pytest.mark.parametrize(
    ("text", "emergency"),
    [
        ("is this the emergency animal hospital, my cat swallowed a hair tie", False),
        ("hi i need the emergency dentist my tooth cracked", False),
        # Said again on its own, it is ours.
        ("is this the emergency vet? no? well this is an emergency too, our ac died", True),
    ],
)
def test_an_emergency_that_names_other_care(text: str, emergency: bool) -> None:
    assert declared(text) is emergency


@pytest.mark.parametrize(
    ("text", "flood"),
    [
        ("mi esposo dice que si se rompe la tubería se nos inunda la casa, nomás gotea", False),
        ("sí, se rompió la tubería y se está inundando la cocina", True),
    ],
)
def test_a_spanish_what_if(text: str, flood: bool) -> None:
    assert (Hazard.FLOODING in hazards(text)) is flood
