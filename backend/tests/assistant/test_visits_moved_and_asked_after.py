"""A visit of ours named in passing, then moved by an amount, or its hour asked after; a price
asked as "what does it run"; papers and how long they take asked of the business; Spanish
"do you do this job" verbs. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, QuestionTopic, understand


def _intent(text: str, ctx: Callable[..., Context], language: str) -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the painters aren't done, can we push it 1 week, same time", "en"),
        ("could you bump the faucet install back a couple days", "en"),
        ("we need to postpone it, my mother-in-law is in the hospital", "en"),
        ("got the drain guy coming tmrw at 9 but i got called in. anything later?", "en"),
        ("i have an appointment friday morning for the water heater, can you do monday "
         "instead", "en"),
        ("¿la podemos recorrer una semana? no vamos a estar", "es"),
        ("necesito aplazar la cita, salgo de viaje", "es"),
    ],
)  # fmt: skip
def test_a_visit_moved_by_an_amount_or_named_in_passing_is_a_reschedule(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    "text",
    [
        # asked of us: whether someone can come, a new visit
        "you got someone coming out today? the drain is backed up",
        # the caller's own other appointment, said as a reason
        "i have a dentist appointment friday so can you come monday instead",
        "push the button on the water heater back in for a week?",
    ],
)
def test_a_new_visit_or_something_else_pushed_is_not_a_reschedule(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx, "en") is not Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i can't remember if the drain tech is coming today or tomorrow", "en"),
        ("queria saber a que hora va a llegar el plomero hoy", "es"),
        ("¿cuándo vendrán ustedes? tengo que salir", "es"),
        ("hice una cita la semana pasada y no me acuerdo si era el martes o el jueves", "es"),
    ],
)
def test_a_visit_whose_hour_is_asked_or_forgotten_is_a_status_question(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hicimos una reparación el año pasado y ya gotea otra vez", "es"),
        ("i can't remember when the water heater was installed, it's leaking now", "en"),
    ],
)
def test_a_job_done_before_is_not_a_visit_asked_after(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is not Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("just shopping around, roughly what does it run to put in a new faucet", "en"),
        ("what would a water heater swap set me back", "en"),
        ("what are we looking at for a drain cleaning", "en"),
        ("más o menos ¿cuánto saldría cambiar el calentador?", "es"),
    ],
)
def test_a_price_asked_as_what_it_runs(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    u = understand(text, ctx(language=language))
    assert u.question is not None and u.question.value is QuestionTopic.PRICE, text


@pytest.mark.parametrize(
    "text", ["the sump pump runs all night and the breaker keeps tripping", "what does it do"]
)
def test_something_running_is_not_a_price_question(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.question is None or u.question.value is not QuestionTopic.PRICE, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("our HOA needs a certificate of insurance before you start. can you provide one?", "en"),
        ("how long does that usually take to get?", "en"),
        ("¿nos pueden dar un comprobante de seguro para la administración?", "es"),
        ("¿cuánto tiempo tarda en llegar el papel del seguro?", "es"),
    ],
)
def test_papers_and_waits_asked_of_the_business_are_questions(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    u = understand(text, ctx(language=language))
    assert u.intent is not None and u.intent.value is Intent.QUESTION, text
    assert u.question is not None and u.question.value is QuestionTopic.OTHER, text


def test_sending_someone_is_a_visit_not_a_paper(ctx: Callable[..., Context]) -> None:
    u = understand("can you send someone out tomorrow for the clog", ctx())
    assert u.question is None or u.question.value is not QuestionTopic.OTHER


@pytest.mark.parametrize(
    "text",
    ["¿Limpian drenajes?", "¿ustedes destapan coladeras?", "¿le dan mantenimiento a boilers?",
     "¿cambian calentadores de paso?"],
)  # fmt: skip
def test_spanish_job_verbs_ask_whether_the_job_is_done(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(language="es"))
    assert u.question is not None and u.question.value is QuestionTopic.SERVICE_OFFERED, text


@pytest.mark.parametrize(
    "text", ["el drenaje se tapa y los de antes no limpian bien", "los tubos se limpian solos"]
)
def test_spanish_job_verbs_said_of_something_else_ask_nothing(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(language="es"))
    assert u.question is None or u.question.value is not QuestionTopic.SERVICE_OFFERED, text


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("the plumber is supposed to come at 2 today, any chance he can come earlier", "en",
         Intent.RESCHEDULE),
        ("tengo cita mañana con ustedes pero me salió un trabajo, ¿se puede pasar al lunes?",
         "es", Intent.RESCHEDULE),
        ("is someone still coming today? nobody called", "en", Intent.APPOINTMENT_STATUS),
        ("no need to come out anymore, it started working again", "en", Intent.CANCEL),
        ("ya no es necesario que vengan, ya quedó", "es", Intent.CANCEL),
        ("ya no vamos a necesitar la visita, lo arregló mi cuñado", "es", Intent.CANCEL),
    ],
)  # fmt: skip
def test_a_booked_visit_moved_checked_or_called_off_in_other_words(
    ctx: Callable[..., Context], text: str, language: str, intent: Intent
) -> None:
    assert _intent(text, ctx, language) is intent, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("no need to come out today, tomorrow works better for the clog", "en"),
        ("can you come earlier than noon? the sink is clogged", "en"),
        ("is anyone available today? my drain is clogged", "en"),
        ("ya no es necesario que me llamen, les escribo", "es"),
    ],
)
def test_a_new_visit_or_a_message_is_not_called_off_or_moved(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) not in {
        Intent.CANCEL,
        Intent.RESCHEDULE,
        Intent.APPOINTMENT_STATUS,
    }, text
