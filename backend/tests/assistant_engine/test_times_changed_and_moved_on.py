"""Times changed while the details are taken, and offers moved on a week or past a run of days.

"8" is chosen, then "actually make it 10, I forgot I have the dentist at 8" while the name is
asked: 10 is taken and said to be; "not this one, the one after" about Thursday's openings
offers the Thursday after; "can't do Mon-Wed, Thurs or Fri?" about next week's offers offers
next week's Thursday and Friday. Now: Monday 2026-03-02 10:00 in Chicago."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.assistant_engine.test_conversations import CHI, talk, world

THURSDAY_AT = {8: datetime(2026, 3, 5, 8, tzinfo=CHI), 10: datetime(2026, 3, 5, 10, tzinfo=CHI)}


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("actually no sorry make it 10, i forgot i have the dentist at 8", "10 AM is open"),
        ("mejor a las 10, es que tengo cita con el dentista a las 8", "a las 10 de la mañana está"),
    ],
)
async def test_another_offered_hour_while_the_name_is_asked(change: str, said: str) -> None:
    w = world()
    state, replies = await talk(w, ["my kitchen drain is clogged", "thursday morning", "8", change])
    assert state.chosen == THURSDAY_AT[10].isoformat()
    assert said in replies[-1]
    assert state.expecting == "name"


async def test_a_name_while_the_name_is_asked_keeps_the_time() -> None:
    # What must not change: the time chosen stays, and nothing is said about it.
    w = world()
    state, replies = await talk(
        w, ["my kitchen drain is clogged", "thursday morning", "8", "Dana Whitcombe"]
    )
    assert state.chosen == THURSDAY_AT[8].isoformat()
    assert "is open" not in replies[-1]


@pytest.mark.parametrize("move", ["not this one the one after", "no este jueves, el siguiente"])
async def test_the_same_day_a_week_on(move: str) -> None:
    w = world()
    state, _ = await talk(w, ["my kitchen drain is clogged", "thursday", move])
    offered = [datetime.fromisoformat(s).date() for s in state.offered]
    assert offered and all(d == datetime(2026, 3, 12).date() for d in offered)


@pytest.mark.parametrize(
    "run", ["cant do mon-wed. thurs or fri?", "de lunes a miércoles no puedo, ¿jueves o viernes?"]
)
async def test_days_beside_a_run_ruled_out_stay_in_the_week_offered(run: str) -> None:
    w = world()
    state, _ = await talk(w, ["my kitchen drain is clogged", "next week, early", run])
    offered = [datetime.fromisoformat(s).astimezone(CHI) for s in state.offered]
    assert offered
    assert {d.date().isoformat() for d in offered} <= {"2026-03-12", "2026-03-13"}
