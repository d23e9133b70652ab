"""A known caller's visit on file named as people text it ("my panel appt is tmrw morning",
"got the ac appt tmrw at 10", "can we move mondays appt"), moved to another time; and a trip
in the way of it ("we decided to drive to the lake this weekend", "me voy a ver a mi familia"),
whose days are the trip's, never the wish. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand
from tests.assistant.conftest import local


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the visit said as "my ... appt is <day>", then another time
        ("my water heater appt is tomorrow morning but can we do friday instead", "en"),
        ("our drain visit is on thursday, any chance we could do monday", "en"),
        # texted without the subject
        ("got the toilet appt tmrw at 9 but work called, can we do monday 2pm?", "en"),
        ("got an appt w you guys thurs, could we do next tuesday", "en"),
        # the visit's day written without an apostrophe
        ("can we move fridays appt to monday", "en"),
        ("could you bump tomorrows visit to the afternoon", "en"),
        # a trip in its way
        ("you have us down for friday but we're flying out to see my mom", "en"),
        ("I have the plumbing appointment thursday and we decided to drive up to Duluth", "en"),
        ("tengo la cita el jueves pero nos vamos de viaje con los niños", "es"),
        ("tenemos la visita mañana y salgo mañana temprano a ver a mi familia", "es"),
    ],
)  # fmt: skip
def test_a_visit_on_file_said_as_texted_or_kept_from_by_a_trip_is_moved(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a trip with no visit on file: a new caller's limit
        ("we're going out of town friday, can someone look at the toilet thursday", "en"),
        ("me voy de viaje el viernes, necesito que revisen el calentador antes", "es"),
        # "you got" asks us; a day's plural is no visit
        ("you got the 9am tomorrow open?", "en"),
        ("mondays appointments work best for me, the drain is slow", "en"),
        # driving somewhere now, no visit named
        ("I'm driving to work, can someone look at the leaking sink tomorrow", "en"),
    ],
)  # fmt: skip
def test_no_visit_on_file_is_no_reschedule(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is not Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    ("text", "language", "earliest"),
    [
        ("got the drain appt tmrw at 10 but we're driving to Denver for the weekend, can we "
         "do tuesday at 3", "en", local(2026, 12, 1, 15)),
        ("you have me down friday but we decided to fly to Tampa this weekend to see family, "
         "monday at 9?", "en", local(2026, 11, 30, 9)),
        ("tengo la cita el viernes pero me voy a ver a mi familia el fin de semana, ¿se puede "
         "el martes a las 3?", "es", local(2026, 12, 1, 15)),
    ],
)  # fmt: skip
def test_the_days_of_the_trip_are_never_the_wish(
    ctx: Callable[..., Context], text: str, language: str, earliest: object
) -> None:
    u = understand(text, ctx(language=language))
    assert u.time is not None and u.time.value.earliest == earliest, text
