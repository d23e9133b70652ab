"""A Queens house number whose street is said digit by digit ("sixty nine forty, one oh eighth"
is 69-40 108th Street); a surname spelled after the whole name was said again ("it's pruitt
now, dana pruitt, p-r-u-i-t-t" is Dana Pruitt); a smell the vents carry is the ducts; a thing
the caller already replaced is not the job; the summer's heat is not the heating; a machine that
cannot keep up now is a fault, not a tune-up. Every sentence here was written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Expecting, ServiceOption, understand

QUEENS = ("New York", "Queens", "Forest Hills", "Jackson Heights", "Flushing")
NOW = datetime(2026, 12, 8, 10, 0, tzinfo=ZoneInfo("America/New_York"))
HVAC = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "heating", "heater", "no heat")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling", "central air")),
    ServiceOption("tuneup", "Seasonal tune-up", ("tune up", "tuneup", "maintenance")),
    ServiceOption("duct", "Duct cleaning", ("duct", "ducts", "vents")),
)
ELECTRIC = (
    ServiceOption("outlet", "Outlet and switch repair", ("outlet", "switch", "plug")),
    ServiceOption("lighting", "Lighting install", ("light", "lights", "fixture", "foco")),
    ServiceOption("wiring", "Wiring repair", ("wiring", "wires", "flickering")),
)


def _line1(ctx: Callable[..., Context], text: str) -> str | None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS, towns=QUEENS))
    return u.address.value.line1 if u.address else None


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("sixty nine forty one oh eighth street", "69-40 108th Street"),
        ("its seventy one twenty one oh second street flushing", "71-20 102nd Street"),
        ("thirty four fifty two oh third avenue", "34-50 203rd Avenue"),
    ],
)
def test_a_queens_pair_then_a_street_said_digit_by_digit(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    assert _line1(ctx, text) == line1


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("sixty nine forty one queens boulevard", "6941 Queens Boulevard"),  # no street number
        ("forty one oh fifth avenue", "41 Oh 5th Avenue"),  # no pair before: left as said
        ("twenty one oh one main street", "2101 Main Street"),
    ],
)
def test_a_number_with_no_street_said_by_digits_is_unchanged(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    assert _line1(ctx, text) == line1


def _name(text: str) -> str | None:
    u = understand(text, Context(now=NOW, timezone="America/New_York", expecting=Expecting.NAME))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("oh wait sorry thats my old name i just got married its pruitt now dana pruitt "
         "p r u i t t", "Dana Pruitt"),
        ("sorry new last name its halvorsen now. greta halvorsen h a l v o r s e n",
         "Greta Halvorsen"),
        ("its pruitt p r u i t t", "Pruitt"),  # only the surname said: only the surname
        ("my name is dana ruiz r u i z", "Dana Ruiz"),
    ],
)  # fmt: skip
def test_the_whole_name_said_after_the_spelled_part_alone(text: str, name: str) -> None:
    assert _name(text) == name


def _service(text: str, catalogue: tuple[ServiceOption, ...]) -> str | None:
    u = understand(text, Context(now=NOW, timezone="America/New_York", services=catalogue))
    return u.service.value if u.service else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the whole place smells like stale cigarettes every time the heat blows through "
         "the vents", "duct"),
        ("the previous owners had dogs and it stinks every time the heat pushes air out of "
         "the registers", "duct"),
        ("theres a musty odor from the vents whenever the furnace runs", "duct"),
        # Traps: a burning smell is the machine's, and heat that does not come is the heat.
        ("the heat smells like burning dust the first time it comes on", "furnace"),
        ("the heat blows through the vents but its cold air", "furnace"),
    ],
)  # fmt: skip
def test_a_smell_the_vents_carry_is_the_ducts(text: str, expected: str) -> None:
    assert _service(text, HVAC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no smell at all a bulb burned out last week but i already changed it", None),
        ("se fundió un foco la otra semana pero ya lo cambié", None),
        # Traps: still at fault after it, or the thing asked for.
        ("the fixture i already replaced it and it still does not work", "lighting"),
        ("se fundió un foco pero ya lo cambié y sigue parpadeando", "wiring"),
    ],
)
def test_a_thing_the_caller_already_replaced_is_not_the_job(
    text: str, expected: str | None
) -> None:
    assert _service(text, ELECTRIC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no right now its fine i just want it fixed before the heat comes", None),
        ("want the ac fixed before the heat hits", "ac"),
        ("can somebody fix the central air ahead of the summer heat", "ac"),
        # Traps: the heat that comes on is the heating.
        ("can you fix it before the heat comes on in october", "furnace"),
        ("the heat will not come on", "furnace"),
    ],
)
def test_the_summers_heat_is_not_the_heating(text: str, expected: str | None) -> None:
    assert _service(text, HVAC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can someone look at the ac in the back before summer, two summers ago the cook got "
         "sick back there and it barely keeps up", "ac"),
        ("check the central air before summer last year was rough and the unit still can't "
         "keep up", "ac"),
        # Traps: kept up told of the past, and people who cannot keep up, are no fault now.
        ("want the ac looked at before summer last july it barely kept up", "tuneup"),
        ("want the ac checked before summer we can barely keep up with orders in july",
         "tuneup"),
    ],
)  # fmt: skip
def test_a_machine_that_cannot_keep_up_now_is_a_fault_not_a_tune_up(
    text: str, expected: str
) -> None:
    assert _service(text, HVAC) == expected
