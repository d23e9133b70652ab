"""Spanish-speaking callers: trade words mapped to the catalogue, the job in hand after what was
done before, a replacement that is not a reschedule, and Spanish time words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Hazard,
    Intent,
    Polarity,
    QuestionTopic,
    ServiceOption,
    understand,
)
from switchboard.assistant.understanding.hazards import confirms
from switchboard.assistant.understanding.meaning import default_model
from switchboard.assistant.understanding.normalise import normalise

# A Houston plumber whose catalogue is in Spanish, with a few English keywords besides.
PLOMERO = (
    ServiceOption("drain", "Destape de drenaje", ("drenaje", "tapado", "destape", "drain")),
    ServiceOption("water_heater", "Calentador de agua", ("calentador", "water heater")),
    ServiceOption("leak", "Reparación de fugas", ("fuga", "gotea", "tubería", "leak")),
    ServiceOption("toilet", "Reparación de inodoro", ("inodoro", "taza", "baño", "toilet")),
)
ELECTRIC = (
    ServiceOption("panel", "Panel upgrade", ("panel", "breaker", "tripping")),
    ServiceOption("outlet", "Outlet and switch repair", ("outlet", "switch", "plug")),
    ServiceOption("lighting", "Lighting install", ("light", "lights", "fixture", "ceiling fan")),
)
HVAC = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "boiler")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling")),
)


@pytest.mark.parametrize(
    ("text", "catalogue", "service"),
    [
        # A room said as a place is not the toilet that shares its name.
        ("la tina del baño de arriba se llena de agua y tarda horas en irse", PLOMERO, "drain"),
        ("el lavamanos del baño no drena bien", PLOMERO, "drain"),
        ("se tapó la coladera de la cocina", PLOMERO, "drain"),
        # The verb first in Spanish, the fixture still decides.
        ("se tapó la taza otra vez", PLOMERO, "toilet"),
        ("el baño está tapado", PLOMERO, "toilet"),
        # "Gotea ... y ya no cierra": the drip is not undone by what follows the "y".
        ("la mezcladora del fregadero gotea y ya no cierra", PLOMERO, "leak"),
        # Mexican electrical words with an English catalogue.
        ("los contactos de la sala no dan luz", ELECTRIC, "outlet"),
        ("el apagador del pasillo ya no sirve", ELECTRIC, "outlet"),
        ("se bota la pastilla cada vez que prendo el microondas", ELECTRIC, "panel"),
        ("quiero poner un ventilador de techo en la recámara", ELECTRIC, "lighting"),
        ("el minisplit de la recámara no enfría", HVAC, "ac"),
    ],
)
def test_spanish_trade_words_reach_the_catalogue(
    ctx: Callable[..., Context], text: str, catalogue: tuple[ServiceOption, ...], service: str
) -> None:
    u = understand(text, ctx(services=catalogue, language="es"))
    assert u.service is not None, text
    assert u.service.value == service


def test_what_was_done_before_is_history_and_the_job_comes_after_ahora(
    ctx: Callable[..., Context],
) -> None:
    u = understand(
        "el año antepasado ustedes nos pusieron el calentador, ahora hay una fuga en la "
        "tubería del patio",
        ctx(services=PLOMERO, language="es"),
    )
    assert u.service is not None and u.service.value == "leak"
    u = understand(
        "ustedes me destaparon el drenaje, ahora gotea la tubería debajo del fregadero",
        ctx(services=PLOMERO, language="es"),
    )
    assert u.service is not None and u.service.value == "leak"


def test_replacing_an_appliance_is_not_a_reschedule(ctx: Callable[..., Context]) -> None:
    u = understand(
        "el calentador ya está viejo y quiero cambiarlo antes de que falle",
        ctx(services=PLOMERO, language="es"),
    )
    assert u.intent is not None and u.intent.value is Intent.NEW_JOB
    assert Intent.RESCHEDULE not in u.other_intents


@pytest.mark.parametrize(
    "text", ["tengo una cita el lunes, ¿la puedo cambiar?", "quiero moverla al jueves"]
)
def test_moving_the_visit_is_still_a_reschedule(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(services=PLOMERO, language="es"))
    assert u.intent is not None and u.intent.value is Intent.RESCHEDULE


def test_la_otra_semana_is_next_week(ctx: Callable[..., Context]) -> None:
    # Tuesday 24 November 2026: next week starts Monday the 30th.
    u = understand("la otra semana, cuando tengan lugar", ctx(language="es"))
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 11, 30)


def test_after_school_said_in_spanish_is_mid_afternoon(ctx: Callable[..., Context]) -> None:
    u = understand("mañana después de que salgan los niños de la escuela", ctx(language="es"))
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 11, 25)
    assert u.time.value.after is not None and u.time.value.after.hour == 15


# Hazards described in everyday Spanish, found by the rules alone (no meaning model).
def _rules(ctx: Callable[..., Context], **overrides: object) -> Context:
    return ctx(language="es", meaning=None, **overrides)


@pytest.mark.parametrize(
    ("text", "trades", "hazard"),
    [
        (
            "se rompió algo junto a la banqueta y brota el agua como fuente, ya se está "
            "metiendo a la sala",
            ("plumbing",),
            Hazard.FLOODING,
        ),
        ("está saliendo agua a chorros del tubo del patio", ("plumbing",), Hazard.FLOODING),
        ("el excusado está echando caca al piso del baño", ("plumbing",), Hazard.SEWAGE_BACKUP),
        ("sale agua café con papel por la coladera", ("plumbing",), Hazard.SEWAGE_BACKUP),
        (
            "se ve lumbre en la acometida y se oyen tronidos",
            ("electrical",),
            Hazard.ELECTRICAL_FIRE,
        ),
        ("el contacto de la cocina está echando humo", ("electrical",), Hazard.ELECTRICAL_FIRE),
        (
            "la caldera está tirando hollín y a mi esposa le duele la cabeza",
            ("hvac",),
            Hazard.CARBON_MONOXIDE,
        ),
    ],
)
def test_hazards_in_everyday_spanish(
    ctx: Callable[..., Context], text: str, trades: tuple[str, ...], hazard: Hazard
) -> None:
    u = understand(text, _rules(ctx, trades=trades))
    assert hazard in [h.value for h in u.hazards], text
    assert u.emergency is not None and u.emergency.value is True


def test_no_cooling_with_a_grandmother_at_a_hundred_degrees(ctx: Callable[..., Context]) -> None:
    u = understand(
        "el clima dejó de enfriar y adentro hay 100 grados, mi abuelita vive conmigo",
        _rules(ctx, trades=("hvac",)),
    )
    assert Hazard.NO_AC_EXTREME_HEAT in [h.value for h in u.hazards]


def test_soot_without_anyone_ill_is_one_question_not_a_page(ctx: Callable[..., Context]) -> None:
    u = understand("hay hollín alrededor de la caldera", _rules(ctx, trades=("hvac",)))
    assert not u.hazards
    assert u.triage is not None and u.triage.value is Hazard.CARBON_MONOXIDE


@pytest.mark.parametrize(
    "text",
    [
        "me da miedo que el calentador explote algún día, quiero cambiarlo antes",
        "se fundió el foco del pasillo",
        "el clima no enfría muy bien, cuando puedan",
    ],
)
def test_routine_spanish_calls_are_not_emergencies(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(language="es", trades=("plumbing", "electrical", "hvac")))
    assert not u.hazards
    assert u.emergency is None or u.emergency.value is False


@pytest.mark.parametrize(
    "text", ["no sé dónde se cierra el agua", "ya busqué la llave y no la encuentro"]
)
def test_not_finding_the_shutoff_confirms_the_water_is_still_coming(text: str) -> None:
    assert confirms(Hazard.FLOODING, normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "¿ustedes van hasta Pasadena? vivo cerca del hospital",
        "¿dan servicio por el lado de Sugar Land?",
        "quería saber si trabajan por la zona de Katy",
    ],
)
def test_service_area_asked_in_spanish(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(language="es"))
    assert u.question is not None and u.question.value is QuestionTopic.SERVICE_AREA


@pytest.mark.parametrize(
    "text",
    [
        "¿qué garantía tienen en las reparaciones?",
        "¿aceptan tarjeta de crédito?",
        "¿están asegurados?",
    ],
)
def test_other_questions_asked_in_spanish(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(language="es"))
    assert u.intent is not None and u.intent.value is Intent.QUESTION
    assert u.question is not None


@pytest.mark.parametrize(
    "text",
    [
        "se me olvidó a qué hora quedaron que llegaba el técnico",
        "¿qué día es mi cita?",
        "no me acuerdo cuándo me dijeron que venían",
    ],
)
def test_asking_when_the_visit_is_in_spanish(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(language="es"))
    intents = [u.intent.value if u.intent else None, *u.other_intents]
    assert Intent.APPOINTMENT_STATUS in intents, text


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("el cuatro diez de la calle west seventy fifth street", "410 West 75th Street"),
        ("mil doscientos de la avenida east 31st street en houston", "1200 East 31st Street"),
    ],
)
def test_a_numbered_street_said_the_spanish_way_keeps_its_number(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS, language="es"))
    assert u.address is not None
    assert u.address.value.line1 == line1


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("el jueves a las tres y media", 15, 30),
        ("mañana a las nueve y cuarto", 9, 15),
        ("el viernes a las dos menos cuarto de la tarde", 13, 45),
    ],
)
def test_minutes_said_the_spanish_way(
    ctx: Callable[..., Context], text: str, hour: int, minute: int
) -> None:
    u = understand(text, ctx(language="es", expecting=Expecting.TIME))
    assert u.time is not None
    start = u.time.value.earliest
    assert (start.hour, start.minute) == (hour, minute)


@pytest.mark.parametrize(
    ("text", "part"),
    [("pasado mañana tempranito", "morning"), ("hoy en la tardecita", "afternoon")],
)
def test_diminutive_parts_of_the_day(ctx: Callable[..., Context], text: str, part: str) -> None:
    u = understand(text, ctx(language="es", expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.part_of_day is not None
    assert u.time.value.part_of_day.value == part


@pytest.mark.parametrize("text", ["órale", "ándale pues", "sale pues", "así está bien"])
def test_everyday_spanish_yes(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(language="es", expecting=Expecting.CONFIRMATION))
    assert u.polarity is not None and u.polarity.value is Polarity.YES


def test_sale_agua_is_not_a_yes(ctx: Callable[..., Context]) -> None:
    u = understand("sale agua del tubo", ctx(language="es", expecting=Expecting.CONFIRMATION))
    assert u.polarity is None or u.polarity.value is not Polarity.YES


@pytest.mark.parametrize("text", ["no, me equivoqué, el miércoles", "más bien el lunes"])
def test_spanish_self_corrections(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(language="es", expecting=Expecting.CONFIRMATION))
    assert u.polarity is not None and u.polarity.value is Polarity.CORRECTION


# The meaning model, with Spanish examples of its own: a dead circuit or a slow shower is a
# booking without a safety question; water filling a room is worth one.
@pytest.mark.parametrize(
    "text",
    [
        "en la recámara de atrás ningún contacto funciona, pero las pastillas están arriba",
        "el agua de la regadera se queda estancada mucho rato después de bañarnos",
    ],
)
def test_routine_spanish_repairs_get_no_safety_question(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(language="es", meaning=default_model(), trades=("electrical",)))
    assert not u.hazards and u.triage is None, text


def test_water_filling_a_room_in_spanish_is_at_least_asked_about(
    ctx: Callable[..., Context],
) -> None:
    u = understand(
        "la lavadora tiró agua y se está llenando la cocina, no para",
        ctx(language="es", meaning=default_model()),
    )
    assert Hazard.FLOODING in [h.value for h in u.hazards] or (
        u.triage is not None and u.triage.value is Hazard.FLOODING
    )
