"""An hour texted right after its day ("thu 8", "sat 11 works"), and what is not one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, SlotDecision, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("thu 8", local(2026, 11, 26, 8)),
        ("sat 11 works", local(2026, 11, 28, 11)),
        ("wednesday 3 if you have it", local(2026, 11, 25, 15)),
        ("tues 9 30 please", local(2026, 12, 1, 9, 30)),
    ],
)
def test_the_number_after_a_day_is_its_hour(
    ctx: Callable[..., Context], text: str, start: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.exact
    assert u.time.value.earliest == start


@pytest.mark.parametrize(
    "text",
    [
        "thursday, 12 elm st",  # a house number after the day
        "saturday 14 people are coming",
        "el viernes 11 de diciembre",  # Spanish says the date so
    ],
)
def test_a_number_that_is_not_the_hour(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is None or not u.time.value.exact


def test_the_day_and_hour_pick_that_offer(ctx: Callable[..., Context]) -> None:
    offered = (local(2026, 11, 26, 8), local(2026, 11, 30, 7), local(2026, 12, 1, 9))
    u = understand("mon 7 pls", ctx(offered_slots=offered))
    assert u.slot is not None
    assert u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == 1


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("tomorrow saturday if you have it like ten", local(2026, 11, 28, 10)),
        ("saturday if possible 9", local(2026, 11, 28, 9)),
    ],
)
def test_an_hour_after_if_you_have_it_is_the_hour(
    ctx: Callable[..., Context], text: str, start: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.exact
    assert u.time.value.earliest == start


def test_a_count_after_if_you_have_it_is_no_hour(ctx: Callable[..., Context]) -> None:
    u = understand("saturday if you have it 2 guys can help", ctx())
    assert u.time is not None and not u.time.value.exact
