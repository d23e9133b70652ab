"""Choosing among offered slots, and saying none of them suit."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, SlotDecision, understand
from tests.assistant.conftest import local

OFFERED = (local(2026, 11, 25, 9, 0), local(2026, 11, 26, 14, 0), local(2026, 11, 27, 16, 30))


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("the second one", 1),
        ("the first", 0),
        ("Thursday works", 1),
        ("the 2pm", 1),
        ("the later one", 2),
        ("the last one", 2),
        ("the earlier one", 0),
        ("option 3", 2),
        ("the 4:30", 2),
        ("the one at four thirty", 2),
        ("4:30 works", 2),
        ("the morning one", 0),
        ("el segundo", 1),
        ("la primera", 0),
    ],
)
def test_choice(ctx: Callable[..., Context], text: str, index: int) -> None:
    u = understand(text, ctx(offered_slots=OFFERED))
    assert u.slot is not None
    assert u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == index


@pytest.mark.parametrize("text", ["neither", "none of those", "ninguno", "those don't work"])
def test_none_suit(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(offered_slots=OFFERED))
    assert u.slot is not None
    assert u.slot.value.decision is SlotDecision.NONE_SUIT


def test_counter_proposal_carries_the_new_window(ctx: Callable[..., Context]) -> None:
    u = understand("how about Monday afternoon instead", ctx(offered_slots=OFFERED))
    assert u.slot is not None
    assert u.slot.value.decision is SlotDecision.COUNTER
    counter = u.slot.value.counter
    assert counter is not None
    assert counter.earliest == local(2026, 11, 30, 12)


def test_two_matches_are_ambiguous(ctx: Callable[..., Context]) -> None:
    offered = (local(2026, 11, 25, 9, 0), local(2026, 11, 25, 13, 0))
    u = understand("Wednesday", ctx(offered_slots=offered))
    assert u.slot is not None
    assert u.slot.value.decision is SlotDecision.AMBIGUOUS
    assert u.slot.value.candidates == (0, 1)


def test_no_offer_no_choice(ctx: Callable[..., Context]) -> None:
    assert understand("the second one", ctx()).slot is None


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("9", 0),
        ("2 is good", 1),
        ("eight is perfect", None),  # 8 is not offered: no guess
        ("nine's fine", 0),
        ("4:30 pls", 2),
        ("yeah the 2 works for me", 1),
    ],
)
def test_a_bare_hour_picks_the_offered_slot_at_that_hour(
    ctx: Callable[..., Context], text: str, index: int | None
) -> None:
    u = understand(text, ctx(offered_slots=OFFERED))
    if index is None:
        assert u.slot is None or u.slot.value.decision is not SlotDecision.CHOSEN
    else:
        assert u.slot is not None and u.slot.value.index == index, text


@pytest.mark.parametrize("text", ["we have 2 bathrooms and a basement", "9 oak st", "apt 2"])
def test_a_number_that_is_something_else_is_not_an_hour(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(offered_slots=OFFERED))
    assert u.slot is None or u.slot.value.decision is not SlotDecision.CHOSEN


def test_noon_picks_the_noon_slot(ctx: Callable[..., Context]) -> None:
    offered = (local(2026, 12, 1, 8), local(2026, 12, 1, 12), local(2026, 12, 1, 14))
    u = understand("noon works", ctx(offered_slots=offered))
    assert u.slot is not None and u.slot.value.index == 1


def test_that_one_takes_the_only_offer(ctx: Callable[..., Context]) -> None:
    u = understand("sure that one", ctx(offered_slots=(local(2026, 11, 26, 13),)))
    assert u.slot is not None and u.slot.value.index == 0


def test_a_day_and_a_part_of_day_pick_among_that_days_offers(ctx: Callable[..., Context]) -> None:
    offered = (local(2026, 11, 26, 9), local(2026, 11, 27, 7), local(2026, 11, 27, 13))
    u = understand("Friday afternoon please", ctx(offered_slots=offered))
    assert u.slot is not None and u.slot.value.index == 2


@pytest.mark.parametrize(
    ("text", "index"),
    [("four thirty", 1), ("five thirty works", 2), ("uh four thirty please", 1), ("4 30", 1)],
)
def test_a_spoken_hour_and_minutes_pick_the_offer_at_that_time(
    ctx: Callable[..., Context], text: str, index: int
) -> None:
    offered = (local(2026, 12, 3, 14), local(2026, 12, 3, 16, 30), local(2026, 12, 3, 17, 30))
    u = understand(text, ctx(offered_slots=offered))
    assert u.slot is not None and u.slot.value.index == index, (text, u.slot)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("a las cuatro y media", 2),
        ("cuatro y media está bien", 2),
        ("la de las 4 y media", 2),
        ("half past four works", 2),
        ("half past 4 please", 2),
    ],
)
def test_a_half_hour_said_in_words_picks_that_offer(
    ctx: Callable[..., Context], text: str, index: int
) -> None:
    u = understand(text, ctx(offered_slots=OFFERED))
    assert u.slot is not None
    assert u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == index


def test_a_quarter_hour_not_offered_picks_nothing(ctx: Callable[..., Context]) -> None:
    # "A las dos y cuarto" is 2:15, not the 2 PM offer.
    u = understand("a las dos y cuarto", ctx(offered_slots=OFFERED))
    assert u.slot is None or u.slot.value.decision is not SlotDecision.CHOSEN
