"""Time wishes said through the caller's own day: a run of hours ("thurs 12 to 1", "12-1"), the
hours of their work or business ("we open at 10", "trabajo hasta las 4") beside the hour they
ask for, "before work" and "my lunch break", nobody home until a day, a weekday that is the
story ("quit sunday"), a day the caller works said before the wish, and a date said by its
number among offers on another date. English and Spanish, with look-alikes that must not
change. Now: Tuesday 2026-11-24 10:00 in Chicago."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import pytest

from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Intent,
    QuestionTopic,
    SlotDecision,
    TimeWindow,
    understand,
)
from tests.assistant.conftest import local


def window(text: str, context: Context) -> TimeWindow:
    u = understand(text, context)
    assert u.time is not None, text
    return u.time.value


@pytest.mark.parametrize(
    ("text", "day", "after", "before"),
    [
        ("can only meet you thurs 12 to 1, lunch break", 26, time(12), time(13)),
        ("can u do tmrw btwn 12-1 only, thats my lunch", 25, time(12), time(13)),
        ("friday 9-11am", 27, time(9), time(11)),
        ("mañana entre 12-1 por favor", 25, time(12), time(13)),
        ("el jueves de 12 a 1", 26, time(12), time(13)),
    ],
)
def test_a_run_of_hours_after_its_day_is_that_window(
    ctx: Callable[..., Context], text: str, day: int, after: time, before: time
) -> None:
    w = window(text, ctx())
    assert w.earliest == local(2026, 11, day, after.hour)
    assert (w.after, w.before) == (after, before)


@pytest.mark.parametrize(
    "text", ["my address is 10-12 Oak St", "monday, 2 to 3 inches of water in the basement"]
)
def test_numbers_that_are_no_run_of_hours_stay_so(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is None or (u.time.value.after, u.time.value.before) == (None, None)


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("we open at 10, could u come fri at 8?", 27, 8),
        ("has to be before we open at eleven so like thursday at seven", 26, 7),
        ("tomorrow 8am. has to be out by 9", 25, 8),
        ("I work till 4, can you come thursday at 5", 26, 17),
        ("Trabajo hasta las 4, pueden venir el jueves a las 5?", 26, 17),
        ("abrimos a las 10, ¿pueden venir el viernes a las 8?", 27, 8),
    ],
)
def test_the_hour_asked_for_beside_the_callers_own_hours(
    ctx: Callable[..., Context], text: str, day: int, hour: int
) -> None:
    w = window(text, ctx())
    assert w.exact and w.earliest == local(2026, 11, day, hour), w


@pytest.mark.parametrize(
    ("text", "after", "before"),
    [
        ("we open at 10", None, time(10)),
        ("I leave for work at 8, so thursday", None, time(8)),
        ("I get home at 5, so thursday", time(17), None),
        ("salgo del trabajo a las 4, el jueves", time(16), None),
        ("I work till 3:30 thursday", time(15, 30), None),
    ],
)
def test_the_callers_own_hours_alone_are_bounds_not_the_time(
    ctx: Callable[..., Context], text: str, after: time | None, before: time | None
) -> None:
    w = window(text, ctx())
    assert not w.exact and (w.after, w.before) == (after, before)


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("can you come at 4 tomorrow", 25, 16),
        ("we've been without heat, around 3 tomorrow", 25, 15),
        ("sin calefacción, a las 3 mañana", 25, 15),
    ],
)
def test_an_hour_said_before_its_day_keeps_its_hour(
    ctx: Callable[..., Context], text: str, day: int, hour: int
) -> None:
    w = window(text, ctx())
    assert w.exact and w.earliest == local(2026, 11, day, hour)


def test_a_unit_number_before_tomorrow_is_still_no_hour(ctx: Callable[..., Context]) -> None:
    w = window("unit 4 tomorrow", ctx())
    assert not w.exact and w.earliest == local(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "after", "before"),
    [
        ("I'm only free before work", None, time(9)),
        ("thursday before I head to work", None, time(9)),
        ("el jueves antes del trabajo", None, time(9)),
        ("tomorrow on my lunch break", time(12), time(13)),
        ("thursday during lunch hour", time(12), time(13)),
        ("mañana en mi hora de comida", time(12), time(13)),
    ],
)
def test_before_work_and_a_lunch_break_are_their_hours(
    ctx: Callable[..., Context], text: str, after: time | None, before: time | None
) -> None:
    w = window(text, ctx())
    assert (w.after, w.before) == (after, before)


@pytest.mark.parametrize("text", ["after my lunch break tomorrow", "before lunch tomorrow"])
def test_around_lunch_is_not_the_lunch_hour(ctx: Callable[..., Context], text: str) -> None:
    assert window(text, ctx()).before != time(13)


def test_a_lunch_box_is_no_time(ctx: Callable[..., Context]) -> None:
    assert understand("your guy left his lunch box in my garage", ctx()).time is None


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("nobody's home till friday", date(2026, 11, 27)),
        ("we won't be home until the 30th", date(2026, 11, 30)),
        ("we're away until friday, any time after that", date(2026, 11, 27)),
        ("no hay nadie en casa hasta el viernes", date(2026, 11, 27)),
        ("estamos de viaje hasta el 30", date(2026, 11, 30)),
    ],
)
def test_nobody_home_until_a_day_is_from_that_day(
    ctx: Callable[..., Context], text: str, first: date
) -> None:
    w = window(text, ctx())
    assert w.earliest.date() == first and w.latest is not None and w.latest.date() > first


@pytest.mark.parametrize("text", ["any day until friday is fine", "can you come by friday"])
def test_until_a_day_said_as_a_deadline_stays_one(ctx: Callable[..., Context], text: str) -> None:
    w = window(text, ctx())
    assert w.latest is not None and w.latest.date() <= date(2026, 11, 28)


@pytest.mark.parametrize(
    "text",
    [
        "upstairs central air quit sunday. no rush, the house is empty",
        "it stopped working monday",
        "the heater started leaking sunday morning",
        "se descompuso el domingo",
        "dejó de funcionar el lunes",
        "el domingo pasado empezó a gotear",
    ],
)
def test_the_day_something_went_wrong_is_no_wish(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).time is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("can you come sunday", 29),
        ("can you get started monday", 30),
        ("it quit sunday, can someone come monday", 30),
        ("se descompuso el domingo, ¿pueden venir el lunes?", 30),
    ],
)
def test_a_day_asked_for_beside_the_story_stands(
    ctx: Callable[..., Context], text: str, day: int
) -> None:
    assert window(text, ctx()).earliest.date() == date(2026, 11, day)


@pytest.mark.parametrize(
    "text",
    [
        "sorry, better friday at the same time, thursday I work",
        "thursday I'm busy all day, friday?",
        "perdón, mejor el viernes a la misma hora, el jueves trabajo",
    ],
)
def test_a_day_said_as_busy_after_the_wish_is_ruled_out(
    ctx: Callable[..., Context], text: str
) -> None:
    w = window(text, ctx())
    assert w.earliest.date() == date(2026, 11, 27) and 3 in w.skip_weekdays


def test_a_working_day_with_its_hours_keeps_the_day(ctx: Callable[..., Context]) -> None:
    w = window("friday I work till 3", ctx())
    assert w.earliest == local(2026, 11, 27, 15) and not w.skip_weekdays


TUESDAY_OFFERS = tuple(local(2026, 12, 1, h) for h in (13, 15))


def _among_tuesdays(ctx: Callable[..., Context]) -> Context:
    return ctx(
        offered_slots=TUESDAY_OFFERS,
        expecting=Expecting.SLOT,
        days_in_view=(date(2026, 12, 1), date(2026, 12, 1)),
    )


@pytest.mark.parametrize("text", ["Tuesday December 8 at 3pm", "el martes 8 de diciembre a las 3"])
def test_a_date_said_by_its_number_is_not_an_offer_on_another_date(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, _among_tuesdays(ctx))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.COUNTER
    assert u.time is not None and u.time.value.earliest == local(2026, 12, 8, 15)


@pytest.mark.parametrize("text", ["Tuesday at 3pm", "Tuesday December 1st at 3pm"])
def test_the_offers_own_day_still_picks_it(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, _among_tuesdays(ctx))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == 1


@pytest.mark.parametrize(
    "text",
    [
        "the hailstorm knocked our power out for like six hours, so i want a whole house surge "
        "protector at the panel",
        "hi how y'all doing, the gutter over the front door dumps water on the steps",
        "la calefacción sí calienta pero los tubos hacen unos golpes bien fuertes toda la noche",
    ],
)
def test_a_job_told_with_question_look_alikes_is_a_job(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(now=datetime(2026, 11, 24, 10, tzinfo=local(2026, 1, 1).tzinfo)))
    assert u.intent is None or u.intent.value is not Intent.QUESTION
    assert u.question is None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("what are your hours", QuestionTopic.HOURS),
        ("are you open 24 hours?", QuestionTopic.HOURS),
        ("how you doing, do you do gutters?", QuestionTopic.SERVICE_OFFERED),
        ("¿hacen instalaciones de calentadores?", QuestionTopic.SERVICE_OFFERED),
    ],
)
def test_real_questions_are_still_asked(
    ctx: Callable[..., Context], text: str, topic: QuestionTopic
) -> None:
    u = understand(text, ctx())
    assert u.question is not None and u.question.value is topic
