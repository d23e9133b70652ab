"""An hour said as the better one ("actually 2 is better", "4 would work better") at the
read-back is the time wanted instead of the one chosen; an offer's number ("option 2 is
better") stays a choice among the offers. Our own wording."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.assistant_engine.test_conversations import CHI, talk, world


@pytest.mark.parametrize(
    "correction",
    ["sorry, actually 1 is better, I have a call at 10", "hmm 1 would work better for me"],
)
async def test_a_better_hour_at_the_read_back_moves_the_choice(correction: str) -> None:
    w = world()
    _, replies = await talk(
        w,
        [
            "my kitchen drain is clogged, tomorrow",
            "the first one",
            "Dana Smith, 12 Oak St",
            correction,
            "yes",
        ],
    )
    assert w.booked and w.booked[0]["start"] == datetime(2026, 3, 3, 13, tzinfo=CHI), replies


async def test_an_offer_number_said_as_better_is_that_offer() -> None:
    w = world()
    state, replies = await talk(w, ["my kitchen drain is clogged, tomorrow", "option 2 is better"])
    assert state.chosen == state.offered[1], replies
