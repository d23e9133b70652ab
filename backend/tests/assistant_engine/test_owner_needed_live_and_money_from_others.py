"""Word for the owner that cannot wait (an inspector on site who must reach the contractor
now, a caller who says a message will not do) is put through while the business is open;
word that can wait is still a message. A rebate or tax credit someone else gives is not the
price of our job: said so, and passed to the owner. Our own wording."""

from __future__ import annotations

from dataclasses import replace

import pytest

from switchboard.assistant.engine.world import ServiceInfo
from tests.assistant_engine.test_conversations import FACTS, talk, world

OPEN = replace(FACTS, open_now=True, transfer_number="+19135550100")


@pytest.mark.parametrize(
    "line",
    [
        "hi this is dana pruitt with the city building inspections, i'm at 12 oak st for the "
        "rough in and nobody's here to let me in, i need to reach the contractor right now",
        "this is the county inspector at the Elm St job, I need to get ahold of the owner "
        "right away, I leave in ten minutes",
        "tell him the permit inspector is here, a message won't help, I need him now",
    ],
)
async def test_word_that_cannot_wait_is_put_through(line: str) -> None:
    w = world()
    state, replies = await talk(w, [line], facts=OPEN)
    assert state.outcome == "handoff" and not w.callbacks
    assert "connect" in replies[1].lower()


async def test_word_that_can_wait_is_a_message() -> None:
    w = world()
    state, _replies = await talk(
        w, ["hi this is the city inspector, tell him the final passed, no need to call"], facts=OPEN
    )
    assert state.outcome != "handoff"


EV = replace(
    FACTS,
    services=(
        ServiceInfo("ev_charger", "EV charger install", ("ev charger", "charger"), 100, 300),
    ),
    trades=("electrical",),
)


@pytest.mark.parametrize(
    "line",
    [
        "Does Xcel still give a rebate for home car chargers and how much would I get back if "
        "you put one in?",
        "is there a tax credit if I put in an ev charger?",
    ],
)
async def test_money_from_someone_else_is_the_owners_to_answer(line: str) -> None:
    w = world()
    _state, replies = await talk(w, [line, "Nate Kessler 720-555-0163"], channel="web", facts=EV)
    assert "usually runs" not in replies[1] and "don't have that answer" in replies[1]
    assert w.callbacks and w.callbacks[-1][0] == "question"


async def test_the_price_of_our_job_is_still_answered() -> None:
    w = world()
    _state, replies = await talk(w, ["how much to put in an ev charger?"], channel="web", facts=EV)
    assert "usually runs" in replies[1]
