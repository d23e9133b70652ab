"""A known caller moving the visit on file because of a family emergency is identified and
moved, and nobody is paged; one whose landlord's tradesman came has it cancelled."""

from __future__ import annotations

from datetime import datetime

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


def _known_caller_with_a_visit() -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", "Marcus Bell")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-1", datetime(2026, 3, 3, 10, tzinfo=CHI), "Drain cleaning"
    )
    return w


async def test_a_visit_moved_for_a_birth_is_moved_and_pages_nobody() -> None:
    w = _known_caller_with_a_visit()
    _state, replies = await talk(
        w,
        [
            "hey its marcus bell i got the drain appointment tomorrow morning but my wife went "
            "into labor so nobody is gonna be home",
            "can we do thursday at 1",
            "yes thanks",
        ],
    )
    assert w.rescheduled == [("appt-1", datetime(2026, 3, 5, 13, tzinfo=CHI))], replies
    assert not w.pages and not w.booked


async def test_a_visit_the_landlords_tradesman_made_unneeded_is_cancelled() -> None:
    w = _known_caller_with_a_visit()
    w.customers[CALLER] = ("cust-1", "Ernesto Galindo")
    _state, replies = await talk(
        w,
        [
            "bueno sí habla ernesto galindo tengo una cita con ustedes mañana pero el dueño de "
            "la casa ya mandó a su técnico y ya quedó",
            "sí cancélela por favor",
        ],
    )
    assert w.cancelled == ["appt-1"], replies
    assert not w.pages
