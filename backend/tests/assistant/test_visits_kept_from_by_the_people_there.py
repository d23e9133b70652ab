"""A visit on file named by its job and day ("this is about the panel job tomorrow", "I have an
AC repair set for Monday") and kept from by whoever must be there (a tenant away or sick, an
exam, a procedure, nobody home) is moved; the same words from a caller with nothing on file, or
a visit only wanted, move nothing. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand
from switchboard.assistant.understanding.cancel_told import told_to_cancel


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("we have a plumber coming out friday to my rental and the renter says he can't be "
         "home friday", "en"),
        ("calling about the drain cleaning on thursday, my tenant has covid and doesn't want "
         "anybody in the apartment", "en"),
        ("regarding our water heater install tomorrow, the tenant tested positive for the flu",
         "en"),
        ("you have somebody coming monday for the toilet but my mom goes in for surgery that "
         "morning so nobody's going to be there", "en"),
        ("i have a drain cleaning set for thursday at 9 and my son has a final exam thursday "
         "morning", "en"),
        ("we got a leak repair booked on friday but my husband is having surgery friday", "en"),
        ("tengo la cita mañana para el drenaje pero mi hija tiene un examen", "es"),
        ("tengo la cita el jueves pero mi inquilina salió positivo y no quiere que entre nadie",
         "es"),
    ],
)  # fmt: skip
def test_a_visit_on_file_kept_from_by_the_people_there_is_moved(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    "text",
    [
        # Nothing on file: a job wanted, whoever is sick or away.
        "my tenant has covid so can someone come fix the drain next week",
        "i need a drain cleaning set up for thursday, my son has a final exam so afternoon",
        "i'm calling about a leak repair tomorrow, do you have anything",
        "my mom goes in for surgery friday, can you fix her toilet before that",
        "she can't be there until 3 so could someone come at 3 for the faucet",
    ],
)
def test_the_same_words_with_nothing_on_file_move_nothing(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx) is not Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    "text",
    [
        "no i thought about moving it but nah just cancel it",
        "no, go ahead and cancel it",
        "no no, cancel the whole thing",
        "no, mejor cancélela",
    ],
)
def test_a_cancel_ordered_past_a_no(text: str) -> None:
    assert told_to_cancel(text)


@pytest.mark.parametrize(
    "text",
    [
        "no i wanted to cancel the other one",
        "no don't cancel it",
        "no please don't cancel it yet",
        "should i cancel it?",
        "no not cancel, move it",
        "no, i'd rather not cancel it",
    ],
)
def test_a_cancel_only_spoken_of_or_refused_is_no_order(text: str) -> None:
    assert not told_to_cancel(text)


@pytest.mark.parametrize(
    "text",
    ["hey need to move tmrws ac appt", "can we move tmrw's appt", "need to move 2moros appt"],
)
def test_tomorrows_visit_texted_short_is_moved(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(text, ctx) is Intent.RESCHEDULE, text


def test_tomorrow_texted_short_alone_is_still_a_day(ctx: Callable[..., Context]) -> None:
    u = understand("tmrws good for me", ctx())
    assert u.time is not None
    assert u.intent is None or u.intent.value is not Intent.RESCHEDULE
