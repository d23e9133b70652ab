"""A visit on file moved to another day "at the same time" keeps the hour it has on file; a
visit named as texted ("got the drain appt wed", "my sink visit is wednesday") and a trip in
its way move it. Our own wording, not the corpus's."""

from __future__ import annotations

from datetime import datetime

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


def _with_visit() -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", "Nadia Ferreira")
    start = datetime(2026, 3, 4, 13, tzinfo=CHI)  # a Wednesday, 1 PM
    w.appointments["cust-1"] = AppointmentInfo("appt-1", start, "Drain cleaning")
    return w


async def test_another_day_at_the_same_time_keeps_the_hour_on_file() -> None:
    w = _with_visit()
    _state, replies = await talk(
        w, ["nadia ferreira here, could we shift wednesdays appointment to friday, same time",
            "yes"], channel="sms",
    )  # fmt: skip
    # By text the open time asked for is taken at once; the "yes" after it moves nothing more.
    assert "moved your appointment to Friday March 6th at 1 PM" in replies[1]
    assert w.rescheduled == [("appt-1", datetime(2026, 3, 6, 13, tzinfo=CHI))]


async def test_spanish_a_la_misma_hora_keeps_the_hour_on_file() -> None:
    w = _with_visit()
    _state, _replies = await talk(
        w, ["soy nadia ferreira, ¿me pueden cambiar la cita al viernes a la misma hora?", "sí"],
        channel="sms",
    )  # fmt: skip
    assert w.rescheduled and w.rescheduled[0][1] == datetime(2026, 3, 6, 13, tzinfo=CHI)


async def test_another_hour_said_is_that_hour_not_the_one_on_file() -> None:
    w = _with_visit()
    _state, _replies = await talk(
        w, ["nadia ferreira here, could we shift wednesdays appointment to friday at 10", "yes"],
        channel="sms",
    )  # fmt: skip
    assert w.rescheduled and w.rescheduled[0][1] == datetime(2026, 3, 6, 10, tzinfo=CHI)


async def test_a_visit_texted_without_its_subject_and_another_time_moves_it() -> None:
    w = _with_visit()
    _state, _replies = await talk(
        w, ["nadia ferreira. got the drain cleaning appt wed at 1 but my boss needs me, "
            "could we do thursday 10am?", "yes"], channel="sms",
    )  # fmt: skip
    assert not w.booked
    assert w.rescheduled and w.rescheduled[0][1] == datetime(2026, 3, 5, 10, tzinfo=CHI)


async def test_a_trip_in_the_way_of_the_visit_asks_when_to_move_it() -> None:
    w = _with_visit()
    _state, _replies = await talk(
        w, ["hola soy nadia ferreira, tengo la cita el miércoles pero nos vamos de viaje con la "
            "familia", "el viernes a las diez", "sí"],
    )  # fmt: skip
    assert not w.booked
    assert w.rescheduled and w.rescheduled[0][1] == datetime(2026, 3, 6, 10, tzinfo=CHI)


async def test_same_time_said_after_the_name_keeps_the_hour_on_file() -> None:
    # The name is asked first; "same time" said in the next turns is still the visit's hour.
    w = _with_visit()
    _state, replies = await talk(
        w, ["hi i have an appointment on wednesday and something came up at work so i need to "
            "move it", "nadia ferreira", "is friday possible same time", "yes"],
    )  # fmt: skip
    assert "Friday March 6th at 1 PM" in replies[3]
    assert w.rescheduled == [("appt-1", datetime(2026, 3, 6, 13, tzinfo=CHI))]


async def test_a_cancel_ordered_past_a_no_cancels_it() -> None:
    w = _with_visit()
    _state, _replies = await talk(
        w, ["hi i have somebody coming wednesday for the drain and it cleared up on its own so i "
            "want to cancel", "nadia ferreira",
            "no i thought about moving it but nah just cancel it if it backs up again ill call"],
    )  # fmt: skip
    assert w.cancelled == ["appt-1"]


async def test_a_no_that_refuses_the_cancel_keeps_the_visit() -> None:
    w = _with_visit()
    _state, _replies = await talk(
        w, ["hi i have somebody coming wednesday for the drain and it cleared up on its own so i "
            "want to cancel", "nadia ferreira", "no wait don't cancel it, i'll keep it"],
    )  # fmt: skip
    assert not w.cancelled
