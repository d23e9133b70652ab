"""Questions about the business answered from its own data: the price asked as a range, the
days or start time of the working week, a job asked about in a place, and a question that ends
at its question mark. Every line here was written for this file."""

from __future__ import annotations

import pytest

from tests.assistant_engine.test_conversations import talk, world


@pytest.mark.parametrize(
    "line",
    [
        "what's the typical range on a drain cleaning? not booking yet",
        "roughly what's the going range for clearing a clogged drain",
    ],
)
async def test_a_price_asked_as_a_range_is_quoted(line: str) -> None:
    _state, replies = await talk(world(), [line], channel="web")
    assert "usually runs" in replies[1]


@pytest.mark.parametrize(
    "line",
    [
        "do you folks ever work sundays? i'm on shift all week",
        "what time do your guys start in the morning",
    ],
)
async def test_the_working_week_asked_about_is_answered(line: str) -> None:
    _state, replies = await talk(world(), [line], channel="sms")
    assert "Monday to Friday, 8 AM to 5 PM" in replies[1]


@pytest.mark.parametrize(
    "line",
    [
        "do you guys come out to the Northland? we're just past the river",
        "do y'all fix clogged drains down in Belton",
    ],
)
async def test_a_place_asked_about_is_answered_with_the_area(line: str) -> None:
    _state, replies = await talk(world(), [line], channel="sms")
    assert "We serve Overland Park, Olathe, 66213" in replies[1]


def test_the_callers_own_house_is_no_place_asked_about() -> None:
    from switchboard.assistant.understanding.question_topics import AREA

    assert AREA.search("do you come out to the house on weekends") is None


async def test_a_question_ends_at_its_question_mark() -> None:
    w = world()
    _state, replies = await talk(
        w, ["do you offer a military discount? the kitchen drain is clogged again"], channel="web"
    )
    # the discount is asked (the owner's to answer), not whether drains are cleaned
    assert "don't have that answer" in replies[1] and "Yes, we do" not in replies[1]
    assert w.callbacks


async def test_the_thing_asked_about_is_the_one_the_job_is_on() -> None:
    line = "our basement drain is clogged solid. do you do old cast iron drains? it's a 1920s house"
    _state, replies = await talk(world(), [line], channel="web")
    assert "not sure we do that" not in replies[1]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("do you install minisplits? need one for the garage", "not sure we do that"),
        ("hola ¿ustedes instalan minisplits? necesito uno para el cuarto", "No estoy seguro"),
    ],
)
async def test_one_thing_of_another_trade_asked_about_is_not_listed(line: str, said: str) -> None:
    w = world()
    _state, replies = await talk(w, [line], channel="sms")
    assert said in replies[1]
    assert w.callbacks


@pytest.mark.parametrize(
    "line",
    [
        "do you do drains? the kitchen one is slow",
        "¿ustedes hacen mantenimiento? el calentador hace ruido",
        "¿ustedes arreglan fugas? tengo una debajo del fregadero",
    ],
)
async def test_one_word_of_the_trade_or_any_trade_is_never_called_unlisted(line: str) -> None:
    _state, replies = await talk(world(), [line], channel="sms")
    assert "not sure we do that" not in replies[1]
    assert "No estoy seguro" not in replies[1]


async def test_the_place_asked_is_answered_not_a_served_town_said_after_it() -> None:
    # Belton is asked; Olathe is only the landmark beside it.
    _state, replies = await talk(
        world(), ["do you fix drains in belton? right by the olathe line"], channel="sms"
    )
    assert "Belton isn't in our service area" in replies[1]


async def test_a_served_town_asked_is_still_served() -> None:
    _state, replies = await talk(world(), ["do you fix drains in olathe?"], channel="sms")
    assert "Olathe" in replies[1] and "isn't in our service area" not in replies[1]
