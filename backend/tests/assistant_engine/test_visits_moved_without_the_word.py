"""Known callers who move or ask after the visit on file without "reschedule": the visit
named by the day the call is about, by a job of the kind a visit is, or for a parent; then
another time asked as a question about it, a shift moved onto it, or "same time" with its hour.
And a lead seller declined twice by text. Our own wording. Now: Monday 2026-03-02 10:00 in
Chicago; the visit is Wednesday the 4th at 8 AM; open slots at 8, 10, 1 and 3 on weekdays."""

from __future__ import annotations

from datetime import datetime

from tests.assistant_engine.test_conversations import CHI, talk, world
from tests.assistant_engine.test_visit_told_then_changed import _with_visit


async def test_same_day_just_later_after_the_visit_was_read_back_moves_it() -> None:
    w = _with_visit()
    await talk(
        w, ["hi this is about my appointment wednesday i think it's wednesday right",
            "sorry it's ruth okonjo",
            "could it be the same day just later like three",
            "yes"],
    )  # fmt: skip
    assert w.rescheduled == [("appt-1", datetime(2026, 3, 4, 15, tzinfo=CHI))]
    assert w.booked == []


async def test_a_shift_moved_onto_a_visit_called_about_moves_it() -> None:
    w = _with_visit()
    await talk(
        w, ["hi it's ruth okonjo calling about wednesday the drain that's slow, still draining "
            "a little",
            "my work moved my shift can you do thursday at ten",
            "perfect"],
    )  # fmt: skip
    assert w.rescheduled == [("appt-1", datetime(2026, 3, 5, 10, tzinfo=CHI))]
    assert w.booked == []


async def test_a_job_on_file_pushed_is_moved_not_booked_again() -> None:
    w = _with_visit()
    await talk(
        w, ["i have the water heater replacement wednesday but the city is digging up the street "
            "so can we push it",
            "it's ruth okonjo",
            "could you do friday at one",
            "yes"],
    )  # fmt: skip
    assert w.rescheduled == [("appt-1", datetime(2026, 3, 6, 13, tzinfo=CHI))]
    assert w.booked == []


async def test_a_part_of_the_day_with_same_time_keeps_the_visits_hour() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["ruth okonjo, can we move wednesday's appointment to thursday morning, same time"]
    )
    assert "Thursday March 5th at 8 AM is open" in replies[-1]


async def test_another_part_of_the_day_with_same_time_is_that_part() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["ruth okonjo, can we move wednesday's appointment to thursday afternoon, same time"]
    )
    assert "8 AM" not in replies[-1]
    assert "Thursday March 5th at 1 PM" in replies[-1]


async def test_a_son_texting_for_his_mom_hears_her_visits_time() -> None:
    w = _with_visit()
    state, replies = await talk(
        w, ["hi texting for my mom, she has the plumber coming wednesday and can't find the "
            "paper. what time?",
            "it's under Ruth Okonjo"],
        channel="sms",
    )  # fmt: skip
    assert "Wednesday March 4th at 8 AM" in replies[-1]
    assert state.outcome == "status_given"
    assert w.callbacks == []


async def test_a_lead_seller_is_declined_twice_by_text() -> None:
    w = world()
    state, replies = await talk(
        w, ["Hi! Sam w/ DrainLeads here. We send Kansas City plumbers pre-qualified water "
            "heater install leads, homeowners ready to buy. Can I set up 10 min with the owner?",
            "totally get it! first 5 leads are free, no contract"],
        channel="sms",
    )  # fmt: skip
    assert state.outcome == "sales"
    assert w.booked == []
    assert "Which works best" not in replies[1] + replies[2]
