"""The job told in a first-timer's plain words: a slow drain by what the water does, gutters
as the metal things along the roof's edge, a roof looked at for a sale; a thing said to work
fine is not the job, and the job said before a story in its own sentence stays the job."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

PLUMBING = (
    ServiceOption("drain", "Drain cleaning", ("clog", "clogged", "drain", "slow drain")),
    ServiceOption("leak", "Leak repair", ("leak", "leaking", "drip", "pipe")),
    ServiceOption("faucet", "Faucet install", ("faucet", "tap")),
)
ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("leak", "shingles", "roof leak")),
    ServiceOption("gutter", "Gutter cleaning", ("gutter", "gutters", "downspout")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect")),
)
ELECTRICAL = (
    ServiceOption("panel", "Panel upgrade", ("panel", "breaker box", "fuse box")),
    ServiceOption("outlet", "Outlet and switch repair", ("outlet", "switch", "plug")),
    ServiceOption("lighting", "Lighting install", ("light", "lights", "fixture")),
    ServiceOption("ev_charger", "EV charger install", ("ev charger", "car charger", "charger")),
)


@pytest.mark.parametrize(
    ("catalogue", "text", "service"),
    [
        (PLUMBING, "the bathroom sink, the water just sits there and takes forever to go down",
         "drain"),
        (PLUMBING, "the tub takes ages to drain", "drain"),
        (PLUMBING, "water sitting in the sink for an hour after we wash up", "drain"),
        (ROOFING, "the metal things that run along the edge of the roof have plants in them",
         "gutter"),
        (ROOFING, "when it rains the water just pours over the sides like a waterfall", "gutter"),
        (ROOFING, "the buyers inspector saw an old stain, they want a roofer to write something up",
         "inspection"),
        (ROOFING, "we're listing my dad's house and want the roof looked at", "inspection"),
        (ELECTRICAL, "nope nothings wrong right now lights all work fine its just old", None),
        (ELECTRICAL, "the lights all work fine but the outlet in the kitchen is dead", "outlet"),
        (ELECTRICAL, "We just got our first electric car and want a proper charger put in the "
         "garage. Our neighbor's garage caught fire last month from some cheap plug-in setup",
         "ev_charger"),
    ],
)  # fmt: skip
def test_the_job_in_plain_words(
    ctx: Callable[..., Context],
    catalogue: tuple[ServiceOption, ...],
    text: str,
    service: str | None,
) -> None:
    u = understand(text, ctx(services=catalogue))
    assert (u.service.value if u.service else None) == service


@pytest.mark.parametrize(
    ("catalogue", "text", "service"),
    [
        (PLUMBING, "the sink is dripping, we had a clog there last year", "leak"),
        (ROOFING, "the roof is leaking into the kitchen when it rains", "roof_repair"),
        (ROOFING, "the gutter guy sits on the roof all day, the shingles are loose", "roof_repair"),
        (ELECTRICAL, "The outlet in the kitchen sparks. We had a fire last year from a heater",
         "outlet"),
    ],
)  # fmt: skip
def test_look_alikes_keep_their_job(
    ctx: Callable[..., Context],
    catalogue: tuple[ServiceOption, ...],
    text: str,
    service: str,
) -> None:
    u = understand(text, ctx(services=catalogue))
    assert u.service is not None and u.service.value == service
