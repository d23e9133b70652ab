"""An hour said alone while times are on the table ("10", "maybe 10 then") is that hour on
the day in view, even when none of the offers is at it. Now: Monday 2026-03-02 10:00."""

from __future__ import annotations

from datetime import datetime

from tests.assistant_engine.test_conversations import CHI, talk, world


async def test_an_hour_not_offered_is_that_hour_on_the_day_in_view() -> None:
    w = world()
    state, replies = await talk(
        w, ["my kitchen drain is clogged", "thursday after 12", "maybe 10 then"]
    )
    assert state.chosen == datetime(2026, 3, 5, 10, tzinfo=CHI).isoformat()
    assert "Thursday March 5th at 10 AM" in replies[-1]


async def test_an_offered_hour_alone_still_picks_that_offer() -> None:
    w = world()
    state, _ = await talk(w, ["my kitchen drain is clogged", "thursday after 12", "3"])
    assert state.chosen == datetime(2026, 3, 5, 15, tzinfo=CHI).isoformat()


async def test_an_hour_with_no_opening_is_not_chosen() -> None:
    w = world()
    state, _ = await talk(w, ["my kitchen drain is clogged", "thursday after 12", "11"])
    assert state.chosen is None
    assert not w.booked
