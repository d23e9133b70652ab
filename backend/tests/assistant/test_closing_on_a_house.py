"""Buying a house ("we just closed on a house") is no question about the business's hours;
"are you closed on Sundays?" still is. A thermostat named by its make or its look is one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, ServiceOption, understand

HVAC = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "no heat")),
    ServiceOption("thermostat", "Thermostat install", ("thermostat",)),
    ServiceOption("duct", "Duct cleaning", ("duct", "ducts", "vents")),
)


@pytest.mark.parametrize(
    "text",
    [
        "we just closed on a house in bay ridge and i want a new thermostat put in",
        "we closed on the place last week, the furnace needs a look",
        "just closed on our first home, can you check the furnace",
    ],
)
def test_closing_on_a_house_asks_no_hours(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(services=HVAC, trades=("hvac",)))
    assert u.intent is None or u.intent.value is not Intent.QUESTION


@pytest.mark.parametrize(
    "text", ["are you closed on sundays", "are you guys closed on the weekend?"]
)
def test_closed_on_a_day_is_the_hours(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(services=HVAC, trades=("hvac",)))
    assert u.intent is not None and u.intent.value is Intent.QUESTION


@pytest.mark.parametrize(
    "text",
    [
        "the old round dial thing on the wall for the heat, i bought one of those nest ones",
        "can you swap our ecobee in",
        "the box on the wall that controls the heat is dead",
    ],
)
def test_a_thermostat_by_its_make_or_look(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(services=HVAC, trades=("hvac",)))
    assert u.service is not None and u.service.value == "thermostat"
