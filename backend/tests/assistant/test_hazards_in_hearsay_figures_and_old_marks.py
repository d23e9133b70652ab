"""Hazard words that name no active hazard: someone else's claim of what can or will happen,
a review or another company's past work, what came down at the neighbour's, a flood gone by
that the caller is only nervous about now, an old scorch mark with its signs denied, and a
room "on fire" as a figure for its heat. Each with look-alikes that still page: the same
words beside a hazard said now, at our house, or with a real fire's signs. Every sentence
here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.meaning import default_model

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2047, 4, 14, 10, 0, tzinfo=CHI)
MODEL = default_model()
PLUMBING, ELECTRICAL, HVAC, ROOFING = ("plumbing",), ("electrical",), ("hvac",), ("roofing",)


def read(text: str, trades: tuple[str, ...], meaning: bool = True) -> tuple[set[Hazard], bool]:
    context = Context(
        now=NOW,
        timezone="America/Chicago",
        trades=trades,
        meaning=MODEL if meaning else None,
    )
    u = understand(text, context)
    return {h.value for h in u.hazards}, bool(u.emergency and u.emergency.value)


NOT_PAGED = [
    # A fixture spilling over "a bit" is a repair, not a flood.
    ("hi my toilet is overflowing a bit, can someone come look", PLUMBING),
    # Someone's claim of what can or will happen.
    (
        "my dad swears an old fuse box like mine can catch fire any day, can you quote "
        "swapping it for a breaker panel",
        ELECTRICAL,
    ),
    (
        "my buddy keeps saying those cheap space heaters can electrocute you, do you guys do "
        "baseboard heaters",
        ELECTRICAL,
    ),
    (
        "the home inspector told us if the sump pump quits the whole basement is going to "
        "flood, can you look at a battery backup",
        PLUMBING,
    ),
    # A review, or another company's past work.
    (
        "yelp reviews say that outfit flooded a guy's basement, so i'd rather you do my water "
        "heater",
        PLUMBING,
    ),
    (
        "the previous plumber flooded the laundry room when he swapped the valve, so we want "
        "someone careful this time",
        PLUMBING,
    ),
    # What came down at the neighbour's.
    ("my neighbor's carport roof collapsed in that wind and i want mine looked at", ROOFING),
    # A flood gone by; only the nerves are now.
    (
        "last month the washer hose burst and flooded the laundry room so my wife's nervous "
        "now, can you put in a shutoff",
        PLUMBING,
    ),
    # An old mark, its signs denied one by one.
    (
        "there's a scorch mark on the switch plate in the hallway, not hot, no odor, can "
        "someone replace it",
        ELECTRICAL,
    ),
    # "On fire" for heat.
    (
        "my daughter says her upstairs room is on fire, i mean it's boiling up there every "
        "afternoon, can you check the ductwork",
        HVAC,
    ),
    (
        "the sunroom is so hot in the afternoon it feels like it's on fire, is that a duct issue",
        HVAC,
    ),
    (
        "the back bedroom is on fire that's how hot it gets in there every afternoon, can "
        "someone look at the vent",
        HVAC,
    ),
]


@pytest.mark.parametrize("meaning", [True, False])
@pytest.mark.parametrize(("text", "trades"), NOT_PAGED)
def test_not_an_active_hazard(text: str, trades: tuple[str, ...], meaning: bool) -> None:
    hazards, emergency = read(text, trades, meaning)
    assert hazards == set() and not emergency, text


PAGED = [
    ("the outlet has scorch marks and it's warm", ELECTRICAL, Hazard.ELECTRICAL_FIRE),
    (
        "scorch marks on the outlet, no smell but it's hot to the touch",
        ELECTRICAL,
        Hazard.ELECTRICAL_FIRE,
    ),
    (
        "there's a scorch mark on the outlet, not warm, but it keeps sparking",
        ELECTRICAL,
        Hazard.ELECTRICAL_FIRE,
    ),
    (
        "the neighbor's tree fell on our roof and rain is coming in",
        ROOFING,
        Hazard.ROOF_BREACH,
    ),
    (
        "the neighbors tree came down on our roof and water is pouring into the bedroom",
        ROOFING,
        Hazard.ROOF_BREACH,
    ),
    (
        "my neighbors roof caved in and now water is pouring into our attic too",
        ROOFING,
        Hazard.ROOF_BREACH,
    ),
    ("it overflowed and it's still running over now", PLUMBING, Hazard.FLOODING),
    ("the toilet is overflowing right now and won't stop", PLUMBING, Hazard.FLOODING),
    (
        "last month it overflowed and flooded the bathroom and now it's overflowing again",
        PLUMBING,
        Hazard.FLOODING,
    ),
    (
        "my neighbor said it smells like gas in our kitchen right now",
        PLUMBING,
        Hazard.GAS_LEAK,
    ),
    (
        "my wife says the faucet will shock you if you touch it",
        PLUMBING,
        Hazard.ELECTRICAL_SHOCK,
    ),
    (
        "my husband says the outlet is smoking and it will catch fire",
        ELECTRICAL,
        Hazard.ELECTRICAL_FIRE,
    ),
    (
        "the electrician said it could catch fire and now the panel is sparking",
        ELECTRICAL,
        Hazard.ELECTRICAL_FIRE,
    ),
    (
        "the last plumber's repair melted a wire and now the outlet is smoking",
        ELECTRICAL,
        Hazard.ELECTRICAL_FIRE,
    ),
    (
        "the other plumber flooded our kitchen and water is still pouring out under the sink",
        PLUMBING,
        Hazard.FLOODING,
    ),
    ("we're scared now, the basement is flooding", PLUMBING, Hazard.FLOODING),
    (
        "the back bedroom is on fire, there's smoke coming under the door",
        ELECTRICAL,
        Hazard.ELECTRICAL_FIRE,
    ),
    (
        "the back bedroom is on fire that's how hot the flames are",
        ELECTRICAL,
        Hazard.ELECTRICAL_FIRE,
    ),
]


@pytest.mark.parametrize("meaning", [True, False])
@pytest.mark.parametrize(("text", "trades", "hazard"), PAGED)
def test_still_paged(text: str, trades: tuple[str, ...], hazard: Hazard, meaning: bool) -> None:
    hazards, emergency = read(text, trades, meaning)
    assert hazard in hazards and emergency, text


def test_not_overflowing_now_is_no_flood() -> None:
    """The answer to "is water coming in?": the overflow denied, the running toilet left."""
    hazards, emergency = read("no its not overflowing now it just runs and runs", PLUMBING)
    assert hazards == set() and not emergency
