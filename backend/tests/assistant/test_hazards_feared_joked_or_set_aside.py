"""Hazard words that are not the caller's hazard now, judged by their scope: a hazard only
feared and put right in the same breath, one said in a joke or found written in a report,
small talk the caller sets aside ("but that's not why I'm calling"), a burning smell told as
how a machine quit, a burn mark told as old, what struck the neighbour's place, a ceiling
leak gone dry, and a bad smell in the water with gas only denied. Each with look-alikes that
still page: the same words beside a hazard said now. And rain coming into a room through a
roof the wind peeled open pages a roofer as a roof breach. Every sentence here was written
for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, HazardRule, understand
from switchboard.assistant.understanding.meaning import default_model

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2047, 10, 6, 10, 0, tzinfo=CHI)
MODEL = default_model()
PLUMBING, ELECTRICAL, ROOFING = ("plumbing",), ("electrical",), ("roofing",)


def read(
    text: str, trades: tuple[str, ...], meaning: bool = True, words: tuple[str, ...] = ()
) -> tuple[set[Hazard], bool, Hazard | None]:
    context = Context(
        now=NOW,
        timezone="America/Chicago",
        trades=trades,
        tenant_hazards=tuple(HazardRule(w) for w in words),
        meaning=MODEL if meaning else None,
    )
    u = understand(text, context)
    triage = u.triage.value if u.triage is not None else None
    return {h.value for h in u.hazards}, bool(u.emergency and u.emergency.value), triage


NOT_PAGED = [
    # Feared, then put right in the same breath.
    (
        "my wife heard the tank hissing and thought the laundry room was flooding, but it's "
        "just the fill valve running nonstop",
        PLUMBING,
    ),
    (
        "my husband was worried the basement was flooding but it's just condensation on the "
        "cold pipes, can you wrap them",
        PLUMBING,
    ),
    # Said in jest.
    (
        "the kitchen light switch is loose and my roommate keeps joking that it'll electrocute "
        "whoever flips it, it works fine though, just wobbly",
        ELECTRICAL,
    ),
    # Found written in a report.
    (
        "we're buying a bungalow and the inspection report notes a possible gas leak at the "
        "old range hookup, nobody lives there yet, can you pressure test the line before "
        "closing",
        PLUMBING,
    ),
    # A burning smell told as how the machine quit.
    (
        "my kid ran the garbage disposal with a spoon in it, it screeched and then a burning "
        "smell and it died",
        PLUMBING,
    ),
    # A burn mark told as old.
    (
        "there's an old scorch mark around the bedroom outlet, been there since we moved in, "
        "can someone swap the outlet",
        ELECTRICAL,
    ),
    # What struck the neighbour's place.
    (
        "the storm dropped a huge oak right through my neighbor's roof and now i'm jumpy, can "
        "you look my shingles over",
        ROOFING,
    ),
    # A ceiling leak gone dry.
    (
        "the rain last weekend came in at the hallway ceiling, there is a yellow spot now but "
        "it is dry, i want the roof looked at",
        ROOFING,
    ),
    # The water's own smell, gas only denied.
    (
        "the water from the hot tap smell like rotten eggs, no gas smell in the house at all, "
        "the cold side is fine",
        PLUMBING,
    ),
]


@pytest.mark.parametrize(("text", "trades"), NOT_PAGED)
def test_a_hazard_that_is_not_the_callers_now_pages_nobody(
    text: str, trades: tuple[str, ...]
) -> None:
    hazards, emergency, _ = read(text, trades)
    assert not hazards and not emergency


@pytest.mark.parametrize(("text", "trades"), NOT_PAGED)
def test_without_the_model_the_rules_page_nobody_either(text: str, trades: tuple[str, ...]) -> None:
    hazards, emergency, _ = read(text, trades, meaning=False)
    assert not hazards and not emergency


STILL_PAGED = [
    # A belief proved right, or the hazard said after what put the first fear right.
    (
        "i thought it was just the toilet running but the pipe under the sink burst and water "
        "is everywhere",
        PLUMBING,
    ),
    # An all-clear that was only believed ("we thought it was just the battery").
    (
        "my grandmother has been getting headaches all evening and now she's dizzy and out of "
        "it, the alarm in the hallway was chirping earlier and we thought it was just the "
        "battery",
        ("hvac",),
    ),
    # A joke beside a shock that happened.
    (
        "my brother jokes about everything but he got shocked grabbing the dryer door and his "
        "hand is still tingling",
        ELECTRICAL,
    ),
    # A report beside sewage coming up now.
    (
        "the inspection report mentioned root intrusion, and tonight sewage is coming up "
        "through the basement floor drain",
        PLUMBING,
    ),
    # A burning smell still going.
    ("the dryer quit and there's a burning smell from the outlet behind it", ELECTRICAL),
    # A mark that is old but hot now.
    (
        "there's an old burn mark on the hall outlet and now the cover is hot to the touch",
        ELECTRICAL,
    ),
    # The neighbour's tree through our own roof.
    ("my neighbor's tree fell through our roof and water is pouring into the bedroom", ROOFING),
    # Gas smelled beside the water's smell.
    (
        "the hot water smells like rotten eggs and i also smell gas next to the water heater",
        PLUMBING,
    ),
]


@pytest.mark.parametrize(("text", "trades"), STILL_PAGED)
def test_the_same_words_beside_a_hazard_now_still_page(text: str, trades: tuple[str, ...]) -> None:
    hazards, emergency, _ = read(text, trades)
    assert hazards and emergency


def test_a_burning_smell_told_as_how_a_machine_quit_is_asked_about() -> None:
    _, emergency, triage = read(
        "the disposal jammed on a peach pit, made a burning smell and then it quit",
        PLUMBING,
    )
    assert not emergency and triage is Hazard.ELECTRICAL_FIRE


def test_small_talk_set_aside_never_pages_on_the_businesss_own_words() -> None:
    said = (
        "the county has the whole road dug up for the water main, what a mess, but that's not "
        "why i'm calling, i'd like a quote on a new tub spout"
    )
    hazards, emergency, triage = read(said, PLUMBING, words=("water main",))
    assert not hazards and not emergency and triage is None


def test_the_businesss_own_words_said_after_the_aside_still_page() -> None:
    said = (
        "the street out front is torn up but that's not why i'm calling, our water main "
        "broke and the yard is a lake"
    )
    hazards, emergency, _ = read(said, PLUMBING, words=("water main",))
    assert Hazard.TENANT_DEFINED in hazards and emergency


@pytest.mark.parametrize("meaning", [True, False])
def test_rain_coming_into_a_room_through_a_peeled_roof_pages_a_roofer(meaning: bool) -> None:
    hazards, emergency, _ = read(
        "a gust ripped the metal roofing back over the porch room and rain is running right "
        "into the bedroom",
        ROOFING,
        meaning=meaning,
    )
    assert Hazard.ROOF_BREACH in hazards and emergency


def test_rain_coming_into_a_room_is_water_coming_in_for_a_plumber() -> None:
    hazards, emergency, _ = read("rain is coming right into the kitchen by the back door", PLUMBING)
    assert Hazard.FLOODING in hazards and emergency
