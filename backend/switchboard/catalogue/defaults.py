"""Starting service catalogues per vertical: what a new tenant offers until the owner edits it.

Prices are typical US ranges in integer cents; durations are the time blocked on the calendar.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DefaultService:
    name: str
    trade: str
    duration_minutes: int
    price_min_cents: int
    price_max_cents: int
    emergency_eligible: bool
    keywords: tuple[str, ...]


_PLUMBING = (
    DefaultService(
        "Emergency leak or burst pipe",
        "plumbing",
        90,
        25_000,
        90_000,
        True,
        ("burst", "leak", "flood", "flooding", "water everywhere", "pipe broke"),
    ),
    DefaultService(
        "Drain cleaning",
        "plumbing",
        60,
        15_000,
        40_000,
        False,
        ("clog", "clogged", "drain", "slow drain", "backed up", "toilet"),
    ),
    DefaultService(
        "Sewer backup",
        "plumbing",
        120,
        30_000,
        120_000,
        True,
        ("sewage", "sewer", "backup", "raw sewage"),
    ),
    DefaultService(
        "Water heater repair or replacement",
        "plumbing",
        120,
        20_000,
        250_000,
        True,
        ("water heater", "no hot water", "hot water", "tank"),
    ),
    DefaultService(
        "Fixture install",
        "plumbing",
        90,
        15_000,
        60_000,
        False,
        ("faucet", "sink", "install", "shower", "garbage disposal"),
    ),
    DefaultService(
        "Plumbing estimate", "plumbing", 60, 0, 0, False, ("estimate", "quote", "inspection")
    ),
)
_HVAC = (
    DefaultService(
        "No heat",
        "hvac",
        90,
        15_000,
        80_000,
        True,
        ("no heat", "furnace", "heater not working", "freezing", "cold house"),
    ),
    DefaultService(
        "No cooling",
        "hvac",
        90,
        15_000,
        80_000,
        True,
        ("no ac", "air conditioning", "ac not working", "not cooling", "hot house"),
    ),
    DefaultService(
        "HVAC tune-up",
        "hvac",
        60,
        8_900,
        19_900,
        False,
        ("tune up", "tune-up", "maintenance", "service", "check-up"),
    ),
    DefaultService(
        "Thermostat install", "hvac", 60, 12_000, 45_000, False, ("thermostat", "smart thermostat")
    ),
    DefaultService(
        "System replacement estimate",
        "hvac",
        60,
        0,
        0,
        False,
        ("replace", "new system", "estimate", "quote"),
    ),
)
_ELECTRICAL = (
    DefaultService(
        "Electrical emergency",
        "electrical",
        90,
        20_000,
        90_000,
        True,
        ("sparking", "sparks", "burning smell", "smoke", "power out", "shock"),
    ),
    DefaultService(
        "Outlet or switch repair",
        "electrical",
        60,
        12_000,
        35_000,
        False,
        ("outlet", "switch", "plug", "gfci"),
    ),
    DefaultService(
        "Panel upgrade estimate",
        "electrical",
        60,
        0,
        0,
        False,
        ("panel", "breaker", "upgrade", "fuse box"),
    ),
    DefaultService(
        "Lighting install",
        "electrical",
        120,
        15_000,
        80_000,
        False,
        ("light", "lighting", "fixture", "ceiling fan", "fan"),
    ),
    DefaultService(
        "EV charger install",
        "electrical",
        180,
        60_000,
        200_000,
        False,
        ("ev charger", "car charger", "tesla", "charger"),
    ),
)
_GENERAL = (
    DefaultService(
        "Emergency repair",
        "general",
        90,
        20_000,
        80_000,
        True,
        ("emergency", "urgent", "flood", "leak", "broken"),
    ),
    DefaultService(
        "Repair visit",
        "general",
        60,
        10_000,
        40_000,
        False,
        ("repair", "fix", "broken", "not working"),
    ),
    DefaultService("Estimate", "general", 60, 0, 0, False, ("estimate", "quote", "look at")),
    DefaultService(
        "Maintenance visit",
        "general",
        60,
        9_000,
        25_000,
        False,
        ("maintenance", "service", "check"),
    ),
)

DEFAULTS: dict[str, tuple[DefaultService, ...]] = {
    "plumbing": _PLUMBING,
    "hvac": _HVAC,
    "electrical": _ELECTRICAL,
    "general": _GENERAL,
}


def defaults_for(vertical: str) -> tuple[DefaultService, ...]:
    return DEFAULTS.get(vertical, _GENERAL)
