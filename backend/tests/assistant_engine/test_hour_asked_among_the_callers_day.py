"""The hour a caller asks for, said among the times of their own day ("school dropoff is 8:15
so after 9. wed at 10?", "I'm up at 5 anyway", "I have pickup at 3, can we do 1 tuesday
instead"), is offered as that one time; the times of their day are never a wish. A visit
booked for a relative named in the same breath is booked under the relative's name. Our own
wording."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from tests.assistant_engine.test_conversations import CHI, FACTS, talk, world


async def test_the_hour_asked_after_the_school_run_is_offered_alone() -> None:
    w = world()
    _, replies = await talk(
        w, ["my kitchen drain is clogged", "mornings only, dropoff is 8:15 so after 9. wed at 10?"]
    )
    assert "Wednesday March 4th at 10 AM is open" in replies[2], replies


async def test_when_the_caller_is_up_does_not_move_the_time() -> None:
    w = world()
    await talk(
        w,
        [
            "my kitchen drain is clogged, this is Dana Smith at 12 Oak St",
            "tomorrow at 8",
            "8 works, i'm up at 5 anyway",
            "yes",
        ],
    )
    assert w.booked and w.booked[0]["start"] == datetime(2026, 3, 3, 8, tzinfo=CHI)


async def test_another_hour_with_its_day_at_the_read_back_moves_the_choice() -> None:
    w = world()
    _, replies = await talk(
        w,
        [
            "my kitchen drain is clogged, this is Dana Smith at 12 Oak St",
            "tuesday at 3",
            "oh no i have school pickup at 3 can we do 1 o'clock tuesday instead",
            "yes",
        ],
    )
    assert w.booked and w.booked[0]["start"] == datetime(2026, 3, 3, 13, tzinfo=CHI), replies


async def test_la_hora_tras_la_parte_del_dia() -> None:
    w = world()
    _, replies = await talk(
        w,
        ["se me tapó el drenaje de la cocina", "el miércoles en la tarde, 3?"],
        facts=replace(FACTS, language="es"),
    )
    assert "miércoles 4 de marzo a las 3 de la tarde" in replies[2], replies
    assert "¿Cuál" not in replies[2]


async def test_a_visit_for_mom_named_in_the_same_breath_is_under_her_name() -> None:
    w = world()
    _, replies = await talk(
        w,
        [
            "my mom's kitchen drain is clogged",
            "it's for my mom Bettye Lowe, 345 Whitlock Ave",
            "tomorrow at 10",
            "yes that's right",
        ],
    )
    assert w.booked and w.booked[0]["name"] == "Bettye Lowe", replies
