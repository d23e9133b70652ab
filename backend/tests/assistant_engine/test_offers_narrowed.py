"""A day said among offers on several days ("Wednesday", "el miércoles") is a choice among
them, not a new search: the times of that day are asked about, and "the second one" then
means the second of those. Now: Monday 2026-03-02 10:00 in Chicago; weekday slots
at 8, 10, 1 and 3."""

from __future__ import annotations

from datetime import date

import pytest

from tests.assistant_engine.test_conversations import CHI, talk, world


@pytest.mark.parametrize(
    ("lines", "booked_at"),
    [
        # Saturday is closed: Friday at 10, Monday at 8 and at 10 are offered.
        (["saturday morning", "monday then", "the second one"], 10),
        (["el sábado en la mañana", "el lunes entonces", "la segunda"], 10),
        (["saturday morning", "monday then", "the first one"], 8),
    ],
)
async def test_a_day_among_the_offers_narrows_them(lines: list[str], booked_at: int) -> None:
    w = world()
    first = "my kitchen drain is clogged" if lines[0].startswith("s") else "se me tapó el drenaje"
    _, replies = await talk(w, [first, *lines, "Dana Whitcombe, 88 Larch St, Olathe", "yes"])
    assert w.booked, replies
    assert w.booked[0]["start"].astimezone(CHI).hour == booked_at
    assert w.booked[0]["start"].astimezone(CHI).date() == date(2026, 3, 9)
