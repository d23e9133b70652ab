"""Questions about the business in the caller's own words: when it works, asked of its habits
("do you ever come out in the evening, or on Sundays?", "¿trabajan hoy domingo?"), where it
goes, pointed at ("¿trabajan allá por Baytown?"), what a job named bare costs ("what does gutter
cleaning run"), and the lunch hour a question is asked from. Their look-alikes ask for a visit
or tell the caller's day. Every line was written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, QuestionTopic, TimeWindow, understand
from switchboard.assistant.understanding.asking_moment import said_of_now
from switchboard.assistant.understanding.normalise import normalise


def _topic(text: str, ctx: Callable[..., Context], language: str = "en") -> QuestionTopic | None:
    u = understand(text, ctx(language=language))
    return u.question.value if u.question else None


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        ("I'm a nurse on nights. Do you guys ever come out after 5, or on weekends?", "en",
         QuestionTopic.HOURS),
        ("does your crew usually work saturdays", "en", QuestionTopic.HOURS),
        ("do y'all take calls late at night", "en", QuestionTopic.HOURS),
        ("are you guys working today?", "en", QuestionTopic.HOURS),
        ("buenas, ¿trabajan hoy domingo?", "es", QuestionTopic.HOURS),
        ("¿atienden en la noche?", "es", QuestionTopic.HOURS),
        ("¿abren mañana sábado?", "es", QuestionTopic.HOURS),
        ("una pregunta, ¿ustedes trabajan allá por Baytown?", "es", QuestionTopic.SERVICE_AREA),
        ("¿llegan hasta allá por Katy? tengo una fuga", "es", QuestionTopic.SERVICE_AREA),
        ("roughly what does drain cleaning run for a house with two bathrooms?", "en",
         QuestionTopic.PRICE),
        ("what would water heater repair usually cost", "en", QuestionTopic.PRICE),
    ],
)  # fmt: skip
def test_a_question_in_the_callers_words_has_its_topic(
    text: str, language: str, topic: QuestionTopic, ctx: Callable[..., Context]
) -> None:
    assert _topic(text, ctx, language) is topic


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a visit asked for at a time of day
        ("can you come out in the evening after 6? my drain is clogged", "en"),
        ("are you working on my water heater today or tomorrow?", "en"),
        ("¿trabajan hoy en mi casa o mañana?", "es"),
        # the place is the caller's own, or what they do
        ("¿van por la pieza o ya la traen?", "es"),
        # a price asked of something that is no job
        ("what does it take to get on your schedule", "en"),
    ],
)  # fmt: skip
def test_look_alikes_ask_no_hours_area_or_price(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _topic(text, ctx, language) not in {
        QuestionTopic.HOURS,
        QuestionTopic.SERVICE_AREA,
        QuestionTopic.PRICE,
    }


def _lunch(dated: bool) -> TimeWindow:
    """The lunch hour as `day_parts` reads "on my lunch break"."""
    start = datetime(2026, 11, 24, 12, tzinfo=ZoneInfo("America/Chicago"))
    return TimeWindow(start, start.replace(hour=13), after=time(12), before=time(13), dated=dated)


@pytest.mark.parametrize(
    ("text", "dated", "expected"),
    [
        ("On my lunch break, quick q: how much for a drain?", False, True),
        ("hi im on my lunch hour, what do you charge to snake a drain", False, True),
        ("estoy en mi hora de comida, ¿cuánto cobran?", False, True),
        # a visit wished for on a lunch hour
        ("can you come on my lunch break?", False, False),
        ("I'm on my lunch break tomorrow, can you come then?", True, False),
    ],
)
def test_a_lunch_hour_said_of_now_is_when_the_question_is_asked(
    text: str, dated: bool, expected: bool
) -> None:
    assert said_of_now(normalise(text), _lunch(dated)) is expected
