"""What a caller wants when it is not a new visit: a visit on file named by its job and day,
moved or its time lost track of; a place on the crew asked after for someone; how far the
business goes, pointing at the place just named; which days it works. Every line here was
written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, QuestionTopic, understand


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


def _topic(text: str, ctx: Callable[..., Context], language: str = "en") -> QuestionTopic | None:
    u = understand(text, ctx(language=language))
    return u.question.value if u.question else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hey it's dana, the drain cleaning that's set for thursday, could you do friday "
         "morning instead? my kid has a recital", "en"),
        ("can tomorrow's faucet install be done wednesday? work called me in", "en"),
        ("the water heater repair you have me down for monday, could we do tuesday at 2", "en"),
        ("la limpieza del drenaje que tengo para el jueves, ¿se puede el viernes a las 10?",
         "es"),
        ("la cita del lunes, ¿la pueden hacer el martes mejor? tengo que ir al doctor", "es"),
    ],
)  # fmt: skip
def test_a_visit_named_by_its_job_and_day_with_another_time_is_a_reschedule(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    "text",
    [
        # a visit wanted, not one on file
        "i need a drain cleaning for tomorrow, can you do 9am?",
        # someone else's visit, told as a reason
        "my neighbor's drain cleaning was scheduled for tomorrow, can you do friday for mine",
    ],
)
def test_a_visit_wanted_or_someone_elses_is_no_reschedule(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx) is not Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i've got one of your plumbers coming out this week but i wrote the time down and "
         "now i can't find it", "en"),
        ("the toilet repair that's scheduled for friday, i deleted the text with the time", "en"),
        ("uno de sus plomeros viene a mi casa pero perdí el papelito donde apunté la hora", "es"),
        ("la reparación del calentador que me dieron para el jueves, borré el mensaje con la "
         "hora", "es"),
    ],
)  # fmt: skip
def test_a_visit_whose_time_was_lost_track_of_asks_when_it_is(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.APPOINTMENT_STATUS, text


def test_something_else_lost_is_no_question_about_a_visit(ctx: Callable[..., Context]) -> None:
    text = "i wrote down where it drips and can't find the leak, can someone come tomorrow"
    assert _intent(text, ctx) is not Intent.APPOINTMENT_STATUS


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("calling for my grandson, he just finished trade school, is your boss taking on any "
         "apprentices", "en"),
        ("my nephew's looking to learn the trade, do you guys need a helper this summer", "en"),
        ("is there any work for my son? he's got his journeyman card", "en"),
        ("le llamo por mi nieto, acaba de terminar la escuela, ¿están aceptando aprendices?",
         "es"),
        ("¿habrá trabajo para mi sobrino? es muy trabajador", "es"),
    ],
)  # fmt: skip
def test_a_place_on_the_crew_asked_after_for_someone_is_a_job_enquiry(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.JOB_APPLICANT, text


@pytest.mark.parametrize(
    "text",
    [
        "the apprentice you sent last time left a mess and the toilet is still running",
        "i need a plumber for my son's house, his water heater is leaking",
    ],
)
def test_a_helper_met_or_a_plumber_wanted_is_no_job_enquiry(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx) is not Intent.JOB_APPLICANT, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i live down in belton and my kitchen drain is clogged, do you folks come out this far",
         "en"),
        ("we're out past the lake in raymore, is that too far for you?", "en"),
        ("vivo en Grandview y se me tapó el drenaje, ¿llegan hasta acá?", "es"),
        ("estoy en Liberty, ¿les queda muy lejos?", "es"),
    ],
)  # fmt: skip
def test_how_far_the_business_goes_is_a_service_area_question(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _topic(text, ctx, language) is QuestionTopic.SERVICE_AREA, text


def test_someone_wanted_out_here_is_no_service_area_question(
    ctx: Callable[..., Context],
) -> None:
    assert _topic("can someone come out here today? the drain is backed up", ctx) is not (
        QuestionTopic.SERVICE_AREA
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("do you do drain cleanings on sundays, or only during the week? i'm off sundays", "en"),
        ("does your crew work weekends? the faucet drips, no rush", "en"),
        ("¿hacen mantenimientos los domingos o nada más entre semana?", "es"),
        ("¿atienden en sábado? se tapó el fregadero pero no es urgente", "es"),
    ],
)
def test_days_asked_of_in_general_are_an_hours_question(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _topic(text, ctx, language) is QuestionTopic.HOURS, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("do you have anything saturday for a drain cleaning", "en"),
        ("¿vienen el domingo a destapar el drenaje?", "es"),
    ],
)
def test_one_day_wished_for_is_no_hours_question(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _topic(text, ctx, language) is not QuestionTopic.HOURS, text
