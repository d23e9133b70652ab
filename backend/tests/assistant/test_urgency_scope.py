"""Urgency judged like a dispatcher: hazards said in everyday words, a turn that already
answers the triage question, and mentions whose time (past, planned, hypothetical, "nothing's
wrong right now") makes them no emergency, with and without the meaning model. Every sentence
here was written for this file, never copied from an evaluation batch."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Hazard,
    HazardRule,
    understand,
)
from switchboard.assistant.understanding.meaning import default_model

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2026, 12, 8, 10, 0, tzinfo=CHI)
MODEL = default_model()


def ctx(
    trades: tuple[str, ...] = ("plumbing",),
    *,
    meaning: bool = True,
    outdoor_temp_f: float | None = None,
) -> Context:
    return Context(
        now=NOW,
        timezone="America/Chicago",
        trades=trades,
        outdoor_temp_f=outdoor_temp_f,
        meaning=MODEL if meaning else None,
    )


def paged(text: str, context: Context) -> set[Hazard]:
    u = understand(text, context)
    assert (u.emergency is not None and u.emergency.value) == bool(u.hazards), text
    return {h.value for h in u.hazards}


@pytest.mark.parametrize(
    ("text", "trades", "temp", "hazard"),
    [
        (
            "my son got electrocuted plugging in the space heater, he's okay but shaky",
            ("electrical",),
            None,
            Hazard.ELECTRICAL_SHOCK,
        ),
        (
            "a mi esposo le dio corriente la secadora y tiene la mano dormida",
            ("electrical",),
            None,
            Hazard.ELECTRICAL_SHOCK,
        ),
        (
            "water is streaming out from under the dishwasher into the dining room",
            ("plumbing",),
            None,
            Hazard.FLOODING,
        ),
        ("the basement has water up to my knees", ("plumbing",), None, Hazard.FLOODING),
        (
            "sale agua negra del excusado y ya llegó a la recámara",
            ("plumbing",),
            None,
            Hazard.SEWAGE_BACKUP,
        ),
        (
            "storm ripped the tarp off and I can see the sky through the roof decking",
            ("roofing",),
            None,
            Hazard.ROOF_BREACH,
        ),
        (
            "the smoke detector near the boiler room is blaring and won't stop",
            ("hvac",),
            None,
            Hazard.CARBON_MONOXIDE,
        ),
        (
            "la alarma junto al calentador está pitando sin parar",
            ("hvac",),
            None,
            Hazard.CARBON_MONOXIDE,
        ),
        (
            "the little box on the hallway ceiling is shrieking and my daughter keeps throwing up",
            ("hvac",),
            None,
            Hazard.CARBON_MONOXIDE,
        ),
        (
            "the radiators are stone cold and my mother is 84, the thermostat reads 50",
            ("hvac",),
            8,
            Hazard.NO_HEAT_FREEZING,
        ),
        (
            "se descompuso el calentador de la casa y mi abuelo tiene 90 años, está helando afuera",
            ("hvac",),
            10,
            Hazard.NO_HEAT_FREEZING,
        ),
    ],
)
def test_hazards_in_everyday_words_page_with_the_rules_alone(
    text: str, trades: tuple[str, ...], temp: float | None, hazard: Hazard
) -> None:
    for meaning in (False, True):
        assert hazard in paged(text, ctx(trades, meaning=meaning, outdoor_temp_f=temp)), text


@pytest.mark.parametrize(
    ("text", "trades", "temp"),
    [
        # Chirping is a battery or an expired unit; a smoke alarm with nothing that burns fuel
        # nearby and nobody ill is not carbon monoxide.
        ("the detector next to the furnace chirps once a minute", ("hvac",), None),
        ("the smoke detector keeps beeping and giving me a headache, please replace it",
         ("electrical",), None),
        # Cold radiators in mild weather with nobody vulnerable are a booking.
        ("the radiators are stone cold, we're fine, just want it looked at this week",
         ("hvac",), 50),
        # One cold room in a freeze is a repair; a generator's own alarm is not carbon monoxide.
        ("the radiators are cold in the back bedroom only the rest of the house is warm",
         ("hvac",), 20),
        ("the generator alarm is beeping it says low oil", ("electrical",), None),
        ("my daughter got a shock from static on the carpet", ("electrical",), None),
    ],
)  # fmt: skip
def test_alarms_and_cold_rooms_that_are_not_emergencies(
    text: str, trades: tuple[str, ...], temp: float | None
) -> None:
    for meaning in (False, True):
        assert not paged(text, ctx(trades, meaning=meaning, outdoor_temp_f=temp)), text


@pytest.mark.parametrize(
    ("text", "trades"),
    [
        ("last august our AC quit in the heat wave, we'd like a maintenance plan this year",
         ("hvac",)),
        ("the sewer backed up last march and we never want that again, snake the main line",
         ("plumbing",)),
        ("if a pipe ever burst while we're away do you guys do emergency calls", ("plumbing",)),
        ("the city is shutting off the water next week so we'll have no water at all, "
         "can you install a new toilet then", ("plumbing",)),
        ("nothing's leaking right now but the water heater is 15 years old and I want it "
         "replaced", ("plumbing",)),
        ("el año pasado se inundó el sótano, queremos instalar una bomba", ("plumbing",)),
        ("is the plumber still coming this afternoon", ("plumbing",)),
    ],
)  # fmt: skip
def test_past_planned_and_hypothetical_mentions_never_page(
    text: str, trades: tuple[str, ...]
) -> None:
    # A tenant's own emergency words are judged in their scope too.
    own_words = (HazardRule("no water at all"),)
    for meaning in (False, True):
        context = replace(ctx(trades, meaning=meaning), tenant_hazards=own_words)
        assert not paged(text, context), text


def test_a_caller_who_says_nothing_is_wrong_now_is_not_asked_either() -> None:
    u = understand(
        "last april our basement drain backed up with sewage, nothing's wrong right now, "
        "we'd just like the line cleaned",
        ctx(),
    )
    assert not u.hazards and u.triage is None


def test_the_model_alone_is_not_trusted_with_a_turn_about_the_past() -> None:
    """The model weighs meaning, not tense: a hot summer remembered in winter is never paged
    on the model's word alone, however sure it is (one question at most)."""
    text = "last july the AC died when it was 115 out and my mom nearly ended up in the hospital"
    u = understand(text, ctx(("hvac",)))
    assert not u.hazards
    u = understand(text + ", so we'd like a tune up this spring", ctx(("hvac",)))
    assert not u.hazards


