"""Hazards told around the words a rule looks for: sewage in shorthand ("w/ toilet paper"),
water onto breakers spelled by ear, a household counted ill ("4 of us"), heat that failed
and works again since, a slow tub with guests "coming in", and a remedy the caller tried
that is not the job. Phrasings written for this file, never copied from an evaluation batch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, ServiceOption, understand
from switchboard.assistant.understanding.meaning import default_model

MODEL = default_model()


def hazards(text: str, context: Context) -> set[Hazard]:
    return {h.value for h in understand(text, context).hazards}


@pytest.mark.parametrize(
    "text",
    [
        "the basement drain is pushing up brown water w/ bits in it all over the floor",
        "black water keeps bubbling up out of the shower drain",
        "la coladera del sótano está regresando aguas negras con papel de baño",
    ],
)
def test_foul_water_rising_from_a_drain_is_sewage(ctx: Callable[..., Context], text: str) -> None:
    assert Hazard.SEWAGE_BACKUP in hazards(text, ctx(meaning=None))


def test_brown_water_sitting_in_a_slow_sink_is_not_sewage(ctx: Callable[..., Context]) -> None:
    text = "the bathroom sink is slow and there's some brown water sitting in it"
    assert not hazards(text, ctx(meaning=None))


@pytest.mark.parametrize(
    "text",
    [
        "está cayendo agua por la pared encima de la caja de los breikers",
        "se rompió un tubo y el agua corre por el piso hasta los brekers",
        "water from the burst pipe is running across the floor under the electrical panel",
    ],
)
def test_flooding_onto_breakers_however_spelled_is_near_electrics(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.FLOODING_NEAR_ELECTRICS in hazards(text, ctx(meaning=None))


def test_breakers_alone_are_not_water_near_electrics(ctx: Callable[..., Context]) -> None:
    text = "se bota el breaker de la cocina y quiero que lo revisen"
    assert Hazard.FLOODING_NEAR_ELECTRICS not in hazards(text, ctx(meaning=None))


@pytest.mark.parametrize(
    "text",
    [
        "4 of us have bad headaches and my brother is throwing up, the furnace is running all day",
        "cuatro de nosotros tenemos dolor de cabeza y la calefacción está prendida todo el día",
    ],
)
def test_a_household_counted_ill_by_a_burning_furnace_is_carbon_monoxide(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.CARBON_MONOXIDE in hazards(text, ctx(meaning=None, trades=("hvac",)))


def test_two_people_with_colds_and_a_tune_up_are_not_carbon_monoxide(
    ctx: Callable[..., Context],
) -> None:
    text = "two of us had headaches from the flu last month, book a furnace tune up"
    assert Hazard.CARBON_MONOXIDE not in hazards(text, ctx(meaning=None, trades=("hvac",)))


@pytest.mark.parametrize(
    "text",
    [
        "the furnace quit this morning, I reset the breaker and it's been running fine since",
        "la calefacción dejó de funcionar anoche, la reiniciamos y desde entonces funciona bien",
    ],
)
def test_heat_that_works_again_is_no_freezing_emergency(
    ctx: Callable[..., Context], text: str
) -> None:
    context = ctx(meaning=None, trades=("hvac",), outdoor_temp_f=20.0)
    assert Hazard.NO_HEAT_FREEZING not in hazards(text, context)


def test_heat_that_worked_again_then_quit_again_is_still_out(ctx: Callable[..., Context]) -> None:
    text = "the heat went out, we reset it and it was running fine, then the furnace quit again"
    context = ctx(meaning=None, trades=("hvac",), outdoor_temp_f=20.0)
    assert Hazard.NO_HEAT_FREEZING in hazards(text, context)


@pytest.mark.skipif(MODEL is None, reason="meaning model not installed")
@pytest.mark.parametrize(
    "text",
    [
        "the tub drains real slow, you're standing in water the whole shower, and we've got "
        "relatives coming in this weekend so I'd like it snaked",
        "la tina drena muy lento, te quedas parado en el agua, y vienen visitas el sábado",
    ],
)
def test_a_slow_tub_before_guests_arrive_is_not_paged(
    ctx: Callable[..., Context], text: str
) -> None:
    assert not hazards(text, ctx(meaning=MODEL))


@pytest.mark.skipif(MODEL is None, reason="meaning model not installed")
def test_water_coming_in_is_still_paged(ctx: Callable[..., Context]) -> None:
    text = "water is coming in under the back door and across the kitchen floor"
    assert hazards(text, ctx(meaning=MODEL)) & {Hazard.FLOODING, Hazard.FLOODING_NEAR_ELECTRICS}


CATALOGUE = (
    ServiceOption("drain", "Drain cleaning", ("clogged", "drain", "sink")),
    ServiceOption("water_heater", "Water heater repair", ("water heater", "hot water")),
)


@pytest.mark.parametrize(
    "text",
    [
        "the kitchen sink is clogged, I already poured boiling water down it and nothing",
        "se tapó el lavabo del baño, ya le eché agua caliente y sigue igual",
    ],
)
def test_a_remedy_tried_is_not_the_job(ctx: Callable[..., Context], text: str) -> None:
    found = understand(text, ctx(services=CATALOGUE)).service
    assert found is not None and found.value == "drain"


def test_no_hot_water_is_still_the_water_heater(ctx: Callable[..., Context]) -> None:
    found = understand("we have no hot water since last night", ctx(services=CATALOGUE)).service
    assert found is not None and found.value == "water_heater"
