"""Hazard words that page nobody because the caller says why in plain words: the detector
chirped for its battery and reads zero since; the utility already came out for the smell; the
burst was last winter and fixed since, no leak now; the washer's water comes back only while it
drains and it is out of use. English and Spanish, each with the look-alike that still pages.
Every sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, Understanding, understand
from switchboard.assistant.understanding.meaning import default_model

NYC = ZoneInfo("America/New_York")
NOW = datetime(2049, 11, 8, 9, 30, tzinfo=NYC)
MODEL = default_model()


def _understand(text: str, trades: tuple[str, ...], language: str = "en") -> Understanding:
    context = Context(
        now=NOW, timezone="America/New_York", trades=trades, language=language, meaning=MODEL
    )
    return understand(text, context)


def paged(text: str, trades: tuple[str, ...] = ("hvac",), language: str = "en") -> bool:
    u = _understand(text, trades, language)
    return bool(u.emergency and u.emergency.value)


def asked(text: str, trades: tuple[str, ...] = ("hvac",), language: str = "en") -> bool:
    return _understand(text, trades, language).triage is not None


@pytest.mark.parametrize(
    ("text", "trades", "language"),
    [
        # The detector's own battery.
        (
            "this is probably nothing but the carbon monoxide thing in the kitchen kept chirping "
            "and the screen said low battery, I put a new battery in and now it's quiet and it "
            "says zero",
            ("hvac",),
            "en",
        ),
        (
            "el detector de monóxido pitaba y decía pila baja, le cambié la pila y ahora marca "
            "cero",
            ("hvac",),
            "es",
        ),
        # The utility already came out for it.
        (
            "National Grid came out Tuesday for a gas smell by the curb and fixed their line, "
            "since then our boiler is slow to light, no smell in the house",
            ("hvac",),
            "en",
        ),
        # Last winter's burst, fixed since, no leak now.
        (
            "el invierno pasado con la helada se nos reventó un tubo y se inundó la cochera, ya "
            "lo arreglaron. Ahorita no hay ninguna fuga, quiero que aíslen los tubos",
            ("plumbing",),
            "es",
        ),
        # Water back up only while the washer drains, and the washer out of use.
        (
            "se tapó el drenaje, cuando desagua la lavadora se regresa el agua por el tubo y ya "
            "no la estamos usando",
            ("plumbing",),
            "es",
        ),
        (
            "when the washer drains the water comes back up out of the standpipe behind it, "
            "we stopped using it until you can come",
            ("plumbing",),
            "en",
        ),
    ],
)
def test_put_right_or_its_own_fault_neither_pages_nor_asks(
    text: str, trades: tuple[str, ...], language: str
) -> None:
    assert not paged(text, trades, language)
    assert not asked(text, trades, language)


@pytest.mark.parametrize(
    ("text", "trades", "language", "hazard"),
    [
        # The alarm back after the battery.
        (
            "I changed the battery in the carbon monoxide alarm but it's going off again and "
            "reading 60",
            ("hvac",),
            "en",
            Hazard.CARBON_MONOXIDE,
        ),
        # Whoever came, the smell is here now.
        (
            "the gas company came out Monday for a smell and now I smell gas in the basement",
            ("hvac",),
            "en",
            Hazard.GAS_LEAK,
        ),
        # Fixed, and flooding again now.
        (
            "a pipe burst and flooded the yard, they fixed it but now the basement is flooding",
            ("plumbing",),
            "en",
            Hazard.FLOODING,
        ),
        # Water coming out, not someone coming out.
        (
            "water came out for an hour from the wall and the kitchen is flooded",
            ("plumbing",),
            "en",
            Hazard.FLOODING,
        ),
        # Up somewhere else when the washer drains: the main line.
        (
            "whenever the washing machine drains, dirty water with bits in it comes up in the "
            "downstairs shower and it's spilling onto the floor now",
            ("plumbing",),
            "en",
            Hazard.SEWAGE_BACKUP,
        ),
        (
            "se reventó el tubo y se está inundando la cocina",
            ("plumbing",),
            "es",
            Hazard.FLOODING,
        ),
    ],
)
def test_look_alikes_still_page(
    text: str, trades: tuple[str, ...], language: str, hazard: Hazard
) -> None:
    u = _understand(text, trades, language)
    assert hazard in {h.value for h in u.hazards}
