"""How a caller accepts what is on the table (engine/acceptance.py): a yes after a wish for
the earliest time takes the earliest offer; a web visitor's number typed after the booking
its last detail made is added to it; a new day said at the read-back is searched, not matched
to an offered hour."""

from __future__ import annotations

import pytest

from tests.assistant_engine.test_conversations import talk, world


@pytest.mark.parametrize(
    ("lines", "readback"),
    [
        (
            ["the kitchen sink is clogged", "Wednesday, as early as you can", "yes that's fine"],
            "Just to confirm",
        ),
        (["my toilet keeps running", "first thing Thursday", "you betcha"], "Just to confirm"),
        (
            ["se tapó el lavabo", "el miércoles, lo más temprano que se pueda", "sí, está bien"],
            "Para confirmar",
        ),
    ],
)
async def test_a_yes_after_asking_for_the_earliest_takes_the_earliest(
    lines: list[str], readback: str
) -> None:
    w = world()
    state, replies = await talk(w, lines)
    assert len(state.offered) > 1, replies
    assert state.chosen == min(state.offered), replies
    assert "Which one" not in replies[-1] and "Cuál" not in replies[-1], replies


async def test_a_yes_without_an_earliest_wish_still_asks_which() -> None:
    w = world()
    state, replies = await talk(w, ["the kitchen sink is clogged", "Wednesday", "yes"])
    assert state.chosen is None and state.stage == "offering", replies


@pytest.mark.parametrize(
    "lines",
    [
        ["the shower head leaks, Wednesday at 10", "Mireille Dufresne, 8 Elm St", "913 555 0142"],
        [
            "se gotea la regadera, el miércoles a las 10",
            "Eulalia Barragán, 14 Pine St",
            "913 555 0142",
        ],
    ],
)
async def test_the_number_typed_after_a_web_booking_is_added_to_it(lines: list[str]) -> None:
    w = world()
    state, replies = await talk(w, lines, channel="web")
    assert state.stage == "booked" and len(w.booked) == 1, replies
    assert w.booked[0]["phone"] == "+19135550142", w.booked


async def test_a_number_with_a_no_is_no_thanks_but_a_fix() -> None:
    w = world()
    lines = [
        "the shower head leaks, Wednesday at 10",
        "Mireille Dufresne, 8 Elm St",
        "no, wrong address, 913 555 0142",
    ]
    _, replies = await talk(w, lines, channel="web")
    assert replies[3].endswith("What should I change: the time, the address or something else?")
    assert len(w.booked) == 1 and w.booked[0]["phone"] == "+19135550142", replies


@pytest.mark.parametrize(
    ("lines", "day"),
    [
        (
            [
                "the shower head leaks, Tuesday",
                "the first one",
                "Mireille Dufresne, 8 Elm St",
                "Thursday March 5th, 1pm?",
            ],
            "Thursday",
        ),
        (
            [
                "se gotea la regadera, el martes",
                "la primera",
                "Eulalia Barragán, 14 Pine St",
                "¿el jueves 5 a la 1 de la tarde?",
            ],
            "jueves",
        ),
    ],
)
async def test_another_day_at_the_read_back_is_searched(lines: list[str], day: str) -> None:
    w = world()
    state, replies = await talk(w, lines)
    assert state.stage == "readback", replies
    assert state.chosen is not None and state.chosen.startswith("2026-03-05T13"), replies
    assert day in replies[-1], replies
