"""Conversation words never fuzzy-match a trade word in the catalogue."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

TANK = ServiceOption("water_heater", "Water heater repair", ("water heater", "tank"))
GRATE = ServiceOption("drain", "Drain cleaning", ("drain", "grate"))


@pytest.mark.parametrize("text", ["no thanks", "thanks", "great, thank you", "ok thanks bye"])
def test_chatter_is_not_a_service(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(services=(TANK, GRATE))).service is None


def test_real_trade_words_still_match(ctx: Callable[..., Context]) -> None:
    found = understand("the tank is leaking", ctx(services=(TANK, GRATE))).service
    assert found is not None and found.value == "water_heater"


HVAC = (
    ServiceOption("ac", "AC repair", ("ac", "air conditioner")),
    ServiceOption("tuneup", "AC tune-up", ("tune up", "maintenance")),
    ServiceOption("duct", "Duct cleaning", ("duct", "ducts")),
)
ELECTRIC = (
    ServiceOption("outlet", "Outlet repair", ("outlet", "socket")),
    ServiceOption("ev_charger", "EV charger install", ("car charger", "tesla")),
)
PLUMBING = (
    ServiceOption("water_heater", "Water heater repair", ("water heater",)),
    ServiceOption("drain", "Drain cleaning", ("drain", "clogged", "tapado")),
    ServiceOption("leak", "Leak repair", ("leak", "gotea")),
)


@pytest.mark.parametrize(
    ("text", "catalogue", "service"),
    [
        # One word or two: "tuneup" is the catalogue's "tune up".
        ("hey need ac tuneup b4 my warranty runs out", HVAC, "tuneup"),
        ("yeah i wanna get the air ducks cleaned", HVAC, "duct"),
        # Every word of "car charger" said, apart, outweighs one loose "outlet".
        ("a 240V outlet or charger for our new electric car", ELECTRIC, "ev_charger"),
        ("a leaky shutoff valve under the sink", PLUMBING, "leak"),
        ("la llave está goteando", PLUMBING, "leak"),
        ("se me tapó el drenaje", PLUMBING, "drain"),
        # What was done before is history; the job is what comes after "now".
        ("you fixed our water heater last year. Now the kitchen sink is clogged", PLUMBING,
         "drain"),
        ("you were out last spring for the water heater and now the drain is backing up",
         PLUMBING, "drain"),
    ],
)  # fmt: skip
def test_services_said_the_way_callers_say_them(
    ctx: Callable[..., Context],
    text: str,
    catalogue: tuple[ServiceOption, ...],
    service: str,
) -> None:
    found = understand(text, ctx(services=catalogue)).service
    assert found is not None and found.value == service, text
