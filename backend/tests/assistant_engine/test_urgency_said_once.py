"""The urgency is said once: when the business's own emergency words match, their "we'll
treat this as urgent" line is followed by who is being alerted, never by "I understand this
is urgent" too, in English and in Spanish, with a named hazard's advice kept before them. A
hazard without the business's words keeps the whole acknowledgement, and a faucet job with
the water main only mentioned as the city's street work, set aside by the caller, pages
nobody."""

from __future__ import annotations

from dataclasses import replace

from switchboard.assistant.understanding import HazardRule
from tests.assistant_engine.test_conversations import FACTS, talk, world

OWN_WORDS = replace(FACTS, hazards=(HazardRule("water main"), HazardRule("se salió el agua")))
SPANISH = replace(OWN_WORDS, language="es")


async def test_a_flood_in_the_businesss_own_words_hears_the_urgency_once() -> None:
    w = world()
    state, replies = await talk(
        w,
        ["our water main split in the basement and water is pouring across the floor"],
        facts=OWN_WORDS,
    )
    assert state.emergency and "flooding" in state.hazards
    assert "shut-off valve" in replies[1]
    assert "We'll treat this as urgent" in replies[1]
    assert replies[1].count("urgent") == 1 and "alerting the on-call technician" in replies[1]


async def test_a_spanish_flood_in_the_businesss_own_words_hears_the_urgency_once() -> None:
    w = world()
    state, replies = await talk(
        w,
        ["se reventó un tubo y se salió el agua por todo el pasillo, ya llegó a la recámara"],
        facts=SPANISH,
    )
    assert state.emergency and "flooding" in state.hazards
    assert "llave de paso" in replies[1]
    assert "Lo vamos a tratar como urgente" in replies[1]
    assert replies[1].count("urgente") == 1 and "técnico de guardia" in replies[1]


async def test_the_businesss_own_words_alone_say_the_urgency_once() -> None:
    w = world()
    state, replies = await talk(w, ["there's a problem with the water main"], facts=OWN_WORDS)
    assert state.emergency and state.hazards == ["tenant_defined"]
    assert replies[1].count("urgent") == 1 and "alerting the on-call technician" in replies[1]


async def test_a_hazard_without_the_businesss_words_keeps_the_acknowledgement() -> None:
    w = world()
    state, replies = await talk(
        w, ["a pipe burst in the laundry room and water is spreading across the floor"]
    )
    assert state.emergency and "tenant_defined" not in state.hazards
    assert "I understand this is urgent" in replies[1]


async def test_the_city_working_on_the_main_set_aside_pages_nobody() -> None:
    w = world()
    state, _ = await talk(
        w,
        [
            "the city's had our block torn up all week working on the water main, anyway that's "
            "not why i'm calling, the kitchen faucet drips"
        ],
        facts=OWN_WORDS,
    )
    assert not state.emergency and w.pages == []
