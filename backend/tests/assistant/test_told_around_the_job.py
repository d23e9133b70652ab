"""What is told around the job keeps its place: the way in told as directions ("ring the second
bell", "the third house on the left") is no date; the weather a weekday brought ("we had that
hail come through saturday") is no day wished; a boiler "working fine, it's just been like two
years" is due its tune-up; and a roof looked at for peace of mind ("I'd feel better if somebody
looked") with no leak inside is an inspection. Look-alikes keep what they said. Every line
here was written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

HVAC = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "heating", "boiler")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioning", "cooling")),
    ServiceOption("tuneup", "Seasonal tune-up", ("tune up", "tuneup", "maintenance")),
)
ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "leak", "shingles", "hail")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect", "storm damage")),
    ServiceOption("gutters", "Gutter work", ("gutter", "gutters", "downspout")),
)


@pytest.mark.parametrize(
    "text",
    [
        "144-22 73rd avenue apartment 2, its the top floor, ring the second bell",
        "we're the third house on the left past the church",
        "take the second left after the water tower, 2418 prairie clover lane",
    ],
)
def test_directions_are_no_date(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).time is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("can you come the second", date(2026, 12, 2)),
        ("the 3rd at 10 works", date(2026, 12, 3)),
    ],
)
def test_a_date_said_alone_is_still_a_date(
    ctx: Callable[..., Context], text: str, day: date
) -> None:
    time = understand(text, ctx()).time
    assert time is not None and time.value.earliest.date() == day


@pytest.mark.parametrize(
    "text",
    [
        "we had that hail come through saturday and i dont see any leaks inside",
        "the storm blew through sunday and took a few shingles off",
        "we got a big storm monday and now theres a drip by the chimney",
    ],
)
def test_weather_a_weekday_brought_is_no_wish(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(services=ROOFING)).time is None


@pytest.mark.parametrize(
    "text",
    [
        "we had a storm, come saturday if you can",
        "can you come through saturday",
        "storm took shingles off, saturday works for me",
    ],
)
def test_a_weekday_wished_beside_weather_stays(ctx: Callable[..., Context], text: str) -> None:
    time = understand(text, ctx(services=ROOFING)).time
    assert time is not None and time.value.earliest.date() == date(2026, 11, 28)


@pytest.mark.parametrize(
    ("text", "services", "expected"),
    [
        ("no its working fine its just its been like two years", HVAC, "tuneup"),
        ("the furnace is running fine, just been a couple years since anyone touched it",
         HVAC, "tuneup"),
        ("hail came through and the neighbors are getting their roofs looked at, i dont see any "
         "leaks inside but id feel better if somebody looked", ROOFING, "inspection"),
    ],
)  # fmt: skip
def test_nothing_wrong_and_due_is_upkeep(
    ctx: Callable[..., Context], text: str, services: tuple[ServiceOption, ...], expected: str
) -> None:
    found = understand(text, ctx(services=services)).service
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("text", "services", "expected"),
    [
        ("the boiler's been banging for like two years and now it wont heat", HVAC, "furnace"),
        ("we had hail and now water is dripping from the ceiling, id feel better if somebody "
         "looked", ROOFING, "roof_repair"),
    ],
)  # fmt: skip
def test_a_fault_now_is_no_upkeep(
    ctx: Callable[..., Context], text: str, services: tuple[ServiceOption, ...], expected: str
) -> None:
    found = understand(text, ctx(services=services)).service
    assert found is not None and found.value == expected
