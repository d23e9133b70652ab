"""A word of the problem put right after the phone's autocorrect is read as put right: "Water
mail broke ..." then "MAIN. water main. autocorrect" (or "*main") is the business's own
emergency words, whose advice is said once after the page; "celling*" then "ceiling" is water
through the ceiling. And what must not change: a correction of the caller's name puts no word of
the problem right, a word already in the problem changes nothing, and the business's own words
heard in the first turn are not said twice."""

from __future__ import annotations

from dataclasses import replace

from switchboard.assistant.understanding import HazardRule
from tests.assistant_engine.test_conversations import FACTS, talk, world

OWN_WORDS = replace(FACTS, hazards=(HazardRule("water main"),))
URGENT = "We'll treat this as urgent."


async def test_the_businesss_own_words_put_right_after_the_page_get_their_advice() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "Water mail broke in the front yard, its coming up like a fountain by the meter",
            "MAIN. water main. autocorrect",
        ],
        channel="sms",
        facts=OWN_WORDS,
    )
    assert [kind for kind, _ in w.pages] == ["emergency"]
    assert URGENT not in replies[1] and URGENT in replies[2]
    assert "tenant_defined" in state.hazards
    assert state.problem is not None and "water main broke" in state.problem


async def test_a_word_marked_with_an_asterisk_puts_the_problem_right() -> None:
    w = world()
    state, replies = await talk(
        w,
        ["the water mail in the yard blew, it's shooting up out of the grass", "*main"],
        channel="sms",
        facts=OWN_WORDS,
    )
    assert [kind for kind, _ in w.pages] == ["emergency"]
    assert URGENT in replies[2] and "tenant_defined" in state.hazards


async def test_the_businesss_own_words_said_first_are_not_said_again() -> None:
    w = world()
    _, replies = await talk(
        w,
        [
            "Water main broke in the front yard, its coming up like a fountain by the meter",
            "yes please, as soon as possible, water main",
        ],
        channel="sms",
        facts=OWN_WORDS,
    )
    assert URGENT in replies[1] and URGENT not in replies[2]
    assert [kind for kind, _ in w.pages] == ["emergency"]


async def test_a_name_put_right_changes_no_word_of_the_problem() -> None:
    w = world()
    state, _ = await talk(
        w,
        [
            "my kitchen drain is clogged",
            "tomorrow morning",
            "Jon Smyth",
            "ugh autocorrect. Jan Smit",
        ],
        channel="sms",
    )
    assert state.problem == "my kitchen drain is clogged"
    assert w.pages == []


def test_only_a_word_spelled_nearly_alike_is_replaced() -> None:
    from switchboard.assistant.understanding.autocorrect import put_right

    problem = "buenos dias esta saliendo agua negra por la regards y huele horrible"
    assert put_right(problem, "regadera* el corrector esta en ingles") == problem.replace(
        "regards", "regadera"
    )
    assert put_right("water coming from the celling", "ceiling* sorry") == (
        "water coming from the ceiling"
    )
    # Already said, another first letter, another form of the same word, no mark: nothing.
    assert put_right("my drain is clogged", "drain* sorry") is None
    assert put_right("my sink is clogged", "drink*") is None
    assert put_right("my toilet is running", "toilets*") is None
    assert put_right("water mail broke", "the main is in the yard") is None
