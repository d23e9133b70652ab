"""Picking among offers. "First thing Saturday", "a primera hora del sábado": the start of a
day asked for, never the first of the offers on the table ("the first one", "el primero"
still pick it). "The 2, no, the 3": the offer at the hour the caller settled on."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, SlotDecision, understand
from tests.assistant.conftest import local

# Now: Tuesday 2026-11-24 10:00; offers on Thursday the 26th at 2, 3 and 4.
OFFERS = tuple(local(2026, 11, 26, h) for h in (14, 15, 16))


@pytest.mark.parametrize(
    "text",
    [
        "first thing saturday morning, my son can be here then",
        "could you do first thing monday",
        "a primera hora el sabado",
        "el lunes a primera hora si se puede",
    ],
)
def test_first_thing_on_another_day_is_a_new_wish(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(offered_slots=OFFERS, days_in_view=(OFFERS[0].date(),) * 2))
    assert u.slot is None or u.slot.value.decision is not SlotDecision.CHOSEN, text
    assert u.time is not None, text
    assert u.time.value.earliest.date() in {local(2026, 11, 28).date(), local(2026, 11, 30).date()}


@pytest.mark.parametrize("text", ["the first one", "el primero", "the 1st one works"])
def test_the_first_one_still_picks_the_first_offer(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(offered_slots=OFFERS, days_in_view=(OFFERS[0].date(),) * 2))
    assert u.slot is not None, text
    assert u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == 0


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("the 2, no, the 3", 1),
        ("2 o'clock, wait, make it 4", 2),
        ("a las 3, no, mejor a las 2", 0),
        ("the 3 works", 1),
    ],
)
def test_an_offer_picked_then_corrected_is_the_one_settled_on(
    ctx: Callable[..., Context], text: str, index: int
) -> None:
    u = understand(text, ctx(offered_slots=OFFERS, days_in_view=(OFFERS[0].date(),) * 2))
    assert u.slot is not None, text
    assert u.slot.value.decision is SlotDecision.CHOSEN, text
    assert u.slot.value.index == index, text
