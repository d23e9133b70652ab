"""An offered hour said with a yes after it ("eight yeah", "las diez sí") chooses that offer, as
"yeah eight" and "eight works" do; an hour with its yes taken back ("eight yeah no wait, none of
those") chooses none. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Expecting, SlotDecision, understand

_CHI = ZoneInfo("America/Chicago")
_OFFERS = tuple(datetime(2026, 11, 25, h, 0, tzinfo=_CHI) for h in (8, 9, 10))


def _slot(ctx: Callable[..., Context], text: str, language: str = "en") -> tuple[object, object]:
    u = understand(text, ctx(offered_slots=_OFFERS, expecting=Expecting.SLOT, language=language))
    return (u.slot.value.decision, u.slot.value.index) if u.slot else (None, None)


@pytest.mark.parametrize(
    ("text", "language", "index"),
    [
        ("eight yeah", "en", 0),
        ("nine yes please", "en", 1),
        ("10 yep", "en", 2),
        ("las diez sí", "es", 2),
    ],
)
def test_an_offered_hour_then_yes(
    ctx: Callable[..., Context], text: str, language: str, index: int
) -> None:
    assert _slot(ctx, text, language) == (SlotDecision.CHOSEN, index)


def test_a_yes_taken_back_chooses_none(ctx: Callable[..., Context]) -> None:
    decision, _ = _slot(ctx, "eight yeah no wait actually none of those work")
    assert decision is not SlotDecision.CHOSEN