@pytest.mark.skipif(MODEL is None, reason="the meaning model is an optional extra")
def test_a_turn_that_already_answers_the_triage_question_pages_without_asking() -> None:
    # No rule names this smell; the model leans to gas and the caller says it is there now.
    text = "there's a sharp rotten smell by the water heater closet that wasn't there yesterday"
    assert understand(text, ctx(meaning=False)).hazards == ()
    u = understand(text, ctx())
    assert {h.value for h in u.hazards} == {Hazard.GAS_LEAK} and u.triage is None


@pytest.mark.skipif(MODEL is None, reason="the meaning model is an optional extra")
def test_no_heat_needs_both_a_vulnerable_person_and_the_cold_to_skip_the_question() -> None:
    text = "the boiler stopped this morning and grandma lives with us"
    mild = understand(text, ctx(("hvac",), outdoor_temp_f=45))
    assert not mild.hazards
    freezing = understand(text, ctx(("hvac",), outdoor_temp_f=5))
    assert {h.value for h in freezing.hazards} == {Hazard.NO_HEAT_FREEZING}


def test_an_address_given_for_the_time_question_gets_no_triage_question() -> None:
    answer = "seventy two hundred north western avenue unit three b chicago illinois six oh six"
    u = understand(answer, replace(ctx(("electrical",)), expecting=Expecting.TIME))
    assert not u.hazards and u.triage is None


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        # Worry, a past event or a question before it does not take away what is happening.
        ("I'm scared the ceiling is going to collapse, water is pouring through it",
         Hazard.FLOODING),
        ("we had a pipe burst and water is everywhere", Hazard.FLOODING),
        ("what if it's gas? it smells like rotten eggs in the kitchen", Hazard.GAS_LEAK),
        ("se fue la calefacción y tengo un bebé de dos meses, hace mucho frío",
         Hazard.NO_HEAT_FREEZING),
    ],
)  # fmt: skip
def test_scope_words_never_hide_a_hazard_said_in_the_present(text: str, hazard: Hazard) -> None:
    for meaning in (False, True):
        assert hazard in paged(text, ctx(("plumbing", "hvac"), meaning=meaning)), text


def test_a_leak_since_last_week_that_is_getting_worse_is_happening_now() -> None:
    text = "water's been leaking through the ceiling since last week and it's getting worse"
    for meaning in (False, True):
        assert Hazard.FLOODING in paged(text, ctx(meaning=meaning))
    calm = "water leaked through the ceiling last week, we'd like the stain looked at"
    assert not paged(calm, ctx())


@pytest.mark.parametrize(
    ("text", "trades"),
    [
        ("a few shingles came off in the storm, no rain is coming in, just need them replaced",
         ("roofing",)),
        ("the outlet by the sink sparked once last week when I plugged in the vacuum, haven't "
         "used it since", ("electrical",)),
        ("the CO alarm chirped all night but it was just the battery, it's quiet now",
         ("hvac",)),
        ("the laundry room ceiling dripped during the big storm in october, it stopped when "
         "the rain stopped and now there's a stain", ("roofing",)),
        ("floor drain smells funky some days, nothing backing up and everything is draining fine",
         ("plumbing",)),
        ("it's eight one six five five five oh one two three", ("plumbing",)),
    ],
)  # fmt: skip
def test_a_caller_who_already_said_it_is_not_happening_is_not_asked(
    text: str, trades: tuple[str, ...]
) -> None:
    """Each of these once cost the caller a needless "is it happening right now?"."""
    u = understand(text, ctx(trades))
    assert not u.hazards and u.triage is None, text


@pytest.mark.parametrize(
    "text",
    [
        # Speech comes without commas: a day asked for the visit, or a worry, said right after
        # the hazard is no scope of it.
        "my basement is flooding can you come next monday",
        "there's a gas smell in the kitchen is next tuesday ok",
        "the outlet is smoking next week works",
        "sale mucha agua de la pared pueden venir la semana que viene",
        "the pipe burst in the basement and water is everywhere what if it reaches the furnace",
        "nothing's wrong with the toilet but sewage is coming up through the basement floor drain",
    ],
)
def test_a_wish_a_worry_or_an_all_clear_about_something_else_never_hides_a_hazard(
    text: str,
) -> None:
    for meaning in (False, True):
        assert paged(text, ctx(("plumbing", "electrical"), meaning=meaning)), text
