"""Two things said once a booking is under way.

The job's past, told in a turn of its own once the job is known ("last year you guys fixed a
leak under the sink and it's been fine since", "the old owners had a drain snaked, they said
it was fine"), is no new job: the job asked for stands. A turn that asks for more ("... can
you look at the drain too") or turns to now ("..., now the drain is backed up") still names it.

"Do you work fridays? ten o'clock this friday": the question is answered, and that one day at that
hour is the time asked for; a question about days alone picks no time. Our own wordings."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.assistant_engine.test_conversations import CHI, talk, world


@pytest.mark.parametrize(
    "story",
    [
        "last year you guys fixed a leak under the sink and it's been fine since",
        "the old owners had a leak there, the inspector said it was repaired",
        "hace dos años nos arreglaron una fuga en la cocina y quedó bien",
    ],
)
async def test_the_jobs_past_keeps_the_job_asked_for(story: str) -> None:
    w = world()
    state, replies = await talk(w, ["my water heater gives no hot water at all", story])
    assert state.service_id == "water_heater", replies


@pytest.mark.parametrize(
    "more",
    [
        "last year you fixed a leak, now the drain is backed up in the kitchen",
        "the old owners had the drain snaked, can you look at the drain too",
        # the job put right first, its past told after it
        "wait sorry, my wife says the heater is fine. it's the kitchen drain that's backed up. "
        "the heater was fixed last year",
    ],
)
async def test_a_turn_that_asks_for_more_still_names_the_job(more: str) -> None:
    w = world()
    state, replies = await talk(w, ["my water heater gives no hot water at all", more])
    assert state.service_id == "drain", replies


async def test_one_day_at_an_hour_beside_a_question_about_days_is_the_time() -> None:
    w = world()
    state, replies = await talk(
        w, ["my kitchen drain is clogged, tomorrow", "do you work fridays? ten o'clock this friday"]
    )
    assert state.chosen == datetime(2026, 3, 6, 10, tzinfo=CHI).isoformat(), replies
    assert "Monday to Friday" in replies[-1], replies


async def test_a_question_about_days_alone_chooses_no_time() -> None:
    w = world()
    state, replies = await talk(
        w, ["my kitchen drain is clogged, tomorrow", "do you work fridays?"]
    )
    assert state.chosen is None, replies
