"""A visit on file moved to later on its own day: "same day", "later in the day" keep the
visit's day. Our own wording. Now: Monday 2026-03-02 10:00 in Chicago; the visit is Wednesday
the 4th at 8 AM."""

from __future__ import annotations

from datetime import datetime

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


def _with_visit() -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", "Nadia Ferreira")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-1", datetime(2026, 3, 4, 8, tzinfo=CHI), "Drain cleaning"
    )
    return w


async def test_same_day_after_work_moves_it_on_the_visits_day() -> None:
    w = _with_visit()
    _state, _replies = await talk(
        w, ["nadia ferreira here, i have the drain cleaning wednesday morning but i work till "
            "two, can somebody come at 3 instead, same day", "yes"],
    )  # fmt: skip
    assert w.rescheduled == [("appt-1", datetime(2026, 3, 4, 15, tzinfo=CHI))]


async def test_later_in_the_day_offers_the_visits_day() -> None:
    w = _with_visit()
    state, _replies = await talk(
        w, ["hi this is about the drain cleaning wednesday morning, could it be later in the "
            "day, another company is in at 9 to look at the furnace", "nadia ferreira"],
    )  # fmt: skip
    days = {datetime.fromisoformat(s).astimezone(CHI).date() for s in state.offered}
    assert days == {datetime(2026, 3, 4).date()}
