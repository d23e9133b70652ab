"""A visit on file moved, checked or asked after in the same breath as the caller's plans
(a storm, a work shift, an errand): the business's own visit told back to it ("you have
someone coming Thursday"), a Spanish request to move it said outright ("cámbiemela"), its
hour asked with its day ("¿a qué hora llegan mañana?"), and its exact hour wanted ("my wife
wants to know what time"). Then wrong numbers said other ways, and the town a service-area
question names. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.place_asked import place_asked


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("you guys have a plumber coming thursday but they moved my shift, could we do friday "
         "at 1", "en"),
        ("y'all got somebody scheduled for tomorrow morning, my kid is sick, can we do "
         "monday instead", "en"),
        ("tengo una cita el jueves pero me toca trabajar, muévamela para el lunes", "es"),
        ("tenemos la visita mañana y viene la lluvia, mejor cámbienmela para el sábado", "es"),
        ("tengo cita hoy, reprográmela para la semana que entra por favor", "es"),
        ("la cita del martes no la puedo, pásemela para el miércoles a las diez", "es"),
    ],
)  # fmt: skip
def test_a_visit_moved_around_the_callers_plans_is_a_reschedule(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE, text


def test_the_new_time_is_kept_not_the_visits_own(ctx: Callable[..., Context]) -> None:
    u = understand(
        "you have a tech coming tomorrow at 10 but i got called in, can we do friday at 3",
        ctx(),
    )
    assert u.time is not None
    assert (u.time.value.earliest.weekday(), u.time.value.earliest.hour) == (4, 15)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("what time will your guy get here tomorrow, i work nights", "en"),
        ("when do you show up today? need to run to the store", "en"),
        ("when will your crew be here on friday, the dog has to be put away", "en"),
        ("i have the electrician coming thursday, my husband needs to know what time", "en"),
        ("we got a guy coming tomorrow for the drain, what time should i expect him", "en"),
        ("¿cuándo llegan el viernes? tengo que recoger a los niños", "es"),
        ("oiga, ¿a qué hora vienen hoy a mi casa?", "es"),
    ],
)
def test_the_visits_hour_asked_with_its_day_is_a_status(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a new visit asked for, not one on file
        ("when can you come out tomorrow", "en"),
        ("what time could someone come tomorrow for a clog", "en"),
        ("¿a qué hora pueden venir mañana?", "es"),
        # the days the business works, asked of days in general
        ("when do you come out fridays", "en"),
        # someone else's visit, no reschedule: "do you have someone" asks of us
        ("do you have someone coming out this way tomorrow", "en"),
        # the old heater replaced, not a visit moved; a parting wish
        ("el calentador ya no sirve, cámbielo por uno nuevo", "es"),
        ("gracias, que la pase bien", "es"),
        # a time wanted for a new visit
        ("i want to know what time works for you tomorrow for a drain cleaning", "en"),
    ],
)
def test_look_alikes_are_no_account_call(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    intent = _intent(text, ctx, language)
    assert intent not in {Intent.RESCHEDULE, Intent.APPOINTMENT_STATUS, Intent.CANCEL}, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("oops you texted the wrong person", "en"),
        ("my bad, wrong chat", "en"),
        ("sorry i meant to message my landlord", "en"),
        ("that wasn't meant for you, sorry!", "en"),
        ("disculpe, me equivoqué de número", "es"),
        ("perdón, número incorrecto", "es"),
    ],
)
def test_a_wrong_number_said_other_ways(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.WRONG_NUMBER, text


@pytest.mark.parametrize(
    "text",
    [
        "the tech you sent was the wrong person for the job",
        "i meant to call yesterday about the leak",
        "you have the wrong address on my account",
    ],
)
def test_look_alikes_are_no_wrong_number(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(text, ctx) is not Intent.WRONG_NUMBER, text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("do y'all service Parker?", "Parker"),
        ("would you come out to commerce city for a panel", "Commerce City"),
        ("do you go as far as Spring?", "Spring"),
        ("¿trabajan en Baytown también?", "Baytown"),
        ("¿llegan hasta Cypress?", "Cypress"),
    ],
)
def test_the_town_a_service_area_question_names(text: str, place: str) -> None:
    assert place_asked(normalise(text).text) == place


@pytest.mark.parametrize(
    "text",
    [
        "do you come out to my house",
        "would you come out that far",
        "do you service all of the metro",
        "¿vienen hasta acá?",
    ],
)
def test_no_town_named(text: str) -> None:
    assert place_asked(normalise(text).text) is None
