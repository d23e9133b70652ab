"""The urgency is said once: a flood that also matches the business's own emergency words
gets the flood's advice and the acknowledgement, never the business's "we'll treat this as
urgent" line beside them, in English and in Spanish. The business's words alone still get
their line, and a faucet job with the water main only mentioned as the city's street work,
set aside by the caller, pages nobody."""

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
    assert "We'll treat this as urgent" not in replies[1]
    assert replies[1].count("urgent") == 1


async def test_a_spanish_flood_in_the_businesss_own_words_hears_the_urgency_once() -> None:
    w = world()
    state, replies = await talk(
        w,
        ["se reventó un tubo y se salió el agua por todo el pasillo, ya llegó a la recámara"],
        facts=SPANISH,
    )
    assert state.emergency and "flooding" in state.hazards
    assert "llave de paso" in replies[1]
    assert "Lo vamos a tratar como urgente" not in replies[1]
    assert replies[1].count("urgente") == 1


async def test_the_businesss_own_words_alone_keep_their_line() -> None:
    w = world()
    state, replies = await talk(w, ["there's a problem with the water main"], facts=OWN_WORDS)
    assert state.emergency and state.hazards == ["tenant_defined"]
    assert "We'll treat this as urgent" in replies[1]


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
