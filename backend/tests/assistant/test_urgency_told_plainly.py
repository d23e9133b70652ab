"""Hazards told in plain words that name no hazard (the yard welling up, a CO detector with its
reading, a flue come loose, a burnt electrical smell at the air handler, a relief valve
blowing steam, water running down onto the breakers, dirty black water thrown up by a floor
drain), answers to the triage question in words, and what is over: water already cleaned
up, a house dry now, equipment working fine now. Phrasings written for this file, never
copied from an evaluation batch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.hazard_scope import all_clear
from switchboard.assistant.understanding.hazards import confirms
from switchboard.assistant.understanding.meaning import default_model
from switchboard.assistant.understanding.model import HazardRule
from switchboard.assistant.understanding.normalise import normalise

MODEL = default_model()


def hazards(text: str, context: Context) -> set[Hazard]:
    return {h.value for h in understand(text, context).hazards}


@pytest.mark.parametrize(
    "text",
    [
        "the lawn by the curb is gushing up like a geyser and we have no water pressure inside",
        "our driveway is bubbling up out of nowhere, there's a river flowing down to the gutter",
        "waters spraying everywhere under the kitchen sink, a hose let go",
    ],
)
def test_water_breaking_out_in_plain_words_is_a_flood(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.FLOODING in hazards(text, ctx(meaning=None))


@pytest.mark.parametrize(
    "text",
    [
        "the sprinkler head in the front yard is bubbling up, can you fix it next week",
        "the yard by the sidewalk has a soggy patch, could someone look at it",
        "the back yard turns into a river of mud when it storms, can you look at the gutter",
    ],
)
def test_a_sprinkler_or_a_soggy_patch_is_not(ctx: Callable[..., Context], text: str) -> None:
    assert Hazard.FLOODING not in hazards(text, ctx(meaning=None))


@pytest.mark.parametrize(
    "text",
    [
        "the co alarm up by the nursery is reading 85 and chirping nonstop",
        "my carbon monoxide detector downstairs near the boiler room keeps beeping",
        "the co monitor in the basement is showing 140",
    ],
)
def test_a_co_detector_told_with_its_place_or_reading_is_carbon_monoxide(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.CARBON_MONOXIDE in hazards(text, ctx(meaning=None, trades=("hvac",)))


@pytest.mark.parametrize(
    "text",
    [
        "my wife has a headache and the vent pipe on the water heater came off at the chimney",
        "we've both been dizzy all evening and the furnace is running",
        "the flue on the boiler is disconnected and i feel nauseous",
    ],
)
def test_a_loose_flue_or_a_household_ill_by_the_furnace_is_carbon_monoxide(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.CARBON_MONOXIDE in hazards(text, ctx(meaning=None, trades=("hvac",)))


@pytest.mark.parametrize(
    "text",
    [
        "please replace the co detector in the hallway, it expired",
        "the vent pipe on the water heater looks rusty, can you quote a new one",
        "install a carbon monoxide detector near the bedrooms",
    ],
)
def test_a_co_detector_named_or_a_rusty_vent_is_not_paged(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.CARBON_MONOXIDE not in hazards(text, ctx(meaning=None, trades=("hvac",)))


def test_a_burnt_electrical_smell_at_the_air_handler_is_an_electrical_fire(
    ctx: Callable[..., Context],
) -> None:
    said = "there's a burned wiring smell up by the blower motor in the attic"
    assert Hazard.ELECTRICAL_FIRE in hazards(said, ctx(meaning=None, trades=("hvac",)))
    calm = "can you clean the air handler, the filter smells a bit musty"
    assert Hazard.ELECTRICAL_FIRE not in hazards(calm, ctx(meaning=None, trades=("hvac",)))


@pytest.mark.parametrize(
    "text",
    [
        "the t and p valve on the water heater is blowing out steam nonstop",
        "la válvula del boiler sigue soltando vapor y agua hirviendo",
        "está saliendo agua hirviendo por la válvula del calentador",
    ],
)
def test_a_relief_valve_blowing_steam_pages(ctx: Callable[..., Context], text: str) -> None:
    assert hazards(text, ctx(meaning=None))


def test_a_relief_valve_that_drips_is_a_repair(ctx: Callable[..., Context]) -> None:
    assert not hazards("the relief valve drips a little, can you swap it", ctx(meaning=None))
    assert not hazards("la válvula del calentador gotea poquito", ctx(meaning=None))


@pytest.mark.parametrize(
    "text",
    [
        "el agua viene escurriendo por la pared hasta la caja de fusibles",
        "se está goteando el agua del techo y cae justo encima del tablero eléctrico",
    ],
)
def test_water_running_down_onto_the_breakers_in_spanish(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.FLOODING_NEAR_ELECTRICS in hazards(text, ctx(meaning=None))


def test_a_breaker_panel_named_beside_a_dry_job_is_not(ctx: Callable[..., Context]) -> None:
    for said in (
        "quiero cambiar la caja de los breakers y revisar el agua del calentador",
        "el agua gotea del lavabo y también quiero cambiar los contactos del baño",
    ):
        assert Hazard.FLOODING_NEAR_ELECTRICS not in hazards(said, ctx(meaning=None))


@pytest.mark.parametrize(
    "text",
    [
        "el registro del patio empezó a botar agua café y apesta",
        "sale agua sucia y negra de la regadera",
    ],
)
def test_dirty_black_water_thrown_up_by_a_drain_is_sewage(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.SEWAGE_BACKUP in hazards(text, ctx(meaning=None))


@pytest.mark.parametrize(
    ("hazard", "answer"),
    [
        (Hazard.FLOODING, "yes it's still bubbling out by the meter"),
        (Hazard.FLOODING, "the water's into the dining room now"),
        (Hazard.FLOODING_NEAR_ELECTRICS, "no, no he movido nada, sigue chorreando"),
        (Hazard.SEWAGE_BACKUP, "sigue brotando por la coladera"),
    ],
)
def test_an_answer_in_words_confirms_the_water(hazard: Hazard, answer: str) -> None:
    assert confirms(hazard, normalise(answer))


@pytest.mark.parametrize(
    "answer",
    ["it's fine now", "no, it stopped", "ya no sale nada", "it's dripping into a bucket now"],
)
def test_an_answer_that_it_stopped_does_not(answer: str) -> None:
    assert not confirms(Hazard.FLOODING, normalise(answer))


@pytest.mark.parametrize(
    "text",
    [
        "the basement took on water in march and we mopped it all up, please snake the main",
        "the water heater leaked all over yesterday and we already cleaned it up, check it",
        "se salió el agua de la lavadora y ya la trapeamos, ¿pueden venir a revisarla?",
        "se reventó la manguera del refri pero ya secamos todo, quiero que la cambien",
    ],
)
def test_water_already_cleaned_up_is_not_paged(ctx: Callable[..., Context], text: str) -> None:
    assert not hazards(text, ctx(meaning=None))


@pytest.mark.parametrize(
    "text",
    [
        "the basement is flooding and we mopped it up but it keeps pouring in",
        "se reventó la manguera y ya la secamos pero sigue saliendo el agua",
    ],
)
def test_water_cleaned_up_that_keeps_coming_still_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.FLOODING in hazards(text, ctx(meaning=None))


def test_a_business_word_said_of_water_already_cleaned_up_does_not_page(
    ctx: Callable[..., Context],
) -> None:
    tenant = ctx(meaning=None, language="es", tenant_hazards=(HazardRule("se salió el agua"),))
    said = "ayer se salió el agua del boiler pero ya la limpiamos, que lo revisen el lunes"
    assert not hazards(said, tenant)
    now = "se salió el agua del boiler y sigue saliendo"
    assert hazards(now, tenant)


@pytest.mark.parametrize(
    "text",
    [
        "everythings dry now",
        "the basement is all dry now",
        "the ac is running totally fine",
        "the furnace is working completely fine right now",
    ],
)
def test_all_is_well_now_in_everyday_words(text: str) -> None:
    assert all_clear(normalise(text))


@pytest.mark.parametrize("text", ["it's still not dry", "the ac is running but not fine"])
def test_not_all_well(text: str) -> None:
    assert not all_clear(normalise(text))


@pytest.mark.skipif(MODEL is None, reason="the meaning model is not installed")
def test_a_forecast_heat_wave_with_the_ac_fine_now_is_not_paged(
    ctx: Callable[..., Context],
) -> None:
    said = (
        "they say it'll be 117 this weekend and my grandpa who's 91 is staying with us, the ac "
        "is working perfectly fine right now, i'd just like a checkup before the heat"
    )
    u = understand(said, ctx(meaning=MODEL, trades=("hvac",), outdoor_temp_f=104))
    assert not u.hazards


@pytest.mark.skipif(MODEL is None, reason="the meaning model is not installed")
@pytest.mark.parametrize(
    "text",
    [
        "there's water coming out from under the dishwasher onto the floor",
        "está saliendo agua por debajo del lavavajillas y ya mojó el piso",
    ],
)
def test_supply_water_the_model_takes_for_sewage_is_asked_about_as_water(
    ctx: Callable[..., Context], text: str
) -> None:
    from switchboard.assistant.understanding.urgency import judge_urgency

    urgency = judge_urgency(normalise(text), ctx(meaning=MODEL))
    leaned = [h.value for h in urgency.hazards]
    if urgency.triage is not None:
        leaned.append(urgency.triage.value)
    assert Hazard.SEWAGE_BACKUP not in leaned


@pytest.mark.skipif(MODEL is None, reason="the meaning model is not installed")
def test_a_toilet_overflowing_is_still_asked_about_as_sewage(ctx: Callable[..., Context]) -> None:
    from switchboard.assistant.understanding.urgency import judge_urgency

    said = "the toilet overflowed and there's water on the floor"
    urgency = judge_urgency(normalise(said), ctx(meaning=MODEL))
    assert urgency.triage is not None and urgency.triage.value is Hazard.SEWAGE_BACKUP
