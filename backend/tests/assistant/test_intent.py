"""What the caller wants, whatever order they say it in."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, QuestionTopic, understand


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("my kitchen sink is clogged", Intent.NEW_JOB),
        ("can someone come out tomorrow", Intent.NEW_JOB),
        ("I'd like to make an appointment", Intent.NEW_JOB),
        ("a pipe burst and water is everywhere", Intent.EMERGENCY),
        ("I need to reschedule my appointment", Intent.RESCHEDULE),
        ("I can't make it tomorrow", Intent.RESCHEDULE),
        ("please cancel my appointment", Intent.CANCEL),
        ("when is my appointment?", Intent.APPOINTMENT_STATUS),
        ("what time is the plumber coming", Intent.APPOINTMENT_STATUS),
        ("what are your hours", Intent.QUESTION),
        ("can I talk to a real person", Intent.HUMAN),
        ("I want to speak with the owner", Intent.HUMAN),
        ("stop texting me", Intent.STOP),
        ("sorry wrong number", Intent.WRONG_NUMBER),
        ("we help plumbers get more leads with SEO", Intent.SALES),
        ("can you repeat that", Intent.REPEAT),
        ("hello?", Intent.GREETING),
        ("cuándo es mi cita", Intent.APPOINTMENT_STATUS),
        ("quiero hablar con una persona", Intent.HUMAN),
        ("quiero cancelar la cita", Intent.CANCEL),
    ],
)
def test_intents(ctx: Callable[..., Context], text: str, intent: Intent) -> None:
    u = understand(text, ctx())
    assert u.intent is not None
    assert u.intent.value is intent


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("are you open on saturday", QuestionTopic.HOURS),
        ("do you service Olathe?", QuestionTopic.SERVICE_AREA),
        ("how much to unclog a drain", QuestionTopic.PRICE),
        ("do you do tankless water heaters?", QuestionTopic.SERVICE_OFFERED),
        ("¿cuánto cobran?", QuestionTopic.PRICE),
    ],
)
def test_question_topics(ctx: Callable[..., Context], text: str, topic: QuestionTopic) -> None:
    u = understand(text, ctx())
    assert u.question is not None
    assert u.question.value is topic


def test_bare_cancel_by_sms_is_an_opt_out(ctx: Callable[..., Context]) -> None:
    u = understand("CANCEL", ctx(channel="sms"))
    assert u.intent is not None
    assert u.intent.value is Intent.STOP
    voice = understand("cancel", ctx(channel="voice"))
    assert voice.intent is not None
    assert voice.intent.value is Intent.CANCEL


def test_do_not_cancel_is_not_a_cancel(ctx: Callable[..., Context]) -> None:
    u = understand("don't cancel it", ctx())
    assert u.intent is None or u.intent.value is not Intent.CANCEL


def test_emergency_outranks_a_request_for_a_person(ctx: Callable[..., Context]) -> None:
    u = understand("let me talk to someone, the basement is flooding", ctx())
    assert u.intent is not None
    assert u.intent.value is Intent.EMERGENCY
    assert Intent.HUMAN in u.other_intents


@pytest.mark.parametrize(
    "text",
    ["Soy José, el calentador otra vez", "the drain clogged one more time", "uh huh"],
)
def test_again_is_not_a_request_to_repeat(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert Intent.REPEAT not in {u.intent.value if u.intent else None, *u.other_intents}


def test_huh_alone_asks_for_a_repeat(ctx: Callable[..., Context]) -> None:
    u = understand("huh?", ctx())
    assert u.intent is not None and u.intent.value is Intent.REPEAT


def test_come_out_to_my_address_is_a_visit_not_an_area_question(
    ctx: Callable[..., Context],
) -> None:
    u = understand("can you come out to the usual address", ctx())
    assert u.question is None
    area = understand("do you come out to Olathe?", ctx()).question
    assert area is not None and area.value is QuestionTopic.SERVICE_AREA


@pytest.mark.parametrize(
    "text",
    [
        "y'all have me down for 8 tomorrow, could we do the afternoon instead",
        "we're scheduled for Monday but my kid's sick, is there another day",
        "I have a dishwasher install booked for Friday, anything earlier in the week?",
        "my visit is at 1 today, can you do later today",
    ],
)
def test_an_appointment_on_the_books_and_another_time_is_a_reschedule(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx())
    assert u.intent is not None and u.intent.value is Intent.RESCHEDULE


@pytest.mark.parametrize(
    "text",
    [
        "I have a leak and need someone scheduled, anything sooner than friday?",
        "you have me down for 8 tomorrow, right?",
    ],
)
def test_a_new_job_or_a_check_is_no_reschedule(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.intent is None or u.intent.value is not Intent.RESCHEDULE


@pytest.mark.parametrize(
    "text",
    [
        "the tech left the gate open and our dog got out, I'd like the owner to call me",
        "could your manager call me back about the bill from last week",
    ],
)
def test_asking_for_the_owner_to_call_back_is_a_message(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx())
    assert u.intent is not None and u.intent.value is Intent.MESSAGE
