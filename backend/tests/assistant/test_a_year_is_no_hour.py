"""A year said in two halves ("the thermostat is from nineteen ninety", "the heater's from
twenty ten", "es del dos mil diez") is the age of the equipment, never "after 7 PM": the caller
was told "I don't have anything open at that time". An hour said with "at" or a range of hours
stays a time. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest

from switchboard.assistant.understanding import Context, understand


@pytest.mark.parametrize(
    "text",
    [
        "we just bought the place and the thermostat is like from nineteen ninety, want a nest",
        "the water heater is from twenty twelve and it's making a racket",
        "panel's original, since nineteen sixty four i think",
    ],
)
def test_a_year_is_no_time(ctx: Callable[..., Context], text: str) -> None:
    found = understand(text, ctx()).time
    assert found is None or (found.value.after is None and found.value.earliest.hour < 19)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("tomorrow at nineteen thirty", time(19, 30)),
        ("can you come tomorrow from 8 to 10", time(8)),
        ("the heater is from twenty ten, can you come tomorrow after 2", time(14)),
    ],
)
def test_hours_stay_hours(ctx: Callable[..., Context], text: str, start: time) -> None:
    found = understand(text, ctx()).time
    assert found is not None
    w = found.value
    assert (w.after or w.earliest.timetz().replace(tzinfo=None)) == start
