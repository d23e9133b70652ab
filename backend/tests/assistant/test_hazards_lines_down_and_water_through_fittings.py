"""A service wire torn down is a shock hazard, and water coming out through a light or a
fitting is water in the electrics, whichever trade hears it. Each with a look-alike that
does not page. Every sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand

DEN = ZoneInfo("America/Denver")
NOW = datetime(2047, 7, 20, 10, 0, tzinfo=DEN)


def hazards(text: str, trades: tuple[str, ...]) -> set[Hazard]:
    # The rules alone: these are hazards told in words, not leaned to.
    context = Context(now=NOW, timezone="America/Denver", trades=trades, meaning=None)
    return {h.value for h in understand(text, context).hazards}


@pytest.mark.parametrize(
    ("text", "trades", "hazard"),
    [
        (
            "a delivery truck caught the wire that runs from the pole to the house and yanked "
            "it down, it's in the yard",
            ("electrical",),
            Hazard.ELECTRICAL_SHOCK,
        ),
        (
            "the wire from the pole got ripped off by a truck",
            ("electrical",),
            Hazard.ELECTRICAL_SHOCK,
        ),
        (
            "water is dripping out of the kitchen ceiling light",
            ("roofing",),
            Hazard.FLOODING_NEAR_ELECTRICS,
        ),
        (
            "rain's coming out of the light in the upstairs hallway",
            ("roofing",),
            Hazard.FLOODING_NEAR_ELECTRICS,
        ),
    ],
)
def test_told_by_the_wire_or_the_fitting(
    text: str, trades: tuple[str, ...], hazard: Hazard
) -> None:
    assert hazard in hazards(text, trades)


@pytest.mark.parametrize(
    ("text", "trades"),
    [
        ("the cable guy pulled the old cable off the tv and left a hole", ("electrical",)),
        (
            "i'd like the light fixture in the dining room swapped for a ceiling fan",
            ("electrical",),
        ),
        ("can you move the outlet behind the fridge, the water line is in the way", ("plumbing",)),
    ],
)
def test_look_alikes_do_not_page(text: str, trades: tuple[str, ...]) -> None:
    assert hazards(text, trades) == set()
