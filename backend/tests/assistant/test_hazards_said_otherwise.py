"""Hazards told in words the older rules missed, and mentions that are no hazard at the
caller's home now: the business's own name, a story about someone else's absence, a visit to
prepare for someone arriving. Every sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.hazards import near_electrics
from switchboard.assistant.understanding.meaning import default_model

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2026, 12, 8, 10, 0, tzinfo=CHI)
MODEL = default_model()


def ctx(
    trades: tuple[str, ...] = ("plumbing",),
    *,
    meaning: bool = False,
    outdoor_temp_f: float | None = None,
    business_name: str = "",
) -> Context:
    return Context(
        now=NOW,
        timezone="America/Chicago",
        trades=trades,
        outdoor_temp_f=outdoor_temp_f,
        business_name=business_name,
        meaning=MODEL if meaning else None,
    )


def hazards(text: str, context: Context) -> set[Hazard]:
    return {h.value for h in understand(text, context).hazards}


@pytest.mark.parametrize(
    ("text", "hazard", "trades", "temp"),
    [
        # The odorant by what it smells like, and gas heard escaping at a fitting.
        ("en la cocina hay un olor a huevos podridos", Hazard.GAS_LEAK, ("plumbing",), None),
        ("se oye un silbido cerca de la linea de gas", Hazard.GAS_LEAK, ("hvac",), None),
        ("there's a hissing sound by the gas valve on the stove", Hazard.GAS_LEAK, ("hvac",), None),
        # Thrown by the current, then a tingle.
        (
            "the outdoor unit knocked me down when I sprayed it and my fingers are still tingling",
            Hazard.ELECTRICAL_SHOCK,
            ("hvac",),
            None,
        ),
        # A line down, in Spanish.
        (
            "se cayeron los cables de la luz y estan tirados en la calle",
            Hazard.ELECTRICAL_SHOCK,
            ("electrical",),
            None,
        ),
        (
            "el cable que viene del poste quedo colgando sobre la cochera",
            Hazard.ELECTRICAL_SHOCK,
            ("electrical",),
            None,
        ),
        (
            "el enchufe de la sala esta echando chispitas",
            Hazard.ELECTRICAL_FIRE,
            ("electrical",),
            None,
        ),
        # A service line broken outside: water welling up by the meter.
        (
            "the grass by our water meter is mushy and water keeps welling up out of it",
            Hazard.FLOODING,
            ("plumbing",),
            None,
        ),
        # No cooling said as "blowing warm", the heat said as degrees inside.
        (
            "my dad is 91 and the ac has been blowing warm all afternoon",
            Hazard.NO_AC_EXTREME_HEAT,
            ("hvac",),
            110.0,
        ),
        (
            "grandma's unit keeps blowing hot and it's 96 inside",
            Hazard.NO_AC_EXTREME_HEAT,
            ("hvac",),
            None,
        ),
    ],
)
def test_hazard_said_in_other_words(
    text: str, hazard: Hazard, trades: tuple[str, ...], temp: float | None
) -> None:
    assert hazard in hazards(text, ctx(trades, outdoor_temp_f=temp))


@pytest.mark.parametrize(
    "later",
    [
        "the washer and the space heater down there are both plugged in",
        "la secadora y el calentador estan enchufados ahi abajo",
    ],
)
def test_a_flood_reaching_plugged_in_appliances_gets_the_electrics_advice(later: str) -> None:
    flood = [Hazard.FLOODING.value]
    assert Hazard.FLOODING_NEAR_ELECTRICS.value in near_electrics(flood, [later])


@pytest.mark.parametrize(
    ("text", "name", "trades"),
    [
        (
            "hi is this Quick Spark Electric? what do you charge for a panel quote",
            "Quick Spark Electric",
            ("electrical",),
        ),
        (
            "is this Emergency Rooter Co? I'd like a faucet swapped next week",
            "Emergency Rooter Co",
            ("plumbing",),
        ),
        (
            "hola, hablo con Chispa Brava Electric? quiero un presupuesto",
            "Chispa Brava Electric",
            ("electrical",),
        ),
    ],
)
def test_the_business_own_name_is_no_hazard(text: str, name: str, trades: tuple[str, ...]) -> None:
    said = understand(text, ctx(trades, meaning=True, business_name=name))
    assert not said.hazards
    assert not (said.emergency and said.emergency.value)


def test_without_its_name_the_same_words_would_alarm() -> None:
    text = "hi is this Quick Spark Electric? what do you charge for a panel quote"
    assert understand(text, ctx(("electrical",))).hazards


@pytest.mark.parametrize(
    "text",
    [
        "the people next door had a pipe burst while they were away at christmas and it flooded "
        "their kitchen, can someone look over our pipes",
        "we're going away for the holidays and want the pipes insulated before we go, the "
        "neighbors had a burst pipe and a flooded basement, here nothing is leaking right now",
    ],
)
def test_someone_elses_past_flood_is_no_emergency(text: str) -> None:
    assert not hazards(text, ctx())


@pytest.mark.parametrize(
    "text",
    [
        "my father is 94 and moves in with us in june, before he gets here I want the ac checked, "
        "nothing is wrong with it right now",
        "our newborn comes home next week so before the baby arrives we want the furnace serviced, "
        "nothing's wrong with the furnace now",
    ],
)
def test_getting_ready_for_someone_vulnerable_is_no_page(text: str) -> None:
    said = understand(text, ctx(("hvac",), meaning=True))
    assert not said.hazards
    assert not (said.emergency and said.emergency.value)


@pytest.mark.parametrize(
    "text",
    [
        "we just got back from a trip, a pipe burst while we were away and there's water all "
        "over the basement",
        "a pipe just burst in the basement can someone come before i leave for work",
        "the laundry room is flooding from the water heater, nothing is leaking upstairs though",
    ],
)
def test_a_flood_now_is_not_talked_down_by_the_story_around_it(text: str) -> None:
    assert Hazard.FLOODING in hazards(text, ctx())


@pytest.mark.parametrize(
    "text",
    [
        "se desbordó la tina y el agua ya está llegando a las extensiones del cuarto",
        "el agua del calentador alcanzó el multicontacto que está en el piso",
        "hay agua cerca de la caja de fusibles en la cochera",
    ],
)
def test_water_reaching_power_strips_and_cords_in_spanish(text: str) -> None:
    assert Hazard.FLOODING_NEAR_ELECTRICS in hazards(text, ctx())
