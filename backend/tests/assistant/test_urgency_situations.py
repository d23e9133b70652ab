"""Active hazards told by what is happening, to whom and where, and the turns that only
sound like one: a smell said with how strong it is, water's path to the wiring, an old person
showing heat illness, a roof torn open by the wind, deep water held in a slow tub, a "now" that
is the caller's worry, a story from the news. Phrasings written for this file, never copied
from an evaluation batch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand


def hazards(text: str, context: Context) -> set[Hazard]:
    return {h.value for h in understand(text, context).hazards}


def rules(ctx: Callable[..., Context], **overrides: object) -> Context:
    """The rules alone, without the meaning model."""
    return ctx(meaning=None, **overrides)


@pytest.mark.parametrize(
    "text",
    [
        "the whole garage stinks really bad of propane",
        "the laundry room smells pretty strongly like natural gas",
        "huele bien fuerte a gas en el cuarto de lavado",
        "apesta horrible a propano junto al asador",
    ],
)
def test_a_gas_smell_said_with_its_strength_is_a_leak(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.GAS_LEAK in hazards(text, rules(ctx))


def test_a_smell_only_near_something_that_burns_gas_is_not_named_gas(
    ctx: Callable[..., Context],
) -> None:
    text = "there's a musty smell by the gas furnace, can you clean it"
    assert hazards(text, rules(ctx)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "the fridge line is leaking and the puddle is creeping under the counter toward the outlet",
        "rain got in at the window and it's dripping down behind the trim into the light switch",
    ],
)
def test_waters_path_ending_at_the_wiring_is_water_near_electrics(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.FLOODING_NEAR_ELECTRICS in hazards(text, rules(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "the lamp is plugged into the outlet right next to the water softener",
        "the water heater sits beside the breaker box, can you move it",
        "a slow leak under the vanity, and the breaker in the panel trips now and then",
    ],
)
def test_water_things_beside_the_wiring_are_no_flood(
    ctx: Callable[..., Context], text: str
) -> None:
    assert hazards(text, rules(ctx)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "my neighbor's air went out this morning, he's eighty eight",
        "mom's unit quit and she isn't making much sense when I call her",
        "el clima de mi suegra se descompuso y ya no está hablando coherente",
        "se descompuso el aire de mi papá y está muy acalorado",
    ],
)
def test_an_old_or_confused_person_without_cooling_in_the_heat_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    hot = rules(ctx, trades=("hvac",), outdoor_temp_f=104)
    assert Hazard.NO_AC_EXTREME_HEAT in hazards(text, hot)


def test_an_old_person_without_cooling_in_mild_weather_is_a_booking(
    ctx: Callable[..., Context],
) -> None:
    mild = rules(ctx, trades=("hvac",), outdoor_temp_f=74)
    assert hazards("my neighbor's air went out this morning, he's eighty eight", mild) == set()
    hot = rules(ctx, trades=("hvac",), outdoor_temp_f=104)
    assert hazards("the ac went out, the tech said he's 20 minutes away", hot) == set()


@pytest.mark.parametrize(
    "text",
    [
        "our cooling gave up and the place is an oven, my grandmother stays with us",
        "se paró todo el sistema y aquí está mi papá que ya está grande, hace un calor tremendo",
    ],
)
def test_heat_the_weather_explains_is_no_cooling_not_no_heat(
    ctx: Callable[..., Context], text: str
) -> None:
    """The meaning model weighs it; a hazard the weather rules out (no heat at 110) gives way
    to the one it leans to next."""
    hot = ctx(trades=("hvac",), outdoor_temp_f=110)
    if hot.meaning is None:
        pytest.skip("the meaning model is not installed")
    assert hazards(text, hot) == {Hazard.NO_AC_EXTREME_HEAT}


@pytest.mark.parametrize(
    "text",
    [
        "the storm tore a chunk off above the garage and water's running down the inside wall",
        "we can see the rafters from the hallway and water is pouring into the hallway",
    ],
)
def test_a_roof_torn_open_with_water_coming_in_is_a_roof_breach(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.ROOF_BREACH in hazards(text, rules(ctx, trades=("roofing",)))
    # For a plumber the same water is a flood (the roof is not theirs to fix).
    assert Hazard.ROOF_BREACH not in hazards(text, rules(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "the tub takes forever to drain and the water sits past my ankles by the time I'm done",
        "la tina no drena y el agua me llega hasta los tobillos cuando me baño",
    ],
)
def test_deep_water_held_by_a_slow_tub_is_a_clog(ctx: Callable[..., Context], text: str) -> None:
    assert hazards(text, rules(ctx)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "the tub drain is clogged and it spilled over onto the hallway carpet, it's ankle deep",
        "the laundry room has water past my ankles",
        "I came home and saw about an inch of water on the den floor",
        "hay agua hasta las rodillas en el sótano",
    ],
)
def test_deep_water_out_on_a_floor_is_a_flood(ctx: Callable[..., Context], text: str) -> None:
    assert Hazard.FLOODING in hazards(text, rules(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "my brother's basement flooded two winters ago so now I'm nervous, can you look at ours",
        "a pipe burst at my sister's place a few weeks ago and now I'm worried about ours",
        "ahora me da miedo porque a mi cuñada se le reventó un tubo el mes pasado, revisen el mío",
    ],
)
def test_a_now_that_is_the_callers_worry_keeps_nothing_current(
    ctx: Callable[..., Context], text: str
) -> None:
    assert hazards(text, rules(ctx)) == set()


def test_a_now_that_is_the_hazard_still_pages(ctx: Callable[..., Context]) -> None:
    text = "the pipe burst last week and now water is pouring out of the wall again"
    assert Hazard.FLOODING in hazards(text, rules(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "se nos rompió la manguera de la lavadora y el cuarto se llenó",
        "se le reventó un tubo a mi mamá en la cocina",
        "se nos está inundando el garaje",
    ],
)
def test_spanish_bursts_said_with_whom_they_happened_to(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.FLOODING in hazards(text, rules(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "there was a news report about a house where an outlet caught fire, can you check ours",
        "vi un reportaje de un señor que se electrocutó cambiando un contacto, cambien los míos",
    ],
)
def test_a_story_from_the_news_is_no_hazard_here(ctx: Callable[..., Context], text: str) -> None:
    assert hazards(text, rules(ctx, trades=("electrical",))) == set()


def test_a_sound_heard_here_is_no_story(ctx: Callable[..., Context]) -> None:
    text = "I heard a pop and now the outlet in the den is sparking"
    assert Hazard.ELECTRICAL_FIRE in hazards(text, rules(ctx, trades=("electrical",)))


def test_a_spanish_fine_again_now_keeps_a_past_flood_past(ctx: Callable[..., Context]) -> None:
    past = "el mes pasado se nos inundó la lavandería, ahorita ya está bien, revisen la válvula"
    assert hazards(past, rules(ctx)) == set()
    # "Bien" that means "very" is no all-clear.
    now = "se rompió la manguera y ahorita está bien feo, el agua ya llegó a la sala"
    assert Hazard.FLOODING in hazards(now, rules(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "it smells a little like gas for just a second when the oven lights, then it's gone",
        "al prender el boiler huele tantito a gas, nomás un segundito",
    ],
)
def test_a_brief_whiff_as_something_lights_is_no_leak(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.GAS_LEAK not in hazards(text, ctx())


def test_a_whiff_that_grows_is_a_leak(ctx: Callable[..., Context]) -> None:
    text = "I smelled gas for a second by the dryer and now it's getting stronger"
    assert Hazard.GAS_LEAK in hazards(text, rules(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "the receptacle behind the couch is crackling and its plate is turning brown",
        "there's a sizzling noise from the breaker panel in the garage",
        "el enchufe de la recámara se está poniendo negro",
    ],
)
def test_arcing_heard_or_seen_at_a_part_is_a_fire_risk(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.ELECTRICAL_FIRE in hazards(text, rules(ctx, trades=("electrical",)))


def test_a_crackle_that_is_not_the_wiring_is_no_fire(ctx: Callable[..., Context]) -> None:
    text = "the wood stove is crackling away, but the switch for the porch light is dead"
    assert hazards(text, rules(ctx, trades=("electrical",))) == set()


@pytest.mark.parametrize(
    "text",
    [
        "the boiler just stopped and it's below zero out there",
        "our heat pump shut down an hour ago and my dad is on oxygen",
    ],
)
def test_heat_that_stopped_in_the_cold_pages(ctx: Callable[..., Context], text: str) -> None:
    cold = rules(ctx, trades=("hvac",), outdoor_temp_f=4)
    assert Hazard.NO_HEAT_FREEZING in hazards(text, cold)


def test_heat_that_stopped_doing_something_is_no_outage(ctx: Callable[..., Context]) -> None:
    cold = rules(ctx, trades=("hvac",), outdoor_temp_f=4)
    assert hazards("the furnace stopped rattling after your visit, thanks", cold) == set()
