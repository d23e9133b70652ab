"""One triage question decides an uncertain hazard; emergency services only when confirmed;
the read-back never repeats the caller's raw words as the job."""

from __future__ import annotations

from dataclasses import replace

from switchboard.assistant.engine.world import ServiceInfo
from tests.assistant_engine.test_conversations import FACTS, talk, world

UNSURE = "the breaker panel is making a buzzing sound"
EMERGENCY_CATALOGUE = replace(
    FACTS,
    services=(
        *FACTS.services[:2],
        ServiceInfo("leak", "Leak repair", ("leak", "leaking", "drip"), 10000, 40000),
        ServiceInfo(
            "urgent",
            "Emergency leak or burst pipe",
            ("leak", "burst", "flood"),
            30000,
            90000,
            emergency=True,
        ),
    ),
)


async def test_an_uncertain_hazard_is_asked_about_once_and_a_yes_pages() -> None:
    w = world()
    state, replies = await talk(w, [UNSURE, "yes, it's smoking right now"])
    assert replies[1].startswith("Is anything hot to the touch, sparking")
    assert not w.pages[:0]  # nothing paged before the answer
    assert [kind for kind, _ in w.pages] == ["emergency"]
    assert "stay away from it" in replies[2] and state.emergency


async def test_a_no_to_the_triage_question_books_as_routine() -> None:
    w = world()
    state, replies = await talk(w, [UNSURE, "no, nothing like that, it just hums"])
    assert not w.pages and not state.emergency
    assert "When would work best" in replies[2]
    # Never asked twice in the same conversation.
    _state, later = await talk(w, ["the panel is still making that buzzing sound"], state=state)
    assert "hot to the touch" not in later[-1]


async def test_the_triage_question_is_not_asked_when_the_caller_asks_for_another_day() -> None:
    w = world()
    _state, replies = await talk(w, [UNSURE + ", can someone come tomorrow morning"])
    assert "hot to the touch" not in replies[1] and not w.pages


async def test_a_routine_leak_is_never_filed_under_the_emergency_service() -> None:
    w = world()
    state, _ = await talk(
        w,
        [
            "the bathroom faucet has a small leak, no rush",
            "tomorrow at 10",
            "yes",
            "Dana Smith",
            "12 Oak St",
            "yes",
        ],
        facts=EMERGENCY_CATALOGUE,
    )
    assert not w.pages
    assert state.service_id == "leak"


async def test_a_confirmed_emergency_takes_the_emergency_service() -> None:
    w = world()
    state, _ = await talk(w, ["a pipe burst and water is everywhere"], facts=EMERGENCY_CATALOGUE)
    assert state.emergency and state.service_id == "urgent"
    assert [kind for kind, _ in w.pages] == ["emergency"]


async def test_the_read_back_never_says_the_callers_raw_words_as_the_job() -> None:
    w = world()
    _state, replies = await talk(
        w,
        [
            "hello yes is this the plumber i have a thing going on",
            "tomorrow at 10",
            "yes",
            "Dana Smith",
            "12 Oak St",
        ],
    )
    readback = next(r for r in replies if r.startswith("Just to confirm"))
    assert "hello yes" not in readback and "a visit" in readback


async def test_a_flood_that_reaches_a_light_fixture_gets_the_electrics_advice() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "water is dripping out of the light fixture in the downstairs bathroom",
            "yes it's still dripping",
        ],
    )
    assert state.emergency and "flooding_near_electrics" in state.hazards
    assert "stay out of the water" in " ".join(replies)


async def test_a_scheduling_answer_to_the_triage_question_is_not_a_yes() -> None:
    w = world()
    state, _ = await talk(w, [UNSURE, "any morning is fine really"])
    assert not w.pages and not state.emergency


async def test_a_flood_that_later_reaches_the_panel_adds_the_electrics_advice() -> None:
    w = world()
    state, replies = await talk(
        w, ["a pipe burst in the garage", "it's running under the breaker box now"]
    )
    assert "flooding_near_electrics" in state.hazards
    assert "stay out of the water" in replies[2]
    assert len(w.pages) == 1  # advice added, not a second page
