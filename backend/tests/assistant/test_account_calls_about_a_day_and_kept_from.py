"""Known callers' visits on file named as what the call is about ("calling about tomorrow, the
drain thing") or as "I'm on for Thursday", and kept from by being called in to work, a child's
event or the children to fetch, are moved; the day said for the visit's own name ("la cita de
mañana", "tomorrow's appointment") is never the day wished when another follows it. Look-alikes
with nothing on file ask for nothing of the kind. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from switchboard.assistant.understanding import Context, Intent, understand
from tests.assistant.conftest import local


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # named as what the call is about
        ("hi this is lena calling about friday the drain thing, could we do monday instead", "en"),
        ("texting about my appointment on thursday, can we do friday instead?", "en"),
        # on the schedule, said short
        ("I think I'm on for Thursday morning for the water heater. Could we do Friday at 2 "
         "instead?", "en"),
        # called in to work
        ("you guys are coming thursday at 9 for the drain but my job just called me in for a "
         "shift", "en"),
        ("tengo cita mañana pero me llamaron a trabajar", "es"),
        # a child's event, with a word before it
        ("you have me down for thursday, my son has a hockey tournament all day thursday", "en"),
        # the children to fetch or mind
        ("you have someone coming friday but the school has early dismissal and I have to pick "
         "up my kids", "en"),
        ("y'all have me down for tomorrow but daycare is closed tomorrow", "en"),
        ("you guys are coming monday but I'm the only one who can watch the baby", "en"),
        ("tengo la cita el jueves pero los niños salen temprano de la escuela", "es"),
        ("tengo cita el viernes y no hay clases, tengo que cuidar a mis hijos", "es"),
    ],
)  # fmt: skip
def test_a_visit_on_file_named_so_or_kept_from_so_is_moved(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a new caller about a day, or about getting someone out
        ("hi I'm calling about tomorrow, do you have anything open in the afternoon?", "en"),
        ("calling about getting someone out tomorrow for a clogged drain", "en"),
        # the same stories with nothing on file
        ("my son has a hockey tournament all day tomorrow, can someone come friday for the "
         "drain?", "en"),
        ("I have to pick up my kids at 3, can someone come before that for the water heater?",
         "en"),
        ("the school is closed so I'm home, can someone look at the water heater tomorrow?", "en"),
        ("you called me in the morning about the estimate, is it ready?", "en"),
        ("no hay clases mañana, ¿pueden venir a revisar el calentador?", "es"),
    ],
)  # fmt: skip
def test_the_look_alikes_move_nothing(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) not in {Intent.RESCHEDULE, Intent.CANCEL}, text


# The context's clock is Tuesday November 24th 2026: tomorrow is Wednesday the 25th.
@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        ("¿se puede cambiar la cita de mañana para el viernes a las 3 de la tarde?", "es",
         local(2026, 11, 27, 15)),
        ("can we move tomorrow's appointment for friday at 3?", "en", local(2026, 11, 27, 15)),
        ("la visita del jueves la pueden pasar para el viernes a las 10?", "es",
         local(2026, 11, 27, 10)),
        ("calling about tomorrow the drain thing, can we do friday at 1 instead", "en",
         local(2026, 11, 27, 13)),
        ("you have me down for thursday, my son has a hockey tournament all day thursday. "
         "could we do friday at 9?", "en", local(2026, 11, 27, 9)),
    ],
)  # fmt: skip
def test_the_visits_own_day_is_never_the_wish(
    ctx: Callable[..., Context], text: str, language: str, start: datetime
) -> None:
    u = understand(text, ctx(language=language))
    assert u.time is not None, text
    assert u.time.value.earliest == start, text


def test_a_day_inside_the_name_alone_is_still_that_days_wish(
    ctx: Callable[..., Context],
) -> None:
    u = understand("bump tomorrow's appointment to the afternoon", ctx())
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 11, 25, 12)


@pytest.mark.parametrize(
    "text",
    [
        "bueno buenas noches habla jesús medrano tengo una cita para mañana",
        "buenas noches, le habla jesús medrano",
    ],
)
def test_a_spanish_evening_greeting_before_the_name(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(language="es"))
    assert u.name is not None and u.name.value == "Jesús Medrano", text
