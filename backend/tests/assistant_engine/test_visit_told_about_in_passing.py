"""A known caller who tells about the visit on file instead of asking plainly ("I'm supposed to
have you guys tomorrow at ten but I'll be at the bank all morning", "we sold the house, the
buyers will see to it themselves", "did I book anything with y'all?") is about that visit: once
the full name on the account is given it is moved, cancelled or read back. No slots are
offered and no address asked before then, and nothing on file is told to a first name alone.
Our own wording, not the corpus's."""

from __future__ import annotations

from datetime import datetime

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


def _with_visit(name: str = "Omar Haddad") -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", name)
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-1", datetime(2026, 3, 3, 10, tzinfo=CHI), "Drain cleaning"
    )
    return w


def _no_new_booking(replies: list[str]) -> None:
    for reply in replies:
        assert "address" not in reply.lower(), reply
        assert "which works best" not in reply.lower(), reply


async def test_a_visit_the_caller_cannot_be_home_for_is_moved_after_the_name() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w,
        [
            "hi, I'm supposed to have you guys tomorrow at ten for the drain but I'll be at "
            "the bank all morning",
            "omar haddad",
            "could we do wednesday at 3 instead",
            "yes",
        ],
    )
    _no_new_booking(replies)
    assert "name on the account" in replies[1]
    assert w.rescheduled and w.rescheduled[0][1] == datetime(2026, 3, 4, 15, tzinfo=CHI)
    assert not w.booked


async def test_a_house_sold_cancels_the_visit_once_the_name_is_given() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w,
        [
            "you guys are coming out tomorrow for the drain but we sold the house and the new "
            "owners said they'll take care of it themselves",
            "omar haddad",
            "yes",
        ],
    )
    _no_new_booking(replies)
    assert "cancel" in replies[2].lower()
    assert w.cancelled == ["appt-1"]
    assert not w.booked


async def test_whether_there_is_a_visit_is_read_after_the_full_name_only() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["did I book anything with y'all this week? I forget", "omar", "haddad"]
    )
    _no_new_booking(replies)
    assert "10 AM" not in replies[1] and "10 AM" not in replies[2]
    assert "Tuesday March 3rd at 10 AM" in replies[3]
    assert not w.booked
