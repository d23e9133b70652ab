""" "That's fine, this afternoon whenever, like two" is a yes, then the wish: the afternoon, at
two. "It was fine this morning" stays the story of the trouble, and "this afternoon whenever,
2 guys can come" has no hour in it. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest

from switchboard.assistant.understanding import Context, understand


def _when(ctx: Callable[..., Context], text: str) -> tuple[object, object, bool] | None:
    found = understand(text, ctx()).time
    if found is None:
        return None
    w = found.value
    part = w.part_of_day.value if w.part_of_day else None
    return part, w.earliest.time(), w.exact


@pytest.mark.parametrize(
    "text",
    ["ok thats fine this afternoon", "sure that's fine, this afternoon please"],
)
def test_a_yes_then_this_afternoon_is_the_afternoon(ctx: Callable[..., Context], text: str) -> None:
    found = _when(ctx, text)
    assert found is not None and found[0] == "afternoon"


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("ok thats fine this afternoon whenever like two", time(14)),
        ("tomorrow anytime like ten", time(10)),
    ],
)
def test_an_hour_beside_whenever_is_the_hour(
    ctx: Callable[..., Context], text: str, hour: time
) -> None:
    found = _when(ctx, text)
    assert found is not None and found[1] == hour and found[2] is True


def test_it_was_fine_this_morning_is_the_story(ctx: Callable[..., Context]) -> None:
    assert _when(ctx, "it was fine this morning and now the sink is backing up") is None


def test_a_count_after_whenever_is_no_hour(ctx: Callable[..., Context]) -> None:
    found = _when(ctx, "this afternoon whenever 2 guys can come")
    assert found is not None and found[2] is False
