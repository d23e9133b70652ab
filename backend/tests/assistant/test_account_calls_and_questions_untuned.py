"""Account calls and questions said the ways callers the assistant was never tuned on say them:
a visit put off ("I need to put that off"), the caller away at its time ("there's no way I'll
be home"), its time asked indirectly or lost with the text, a visit told without its day while
its day is forgotten; then prices, hours, places and terms asked in other words, and an un-
verb naming the job. Each with the look-alike that must not change. Our own wording."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import (
    Context,
    Intent,
    QuestionTopic,
    ServiceOption,
    understand,
)
from switchboard.assistant.understanding.place_asked import place_asked
from tests.assistant.test_visits_named_and_work_asked import _intent, _topic


@pytest.mark.parametrize(
    "text",
    [
        "this is marcus, you have a plumber coming friday and i need to put that off",
        "we got somebody coming tomorrow for the water heater, can we put it off a bit",
        "you guys have someone coming thursday for the drain and there's no way i'll be home",
        "i have a tech coming tomorrow morning but we won't be home, the car broke down",
    ],
)
def test_a_visit_put_off_or_kept_from_is_a_reschedule(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    "text",
    [
        # written down, not put off: when it is
        "you guys are coming friday and i put it down somewhere but can't find it",
        # a new caller's own limit, no visit of ours
        "there's no way i'll be home before five, can someone come after",
    ],
)
def test_look_alikes_move_nothing(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(text, ctx) is not Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    "text",
    [
        "sorry it's late, i just wanted to check when the plumber is coming, i lost the text",
        "i wanted to find out what time your guy is supposed to come",
        "y'all are coming out to fix my water heater and i can't remember if it's friday or monday",
    ],
)
def test_the_visits_time_asked_indirectly_is_a_status(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx) is Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    "text",
    [
        "i want to check when you can come out for my drain",
        "if you guys are coming out to fix my water heater can you bring a new valve",
    ],
)
def test_a_visit_wanted_is_no_status(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(text, ctx) is not Intent.APPOINTMENT_STATUS, text


def test_take_me_off_the_schedule_cancels_and_your_list_stops(
    ctx: Callable[..., Context],
) -> None:
    assert _intent("can you take me off the schedule for friday", ctx) is Intent.CANCEL
    assert _intent("take us off the calendar please", ctx) is Intent.CANCEL
    assert _intent("take me off your list", ctx) is Intent.STOP
    assert _intent("please take me off your mailing list", ctx) is Intent.STOP


@pytest.mark.parametrize(
    ("text", "topic", "language"),
    [
        ("whats a disposal install run? got the unit already", QuestionTopic.PRICE, "en"),
        ("what is a water heater flush going for these days", QuestionTopic.PRICE, "en"),
        ("is anybody even working today, i need a few things looked at", QuestionTopic.HOURS,
         "en"),
        ("so y'all don't work weekends at all", QuestionTopic.HOURS, "en"),
        ("¿ustedes dan servicio en el Bronx?", QuestionTopic.SERVICE_AREA, "es"),
        ("¿cubren en la Jolla?", QuestionTopic.SERVICE_AREA, "es"),
    ],
)  # fmt: skip
def test_questions_asked_in_other_words(
    ctx: Callable[..., Context], text: str, topic: QuestionTopic, language: str
) -> None:
    assert _topic(text, ctx, language) is topic, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("what's a good time for you guys", "en"),
        ("is anyone working on my house today or not", "en"),
        ("i don't work saturdays so it has to be a weekday", "en"),
        ("el agua se sale en el baño", "es"),
    ],
)
def test_look_alikes_ask_no_such_question(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _topic(text, ctx, language) not in {
        QuestionTopic.PRICE,
        QuestionTopic.HOURS,
        QuestionTopic.SERVICE_AREA,
    }, text


def test_the_town_said_with_its_article_is_the_place_asked() -> None:
    assert place_asked("ustedes dan servicio en el bronx") == "Bronx"
    assert place_asked("dan servicio en la casa") is None


def test_calling_to_ask_is_a_question_and_calling_to_book_is_not(
    ctx: Callable[..., Context],
) -> None:
    assert _intent("hello i am calling to ask you do payment plan for a new boiler", ctx) is (
        Intent.QUESTION
    )
    assert _intent("hi i'm calling to schedule a drain cleaning", ctx) is not Intent.QUESTION


def test_an_un_verb_of_a_blockage_names_the_job(ctx: Callable[..., Context]) -> None:
    spanish = (
        ServiceOption("drain", "Destape de drenaje", ("drenaje", "destape", "clogged", "drain")),
        ServiceOption("toilet", "Reparación de inodoro", ("inodoro", "toilet")),
    )
    u = understand("how much to unclog a kitchen sink", ctx(services=spanish))
    assert u.service is not None and u.service.value == "drain"
    unplugged = understand("i had to unplug the fridge", ctx(services=spanish))
    assert unplugged.service is None


def test_an_hour_after_its_day_with_who_lets_the_crew_in_is_the_wish(
    ctx: Callable[..., Context],
) -> None:
    u = understand("could it be later on friday like two my brother can let you in then", ctx())
    assert u.time is not None and u.time.value.exact
    assert (u.time.value.earliest.weekday(), u.time.value.earliest.hour) == (4, 14)
    # a count of people is no hour
    count = understand("friday 2 my brothers can help you carry it", ctx())
    assert count.time is None or not count.time.value.exact
