"""Times that tell the story of the problem ("it hums all night", "it was fine this morning",
"se oye toda la noche") are not a wish for a visit; a time asked for still is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    "text",
    [
        "the fan hums every night and keeps us up",
        "la bomba suena todas las noches",
        "the school year started today so the kids used all the hot water",
        "the floor was dry this morning but there's a puddle now",
        "se oye toda la noche",
    ],
)
def test_the_story_is_not_a_wish(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).time is None


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        ("it drips all night, can someone come tomorrow", local(2026, 11, 25)),
        ("it was fine this morning, today after 3 if you can", local(2026, 11, 24, 15)),
        ("today works for me", local(2026, 11, 24, 10)),
    ],
)
def test_the_wish_beside_the_story(
    ctx: Callable[..., Context], text: str, earliest: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.earliest == earliest


@pytest.mark.parametrize(
    "text",
    ["morning, we have water under the sink", "afternoon i've got a breaker that keeps tripping"],
)
def test_a_greeting_that_opens_the_problem_is_not_a_wish(
    ctx: Callable[..., Context], text: str
) -> None:
    assert understand(text, ctx()).time is None


def test_a_part_of_the_day_answered_is_still_the_wish(ctx: Callable[..., Context]) -> None:
    u = understand("afternoon is better for me", ctx())
    assert u.time is not None
    assert u.time.value.part_of_day is not None


@pytest.mark.parametrize(
    "text",
    [
        "the heat pump blows cold for ten minutes in the mornings, then it warms up",
        "the boiler knocks in the evenings when it kicks on",
        "the water heater rumbles for a while in the mornings",
    ],
)
def test_when_the_fault_happens_is_not_a_wish(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).time is None


@pytest.mark.parametrize(
    "text",
    [
        "the boiler knocks when it kicks on, can you come in the mornings?",
        "I'm only home in the mornings",
    ],
)
def test_mornings_asked_for_are_still_the_wish(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.part_of_day is not None


@pytest.mark.parametrize(
    "text",
    [
        "yeah hi so the wind tonight brought a power line down in the alley behind our garage",
        "the storm this morning knocked a limb onto our service mast",
        "this morning a pipe burst under the kitchen sink",
        "earlier today the breaker tripped and now the kitchen has no power",
        "a tree fell on the line this afternoon",
        "el viento de esta noche tumbó un cable en el callejón",
        "esta mañana se reventó un tubo debajo del fregadero",
        "se cayó un cable esta noche",
    ],
)
def test_when_it_struck_today_is_not_a_wish(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).time is None


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        # Look-alikes: a part of today asked for beside what happened.
        ("can you come tonight, the pipe burst", local(2026, 11, 24, 17)),
        ("it broke, can someone come this afternoon", local(2026, 11, 24, 12)),
        ("we noticed a leak, this afternoon would be great", local(2026, 11, 24, 12)),
        ("the pipe burst this morning, can you come this afternoon", local(2026, 11, 24, 12)),
        ("tonight works if you have anything", local(2026, 11, 24, 17)),
        ("hoy en la tarde puede venir alguien", local(2026, 11, 24, 12)),
    ],
)
def test_a_part_of_today_asked_for_beside_the_story_is_the_wish(
    ctx: Callable[..., Context], text: str, earliest: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.earliest == earliest
