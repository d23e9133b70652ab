"""Days that are not the visit's: the date the trouble began ("no heat since the 3rd"), the
day weather is on its way ("a cold snap next week ... before it hits" wants a visit before
it), the day the caller is busy ("Tuesday is my dentist"); and an hour said after the caller's
part of the day ("after lunch like one"). Every line here was written for this file; now is
Tuesday November 24th 2026, 10 AM."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("we haven't had hot water since the 20th", "en"),
        ("the disposal's been jammed ever since the 2nd", "en"),
        ("it's been dripping since November 18th", "en"),
        ("the toilet has run nonstop since the 15th of this month", "en"),
        ("no heat since the weekend, it's freezing in here", "en"),
        ("the pump quit on the 19th", "en"),
        ("no tenemos agua caliente desde el 20", "es"),
        ("la llave gotea desde el día 15 de noviembre", "es"),
    ],
)  # fmt: skip
def test_the_date_the_trouble_began_is_no_wish(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert understand(text, ctx(language=language)).time is None, text


@pytest.mark.parametrize(
    ("text", "language", "earliest"),
    [
        # the wish said beside the date the trouble began
        ("no hot water since the 20th, could someone come the 28th", "en", local(2026, 11, 28)),
        ("the heater quit on the 19th, can you do friday", "en", local(2026, 11, 27)),
        # "desde el 28" alone, with no trouble before it, is from the 28th on
        ("pueden venir desde el 28", "es", local(2026, 11, 28)),
        # "since" that gives a reason names no date
        ("since you're open saturday, can you come saturday morning", "en",
         local(2026, 11, 28, 8)),
    ],
)  # fmt: skip
def test_the_wish_beside_the_start_of_the_trouble(
    ctx: Callable[..., Context], text: str, language: str, earliest: object
) -> None:
    u = understand(text, ctx(language=language))
    assert u.time is not None and u.time.value.earliest == earliest, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("they're calling for a hard freeze this weekend and I want the pipes looked at", "en"),
        ("a cold snap is supposed to hit thursday, the water heater's been acting up", "en"),
        ("dicen que viene una helada el sábado y el calentador hace ruido", "es"),
    ],
)  # fmt: skip
def test_the_day_weather_comes_is_no_wish(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert understand(text, ctx(language=language)).time is None, text


@pytest.mark.parametrize(
    ("text", "language", "latest"),
    [
        ("big storm coming thursday, can someone check the sump pump before it hits", "en",
         local(2026, 11, 26)),
        ("there's a heatwave on the way next week so I want the AC serviced before then", "en",
         local(2026, 11, 30)),
        ("viene una tormenta el jueves, que revisen la bomba antes de que llegue", "es",
         local(2026, 11, 26)),
    ],
)  # fmt: skip
def test_before_the_weather_arrives_is_a_visit_before_its_day(
    ctx: Callable[..., Context], text: str, language: str, latest: object
) -> None:
    u = understand(text, ctx(language=language))
    assert u.time is not None and u.time.value.latest == latest, text


def test_a_day_asked_beside_the_weather_is_the_wish(ctx: Callable[..., Context]) -> None:
    u = understand("a storm's coming friday, could you come wednesday", ctx())
    assert u.time is not None and u.time.value.earliest == local(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "language", "earliest"),
    [
        ("sorry I meant friday at 9, thursday is my dentist", "en", local(2026, 11, 27, 9)),
        ("friday at 9 please, on thursday I've got a doctor's appointment", "en",
         local(2026, 11, 27, 9)),
        ("can you do monday, my physical therapy is friday", "en", local(2026, 11, 30)),
        ("mejor el viernes a las 9, el jueves tengo cita con el médico", "es",
         local(2026, 11, 27, 9)),
        # the engagement that explains a day ruled out before it leaves the next day the wish
        ("el lunes no porque tengo consulta con el doctor, el martes a las 2", "es",
         local(2026, 12, 1, 14)),
    ],
)  # fmt: skip
def test_a_day_the_caller_is_busy_is_never_the_wish(
    ctx: Callable[..., Context], text: str, language: str, earliest: object
) -> None:
    u = understand(text, ctx(language=language))
    assert u.time is not None and u.time.value.earliest == earliest, text


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        ("thursday after lunch like one", local(2026, 11, 26, 13)),
        ("tomorrow after school, 4", local(2026, 11, 25, 16)),
        ("friday afternoon, one?", local(2026, 11, 27, 13)),
    ],
)
def test_an_hour_after_the_callers_part_of_the_day(
    ctx: Callable[..., Context], text: str, earliest: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.exact and u.time.value.earliest == earliest, text


@pytest.mark.parametrize(
    "text", ["the thursday one", "that afternoon one", "the friday morning one"]
)
def test_the_day_one_picks_an_offer_and_is_no_hour(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is None or not u.time.value.exact, text
