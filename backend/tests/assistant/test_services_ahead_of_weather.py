"""Upkeep asked for ahead of weather on its way, or by having the thing "tuned up" or "just
maintained", and a washing machine's standpipe named as the drain it is. Every sentence here
was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

NOW = datetime(2026, 8, 24, 10, 0, tzinfo=ZoneInfo("America/New_York"))
ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak")),
    ServiceOption("gutter", "Gutter cleaning", ("gutter", "gutters")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect", "storm damage")),
)
HVAC = (
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling", "heat pump")),
    ServiceOption("tuneup", "AC tune-up", ("tune up", "tuneup", "maintenance")),
)
PLUMBING = (
    ServiceOption("drain", "Drain cleaning", ("clog", "drain", "backed up")),
    ServiceOption("leak", "Leak repair", ("leak", "leaking", "pipe")),
    ServiceOption("toilet", "Toilet repair", ("toilet", "flush")),
)


def service(text: str, catalogue: tuple[ServiceOption, ...], language: str = "en") -> str | None:
    context = Context(now=NOW, timezone="America/New_York", services=catalogue, language=language)
    u = understand(text, context)
    return u.service.value if u.service else None


@pytest.mark.parametrize(
    "text",
    [
        "a tropical storm is headed our way friday, the roof is old but dry, can somebody "
        "go over it before the storm hits",
        "could you have someone look at our roof ahead of the hurricane? no leaks so far",
        "nothing wrong yet but i want the roof checked before that winter storm comes through",
    ],
)
def test_a_roof_looked_at_before_the_weather_arrives_is_an_inspection(text: str) -> None:
    assert service(text, ROOFING) == "inspection"


def test_a_roof_looked_at_before_a_hurricane_in_spanish_is_an_inspection() -> None:
    text = "quiero que alguien revise el techo antes del huracán, por ahora no tiene goteras"
    assert service(text, ROOFING, "es") == "inspection"


def test_a_roof_leaking_now_is_a_repair_whatever_storm_is_coming() -> None:
    text = "the roof is leaking into the bedroom, can you look at it before the storm gets here"
    assert service(text, ROOFING) == "roof_repair"


@pytest.mark.parametrize(
    "text",
    [
        "we'd like the heat pump tuned up sometime next month, it runs fine",
        "can we get both heat pumps serviced when you have an opening",
    ],
)
def test_the_thing_to_have_tuned_up_is_the_tune_up(text: str) -> None:
    assert service(text, HVAC) == "tuneup"


def test_upkeep_by_name_in_spanish() -> None:
    text = "la bomba de calor funciona bien, solo queremos el mantenimiento"
    assert service(text, HVAC, "es") == "tuneup"


def test_a_heat_pump_with_a_fault_stays_a_repair() -> None:
    assert service("the heat pump is blowing warm air, can you get it serviced", HVAC) == "ac"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the washer standpipe spilled over during the rinse cycle, we cleaned it up", "en"),
        ("water comes up out of the stand pipe behind the washing machine", "en"),
        ("la caja de la lavadora se desborda cada vez que lava", "es"),
    ],
)
def test_a_washing_machine_standpipe_is_a_drain(text: str, language: str) -> None:
    assert service(text, PLUMBING, language) == "drain"


def test_a_leaking_washer_hose_stays_a_leak() -> None:
    assert service("the hose behind the washing machine is leaking at the valve", PLUMBING) == (
        "leak"
    )
