"""Hazards known by what they mean, and their look-alikes: an old or young person without heat,
told by a relative; smoke or a burning smell from equipment or its vents; water from an
appliance reaching another's cords; and, not emergencies, a gutter spilling outside, a worry
about the heat to come, a neighbour's fire. English and Spanish, with and without the meaning
model. Every sentence here was written for this file, never copied from an evaluation batch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, ServiceOption, understand
from switchboard.assistant.understanding.meaning import MeaningJudgement, default_model

NY = ZoneInfo("America/New_York")
WINTER = datetime(2026, 1, 14, 8, 0, tzinfo=NY)
MODEL = default_model()
HVAC = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "heating", "boiler")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling", "central air")),
    ServiceOption("tuneup", "Seasonal tune-up", ("tune up", "tuneup", "maintenance")),
)


def ctx(
    trades: tuple[str, ...] = ("hvac",), *, meaning: bool = True, language: str = "en"
) -> Context:
    return Context(
        now=WINTER,
        timezone="America/New_York",
        trades=trades,
        services=HVAC,
        language=language,
        meaning=MODEL if meaning else None,
    )


def paged(text: str, context: Context) -> set[Hazard]:
    return {h.value for h in understand(text, context).hazards}


BOTH = pytest.mark.parametrize("meaning", [True, False])


@BOTH
@pytest.mark.parametrize(
    "text",
    [
        "i'm calling about my grandpa, he's 88, his radiators have been stone cold since yesterday "
        "morning",
        "my mom is 91 and lives by herself, she says the radiators have gone cold overnight and "
        "she's freezing",
        "it's for my aunt, she's on oxygen, the heat hasn't come on and her thermostat reads 52",
        "llamo por mi abuelita, tiene 86 años y los radiadores están helados desde anoche",
    ],
)
def test_no_heat_for_someone_at_risk_told_by_a_relative_pages(text: str, meaning: bool) -> None:
    assert Hazard.NO_HEAT_FREEZING in paged(text, ctx(meaning=meaning))


@BOTH
@pytest.mark.parametrize(
    "text",
    [
        # Nobody at risk, no cold said: a repair.
        "the radiators in the spare room are cold, can someone bleed them next week",
        # The thermostat set low on purpose, not read out.
        "we keep the thermostat set to 52 while we're away, can you look at the humidifier",
        # Told as last winter's story, a check-up now.
        "my grandmother's radiators were ice cold last winter, we want them checked before it "
        "gets cold",
    ],
)
def test_cold_radiators_without_the_danger_do_not_page(text: str, meaning: bool) -> None:
    assert Hazard.NO_HEAT_FREEZING not in paged(text, ctx(meaning=meaning))


@dataclass
class Scripted:
    judgement: MeaningJudgement

    def judge(self, text: str) -> MeaningJudgement | None:
        return self.judgement


# The encoder finds "cold radiators" closer to a cooling failure than to a heating one.
COOLING_FIRST = MeaningJudgement(
    Hazard.NO_AC_EXTREME_HEAT,
    0.50,
    0.40,
    "repair",
    ((Hazard.NO_AC_EXTREME_HEAT, 0.50), (Hazard.NO_HEAT_FREEZING, 0.49)),
)


def scripted(judgement: MeaningJudgement) -> Context:
    return Context(now=WINTER, timezone="America/New_York", meaning=Scripted(judgement))


@pytest.mark.parametrize(
    "text",
    [
        "my grandmother called, the boiler keeps clicking but nothing warms up in her place",
        "a mi abuelo no le calienta nada la caldera desde ayer",
    ],
)
def test_a_lean_to_no_cooling_follows_a_turn_about_heating(text: str) -> None:
    u = understand(text, scripted(COOLING_FIRST))
    asked = u.triage.value if u.triage else None
    assert {h.value for h in u.hazards} | {asked} - {None} == {Hazard.NO_HEAT_FREEZING}


def test_a_lean_stays_when_the_turn_speaks_of_cooling_or_of_both() -> None:
    text = "the ac quit and my dad is 84, it keeps getting hotter in the house"
    u = understand(text, scripted(COOLING_FIRST))
    asked = u.triage.value if u.triage else None
    assert Hazard.NO_HEAT_FREEZING not in {h.value for h in u.hazards} | {asked}


@BOTH
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("el minisplit de la recámara huele muy fuerte a quemado", "es"),
        ("está saliendo humito de las rejillas del aire y empezó a oler a cable quemado", "es"),
        ("salía humo por los ductos, lo apagamos y todavía huele feo a quemado", "es"),
        ("smoke is coming out of the vents upstairs and it smells like something's burning", "en"),
        ("there's a burnt smell blowing out of the registers and the furnace is still going", "en"),
        ("the condenser smells burned and it quit on us an hour ago", "en"),
    ],
)
def test_smoke_or_burning_from_equipment_or_vents_pages(
    text: str, language: str, meaning: bool
) -> None:
    assert Hazard.ELECTRICAL_FIRE in paged(text, ctx(meaning=meaning, language=language))


def test_a_burnt_smell_from_the_cooking_is_no_electrical_fire() -> None:
    text = "the whole kitchen smells burnt because i left the rice on the stove"
    assert Hazard.ELECTRICAL_FIRE not in paged(text, ctx(meaning=False))


@BOTH
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("el año pasado olía a quemado la primera vez que prendimos la calefacción", "es"),
        ("hace un mes salió humo del calentador pero ya lo arreglaron, quiero mantenimiento", "es"),
        ("no huele a quemado ni nada, solo hace un ruido raro el aire", "es"),
        ("el clima olía tantito a quemado al prenderlo y luego se quitó, enfría bien", "es"),
        ("first time we ran the heat it smelled a bit burnt for a minute, fine since", "en"),
    ],
)
def test_burning_told_as_past_or_denied_does_not_page(
    text: str, language: str, meaning: bool
) -> None:
    assert Hazard.ELECTRICAL_FIRE not in paged(text, ctx(meaning=meaning, language=language))


@BOTH
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "el boiler del cuarto de lavado se está vaciando y el agua ya llegó hasta la lavadora "
            "y los enchufes de abajo",
            "es",
        ),
        (
            "se rompió la manguera de la lavadora y el agua llegó hasta el congelador y la "
            "extensión que está en el piso",
            "es",
        ),
        (
            "the water heater is dumping water all over the garage and it's reached the freezer "
            "and the extension cord",
            "en",
        ),
        (
            "the washer hose split, there's water everywhere and it's all around the dryer plug",
            "en",
        ),
    ],
)
def test_water_from_an_appliance_reaching_cords_is_water_near_electrics(
    text: str, language: str, meaning: bool
) -> None:
    context = ctx(("plumbing",), meaning=meaning, language=language)
    assert Hazard.FLOODING_NEAR_ELECTRICS in paged(text, context)


@BOTH
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("quiero que vacíen el calentador para darle mantenimiento, está haciendo ruido", "es"),
        ("the dryer cord is frayed and the washer drains slow, can someone look", "en"),
    ],
)
def test_appliance_work_with_no_water_loose_does_not_page(
    text: str, language: str, meaning: bool
) -> None:
    context = ctx(("plumbing",), meaning=meaning, language=language)
    assert not paged(text, context)


ROOFER = ("roofing",)


@BOTH
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the gutters are packed with leaves, water's gushing over the edge onto the deck", "en"),
        ("need the downspout unclogged, when it rains the water is pouring out the seams", "en"),
        ("la canaleta está tapada y el agua se desborda por un lado cuando llueve", "es"),
    ],
)
def test_a_gutter_spilling_outside_is_not_a_flood(text: str, language: str, meaning: bool) -> None:
    u = understand(text, ctx(ROOFER, meaning=meaning, language=language))
    assert not u.hazards and u.triage is None


@BOTH
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the gutters are overflowing and water is pouring into the basement", "en"),
        ("el agua de la canaleta se está metiendo a la casa por la ventana", "es"),
        # The street's gutter, where a burst line's water runs: the flood stands.
        ("a pipe burst under the front yard and water's gushing down into the gutter", "en"),
    ],
)
def test_gutter_water_that_gets_inside_still_pages(text: str, language: str, meaning: bool) -> None:
    assert paged(text, ctx(ROOFER, meaning=meaning, language=language))


@pytest.mark.parametrize(
    "text",
    [
        "ours runs fine, the one next door caught fire, we'd like somebody to look it over",
        "nothing's wrong, it's cooling great, i just want a tech to check the system over",
        "they say it'll be 112 next week, i'd like it checked before that heat wave gets here",
        "it's working right now, just want someone to look it over before that heat comes",
    ],
)
def test_a_look_over_of_working_equipment_is_the_tune_up(text: str) -> None:
    u = understand(text, ctx())
    assert u.service is not None and u.service.value == "tuneup"
    assert not u.hazards


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the ac is blowing warm, can someone look it over", "ac"),
        ("i'd like to go over my last invoice with someone", None),
    ],
)
def test_a_look_over_with_a_fault_or_about_a_bill_is_not_the_tune_up(
    text: str, expected: str | None
) -> None:
    u = understand(text, ctx())
    assert (u.service.value if u.service else None) == expected
