"""Known callers move or ask after the visit on file without "reschedule": they name it by the
day the call is about and the thing it is for ("calling about tomorrow, the AC that's
rattling"), with its day inside the name ("this is about my appointment tomorrow, I think it's
tomorrow right"), by a job of the kind a visit is ("I have the panel upgrade tomorrow"), or for
someone of theirs ("texting for my mom, she has the plumber coming tomorrow"); then they ask
for another time as a question about it ("could it be the same day, just later, like four"),
or tell what moved onto it ("my work moved my shift"). An hour is said with "same time"
("Saturday morning, same time, ten") or after "just later". New callers asking for a visit ask
for none of this. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest

from switchboard.assistant.understanding import Context, Intent, understand
from tests.assistant.conftest import local


def _intent(text: str, context: Context) -> Intent | None:
    u = understand(text, context)
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    "text",
    [
        # the day the call is about, then the thing the visit is for
        "hey it's dana calling about tomorrow the water heater that's making the popping noise",
        # the visit named with its day, and only its day checked
        "hi this is about my appointment tomorrow i think it's tomorrow right",
        # a job of the kind a visit is, with its day
        "i have the water heater replacement thursday",
        # for someone of the caller's, its time lost
        "texting for my dad, he has the plumber coming friday and lost the text. what time?",
        "my grandma's got you guys coming tomorrow, she can't find the paper",
    ],
)
def test_a_visit_told_in_other_words_is_asked_after(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(text, ctx()) is Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    "text",
    [
        "i have the panel upgrade tomorrow but the utility can't do the disconnect till next "
        "week so can we push it",
        "my mom has you guys coming friday, can we move it to monday",
    ],
)
def test_a_visit_told_in_other_words_then_pushed_is_moved(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx()) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    "text",
    [
        "could it be the same day just later like four",
        "can it be thursday instead",
        "could that be at 3",
        "my work moved my shift so i can't be home",
        "they changed my schedule at work",
    ],
)
def test_after_a_visit_told_another_time_or_a_moved_shift_moves_it(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx(visit_told=True)) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    "text",
    [
        # nothing of ours named: a new caller's day, a job, a request
        "calling about tomorrow, do you have anything for the drain",
        "i need the water heater replacement thursday",
        "she has a leak under the sink, can someone come tomorrow",
    ],
)
def test_a_new_callers_day_and_job_are_no_visit_on_file(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx()) not in {Intent.APPOINTMENT_STATUS, Intent.RESCHEDULE}, text


@pytest.mark.parametrize(
    "text",
    ["could it be the same day just later like four", "my work moved my shift so i can't be home"],
)
def test_without_a_visit_told_they_move_nothing(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(text, ctx()) is not Intent.RESCHEDULE, text


def test_could_it_be_the_leak_asks_no_move(ctx: Callable[..., Context]) -> None:
    assert _intent("could it be the water heater", ctx(visit_told=True)) is not Intent.RESCHEDULE


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("can we push it to saturday morning same time ten", 10),
        ("thursday same time 9", 9),
        ("tomorrow afternoon same time 3", 15),
    ],
)
def test_an_hour_said_after_same_time_is_the_hour(
    ctx: Callable[..., Context], text: str, hour: int
) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.exact, text
    assert u.time.value.earliest.time() == time(hour), text


def test_same_time_before_a_count_is_no_hour(ctx: Callable[..., Context]) -> None:
    u = understand("friday same time, 2 guys can come", ctx())
    assert u.time is not None and not u.time.value.exact


@pytest.mark.parametrize(
    "text",
    ["could it be the same day just later like four", "same day like 4"],
)
def test_an_hour_after_later_or_same_day_is_on_the_visits_day(
    ctx: Callable[..., Context], text: str
) -> None:
    visit = local(2026, 11, 25, 10)
    context = ctx(visit_told=True, chosen=visit, days_in_view=(visit.date(), visit.date()))
    u = understand(text, context)
    assert u.time is not None and u.time.value.exact, text
    assert u.time.value.earliest == local(2026, 11, 25, 16), text


def test_a_visit_of_a_parents_asked_after_in_spanish(ctx: Callable[..., Context]) -> None:
    text = "le escribo por mi papá, él tiene al electricista el jueves y no encuentra el papel"
    assert _intent(text, ctx(language="es")) is Intent.APPOINTMENT_STATUS


def test_the_plumber_at_the_door_now_is_no_visit_on_file(ctx: Callable[..., Context]) -> None:
    u = understand("tengo al plomero aquí, ¿cuánto cobran por la visita?", ctx(language="es"))
    assert not u.visit_told
