"""What the job IS, beside what it is near or what caused it: the thing bought to be put in
over the system it runs, a check-up or an opinion wished for over a fault somebody already put
right, and everyday names for a thing (the grinder in the sink, water through the ceiling, a
sink that is slow). Every sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

NOW = datetime(2026, 12, 8, 10, 0, tzinfo=ZoneInfo("America/Chicago"))
HVAC = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "heater", "no heat")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling")),
    ServiceOption("tuneup", "Seasonal tune-up", ("tune up", "maintenance")),
    ServiceOption("thermostat", "Thermostat install", ("thermostat", "nest", "ecobee")),
)
PLUMBING = (
    ServiceOption("drain", "Drain cleaning", ("clog", "clogged", "drain")),
    ServiceOption("leak", "Leak repair", ("leak", "pipe")),
    ServiceOption("faucet", "Faucet install", ("faucet", "kitchen faucet")),
    ServiceOption("disposal", "Garbage disposal", ("garbage disposal", "disposal")),
    ServiceOption("water_heater", "Water heater repair", ("water heater",)),
)
ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak")),
    ServiceOption("gutter", "Gutter cleaning", ("gutter", "gutters", "downspout")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect")),
)


def service(text: str, catalogue: tuple[ServiceOption, ...]) -> str | None:
    u = understand(text, Context(now=NOW, timezone="America/Chicago", services=catalogue))
    return u.service.value if u.service else None


@pytest.mark.parametrize(
    "text",
    [
        "the heat runs fine off the old dial, but my son picked up a nest, can you hook it up",
        "for the heat upstairs we ordered a new ecobee, could somebody install it for us",
        "la calefacción funciona bien, pero compramos un termostato nuevo, ¿nos lo pueden "
        "instalar?",
    ],
)
def test_a_thing_bought_to_be_put_in_is_the_job_not_the_system_it_runs(text: str) -> None:
    assert service(text, HVAC) == "thermostat"


def test_a_thing_bought_is_not_the_job_when_another_is_to_be_put_in() -> None:
    text = "we already bought a nest ourselves, what we need is someone to put in a new furnace"
    assert service(text, HVAC) == "furnace"


def test_no_said_apart_from_heat_is_not_no_heat() -> None:
    # "No" in "no clue" is not "no heat": the furnace has one word said, the thermostat one.
    text = "the old dial on the wall for the heat is dying, we got a new nest, put it in? no clue"
    assert service(text, HVAC) == "thermostat"


@pytest.mark.parametrize(
    "text",
    [
        "national grid found a gas leak at our dryer last month and repaired it. can you guys "
        "look things over on the furnace before the cold",
        "the plumber found a leak by the boiler and fixed it. I'd like someone to take a look at "
        "the heating before winter",
        "el mes pasado goteaba el tubo del gas en la estufa y el plomero lo arregló; quiero que "
        "revisen la calefacción antes del invierno",
    ],
)
def test_a_check_up_wished_for_after_a_fault_put_right_is_the_upkeep(text: str) -> None:
    assert service(text, HVAC) == "tuneup"


def test_a_fault_still_there_makes_the_check_up_a_repair() -> None:
    text = "the furnace is leaking water on the floor, can you look it over before winter"
    assert service(text, HVAC) == "furnace"


@pytest.mark.parametrize(
    "text",
    [
        "we're buying a ranch in Tucker, the inspector said the roof is old. we'd like a "
        "roofer's assessment before we close",
        "the house we're getting closes next month and I'd want a professional opinion on the "
        "roof before closing",
        "estamos comprando una casa y queremos una evaluación del techo antes de firmar",
    ],
)
def test_an_opinion_wished_for_before_a_sale_is_the_inspection(text: str) -> None:
    assert service(text, ROOFING) == "inspection"


def test_a_fault_to_fix_before_closing_is_the_repair() -> None:
    text = "the roof is leaking over the porch and we need it fixed before closing"
    assert service(text, ROOFING) == "roof_repair"


@pytest.mark.parametrize(
    "text",
    [
        "water came in through the ceiling in the den back in march, a friend patched the "
        "shingles and it's dry, but the insurance company wants an inspection",
        "el año pasado entraba agua por el techo del cuarto, mi cuñado lo parchó y está seco, "
        "pero el seguro pide una inspección",
    ],
)
def test_an_inspection_wished_for_after_a_leak_patched_is_the_inspection(text: str) -> None:
    assert service(text, ROOFING) == "inspection"


def test_an_inspection_wished_for_beside_a_leak_now_is_the_repair() -> None:
    text = "water keeps leaking through the ceiling in the den and I need an inspection"
    assert service(text, ROOFING) == "roof_repair"


@pytest.mark.parametrize(
    "text",
    [
        "the grinder under the kitchen sink just buzzes and won't spin",
        "that thing in the sink that chops up food scraps stopped working",
        "el molino del fregadero hace ruido pero no gira",
    ],
)
def test_the_grinder_in_the_sink_is_the_disposal_not_the_drain(text: str) -> None:
    assert service(text, PLUMBING) == "disposal"


def test_another_grinder_is_no_disposal() -> None:
    text = "my coffee grinder broke, but what I need is the kitchen sink drain unclogged"
    assert service(text, PLUMBING) == "drain"


@pytest.mark.parametrize(
    "text",
    [
        "the upstairs bathroom sink has been really slow for a couple weeks",
        "water in the tub goes down super slowly after a shower",
        "el fregadero de la cocina se va muy lento desde el lunes",
        "el agua del lavabo baja bien despacio",
    ],
)
def test_a_slow_sink_is_the_drain(text: str) -> None:
    assert service(text, PLUMBING) == "drain"


def test_a_slow_water_heater_is_not_a_drain() -> None:
    text = "the water heater is slow to heat up lately"
    assert service(text, PLUMBING) == "water_heater"


@pytest.mark.parametrize(
    "text",
    [
        "after that storm there was water dripping from the bedroom ceiling, it's dried up now",
        "whenever it storms hard we get drips in the attic by the chimney",
        "cuando llueve fuerte se mete agua por la pared del cuarto",
    ],
)
def test_water_in_through_the_ceiling_or_with_the_rain_is_the_roof_leak(text: str) -> None:
    assert service(text, ROOFING) == "roof_repair"


def test_rain_named_for_a_gutter_job_is_not_a_leak() -> None:
    text = "the gutters overflow every time it rains and the downspout is loose"
    assert service(text, ROOFING) == "gutter"
