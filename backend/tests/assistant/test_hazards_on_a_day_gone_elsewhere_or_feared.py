"""Hazard words whose scope is not here and now: a day gone by ("ayer se salió el agua", "the
drain backed up last night"), a holiday or season gone ("last Christmas", "el verano pasado"),
an outage back on since, a flood over at the neighbour's, a failure only feared ("worried his
AC is going to quit"), and a heater that only heats the water. The tenant's own emergency
words are scoped the same way. Each with look-alikes that still page: the same words said of
now, of ours, or of a failure that began last night and goes on. Every sentence here was
written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, HazardRule, understand
from switchboard.assistant.understanding.meaning import default_model

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2047, 1, 14, 10, 0, tzinfo=CHI)
MODEL = default_model()
TENANT_WORDS = (HazardRule("se salió el agua"), HazardRule("no water at all"))


def hazards(text: str, trades: tuple[str, ...], temp: float | None = None) -> set[Hazard]:
    context = Context(
        now=NOW,
        timezone="America/Chicago",
        trades=trades,
        tenant_hazards=TENANT_WORDS,
        outdoor_temp_f=temp,
        meaning=MODEL,
    )
    return {h.value for h in understand(text, context).hazards}


NOT_NOW = [
    # A day gone by, in the tenant's own words.
    (
        "la lavadora se desbordó ayer y se salió el agua, ya secamos todo, quiero que revisen "
        "el desagüe",
        ("plumbing",),
        None,
    ),
    ("anoche se salió el agua del tinaco, ¿pueden venir a revisarlo?", ("plumbing",), None),
    # A day gone by, in plain words.
    (
        "the floor drain backed up and flooded the laundry room yesterday, we mopped, can "
        "somebody snake it this week",
        ("plumbing",),
        None,
    ),
    # A holiday and a season gone by.
    (
        "last christmas the kitchen sink overflowed all over during dinner, i want the line "
        "cleaned before the holidays",
        ("plumbing",),
        None,
    ),
    (
        "el otoño pasado se nos inundó el sótano con las lluvias, quiero que revisen la bomba",
        ("plumbing",),
        None,
    ),
    # An outage back on since.
    (
        "we had no water at all this morning because the city was working on the street but "
        "it's back on now, the shower valve squeals though",
        ("plumbing",),
        None,
    ),
    # The flood over at the neighbour's.
    (
        "the family next door had a pipe burst, water everywhere over there, can you look at "
        "our pipes",
        ("plumbing",),
        None,
    ),
    (
        "a mis vecinos se les reventó un tubo y se les inundó la cochera, quiero que revisen "
        "los míos",
        ("plumbing",),
        None,
    ),
    # A failure only feared.
    (
        "they say it'll be 105 on saturday and my grandpa is 90, i'm worried his air "
        "conditioner is going to quit, can someone check it",
        ("hvac",),
        None,
    ),
    # The heater that heats the water.
    (
        "el calentador no calienta y solo sale agua fría, tengo un bebé de dos meses",
        ("plumbing",),
        None,
    ),
    (
        "the heater stopped working and we've only got cold water for baths, my son is two "
        "months old",
        ("plumbing",),
        None,
    ),
]


@pytest.mark.parametrize(("text", "trades", "temp"), NOT_NOW)
def test_not_here_now_is_not_paged(text: str, trades: tuple[str, ...], temp: float | None) -> None:
    assert hazards(text, trades, temp) == set()


@pytest.mark.parametrize(
    ("text", "trades", "temp", "hazard"),
    [
        # The tenant's words said of now, beside a day gone by.
        (
            "ayer se salió el agua del calentador y sigue saliendo, ya llegó a la sala",
            ("plumbing",),
            None,
            Hazard.FLOODING,
        ),
        ("se salió el agua de la lavadora y está por todo el piso", ("plumbing",), None, None),
        # A burst last night, the water pouring now.
        (
            "a pipe burst last night and water is pouring into the basement",
            ("plumbing",),
            None,
            Hazard.FLOODING,
        ),
        # A day gone by as the start of what goes on now.
        (
            "since they moved our range yesterday there's a rotten egg smell by it that keeps "
            "getting stronger",
            ("plumbing",),
            None,
            Hazard.GAS_LEAK,
        ),
        # Failures that began last night go on now.
        (
            "the radiators have been ice cold since last night, it's 50 in the apartment and i "
            "have a newborn",
            ("hvac",),
            10,
            Hazard.NO_HEAT_FREEZING,
        ),
        (
            "my mom's ac died last night, it's 96 inside and she's 88",
            ("hvac",),
            101,
            Hazard.NO_AC_EXTREME_HEAT,
        ),
        # The neighbour's pipe, the water in ours.
        (
            "the neighbour's pipe burst and now water is everywhere in my basement",
            ("plumbing",),
            None,
            Hazard.FLOODING,
        ),
        # The house's own heat, with a baby in the cold.
        (
            "no sirve la calefacción, la casa está helada y tengo una bebé",
            ("hvac",),
            None,
            Hazard.NO_HEAT_FREEZING,
        ),
        # The outage is now.
        ("the water main broke and we have no water at all", ("plumbing",), None, None),
    ],
)
def test_the_same_words_said_of_now_still_page(
    text: str, trades: tuple[str, ...], temp: float | None, hazard: Hazard | None
) -> None:
    found = hazards(text, trades, temp)
    assert found
    if hazard is not None:
        assert hazard in found
