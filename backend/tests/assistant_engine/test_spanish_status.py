"""A Spanish-speaking caller of an English-speaking business hears the appointment in Spanish,
with no English service name in the sentence; a caller in the catalogue's language hears it."""

from __future__ import annotations

from datetime import datetime

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


def _known_caller_with_a_visit() -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", "Rogelio Ibarra")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-3", datetime(2026, 3, 4, 13, tzinfo=CHI), "Drain cleaning"
    )
    return w


async def test_the_status_is_said_in_spanish_without_the_english_service_name() -> None:
    w = _known_caller_with_a_visit()
    _state, replies = await talk(w, ["¿a qué hora viene el técnico?", "rogelio ibarra"])
    assert "Su cita es el miércoles" in replies[-1]
    assert "Drain" not in replies[-1]


async def test_the_status_names_the_service_in_the_catalogue_language() -> None:
    w = _known_caller_with_a_visit()
    _state, replies = await talk(w, ["when is my appointment", "rogelio ibarra"])
    assert "Wednesday" in replies[-1] and "Drain cleaning" in replies[-1]
