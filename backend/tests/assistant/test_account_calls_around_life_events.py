"""Known callers' account calls told as a story: a visit on file with a family emergency, the
road or the weather in its way, or nobody home, is moved; with someone else's tradesman come,
cancelled; its day and time asked while arranging who lets the crew in is a status. The same
stories from a caller with nothing booked ask for nothing of the kind, and a family emergency
is never a hazard. Then the names such callers give ("bueno, sí, habla ...", "... queria
confirmar") and an hour said with its part of the day after a weekday. Every line here was
written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from switchboard.assistant.understanding import Context, Expecting, Intent, understand


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a family emergency
        ("you guys are coming tomorrow for the drain but my dad was rushed to the ER last "
         "night", "en"),
        ("we got the plumber coming friday but my daughter went into labor this morning", "en"),
        ("y'all have us down for tomorrow, my wife is having the baby", "en"),
        ("I've got the water heater install tomorrow at 9 but my son woke up with a fever", "en"),
        ("tengo una cita mañana pero a mi mamá la internaron anoche", "es"),
        ("tenemos la visita del plomero el jueves pero mi esposa está en labor de parto", "es"),
        ("tengo la cita el viernes pero mi niño tiene fiebre y lo llevo al doctor", "es"),
        # the road
        ("I have you coming tomorrow at 10 but the highway is closed and I'm stuck in Vail",
         "en"),
        ("my appointment is tomorrow but my flight got delayed", "en"),
        ("tengo cita mañana pero cerraron la carretera y estoy atorado en Flagstaff", "es"),
        # the weather on the job
        ("y'all are coming out Monday but the roads are iced over", "en"),
        ("you're supposed to come fix the roof tomorrow but they're calling for sleet and I "
         "don't want anybody up there", "en"),
        # nobody home
        ("you guys are supposed to come tomorrow but nobody is going to be home", "en"),
        ("tengo la cita el lunes pero no va a haber nadie en la casa", "es"),
    ],
)  # fmt: skip
def test_a_visit_on_file_with_life_in_its_way_is_moved(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.RESCHEDULE, text


def test_the_visit_named_with_the_work_it_comes_for_is_on_file(
    ctx: Callable[..., Context],
) -> None:
    text = (
        "y'all are supposed to come do my roof inspection this morning but we got ice all "
        "over everything and i don't want nobody falling off my roof"
    )
    assert _intent(text, ctx) is Intent.RESCHEDULE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the landlord already sent his own plumber so I have to cancel tomorrow", "en"),
        ("I have the drain cleaning tomorrow but the landlord sent his guy over this morning",
         "en"),
        ("tengo cita el jueves pero el casero ya mandó a su plomero", "es"),
        ("tengo una cita con ustedes mañana pero el dueño de la casa ya mandó a su técnico hoy "
         "y ya quedó", "es"),
        ("tengo cita el jueves pero ya vino otro técnico", "es"),
    ],
)  # fmt: skip
def test_a_visit_on_file_someone_elses_tradesman_came_for_is_cancelled(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.CANCEL, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the other tradesman did not fix it: still wanted
        ("I have you guys coming tomorrow but the landlord sent his guy and he couldn't fix it",
         "en"),
        ("tengo cita el jueves, el casero mandó a su plomero pero no pudo", "es"),
    ],
)  # fmt: skip
def test_someone_elses_tradesman_who_failed_cancels_nothing(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is not Intent.CANCEL, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # nothing on file: the story frames a new visit
        ("my mom just got admitted to the hospital and her furnace is out, can someone go over "
         "tomorrow", "en"),
        ("the road to my house is closed so come in from the north side, I need a drain "
         "cleaned", "en"),
        ("nobody is home during the day, can you come after 5", "en"),
        ("no hay nadie en la casa en la mañana, pueden venir en la tarde", "es"),
        ("my flight got cancelled so I'm home all week, can someone come look at the water "
         "heater", "en"),
        ("el dueño mandó a su plomero y no pudo, necesito que vengan", "es"),
    ],
)  # fmt: skip
def test_the_same_stories_with_nothing_on_file_move_nothing(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) not in {Intent.RESCHEDULE, Intent.CANCEL}, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hey its marcus, i got the furnace appointment tomorrow but my wife went into labor",
         "en"),
        ("tengo la cita mañana pero mi bebé amaneció con fiebre y la llevo al pediatra", "es"),
        ("you have someone coming today but my husband is in the hospital", "en"),
    ],
)  # fmt: skip
def test_a_family_emergency_is_no_hazard(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    u = understand(text, ctx(language=language))
    assert not (u.emergency and u.emergency.value), text
    # An account call: the engine asks no triage question of it.
    assert u.intent is not None and u.intent.value is Intent.RESCHEDULE, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("what day/time is my AC appointment again? need to make sure my mom is there", "en"),
        ("what day and time is our visit", "en"),
        ("queria confirmar si siempre viene el tecnico para lo del aire y a que hora", "es"),
        ("¿siempre sí vienen mañana los muchachos?", "es"),
        ("nomás para saber si todavía va a venir el plomero hoy", "es"),
    ],
)
def test_the_visits_day_asked_while_arranging_the_door_is_a_status(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("what day/time works for you guys?", "en"),
        # a condition, not a question about the visit
        ("si viene el plomero mañana, que revise el lavabo también", "es"),
    ],
)
def test_days_and_comings_asked_otherwise_are_no_status(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _intent(text, ctx, language) is not Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bueno sí habla ernesto galindo tengo una cita con ustedes mañana", "Ernesto Galindo"),
        ("aló, sí, habla marisol ibáñez, tengo la visita del jueves", "Marisol Ibáñez"),
        ("buenos dias habla rogelio fuentes queria confirmar si siempre viene el tecnico",
         "Rogelio Fuentes"),
        ("buenas tardes habla ofelia carranza quisiera saber a qué hora llegan",
         "Ofelia Carranza"),
        ("pongalo a nombre de ella porque ella va a estar en la casa, guadalupe soto",
         "Guadalupe Soto"),
        ("put it under my mom's name because she'll be home, Loretta Haskins",
         "Loretta Haskins"),
    ],
)  # fmt: skip
def test_names_as_such_callers_give_them(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx(language="es" if "habla" in text or "nombre" in text else "en"))
    assert u.name is not None and u.name.value == name, text


@pytest.mark.parametrize(
    "text",
    [
        "put it under her name because she will be home all day",
        "a nombre de ella porque ella va a estar en la casa toda la tarde",
    ],
)
def test_a_reason_is_no_name(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is None, text


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("can we push it to next tuesday like nine in the morning", (2026, 12, 1, 9)),
        ("tuesday 9 in the morning", (2026, 12, 1, 9)),
        ("thursday like two in the afternoon", (2026, 11, 26, 14)),
        # a day of the month said as such stays a date
        ("tuesday the 8th in the morning", (2026, 12, 8, 8)),
    ],
)
def test_an_hour_with_its_part_of_the_day_after_a_weekday_is_the_hour(
    ctx: Callable[..., Context], text: str, when: tuple[int, int, int, int]
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    start = u.time.value.earliest
    assert (start.year, start.month, start.day, start.hour) == when, text
    assert start <= datetime(2027, 1, 1, tzinfo=start.tzinfo)
