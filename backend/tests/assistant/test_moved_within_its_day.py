"""Moving a visit by hours alone keeps its day: "can we push it to the end of the day" about
tomorrow's visit offers tomorrow's last hours, not today's; an hour said about offers on two
days ("five works") is that hour on either day, never an offer at another hour; "the end of
the day" reaches the shop's closing (a 7-to-7 shop's 5 and 6 PM). Every line here was written
for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from eval.memory_world import MemoryWorld, hourly_slots
from switchboard.assistant.engine.world import AppointmentInfo
from switchboard.assistant.understanding import (
    Context,
    Expecting,
    SlotDecision,
    understand,
)
from tests.assistant_engine.test_conversations import CALLER, CHI, talk

_LATE_HOURS = (8, 10, 13, 15, 16, 17, 18)


def _known_caller(visit: datetime) -> MemoryWorld:
    w = MemoryWorld(open_slots=hourly_slots(datetime(2026, 3, 2, tzinfo=CHI), 10, _LATE_HOURS))
    w.customers[CALLER] = ("cust-1", "Noreen Pask")
    w.appointments["cust-1"] = AppointmentInfo("appt-1", visit, "Drain cleaning")
    return w


async def test_pushed_to_the_end_of_the_day_stays_on_the_visits_day() -> None:
    w = _known_caller(datetime(2026, 3, 3, 10, tzinfo=CHI))  # tomorrow at ten
    _state, replies = await talk(
        w,
        [
            "hi this is noreen pask i have the drain appointment tomorrow at ten, could you push "
            "it to the end of the day, something came up at work",
            "six works",
            "yes please",
        ],
    )
    assert "Tuesday" in replies[1] and "Monday" not in replies[1], replies
    assert w.rescheduled == [("appt-1", datetime(2026, 3, 3, 18, tzinfo=CHI))], replies


async def test_made_the_afternoon_keeps_the_visits_day() -> None:
    w = _known_caller(datetime(2026, 3, 4, 10, tzinfo=CHI))  # Wednesday
    _state, replies = await talk(
        w, ["noreen pask here, can we move my appointment to the afternoon instead"]
    )
    assert "Wednesday March 4th at 1 PM" in replies[1], replies
    assert "Monday" not in replies[1] and "Tuesday" not in replies[1], replies


async def test_a_day_said_with_the_hours_is_that_day() -> None:
    w = _known_caller(datetime(2026, 3, 3, 10, tzinfo=CHI))
    _state, replies = await talk(
        w, ["its noreen pask, can we move tomorrows appointment to thursday afternoon"]
    )
    assert "Thursday March 5th" in replies[1] and "Tuesday" not in replies[1], replies


def test_an_hour_about_offers_on_two_days_is_that_hour_on_either(
    ctx: Callable[..., Context],
) -> None:
    offers = (
        datetime(2026, 11, 25, 15, tzinfo=CHI),
        datetime(2026, 11, 25, 16, tzinfo=CHI),
        datetime(2026, 11, 26, 15, tzinfo=CHI),
    )
    u = understand(
        "five works",
        ctx(
            offered_slots=offers,
            expecting=Expecting.SLOT,
            days_in_view=(offers[0].date(), offers[-1].date()),
        ),
    )
    assert u.slot is None or u.slot.value.decision is not SlotDecision.CHOSEN
    assert u.time is not None
    window = u.time.value
    assert window.contains(datetime(2026, 11, 25, 17, tzinfo=CHI))
    assert window.contains(datetime(2026, 11, 26, 17, tzinfo=CHI))
    assert not window.contains(datetime(2026, 11, 26, 15, tzinfo=CHI))


def test_the_end_of_the_day_reaches_closing(ctx: Callable[..., Context]) -> None:
    u = understand("could somebody come tomorrow at the end of the day", ctx())
    assert u.time is not None
    window = u.time.value
    assert window.part_of_day is None and window.earliest.time() == time(15)
    assert window.contains(datetime(2026, 11, 25, 18, tzinfo=CHI))


def test_late_afternoon_stays_the_afternoon(ctx: Callable[..., Context]) -> None:
    u = understand("could somebody come tomorrow late afternoon", ctx())
    assert u.time is not None and u.time.value.part_of_day is not None
    assert u.time.value.part_of_day.value == "afternoon"
