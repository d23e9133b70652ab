"""Kinds of caller the rules were not first written for: a vulnerable person described by a
condition, fire seen at equipment, Spanish tank and hose bursts, rain through a broken roof
part, a question about the booked visit, and a pre-season check-up after someone else's scare.
Phrasings written for this file, never copied from an evaluation batch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, ServiceOption, understand

HVAC = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "heating", "boiler")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling", "central air")),
    ServiceOption("tuneup", "Seasonal tune-up", ("tune up", "maintenance")),
)
ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect")),
)


def hazards(text: str, context: Context) -> set[Hazard]:
    return {h.value for h in understand(text, context).hazards}


@pytest.mark.parametrize(
    "text",
    [
        "the air conditioner quit an hour ago, my husband is on dialysis",
        "our unit stopped cooling and my son is paraplegic, he can't regulate his body temperature",
        "no AC since noon and my wife is going through chemo",
        "the ac isn't cooling and grandpa is acting confused and won't drink anything",
        "se descompuso el clima y mi esposo tiene diálisis tres veces por semana",
        "el aire no enfría y mi hijo es cuadripléjico, no puede regular su temperatura",
    ],
)
def test_no_cooling_with_someone_vulnerable_by_condition_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    hot = ctx(trades=("hvac",), services=HVAC, outdoor_temp_f=108)
    assert Hazard.NO_AC_EXTREME_HEAT in hazards(text, hot)


@pytest.mark.parametrize(
    "text",
    [
        "the boiler died last night and my mother uses oxygen, it's freezing",
        "se nos apagó la calefacción y mi papá está postrado en cama, hace mucho frío",
    ],
)
def test_no_heat_with_someone_vulnerable_by_condition_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    cold = ctx(trades=("hvac",), services=HVAC, outdoor_temp_f=15)
    assert Hazard.NO_HEAT_FREEZING in hazards(text, cold)


def test_a_condition_in_mild_weather_or_a_routine_job_is_no_page(
    ctx: Callable[..., Context],
) -> None:
    mild = ctx(trades=("hvac",), services=HVAC, outdoor_temp_f=75)
    assert hazards("the ac isn't cooling great, my dad has a heart condition", mild) == set()
    assert hazards("my grandma is on dialysis, can you install a quiet thermostat", mild) == set()


@pytest.mark.parametrize(
    "text",
    [
        "the outside unit caught fire, I can see flames by the fan",
        "there are flames coming from under the furnace",
        "el boiler está echando llamas por abajo",
        "se está incendiando la unidad de afuera del clima",
    ],
)
def test_fire_seen_at_equipment_is_a_fire(ctx: Callable[..., Context], text: str) -> None:
    assert Hazard.ELECTRICAL_FIRE in hazards(text, ctx(trades=("hvac",), services=HVAC))


@pytest.mark.parametrize(
    "text",
    [
        "my furnace won't fire up this morning",
        "the burner flame on my furnace looks weak",
        "the pilot flame is yellow instead of blue",
        "do you service gas fireplaces with open flames",
    ],
)
def test_a_working_flame_is_no_fire(ctx: Callable[..., Context], text: str) -> None:
    assert Hazard.ELECTRICAL_FIRE not in hazards(text, ctx(trades=("hvac",), services=HVAC))


@pytest.mark.parametrize(
    "text",
    [
        "se zafó la manguera del lavaplatos y hay agua por toda la cocina",
        "el tinaco se rompió y el agua se está metiendo a la casa",
        "se reventó el tubo del calentador y el agua ya llegó al cuarto de los niños",
    ],
)
def test_spanish_bursts_and_spreading_water_flood(ctx: Callable[..., Context], text: str) -> None:
    assert Hazard.FLOODING in hazards(text, ctx())


def test_spanish_extension_cords_in_the_water(ctx: Callable[..., Context]) -> None:
    text = "se reventó la manguera y hay agua por todo el cuarto, hay extensiones en el piso"
    assert Hazard.FLOODING_NEAR_ELECTRICS in hazards(text, ctx())


@pytest.mark.parametrize(
    "text",
    [
        "the storm ripped the flashing off and water is coming in through the bedroom ceiling",
        "el granizo rompió el tragaluz y está entrando agua a la sala",
        "wind peeled the shingles back and water is pouring in on the furniture",
    ],
)
def test_water_through_a_broken_roof_part_is_a_roof_breach(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.ROOF_BREACH in hazards(text, ctx(trades=("roofing",), services=ROOFING))


@pytest.mark.parametrize(
    "text",
    [
        "after yesterday's storm, is the crew still on for tomorrow morning?",
        "with all this rain are your guys still coming today? what time should I expect them",
        "con tanta lluvia, ¿sigue en pie la cita de hoy?",
    ],
)
def test_weather_in_a_question_about_the_visit_is_no_hazard(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(trades=("roofing",), services=ROOFING))
    assert not u.hazards
    assert u.triage is None


@pytest.mark.parametrize(
    "text",
    [
        "my sister's furnace leaked carbon monoxide last winter, ours runs fine, "
        "I'd like it looked at before the cold",
        "last summer our friend's ac died and she got heat stroke. ours is working fine now, "
        "can someone check it before summer",
        "el año pasado se nos murió el aire dos días, ahorita todo funciona bien pero quiero "
        "que lo revisen antes del calor",
    ],
)
def test_a_past_or_someone_elses_scare_books_a_tune_up(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(trades=("hvac",), services=HVAC))
    assert not u.hazards
    assert u.triage is None
    assert u.service is not None
    assert u.service.value == "tuneup"


def test_a_fault_now_is_a_repair_even_before_the_season(ctx: Callable[..., Context]) -> None:
    u = understand(
        "my ac is blowing warm air, can you check it before summer",
        ctx(trades=("hvac",), services=HVAC),
    )
    assert u.service is not None
    assert u.service.value == "ac"


def test_a_roofer_checks_before_the_storm_season(ctx: Callable[..., Context]) -> None:
    u = understand(
        "a storm tore shingles off two years ago, no leaks, want the roof checked before "
        "hurricane season",
        ctx(trades=("roofing",), services=ROOFING),
    )
    assert u.service is not None
    assert u.service.value == "inspection"


@pytest.mark.parametrize(
    "text",
    [
        "el calentador se rompió hace dos años y ya lo cambiamos, ahora gotea la regadera",
        "se reventó una manguera hace 3 meses, ya la cambiaron, ahora quiero revisar el inodoro",
    ],
)
def test_a_burst_years_ago_is_not_now(ctx: Callable[..., Context], text: str) -> None:
    assert hazards(text, ctx()) == set()
