"""A visit of ours moved or asked after in texted shorthand or by whoever booked it; questions
about the business's people, papers and ways to pay; leads and listing fees sold to the
business. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, QuestionTopic, understand


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("u got us down for weds for the water heater, could we do monday instead", "en"),
        ("you guys have me tues for the faucet. can we make it thursday instead?", "en"),
        ("tengo cita hoy en la tarde pero me salió algo, ¿se puede mañana?", "es"),
        ("teníamos visita el lunes, ¿se podría el miércoles?", "es"),
    ],
)
def test_a_visit_held_in_shorthand_and_another_day_asked_is_a_reschedule(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my husband booked you guys for the furnace and i can't remember what day it was",
         "en"),
        ("i booked someone for the dishwasher hookup but didn't write it down, when are they "
         "coming", "en"),
        ("is my drain appointment tomorrow? need to tell work", "en"),
        ("can you tell me when you're coming? lost the confirmation text", "en"),
        ("mi esposo agendó con ustedes lo del calentador y no lo apunté, ¿qué día era?", "es"),
    ],
)  # fmt: skip
def test_a_visit_booked_by_the_caller_or_theirs_asked_after_is_a_status_call(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    "text",
    [
        "my wife booked a flight for thursday so can someone come wednesday for the leak",
        "i want to book someone for the leak under the sink",
        "the leak started during school hours, can you send someone",
    ],
)
def test_a_booking_wished_is_no_status_call(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(text, ctx) is not Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("our tenants work during office hours. do your plumbers carry photo id?", "en"),
        ("are your guys background checked? it's a daycare", "en"),
        ("what's your contractor license number?", "en"),
        ("¿sus técnicos están certificados?", "es"),
        ("¿aceptan transferencias o nomás efectivo?", "es"),
        ("¿me pueden dar su número de licencia?", "es"),
    ],
)
def test_people_papers_and_payment_asked_are_questions_for_the_owner(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    u = understand(text, ctx(language=language))
    assert u.intent is not None and u.intent.value is Intent.QUESTION, text
    assert u.question is not None and u.question.value is QuestionTopic.OTHER, text


def test_hours_asked_are_still_the_business_hours(ctx: Callable[..., Context]) -> None:
    for text in ("what are your hours on saturday?", "hours this week?"):
        u = understand(text, ctx())
        assert u.question is not None and u.question.value is QuestionTopic.HOURS, text


def test_a_length_of_time_in_hours_asks_nothing(ctx: Callable[..., Context]) -> None:
    u = understand("the water has been running for 3 hours, can someone come", ctx())
    assert u.question is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("we send plumbers exclusive water heater leads, $30 per lead, want a trial?", "en"),
        ("we sell roofers pre-qualified storm damage leads in your area", "en"),
        ("URGENT: your Google Business listing will be deactivated today unless you verify, "
         "$99 fee", "en"),
        ("le mandamos prospectos calificados a plomeros de su zona", "es"),
        ("URGENTE: su perfil de Google será suspendido hoy, nuestro equipo lo arregla", "es"),
    ],
)  # fmt: skip
def test_leads_and_listing_fees_sold_to_the_business_are_sales(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    u = understand(text, ctx(language=language))
    intents = {u.intent.value if u.intent else None, *u.other_intents}
    assert Intent.SALES in intents, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("need a lead pipe replaced in the basement", "en"),
        ("the hot water leads to the heater are corroded", "en"),
        ("saw your listing on google maps, the kitchen drain is clogged", "en"),
        ("los encontré en google maps, se tapó el drenaje", "es"),
    ],
)
def test_a_customer_naming_lead_pipes_or_google_maps_is_no_sales_call(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is not Intent.SALES, text
