"""A wish that names one start is taken like an exact time, as a person would: "first thing
Wednesday" is Wednesday's first opening, "Wednesday between 10 and 11" its 10 o'clock; a
wider wish still gets a choice. A day changed after a booking made in writing, with the day
that no longer works said after it ("better Thursday same time, Wednesday I work"), moves it
to the new day at the same hour. Now: Monday 2026-03-02 10:00 in Chicago; weekday slots at 8,
10, 1 and 3 from Tuesday on."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.assistant_engine.test_conversations import CHI, FACTS, talk, world

ES = replace(FACTS, language="es")
PROBLEM = "my kitchen drain is clogged"
PROBLEMA = "se me tapó el drenaje de la cocina"


@pytest.mark.parametrize(
    ("facts", "lines", "said"),
    [
        (FACTS, [PROBLEM, "wednesday between 10 and 11"], "Wednesday March 4th at 10 AM is open."),
        (FACTS, [PROBLEM, "wednesday 10-11 only"], "Wednesday March 4th at 10 AM is open."),
        (ES, [PROBLEMA, "el miércoles entre 10 y 11"], "El miércoles 4 de marzo a las 10"),
    ],
)
async def test_a_wish_an_hour_long_takes_its_start(
    facts: object, lines: list[str], said: str
) -> None:
    state, replies = await talk(world(), lines, facts=facts)  # type: ignore[arg-type]
    assert replies[-1].startswith(said), replies[-1]
    assert state.chosen is not None


@pytest.mark.parametrize(
    ("facts", "lines", "said"),
    [
        (FACTS, [PROBLEM, "first thing wednesday"], "Wednesday March 4th at 8 AM is open."),
        (FACTS, [PROBLEM, "wednesday after 9, the first one you got"], "Wednesday March 4th at 10"),
        (ES, [PROBLEMA, "el miércoles a primera hora"], "El miércoles 4 de marzo a las 8"),
    ],
)
async def test_first_thing_on_a_day_takes_its_first_opening(
    facts: object, lines: list[str], said: str
) -> None:
    state, replies = await talk(world(), lines, facts=facts)  # type: ignore[arg-type]
    assert replies[-1].startswith(said), replies[-1]
    assert state.chosen is not None and state.chosen in state.offered


@pytest.mark.parametrize(
    ("facts", "lines"),
    [
        (FACTS, [PROBLEM, "first thing wednesday", "yeah the eight"]),
        (ES, [PROBLEMA, "el miércoles a primera hora", "sí, el 8 está bien"]),
    ],
)
async def test_the_hour_taken_said_back_is_agreement(facts: object, lines: list[str]) -> None:
    state, replies = await talk(world(), lines, facts=facts)  # type: ignore[arg-type]
    assert state.chosen is not None and state.chosen.startswith("2026-03-04T08:00")
    assert state.stage == "details", replies[-1]


async def test_a_date_said_after_the_hour_taken_is_still_a_new_day() -> None:
    state, _replies = await talk(world(), [PROBLEM, "first thing wednesday", "actually the 9th"])
    assert state.chosen is None or not state.chosen.startswith("2026-03-04")


@pytest.mark.parametrize(
    "line", ["wednesday morning", "wednesday between 10 and 3", "first thing any day next week"]
)
async def test_a_wider_wish_still_gets_a_choice(line: str) -> None:
    state, replies = await talk(world(), [PROBLEM, line])
    assert state.chosen is None and len(state.offered) > 1, replies[-1]


@pytest.mark.parametrize(
    ("facts", "lines"),
    [(FACTS, [PROBLEM, "I'm only free before work"]), (ES, [PROBLEMA, "antes del trabajo"])],
)
async def test_hours_with_no_day_hold_on_the_days_after(facts: object, lines: list[str]) -> None:
    state, _replies = await talk(world(), lines, facts=facts)  # type: ignore[arg-type]
    assert [s[:16] for s in sorted(state.offered)] == [
        "2026-03-03T08:00",
        "2026-03-04T08:00",
        "2026-03-05T08:00",
    ]


async def test_hours_on_a_day_said_stay_on_that_day() -> None:
    state, _replies = await talk(world(), [PROBLEM, "wednesday before work"])
    assert [s[:16] for s in state.offered] == ["2026-03-04T08:00"]


KNOWN = "my kitchen drain is clogged, this is Dana Smith at 14 Elm St"
CONOCIDO = "se me tapó el drenaje de la cocina, soy María López, 14 Elm St"


@pytest.mark.parametrize(
    ("facts", "lines"),
    [
        (
            FACTS,
            [KNOWN, "wednesday at 1", "sorry, better thursday at the same time, wednesday I work"],
        ),
        (
            ES,
            [
                CONOCIDO,
                "el miércoles a la 1",
                "perdón, mejor el jueves a la misma hora, el miércoles trabajo",
            ],
        ),
    ],
)
async def test_a_day_changed_after_booking_in_writing_moves_it(
    facts: object, lines: list[str]
) -> None:
    w = world()
    _state, _replies = await talk(w, lines, channel="sms", facts=facts)  # type: ignore[arg-type]
    assert len(w.booked) == 1
    start = w.booked[0]["start"].astimezone(CHI)
    assert (start.day, start.hour) == (5, 13)
