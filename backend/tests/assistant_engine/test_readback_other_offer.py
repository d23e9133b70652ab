"""At the read-back, the caller switches to another of the times just offered ("make it
Thursday at 1", "mejor el jueves a la 1"): that time is read back at once and a yes books it,
with no new search and no "the closest I have". Now: Monday 2026-03-02 10:00 in Chicago."""

from __future__ import annotations

from datetime import datetime

from tests.assistant_engine.test_conversations import CHI, talk, world

THURSDAY_AT_1 = datetime(2026, 3, 5, 13, tzinfo=CHI)


async def test_another_offered_time_at_the_readback_is_read_back_then_booked() -> None:
    w = world()
    _, replies = await talk(
        w,
        [
            "my kitchen drain is clogged",
            "wednesday or thursday afternoon",
            "the first one",
            "Dana Whitcombe, 88 Larch St, Olathe",
            "hmm make it thursday at 1",
            "yes",
        ],
    )
    assert replies[-2].startswith("Just to confirm: Drain cleaning on Thursday March 5th at 1 PM")
    assert w.booked[0]["start"] == THURSDAY_AT_1


async def test_another_offered_time_in_spanish_names_the_offered_day() -> None:
    w = world()
    _, replies = await talk(
        w,
        [
            "se me tapó el drenaje de la cocina",
            "el miércoles o el jueves en la tarde",
            "el primero",
            "Dana Whitcombe, 88 Larch St, Olathe",
            "mejor el jueves a la una",
            "sí",
        ],
    )
    assert replies[-2].startswith(
        "Para confirmar: Limpieza de drenaje el jueves 5 de marzo a las 1"
    )
    assert w.booked[0]["start"] == THURSDAY_AT_1


async def test_a_time_never_offered_at_the_readback_is_searched_for() -> None:
    w = world()
    state, _ = await talk(
        w,
        [
            "my kitchen drain is clogged",
            "wednesday or thursday afternoon",
            "the first one",
            "Dana Whitcombe, 88 Larch St, Olathe",
            "actually friday at 10",
        ],
    )
    assert not w.booked
    assert state.chosen == datetime(2026, 3, 6, 10, tzinfo=CHI).isoformat()
