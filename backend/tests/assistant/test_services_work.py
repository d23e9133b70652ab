"""The job said by the work asked for and by what sets a service apart: a catalogue's
shared trade word ("AC") that the caller leaves out, upkeep asked for by its own name, a
part of another machine that only ends in a trade word ("transfer switch"), and whether the
business takes on a job ("would you guys handle ..."). Every sentence here was written for
this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import (
    Context,
    QuestionTopic,
    ServiceOption,
    Understanding,
    understand,
)

NOW = datetime(2026, 12, 8, 10, 0, tzinfo=ZoneInfo("America/Chicago"))
# A catalogue without keywords: the names alone.
HVAC_NAMES = (
    ServiceOption("ac", "AC repair", ()),
    ServiceOption("tuneup", "AC tune-up", ()),
)
HVAC = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "boiler")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "heat pump")),
    ServiceOption("tuneup", "Seasonal tune-up", ("tune up", "maintenance")),
)
ELECTRIC = (
    ServiceOption("panel", "Panel upgrade", ("panel", "breaker", "tripping")),
    ServiceOption("outlet", "Outlet and switch repair", ("outlet", "switch", "plug")),
    ServiceOption("lighting", "Lighting install", ("light", "lights", "fixture")),
)
WIRED = (
    *ELECTRIC,
    ServiceOption("wiring", "Wiring repair", ("wiring", "wires", "flickering")),
)
PLUMBING = (
    ServiceOption("drain", "Drain cleaning", ("clogged", "drain")),
    ServiceOption("leak", "Leak repair", ("leak", "pipe")),
)


def said(text: str, catalogue: tuple[ServiceOption, ...]) -> Understanding:
    return understand(text, Context(now=NOW, timezone="America/Chicago", services=catalogue))


def service(text: str, catalogue: tuple[ServiceOption, ...]) -> str | None:
    u = said(text, catalogue)
    return u.service.value if u.service else None


def test_the_words_only_one_service_has_name_it_surely() -> None:
    u = said("what do you charge for a tuneup on a split system", HVAC_NAMES)
    assert u.service is not None
    assert u.service.value == "tuneup"
    assert u.service.confidence >= 0.75


def test_a_word_every_service_shares_decides_nothing() -> None:
    assert service("my ac quit on me yesterday", HVAC_NAMES) != "tuneup"


@pytest.mark.parametrize(
    "text",
    [
        "we'd like to schedule maintenance on the boiler, it's been a couple of years",
        "the heat pump is due for a tune up, can someone come next week",
    ],
)
def test_upkeep_asked_for_by_name_is_the_upkeep_service(text: str) -> None:
    assert service(text, HVAC) == "tuneup"


def test_upkeep_words_beside_a_fault_now_are_a_repair() -> None:
    text = "the furnace stopped working last night, we never did get maintenance on it"
    assert service(text, HVAC) == "furnace"


@pytest.mark.parametrize(
    "text",
    [
        "we need a transfer switch for the standby generator wired in beside the breaker panel",
        "the sump pump float switch sticks, and the panel label says that circuit is the pump",
    ],
)
def test_a_part_of_another_machine_is_not_a_wall_switch(text: str) -> None:
    assert service(text, ELECTRIC) == "panel"


def test_a_wall_switch_is_still_a_switch() -> None:
    assert service("the dimmer switch by the stairs buzzes", ELECTRIC) == "outlet"


@pytest.mark.parametrize(
    "text",
    [
        "we're away all of march, if a pipe sprang a leak would you folks handle the repair?",
        "would you guys take care of a clogged drain at a rental I own?",
    ],
)
def test_would_you_handle_asks_whether_the_business_does_the_job(text: str) -> None:
    u = said(text, PLUMBING)
    assert u.question is not None
    assert u.question.value is QuestionTopic.SERVICE_OFFERED


def test_would_you_with_a_time_is_no_question_about_the_job() -> None:
    u = said("would you do thursday at two for the drain", PLUMBING)
    assert u.question is None or u.question.value is not QuestionTopic.SERVICE_OFFERED


ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak")),
    ServiceOption("gutter", "Gutter cleaning", ("gutter", "gutters", "downspout")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect")),
)
PHX = (
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling")),
    ServiceOption("tuneup", "AC tune-up", ("tune up", "maintenance")),
)
KITCHEN = (
    ServiceOption("drain", "Drain cleaning", ("clogged", "drain")),
    ServiceOption("water_heater", "Water heater repair", ("water heater",)),
    ServiceOption("disposal", "Garbage disposal", ("garbage disposal", "disposal")),
)
CHARGING = (
    *ELECTRIC,
    ServiceOption("ev_charger", "EV charger install", ("ev charger", "car charger", "charger")),
)


@pytest.mark.parametrize(
    ("text", "catalogue", "expected"),
    [
        # Everyday names for a trade's things, said with the catalogue's general word.
        ("could someone hang two wall sconces in the hallway", ELECTRIC, "lighting"),
        ("the soffit over the back porch is rotting and sagging", ROOFING, "roof_repair"),
        ("the outdoor condenser rattles like crazy when it kicks on", PHX, "ac"),
        ("the house just isn't staying cool, it's 84 upstairs", PHX, "ac"),
        ("our disposer grinds but nothing goes down", KITCHEN, "disposal"),
        ("the radiator in the kids room stays cold all day", HVAC, "furnace"),
        ("baseboard heaters upstairs barely warm up", HVAC, "furnace"),
        # The adjuster is coming: the roof looked at before they are, whatever got dented.
        (
            "wind took some gutters down, can someone see the place before the insurance adjuster "
            "comes friday",
            ROOFING,
            "inspection",
        ),
        ("el granizo abolló las canaletas y viene el ajustador del seguro", ROOFING, "inspection"),
        # Lights that dim when a big machine starts: the circuit.
        ("the hallway lights dim every time the air conditioner starts up", WIRED, "wiring"),
        ("las luces parpadean cuando arranca la secadora", WIRED, "wiring"),
        # A long word heard as two by speech recognition.
        ("the garbage dys posal under the sink is stuck", KITCHEN, "disposal"),
        # An electric pickup's charger is the EV charger, not the outlet it would plug into.
        (
            "we ordered an electric truck and a plug in a regular outlet is a fire risk, they "
            "say, so we want a proper charger",
            CHARGING,
            "ev_charger",
        ),
        # An upgrade is not the fix for a fault.
        (
            "the bathroom plug sparked and the breaker tripped, now the plug is scorched",
            ELECTRIC,
            "outlet",
        ),
    ],
)
def test_the_job_said_in_everyday_words(
    text: str, catalogue: tuple[ServiceOption, ...], expected: str
) -> None:
    assert service(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "catalogue", "expected"),
    [
        # Lights that flash are not roof flashing; the heard-as-two rule needs no real word.
        ("the later one works for me", KITCHEN, None),
        # An upgrade asked for stays the upgrade, breaker trips and all.
        (
            "the breaker trips whenever the heater runs, we want to upgrade to 200 amps",
            ELECTRIC,
            "panel",
        ),
        ("the porch lights keep flashing on and off", ROOFING, None),
        # Gutters to clean stay the gutters.
        ("the gutters are packed with leaves again", ROOFING, "gutter"),
        # A fixture that flickers on its own is still the fixture.
        ("the new chandelier flickers, maybe a loose bulb", WIRED, "lighting"),
        # A pipe that leaks by the radiator is still the leak.
        ("the pipe under the radiator is leaking onto the floor", PLUMBING, "leak"),
    ],
)
def test_what_must_not_change(
    text: str, catalogue: tuple[ServiceOption, ...], expected: str | None
) -> None:
    assert service(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fault told as history is not a fault now, said with or without a pause.
        (
            "there was a drip by the skylight last winter and it got sealed so we would like "
            "someone to inspect the roof before the rainy season",
            "inspection",
        ),
        (
            "we had a leak last summer that a handyman patched and the buyers want a roof "
            "inspection before closing",
            "inspection",
        ),
        # ... but a fault going on since then is one.
        (
            "the roof has been leaking since last week, can you inspect it before the rain",
            "roof_repair",
        ),
    ],
)
def test_a_fault_told_as_history_is_not_one_now(text: str, expected: str) -> None:
    assert service(text, ROOFING) == expected


def test_a_service_taken_back_for_a_fault_is_the_repair() -> None:
    text = (
        "hmm it's not actually a tune up, the unit won't kick on at all when the thermostat "
        "calls, so it's more of a repair"
    )
    assert service(text, HVAC_NAMES) == "ac"


def test_a_work_word_alone_never_outweighs_a_thing_named() -> None:
    # "repair" is only in the roof service's name, but the gutters are the thing.
    assert service("one of the gutters needs a repair, it pulled away", ROOFING) == "gutter"
