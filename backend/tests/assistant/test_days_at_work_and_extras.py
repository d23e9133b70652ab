"""The weekdays someone works are no wish for them ("he works construction monday to friday
so saturday like eight"), while "any weekday" and "monday to friday after 3" still are; an hour
after "before the lunch rush" is the hour; a job asked "while you're there" is an extra on the
visit and the job first told stays. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.add_on_asked import before_the_add_on
from switchboard.assistant.understanding.normalise import normalise
from tests.assistant_engine.test_conversations import talk, world


@pytest.mark.parametrize(
    "text",
    [
        "my husband works monday through friday so saturday at 9 would be best",
        "i'm at work weekdays, saturday morning like ten?",
        "ella trabaja de lunes a viernes, el sábado a las diez",
    ],
)
def test_days_at_work_are_not_asked_for(ctx: Callable[..., Context], text: str) -> None:
    found = understand(text, ctx()).time
    assert found is not None and 5 not in found.value.skip_weekdays


@pytest.mark.parametrize("text", ["any weekday morning works", "monday to friday after 3"])
def test_weekdays_asked_for_still_rule_out_the_weekend(
    ctx: Callable[..., Context], text: str
) -> None:
    found = understand(text, ctx()).time
    assert found is not None and found.value.skip_weekdays == (5, 6)


def test_an_hour_before_the_lunch_rush(ctx: Callable[..., Context]) -> None:
    found = understand("wednesday before the lunch rush like ten", ctx()).time
    assert found is not None and found.value.earliest.time() == time(10)


@pytest.mark.parametrize(
    "text",
    [
        "and while you're there can you do a tune up on the other one",
        "since you'll be out here anyway could he look at the disposal",
        "mientras están aquí revisen también el otro baño",
    ],
)
def test_an_extra_asked(text: str) -> None:
    assert before_the_add_on(normalise(text).text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "actually forget the drain it's the water heater",
        "where are you there in town",
    ],
)
def test_no_extra(text: str) -> None:
    assert before_the_add_on(normalise(text).text) is None


async def test_the_job_first_told_stays_with_an_extra() -> None:
    w = world()
    _state, replies = await talk(
        w,
        [
            "the kitchen drain is clogged and backing into the sink",
            "oh and while you're there can you look at the water heater it's making noise",
            "dana price 12 oak st overland park",
            "tomorrow at 10",
            "yes",
        ],
    )
    assert w.booked and w.booked[0]["service"] == "drain", replies


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("mornings are better, i nap in the afternoon, can he come thursday at nine", time(9)),
        ("las mañanas son mejor, en la tarde trabajo, el jueves a las nueve", time(9)),
        ("i'm home in the evening, thursday at seven", time(19)),
    ],
)
def test_a_bare_hour_beside_the_parts_of_the_day(
    ctx: Callable[..., Context], text: str, start: time
) -> None:
    found = understand(text, ctx()).time
    assert found is not None and found.value.earliest.time() == start
