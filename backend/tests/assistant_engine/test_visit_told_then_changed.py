"""A known caller who opens with the visit on file and nothing more ("I've got a plumber coming
Wednesday for the drain") hears it read back; what they say next of another time is about that
visit. Then a cancel answered beside a day said of something else, a wrong number that came
through a listing, and "take me off the schedule" by text. Our own wording. Now: Monday
2026-03-02 10:00 in Chicago; the visit is Wednesday the 4th at 8 AM; open slots at 8, 10, 1
and 3 on weekdays."""

from __future__ import annotations

from datetime import datetime

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


def _with_visit() -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", "Ruth Okonjo")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-1", datetime(2026, 3, 4, 8, tzinfo=CHI), "Drain cleaning"
    )
    return w


async def test_a_visit_told_alone_is_read_back_not_booked_again() -> None:
    w = _with_visit()
    state, replies = await talk(
        w, ["morning, ruth okonjo here, i've got a plumber coming wednesday for the drain"]
    )
    assert "appointment is Wednesday March 4th at 8 AM" in replies[-1]
    assert state.offered == []
    assert w.booked == []


async def test_instead_said_next_moves_the_visit_told_before() -> None:
    w = _with_visit()
    await talk(
        w, ["ruth okonjo, i have somebody coming wednesday morning for the drain",
            "the street is being repaved that day, could we do thursday instead at 1",
            "yes please"],
    )  # fmt: skip
    assert w.rescheduled == [("appt-1", datetime(2026, 3, 5, 13, tzinfo=CHI))]
    assert w.booked == []


async def test_later_in_the_day_like_three_keeps_the_visits_day() -> None:
    w = _with_visit()
    await talk(
        w, ["hi it's ruth okonjo, i got you guys coming out wednesday at eight for the drain",
            "i have a meeting that morning, could we push it to later in the day like three",
            "yeah three works"],
    )  # fmt: skip
    assert w.rescheduled == [("appt-1", datetime(2026, 3, 4, 15, tzinfo=CHI))]


async def test_a_new_caller_telling_a_job_is_still_booked() -> None:
    w = world()
    _state, replies = await talk(w, ["my kitchen drain is clogged, can somebody come wednesday"])
    assert "Wednesday" in replies[-1]
    assert w.rescheduled == []


async def test_yes_cancel_it_beside_a_day_of_something_else_cancels() -> None:
    w = _with_visit()
    await talk(
        w, ["please cancel wednesday's appointment, ruth okonjo",
            "my nephew is a plumber and he's doing it this weekend, so yes cancel it"],
    )  # fmt: skip
    assert w.cancelled == ["appt-1"]
    assert w.rescheduled == []


async def test_another_day_after_the_cancel_question_still_moves_it() -> None:
    w = _with_visit()
    state, _replies = await talk(
        w, ["please cancel wednesday's appointment, ruth okonjo", "actually can we do friday"]
    )
    assert w.cancelled == []
    assert state.stage == "reschedule"


async def test_a_wrong_number_through_a_listing_is_noted_for_the_owner() -> None:
    w = world()
    await talk(
        w, ["is this the pet hospital on main, my cat is sick",
            "oh sorry, wrong number, google gave me this number for the animal hospital"],
    )  # fmt: skip
    assert len(w.callbacks) == 1
    assert "google" in str(w.callbacks[0][1]).lower()


async def test_a_plain_wrong_number_leaves_no_note() -> None:
    w = world()
    await talk(w, ["is this the pet hospital on main, my cat is sick", "oh sorry wrong number"])
    assert w.callbacks == []


async def test_take_me_off_the_schedule_by_text_is_no_opt_out() -> None:
    w = _with_visit()
    await talk(w, ["ruth okonjo, please take me off the schedule for wednesday"], channel="sms")
    assert w.opted_out is False
    assert w.cancelled == ["appt-1"]


async def test_take_me_off_your_list_by_text_still_opts_out() -> None:
    w = _with_visit()
    await talk(w, ["take me off your list"], channel="sms")
    assert w.opted_out is True


async def test_why_the_name_is_answered_not_passed_to_the_owner() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["cancel wednesday's visit", "ruth okonjo, you have my number, why do you even need "
            "my name"],
    )  # fmt: skip
    assert "only the person on the account" in replies[-1]
    assert "cancel your appointment" in replies[-1]
    assert w.callbacks == []


async def test_another_question_while_the_name_is_asked_still_goes_to_the_owner() -> None:
    w = _with_visit()
    await talk(w, ["cancel wednesday's visit", "ruth okonjo, are your guys background checked?"])
    assert len(w.callbacks) == 1
