"""Days ruled out as a run ("can't do Mon-Wed", "de lunes a miércoles no puedo") are every day
of it, and the days said beside them about next week's offers are next week's; "not this one,
the one after" about the days on the table is a week on from them. Now: Tuesday 2026-11-24."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from switchboard.assistant.understanding import Context, Expecting, SlotDecision, understand
from tests.assistant.conftest import local

# Next week's Monday to Wednesday on the table.
NEXT_MON_TO_WED = (local(2026, 11, 30, 8), local(2026, 12, 1, 8), local(2026, 12, 2, 10))
# Saturday the 28th at 9 and 11.
SATURDAY = (local(2026, 11, 28, 9), local(2026, 11, 28, 11))


def _among(ctx: Callable[..., Context], offers: tuple[datetime, ...]) -> Context:
    days = (offers[0].date(), offers[-1].date())
    return ctx(offered_slots=offers, expecting=Expecting.SLOT, days_in_view=days)


@pytest.mark.parametrize(
    "text",
    [
        "cant do mon-wed. thurs or sat?",
        "monday through wednesday is no good, thursday or saturday?",
        "de lunes a miércoles no puedo, ¿jueves o sábado?",
    ],
)
def test_a_run_of_days_ruled_out_and_the_days_beside_it(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, _among(ctx, NEXT_MON_TO_WED))
    assert u.time is not None
    assert u.time.value.skip_weekdays == (0, 1, 2)
    # Next week's Thursday, not this week's; never Wednesday's offer chosen.
    assert u.time.value.earliest == local(2026, 12, 3)
    assert u.slot is not None
    assert u.slot.value.decision in {SlotDecision.COUNTER, SlotDecision.NONE_SUIT}


def test_a_run_of_days_ruled_out_with_no_offers(ctx: Callable[..., Context]) -> None:
    u = understand("any day next week but not tuesday to thursday", ctx())
    assert u.time is not None
    assert u.time.value.skip_weekdays == (1, 2, 3)


def test_days_said_as_a_wish_this_week_stay_this_week(ctx: Callable[..., Context]) -> None:
    # What must not change: "this week" keeps the days where the caller put them.
    u = understand("thursday or friday this week?", _among(ctx, NEXT_MON_TO_WED))
    assert u.time is not None
    assert u.time.value.earliest.date() < local(2026, 11, 30).date()


def test_two_days_listed_stay_two_days(ctx: Callable[..., Context]) -> None:
    # "Monday, Wednesday" ruled out is those two, not the run between them.
    u = understand("not monday, wednesday either", ctx())
    assert u.time is None or 1 not in u.time.value.skip_weekdays


@pytest.mark.parametrize(
    "text",
    [
        "not this one the one after",
        "not this saturday, the next one",
        "the saturday after that",
        "the week after works better",
        "no este sábado, el siguiente",
        "mejor la semana siguiente",
    ],
)
def test_a_week_on_from_the_days_on_the_table(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, _among(ctx, SATURDAY))
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 12, 5)
    assert u.time.value.latest == local(2026, 12, 6)
    assert u.slot is not None and u.slot.value.decision is SlotDecision.COUNTER


def test_the_hour_said_with_a_week_on_still_holds(ctx: Callable[..., Context]) -> None:
    u = understand("not this saturday, the one after, in the afternoon", _among(ctx, SATURDAY))
    assert u.time is not None
    assert u.time.value.earliest.date() == local(2026, 12, 5).date()
    assert u.time.value.part_of_day is not None


@pytest.mark.parametrize("text", ["the next one", "the one after 9", "la siguiente"])
def test_the_next_one_alone_is_not_a_week_on(ctx: Callable[..., Context], text: str) -> None:
    # What must not change: without "not this one" it may be the later of the two times.
    u = understand(text, _among(ctx, SATURDAY))
    assert u.time is None or u.time.value.earliest.date() == local(2026, 11, 28).date()
