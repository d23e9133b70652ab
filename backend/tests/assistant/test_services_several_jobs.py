"""A message naming several jobs is filed under the one the caller puts first, most or today,
not the one named first; a "first" that puts no job first ("first thing Monday", "the first
floor", "at first") changes nothing. Every sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo("America/Chicago"))
PLUMBING = (
    ServiceOption("drain", "Drain cleaning", ("clog", "clogged", "drain", "backed up")),
    ServiceOption("leak", "Leak repair", ("leak", "leaking", "drip", "dripping", "pipe")),
    ServiceOption("toilet", "Toilet repair", ("toilet", "running toilet", "flush")),
    ServiceOption("water_heater", "Water heater repair", ("water heater", "no hot water")),
)
HEATING_COOLING = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "heating", "boiler")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling", "central air")),
    ServiceOption("thermostat", "Thermostat install", ("thermostat", "nest", "ecobee")),
    ServiceOption("duct", "Duct cleaning", ("duct", "ducts", "vents")),
)
ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak", "leaking roof")),
    ServiceOption("gutter", "Gutter cleaning", ("gutter", "gutters", "downspout")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect", "storm damage")),
)


def service(text: str, catalogue: tuple[ServiceOption, ...], language: str = "en") -> str | None:
    context = Context(now=NOW, timezone="America/Chicago", services=catalogue, language=language)
    u = understand(text, context)
    return u.service.value if u.service else None


@pytest.mark.parametrize(
    ("text", "catalogue", "language", "want"),
    [
        # Put first after the thing.
        (
            "the toilet keeps running and the shower drain is slow, please do the drain first",
            PLUMBING,
            "en",
            "drain",
        ),
        (
            "a few things: the vents are dusty, the thermostat is old. can you come thursday? "
            "the thermostat first if possible",
            HEATING_COOLING,
            "en",
            "thermostat",
        ),
        (
            "the toilet is the priority, the tub drain backs up too",
            PLUMBING,
            "en",
            "toilet",
        ),
        (
            "the ducts are gross and the ac blows warm, the ac matters most",
            HEATING_COOLING,
            "en",
            "ac",
        ),
        (
            "the toilet runs all day and the drain is slow, the drain today, the rest can wait",
            PLUMBING,
            "en",
            "drain",
        ),
        # Put first before the thing.
        (
            "bathroom sink drain is clogged and there's a drip under the kitchen sink, "
            "first the leak please",
            PLUMBING,
            "en",
            "leak",
        ),
        (
            "gutters are full of leaves and some shingles came loose. most important is the "
            "shingles",
            ROOFING,
            "en",
            "roof_repair",
        ),
        (
            "my ducts need cleaning and the boiler is acting up, let's start with the boiler",
            HEATING_COOLING,
            "en",
            "furnace",
        ),
        # Spanish.
        (
            "el inodoro no deja de correr y hay una fuga bajo el fregadero, lo más urgente es "
            "la fuga",
            PLUMBING,
            "es",
            "leak",
        ),
        (
            "las canaletas están llenas de hojas y se cayeron unas tejas, primero las tejas",
            ROOFING,
            "es",
            "roof_repair",
        ),
        (
            "el drenaje de la regadera está tapado y el inodoro gotea, el inodoro primero",
            PLUMBING,
            "es",
            "toilet",
        ),
    ],
)
def test_the_job_put_first_is_the_job(
    text: str, catalogue: tuple[ServiceOption, ...], language: str, want: str
) -> None:
    assert service(text, catalogue, language) == want


@pytest.mark.parametrize(
    ("text", "catalogue", "want"),
    [
        # A "first" that puts no job first.
        ("the kitchen drain is clogged, can someone come first thing monday", PLUMBING, "drain"),
        ("the drain on the first floor is clogged", PLUMBING, "drain"),
        ("at first i thought it was the toilet but the drain is backed up", PLUMBING, "drain"),
        ("my drain is clogged, could you come on the first", PLUMBING, "drain"),
        ("the first time the drain clogged was in may", PLUMBING, "drain"),
        ("the toilet is the first thing you see, anyway the drain is clogged", PLUMBING, "drain"),
        # Put first once before, or denied: not the wish now.
        ("last year you guys did the toilet first, now the drain is clogged", PLUMBING, "drain"),
        ("the drain is clogged, not the toilet first please", PLUMBING, "drain"),
        ("el año pasado arreglaron el inodoro primero, ahora el drenaje está tapado", PLUMBING,
         "drain"),
        # One thing and a priority said of the whole visit.
        ("the ac is out, it's a priority for us", HEATING_COOLING, "ac"),
        # A priority word with no thing after it leaves the turn as it was.
        ("the roof is the top priority but the gutters are a mess too", ROOFING, "roof_repair"),
    ],
)  # fmt: skip
def test_a_first_that_puts_no_job_first(
    text: str, catalogue: tuple[ServiceOption, ...], want: str
) -> None:
    assert service(text, catalogue) == want
