""" "The earliest" said with a day or part of the day while offers are on the table: the earliest
offer that fits it ("thursday, earliest", "el sábado lo más temprano que se pueda"), or a new
wish when none does ("Friday morning, earliest" among Thursday's offers). Said alone it is
still the earliest offer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, SlotDecision, understand
from tests.assistant.conftest import local

# Wednesday at 3 PM, then Saturday at 8 and 9 AM.
OFFERED = (local(2026, 11, 25, 15), local(2026, 11, 28, 8), local(2026, 11, 28, 9))


def _slot(ctx: Callable[..., Context], text: str, language: str = "en") -> object:
    u = understand(text, ctx(offered_slots=OFFERED, expecting=Expecting.SLOT, language=language))
    assert u.slot is not None
    return u.slot.value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("saturday, earliest", "en"),
        ("the earliest you have saturday", "en"),
        ("saturday morning, whichever is soonest", "en"),
        ("ok, entonces el sábado lo más temprano que se pueda", "es"),
        ("el sábado, la más temprana que tenga", "es"),
    ],
)
def test_the_earliest_offer_on_the_day_said(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    slot = _slot(ctx, text, language)
    assert slot.decision is SlotDecision.CHOSEN  # type: ignore[attr-defined]
    assert slot.index == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Friday morning, earliest", "en"),
        ("thursday, the earliest one", "en"),
        ("el viernes lo más temprano que se pueda", "es"),
    ],
)
def test_no_offer_on_that_day_is_a_new_wish(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    slot = _slot(ctx, text, language)
    assert slot.decision is SlotDecision.COUNTER  # type: ignore[attr-defined]
    assert slot.counter is not None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the earliest", "en"),
        ("whichever's soonest", "en"),
        ("any of those", "en"),
        ("la más temprano", "es"),
        ("cualquiera está bien", "es"),
    ],
)
def test_said_alone_it_is_the_earliest_offer(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    slot = _slot(ctx, text, language)
    assert slot.decision is SlotDecision.CHOSEN  # type: ignore[attr-defined]
    assert slot.index == 0  # type: ignore[attr-defined]


def test_lo_mas_temprano_is_not_asking_for_earlier_than_the_offers(
    ctx: Callable[..., Context],
) -> None:
    # "algo más temprano" asks for earlier than the offers; "lo más temprano" is the earliest.
    earlier = _slot(ctx, "¿algo más temprano?", "es")
    assert earlier.decision is SlotDecision.COUNTER  # type: ignore[attr-defined]
