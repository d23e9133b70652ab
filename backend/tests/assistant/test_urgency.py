"""Urgency by meaning: hazards named indirectly, hazard words out of scope, the model as a
second trigger, and the product without the model."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.meaning import MAX_CHARS, default_model

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2026, 12, 8, 10, 0, tzinfo=CHI)
MODEL = default_model()


def ctx(*, meaning: bool = True, trades: tuple[str, ...] = ("plumbing",)) -> Context:
    return Context(
        now=NOW, timezone="America/Chicago", trades=trades, meaning=MODEL if meaning else None
    )


def test_the_model_ships_with_the_test_install_and_loads_once() -> None:
    assert MODEL is not None, "make test installs the `meaning` extra"
    assert default_model() is MODEL


@pytest.mark.parametrize(
    "text",
    [
        # None of these use a phrase the rules list; written for this test, not the examples.
        "the plug behind the fridge is scorching and there's a melted smell",
        "dirty water is bubbling up out of the drain in the laundry room floor",
        "grandpa's place has had no furnace since yesterday and it's ten below",
    ],
)
def test_hazards_named_without_the_listed_words_are_emergencies(text: str) -> None:
    u = understand(text, ctx())
    assert u.emergency is not None and u.emergency.value, text
    assert u.hazards and u.guidance_keys


@pytest.mark.parametrize(
    "text",
    [
        "we want a sump pump so the basement never floods again",
        "the basement flooded last spring and we'd like a backflow valve",
        "please replace the expired carbon monoxide detector in the hall",
        "can you run a gas line to the new dryer",
        "the kitchen tap drips a little, whenever you can get to it",
        "i'd like a quote to replace our old water heater",
    ],
)
def test_scary_words_in_routine_requests_are_not_emergencies(text: str) -> None:
    for meaning in (True, False):
        u = understand(text, ctx(meaning=meaning))
        assert not (u.emergency and u.emergency.value), (text, meaning)
        assert not u.hazards


def test_a_hazard_word_out_of_scope_asks_without_the_model() -> None:
    u = understand(
        "there's a burning smell for a minute when the heat first kicks on", ctx(meaning=False)
    )
    assert not u.hazards
    assert u.triage is not None and u.triage.value is Hazard.ELECTRICAL_FIRE


def test_the_rules_alone_still_page_without_the_model() -> None:
    u = understand("I smell gas in the kitchen", ctx(meaning=False))
    assert {h.value for h in u.hazards} == {Hazard.GAS_LEAK}


def test_a_negated_hazard_is_not_overruled_by_the_model() -> None:
    for text in ("no gas smell at all, the burner just won't light", "ya no huele a gas"):
        u = understand(text, ctx())
        assert not u.hazards and u.triage is None, text


def test_a_trade_hazard_stays_with_its_trade() -> None:
    text = "a big branch came down through the roof and rain is getting into the bedroom"
    assert Hazard.ROOF_BREACH in {
        h.value for h in understand(text, ctx(trades=("roofing",))).hazards
    }
    assert Hazard.ROOF_BREACH not in {
        h.value for h in understand(text, ctx(trades=("electrical",))).hazards
    }


def test_answers_to_detail_questions_are_not_weighed() -> None:
    from dataclasses import replace

    from switchboard.assistant.understanding import Expecting

    address = replace(ctx(), expecting=Expecting.ADDRESS)
    u = understand("twelve twelve east sixty third street", address)
    assert not u.hazards and u.triage is None


def test_input_is_capped() -> None:
    assert MODEL is not None
    long = "water is pouring through the ceiling " * 200
    judged = MODEL.judge(long)
    assert judged is not None and len(long) > MAX_CHARS


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        ("se reventó un tubo en el ático y está cayendo agua por el techo", Hazard.FLOODING),
        ("suena la alarma de monóxido de carbono", Hazard.CARBON_MONOXIDE),
        (
            "the storm snapped the service line and it's lying across our driveway",
            Hazard.ELECTRICAL_SHOCK,
        ),
    ],
)
def test_more_ways_to_say_a_hazard(text: str, hazard: Hazard) -> None:
    assert hazard in {h.value for h in understand(text, ctx(meaning=False)).hazards}


@pytest.mark.parametrize(
    "text",
    [
        "our carbon monoxide detector expired, can someone replace it",
        "there was a gas leak last week but the gas company fixed it, now the dryer won't start",
        "el sábado hubo una fuga de gas pero ya la arreglaron, ahora necesito el calentador",
    ],
)
def test_past_and_equipment_mentions_do_not_page(text: str) -> None:
    u = understand(text, ctx())
    assert not u.hazards, text


def test_a_triage_answer_in_words_confirms_the_hazard() -> None:
    from switchboard.assistant.understanding.hazards import confirms
    from switchboard.assistant.understanding.normalise import normalise

    said = normalise("no smoke, but the cover is warmer than it should be and buzzing louder")
    assert confirms(Hazard.ELECTRICAL_FIRE, said)
    assert not confirms(Hazard.ELECTRICAL_FIRE, normalise("no, it's not hot at all"))
    assert confirms(Hazard.FLOODING, normalise("sigue cayendo ahorita"))


def test_a_problem_the_caller_denies_does_not_choose_the_service() -> None:
    from switchboard.assistant.understanding import ServiceOption
    from switchboard.assistant.understanding.normalise import normalise
    from switchboard.assistant.understanding.services import match_service

    catalogue = (
        ServiceOption("water_heater", "Water heater repair", ("water heater",)),
        ServiceOption("leak", "Leak repair", ("leak", "leaking")),
        ServiceOption("sewer", "Sewer line service", ("sewer", "camera inspection")),
        ServiceOption("drain", "Drain cleaning", ("drain", "backed up")),
    )
    assert match_service(normalise("no active leaks, it's just maintenance"), catalogue) is None
    said = "the sewer backed up 2 years ago, now I want a camera run down the line"
    found = match_service(normalise(said), catalogue)
    assert found is not None and found.value == "sewer"
    found = match_service(normalise("the pipe under the sink is leaking"), catalogue)
    assert found is not None and found.value == "leak"


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        ("water coming thru the kitchen ceiling from the upstairs bath FAST", Hazard.FLOODING),
        (
            "the ac quit and it's 96 in the house, we have a 3 month old",
            Hazard.NO_AC_EXTREME_HEAT,
        ),
    ],
)
def test_text_shorthand_and_indoor_heat(text: str, hazard: Hazard) -> None:
    assert hazard in {h.value for h in understand(text, ctx(meaning=False)).hazards}


@pytest.mark.parametrize(
    "text",
    [
        "the gas company came out and fixed the leak at the meter, the house is safe now, "
        "but the water heater vent is rusted",
        "gutters overflow onto the porch every time it rains, the porch floods. not raining now",
    ],
)
def test_fixed_and_recurring_water_are_not_emergencies(text: str) -> None:
    assert not understand(text, ctx(meaning=False)).hazards, text


def test_the_model_keeps_blas_to_one_thread_per_process() -> None:
    """OpenBLAS starts a spinning thread per core unless told otherwise: under load those took
    the CPU from the web process. Loading the model limits it to one."""
    threadpoolctl = pytest.importorskip("threadpoolctl")
    assert MODEL is not None
    blas = [i for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"]
    assert blas and all(i["num_threads"] == 1 for i in blas)
