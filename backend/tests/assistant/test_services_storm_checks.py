"""A look at the roof after (or ahead of) a storm, with nothing found wrong, is the inspection;
a water mark on a ceiling with no job named is the leak; a word that everything drains fine
names no drain job. Every sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

NOW = datetime(2026, 9, 2, 10, 0, tzinfo=ZoneInfo("America/New_York"))
ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak", "leaking roof")),
    ServiceOption("gutter", "Gutter cleaning", ("gutter", "gutters", "downspout")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect", "storm damage")),
)
PLUMBING = (
    ServiceOption("drain", "Drain cleaning", ("clog", "clogged", "drain", "backed up")),
    ServiceOption("leak", "Leak repair", ("leak", "leaking", "drip", "pipe")),
    ServiceOption("toilet", "Toilet repair", ("toilet", "running toilet", "flush")),
    ServiceOption("sewer", "Sewer line service", ("sewer", "main line", "camera inspection")),
)
HEATING_COOLING = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "heating", "boiler")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling", "central air")),
)


def service(text: str, catalogue: tuple[ServiceOption, ...], language: str = "en") -> str | None:
    context = Context(now=NOW, timezone="America/New_York", services=catalogue, language=language)
    u = understand(text, context)
    return u.service.value if u.service else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "a limb fell on the house in the wind last month, we haven't noticed any water "
            "inside but can someone look at it",
            "en",
        ),
        (
            "hail came through saturday, i never found any leaks, would like y'all to check "
            "the roof",
            "en",
        ),
        (
            "the oak next door lost a big branch onto their garage, our roof seems fine from "
            "the yard but i want somebody to make sure",
            "en",
        ),
        (
            "la semana pasada hubo granizo, no hemos visto goteras pero quiero que revisen el "
            "techo",
            "es",
        ),
        (
            "dicen que viene una tormenta fuerte, el techo no tiene fugas pero que lo revisen "
            "por favor",
            "es",
        ),
    ],
)
def test_a_look_after_a_storm_with_nothing_found_is_the_inspection(
    text: str, language: str
) -> None:
    assert service(text, ROOFING, language) == "inspection"


@pytest.mark.parametrize(
    "text",
    [
        # Something wrong now makes the look a repair.
        "we didn't see any leaks at first but now water drips from the ceiling, can you look at it",
        "the roof seems fine from the street but shingles are missing in back, please fix them",
    ],
)
def test_a_fault_now_is_no_inspection(text: str) -> None:
    assert service(text, ROOFING) == "roof_repair"


@pytest.mark.parametrize(
    ("text", "catalogue", "language", "want"),
    [
        ("there's a yellowish ring on the bedroom ceiling since the rain", ROOFING, "en",
         "roof_repair"),
        ("we've got a water spot on the ceiling in the den, it's dry", ROOFING, "en",
         "roof_repair"),
        ("there's a stain on the kitchen ceiling right under the upstairs bath", PLUMBING, "en",
         "leak"),
        ("tengo una mancha en el techo de la recámara desde las lluvias", ROOFING, "es",
         "roof_repair"),
        # A job named beside the mark is the job.
        ("a stain on the ceiling under the bathroom, i think the toilet flush is the problem",
         PLUMBING, "en", "toilet"),
    ],
)  # fmt: skip
def test_a_water_mark_with_no_job_named_is_the_leak(
    text: str, catalogue: tuple[ServiceOption, ...], language: str, want: str
) -> None:
    assert service(text, catalogue, language) == want


def test_a_water_mark_names_nothing_a_catalogue_without_leaks_has() -> None:
    assert service("there's a brown spot on the living room ceiling", HEATING_COOLING) is None


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("nah no backups at all, everything drains fine at our place", "en", None),
        ("no, todo drena bien aquí, ningún olor", "es", None),
        (
            "everything drains ok for now but i want a camera down the main line",
            "en",
            "sewer",
        ),
        # Not said to work: the drain is the job.
        ("the tub drains really slow lately", "en", "drain"),
        ("everything drains slow since the weekend", "en", "drain"),
    ],
)
def test_everything_draining_fine_names_no_drain_job(
    text: str, language: str, want: str | None
) -> None:
    assert service(text, PLUMBING, language) == want
