"""A visit on file in the way of the one the caller depends on (a ride, a driver, a helper who
cannot come before a time) is moved, and the hour they can is the wish; the same words from a
caller with nothing on file move nothing. The hour of the visit asked to pass on to whoever
opens the door ("what time should I tell my tenant to expect you") is its status. Every line
here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("you have somebody coming tomorrow morning for the water heater but my son has to "
         "drive me and he can't until after lunch", "en"),
        ("you guys have someone coming out friday for the drain but my ride fell through", "en"),
        ("got the plumber coming tomorrow at 9 but my husband has to be here and he doesn't "
         "get off till 5", "en"),
        ("y'all are coming wednesday but I don't drive and my neighbor can't till the evening",
         "en"),
        ("tengo la cita mañana para el drenaje pero mi hija me tiene que llevar y no puede "
         "hasta la tarde", "es"),
        ("tengo la cita el jueves pero no tengo quien me lleve", "es"),
    ],
)  # fmt: skip
def test_a_visit_on_file_kept_by_a_ride_or_a_helper_is_moved(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE, text


def test_the_hour_the_helper_can_is_the_wish(ctx: Callable[..., Context]) -> None:
    u = understand(
        "you have somebody coming tomorrow morning but my daughter has to drive me and she "
        "can't till the afternoon",
        ctx(),
    )
    assert u.time is not None
    window = u.time.value
    # The afternoon, never the morning the visit is in.
    assert window.earliest.hour >= 12


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my daughter has to drive me so can someone come look at the sink in the afternoon",
         "en"),
        ("I don't drive, do you guys come out to Raytown?", "en"),
        ("mi hijo me tiene que llevar al doctor, pueden venir el viernes a ver el boiler", "es"),
    ],
)  # fmt: skip
def test_the_same_words_with_nothing_on_file_move_nothing(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) not in {Intent.RESCHEDULE, Intent.CANCEL}, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("You're coming out to my rental tomorrow for the drain right? What time should I "
         "tell my tenant to expect you", "en"),
        ("you guys are coming over to my mom's house friday for the toilet. what time do I "
         "tell her to be ready", "en"),
        ("y'all are coming to the property tomorrow, what time should we let the tenants know",
         "en"),
        ("ustedes vienen mañana a la casa de mi mamá, ¿a qué hora le digo que los espere?",
         "es"),
    ],
)  # fmt: skip
def test_the_visits_hour_asked_for_someone_else_is_its_status(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    "text",
    [
        # a new job: the hour to pass on is not of a visit on file
        "I need a plumber at my rental, what time should I tell my tenant to expect someone?",
        "can you come out to my rental tomorrow for the drain",
    ],
)
def test_a_new_job_for_a_rental_is_no_status(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(text, ctx) is not Intent.APPOINTMENT_STATUS, text
