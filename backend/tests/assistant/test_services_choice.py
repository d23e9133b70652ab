"""Which catalogue service a job is filed under when the turn names more than one thing: the
head of a compound ("the light switch"), the thing asked for ("check the wiring"), the
thing the caller says it is not, denied problem words after a story, a Spanish catalogue
keyword said in English. Every sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

NOW = datetime(2026, 12, 8, 10, 0, tzinfo=ZoneInfo("America/Chicago"))
ELECTRIC = (
    ServiceOption("panel", "Panel upgrade", ("panel", "breaker", "tripping")),
    ServiceOption("outlet", "Outlet and switch repair", ("outlet", "switch", "plug")),
    ServiceOption("lighting", "Lighting install", ("light", "lights", "fixture")),
    ServiceOption("wiring", "Wiring repair", ("wiring", "wires", "flickering")),
)
PLUMBING = (
    ServiceOption("drain", "Drain cleaning", ("clogged", "drain", "slow drain")),
    ServiceOption("water_heater", "Water heater repair", ("water heater", "no hot water")),
    ServiceOption("leak", "Leak repair", ("leak", "dripping", "pipe")),
    ServiceOption("faucet", "Faucet repair", ("faucet",)),
    ServiceOption("sewer", "Sewer line service", ("sewer", "main line", "camera inspection")),
)
PLOMERIA = (
    ServiceOption("drain", "Destape de drenaje", ("drenaje", "tapado", "destape")),
    ServiceOption("water_heater", "Calentador de agua", ("calentador", "agua caliente")),
    ServiceOption("leak", "Reparación de fugas", ("fuga", "gotea", "tubería")),
)
HVAC = (
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling")),
    ServiceOption("tuneup", "AC tune-up", ("tune up", "maintenance")),
)


def service(text: str, catalogue: tuple[ServiceOption, ...]) -> str | None:
    said = understand(text, Context(now=NOW, timezone="America/Chicago", services=catalogue))
    return said.service.value if said.service else None


@pytest.mark.parametrize(
    ("text", "catalogue", "expected"),
    [
        # The head of a compound names the thing.
        ("the light switch in our hallway does nothing anymore", ELECTRIC, "outlet"),
        ("the bathroom light switch feels loose", ELECTRIC, "outlet"),
        # ... but not a word for what is wrong with it.
        ("our kitchen faucet keeps dripping", PLUMBING, "faucet"),
        # The thing asked for, over a symptom named first.
        (
            "the lights flicker a bit whenever the microwave runs, can you check the wiring",
            ELECTRIC,
            "wiring",
        ),
        # A problem word denied after a story is not the job.
        (
            "I'd like a camera down the main sewer line, our drains aren't backing up at all, "
            "the house is just old",
            PLUMBING,
            "sewer",
        ),
        (
            "a mi hermano se le rompió el calentador el año pasado, el mío no gotea pero "
            "quiero que lo revisen",
            PLOMERIA,
            "water_heater",
        ),
        # A Spanish drain said by what the water does.
        ("el lavabo del baño casi no baja, el agua se queda toda estancada", PLOMERIA, "drain"),
        # A Spanish catalogue keyword, said in English between Spanish words.
        ("no tenemos hot water desde el lunes", PLOMERIA, "water_heater"),
        # A breaker that trips is a fault now, not a check-up before the season.
        (
            "the ac breaker has tripped three times since sunday, it cools fine after a reset, "
            "maybe look at it before summer",
            HVAC,
            "ac",
        ),
    ],
)
def test_the_service_the_job_is_filed_under(
    text: str, catalogue: tuple[ServiceOption, ...], expected: str
) -> None:
    assert service(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "catalogue", "expected"),
    [
        ("it's not the wiring, it's the outlet by the sink", ELECTRIC, "outlet"),
        ("no es el drenaje, es el calentador que no calienta", PLOMERIA, "water_heater"),
    ],
)
def test_the_thing_the_caller_says_it_is_not(
    text: str, catalogue: tuple[ServiceOption, ...], expected: str
) -> None:
    assert service(text, catalogue) == expected


ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak")),
    ServiceOption("gutter", "Gutter cleaning", ("gutter", "gutters", "downspout")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect")),
)


def test_a_one_word_service_asked_for_beats_a_thing_named_first() -> None:
    text = "a couple of shingles blew loose and the insurance company wants me to get an inspection"
    assert service(text, ROOFING) == "inspection"


@pytest.mark.parametrize(
    "text",
    [
        "my grandfather moves in with us in may, before he gets here we want the ac gone over, "
        "it runs fine",
        "before the baby comes home I'd like the cooling checked, nothing is wrong with it",
    ],
)
def test_a_check_up_to_get_ready_for_someone_is_the_tune_up(text: str) -> None:
    assert service(text, HVAC) == "tuneup"
