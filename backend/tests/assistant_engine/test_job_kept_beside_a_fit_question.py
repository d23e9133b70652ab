"""A question whether the job suits what the house has ("does my panel need to be bigger for
it?", "will it even work with an old steam boiler?", "¿funciona con el boiler viejo?") keeps the
job told before it, and a price asked beside it is the job's price. The thing asked about on
its own is still a job. An upkeep named only to deny it ("it's the repair I need, not an
inspection") is no check-up. Every line here was written for this file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from switchboard.assistant.engine.world import ServiceInfo
from switchboard.assistant.understanding import ServiceOption
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.services import match_service
from tests.assistant_engine.test_conversations import FACTS, talk, world

ELECTRIC = replace(
    FACTS,
    business_name="Volt Electric",
    trades=("electrical",),
    services=(
        ServiceInfo("ev_charger", "EV charger install", ("ev charger", "car charger", "charger"),
                    40000, 120000),
        ServiceInfo("panel", "Panel upgrade", ("panel", "breaker box", "amp"), 150000, 300000),
        ServiceInfo("thermostat", "Thermostat install", ("thermostat", "ecobee", "nest"),
                    10000, 30000),
        ServiceInfo("furnace", "Furnace repair", ("furnace", "boiler", "heat"), 10000, 30000),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "service"),
    [
        (["we need a car charger put in the garage", "does my panel need to be bigger for it? "
          "it's 200 amp"], "ev_charger"),
        (["do you install ecobee thermostats? I already bought one",
          "will it even work with an old steam boiler?"], "thermostat"),
        (["¿instalan termostatos ecobee? ya compré uno", "¿funciona con el boiler viejo?"],
         "thermostat"),
    ],
)  # fmt: skip
async def test_the_job_told_stands_beside_a_fit_question(lines: list[str], service: str) -> None:
    state, _replies = await talk(world(), lines, channel="web", facts=ELECTRIC)
    assert state.service_id == service


async def test_a_price_beside_a_fit_question_is_the_jobs_price() -> None:
    lines = [
        "do you install ecobee thermostats? I already bought one",
        "will it even work with an old steam boiler? and roughly what does install cost",
    ]
    _state, replies = await talk(world(), lines, channel="web", facts=ELECTRIC)
    assert "Thermostat install usually runs $100 to $300" in replies[2], replies[2]
    assert "Furnace" not in replies[2]


@pytest.mark.parametrize(
    ("lines", "service"),
    [
        # The other thing asked for on its own is a job.
        (["we need a car charger put in the garage", "actually can you just look at the "
          "panel, the breakers keep tripping"], "panel"),
        (["do you install ecobee thermostats?", "never mind that, the boiler is making a loud "
          "banging noise"], "furnace"),
    ],
)  # fmt: skip
async def test_another_job_asked_for_still_replaces_it(lines: list[str], service: str) -> None:
    state, _replies = await talk(world(), lines, channel="web", facts=ELECTRIC)
    assert state.service_id == service


ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect", "estimate")),
)


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("so its the repair i need not an inspection", "roof_repair"),
        ("we had the inspection last month and the flashing is loose, so it's the repair i "
         "need not an inspection", "roof_repair"),
        # Asked for, it is the inspection still.
        ("i need an inspection for the roof", "inspection"),
        ("i need an inspection, not a repair", "inspection"),
    ],
)  # fmt: skip
def test_an_upkeep_named_to_deny_it_is_no_checkup(text: str, service: str) -> None:
    found = match_service(normalise(text), ROOFING)
    assert found is not None and found.value == service
