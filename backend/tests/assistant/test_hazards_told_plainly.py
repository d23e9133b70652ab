"""Hazards told in a first-timer's plain words: carbon monoxide by the household's illness
after an alarm the caller silenced; a service line down in the yard; a pipe "tronado" and a
carpet soaked, said verb first; the cold in numbers (the apartment read out, the night's low
forecast); the heating named only by what it fails to do. English and Spanish, each with the
look-alikes that must not page. Every sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Expecting, Hazard, understand
from switchboard.assistant.understanding.hazards import confirms
from switchboard.assistant.understanding.meaning import default_model
from switchboard.assistant.understanding.normalise import normalise

NYC = ZoneInfo("America/New_York")
NOW = datetime(2049, 1, 14, 7, 30, tzinfo=NYC)
MODEL = default_model()


def _context(trades: tuple[str, ...], language: str = "en", model: bool = False) -> Context:
    return Context(
        now=NOW,
        timezone="America/New_York",
        trades=trades,
        language=language,
        meaning=MODEL if model else None,
    )


def hazards(text: str, trades: tuple[str, ...] = ("hvac",), model: bool = False) -> set[Hazard]:
    return {h.value for h in understand(text, _context(trades, model=model)).hazards}


@pytest.mark.parametrize(
    "text",
    [
        "we all woke up sick to our stomachs with headaches, the alarm by the stairs was going off "
        "overnight and I unplugged it because I figured it was broken",
        "my son has a bad headache this morning and the detector went off a few times overnight",
        "I feel dizzy and nauseous, that plug in detector kept beeping so I pulled the batteries "
        "out of it",
        "amanecimos con dolor de cabeza y la alarma estuvo pitando toda la noche, la desconecté",
    ],
)
def test_ill_now_after_an_alarm_silenced_or_in_the_night_is_carbon_monoxide(text: str) -> None:
    assert Hazard.CARBON_MONOXIDE in hazards(text)


@pytest.mark.parametrize(
    "text",
    [
        # No one ill.
        "the alarm was beeping last night so I unplugged it, can someone check the furnace",
        # Ill, but the alarm is long past.
        "last year the alarm went off and I had headaches, it turned out to be the furnace",
        # Ill, and no alarm at all.
        "my daughter threw up last night, and the furnace makes a rattle",
    ],
)
def test_an_alarm_or_an_illness_alone_is_not_carbon_monoxide(text: str) -> None:
    assert Hazard.CARBON_MONOXIDE not in hazards(text)


def test_a_fault_the_caller_only_believed_clears_nothing() -> None:
    text = (
        "we all have headaches this morning and the alarm was beeping last night, I unplugged "
        "it thinking it was broken"
    )
    assert Hazard.CARBON_MONOXIDE in hazards(text, model=True)


@pytest.mark.parametrize(
    "text",
    [
        "The wire that runs from the pole to the house came down in the storm and it's lying "
        "across the back yard, it's popping",
        "the cable from the pole to our garage fell down",
        "there's a wire laying in the front yard since the wind last night",
        "el cable de la luz del poste se cayó y está tirado en el patio",
    ],
)
def test_a_line_down_is_a_shock_hazard(text: str) -> None:
    assert Hazard.ELECTRICAL_SHOCK in hazards(text, ("electrical",))


@pytest.mark.parametrize(
    "text",
    [
        "the line from the pole to the house is sagging a bit, can someone look at it",
        "I want the cable from the street moved underground",
    ],
)
def test_a_line_in_place_is_not_down(text: str) -> None:
    assert Hazard.ELECTRICAL_SHOCK not in hazards(text, ("electrical",))


@pytest.mark.parametrize(
    "text",
    [
        "está tronado el tubo del calentador y sale un chorro",
        "se nos tronó la tubería del baño",
        "se salió el agua y ya está toda mojada la alfombra de la recámara",
    ],
)
def test_a_burst_and_a_soaked_carpet_said_plainly_in_spanish(text: str) -> None:
    context = _context(("plumbing",), language="es")
    assert Hazard.FLOODING in {h.value for h in understand(text, context).hazards}


@pytest.mark.parametrize(
    "text",
    [
        "la semana pasada se tronó un tubo pero ya lo arreglaron, quiero revisar el calentador",
        "la regadera sale con un chorrito muy débil",
    ],
)
def test_spanish_burst_put_right_or_a_weak_trickle_does_not_page(text: str) -> None:
    context = _context(("plumbing",), language="es")
    assert Hazard.FLOODING not in {h.value for h in understand(text, context).hazards}


@pytest.mark.parametrize(
    "text",
    [
        "my tenant has a newborn and the heat hasn't come on since last night, the apartment is "
        "like fifty one",
        "the heat hasn't come on since this morning and our house is down to 48, my dad is 90",
    ],
)
def test_the_home_read_out_in_degrees_is_cold(text: str) -> None:
    assert Hazard.NO_HEAT_FREEZING in hazards(text)


def test_a_home_age_is_not_a_reading() -> None:
    text = "the house is 40 years old and the heat hasn't come on since yesterday, my mom is 85"
    assert Hazard.NO_HEAT_FREEZING not in hazards(text)


@pytest.mark.parametrize(
    "text",
    [
        "yeah it's supposed to go down to ten tonight and I'm not there",
        "there's a low of 12 tomorrow",
        "dicen que va a bajar a 20 grados en la noche",
    ],
)
def test_a_freezing_forecast_answers_the_cold_question(text: str) -> None:
    assert confirms(Hazard.NO_HEAT_FREEZING, normalise(text))


@pytest.mark.parametrize("text", ["it's supposed to be 60 tomorrow", "the low is 45 tonight"])
def test_a_mild_forecast_does_not(text: str) -> None:
    assert not confirms(Hazard.NO_HEAT_FREEZING, normalise(text))


def test_heat_that_has_not_come_on_is_asked_about_the_cold() -> None:
    text = (
        "my tenant upstairs has a three week old baby and the heat hasn't come on since last night"
    )
    u = understand(text, _context(("hvac",), model=True))
    asked = u.triage.value if u.triage is not None else None
    assert Hazard.NO_AC_EXTREME_HEAT not in {h.value for h in u.hazards}
    assert asked in {None, Hazard.NO_HEAT_FREEZING}


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("es el cuatro mil ciento doce de la airline drive houston", "4112 Airline Drive"),
        ("vivo en el 2300 de la Westheimer Road", "2300 Westheimer Road"),
        # A "La" said without "de" is the street's own.
        ("1200 La Porte Road", "1200 La Porte Road"),
    ],
)
def test_spanish_article_before_a_street_name_is_not_the_name(text: str, street: str) -> None:
    context = Context(
        now=NOW,
        timezone="America/Chicago",
        language="es",
        expecting=Expecting.ADDRESS,
        meaning=None,
    )
    u = understand(text, context)
    assert u.address is not None and u.address.value.line1 == street
