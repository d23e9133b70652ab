"""A part of the name said to be wrong ("no sorry, it's not Kats, it's Kac, K-A-C") is the part
the new word replaces, however unlike the two sound; the rest of the name stays. A word the
caller denies that is no part of the name leaves the name to the usual rules."""

from __future__ import annotations

from tests.assistant_engine.test_conversations import talk, world


async def test_a_denied_surname_is_replaced_and_the_first_name_kept() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "ilana kats",
             "no sorry its not kats its kac k a c its polish"]  # fmt: skip
    state, _ = await talk(w, lines)
    assert state.name == "Ilana Kac"


async def test_a_denied_first_name_is_replaced_and_the_surname_kept() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "jon whitfield",
             "no it isnt jon its sean s e a n"]  # fmt: skip
    state, _ = await talk(w, lines)
    assert state.name == "Sean Whitfield"


async def test_a_married_name_said_whole_after_the_old_one() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "dana whitcomb",
             "oh wait sorry thats my old name i just got married its pruitt now dana pruitt "
             "p r u i t t"]  # fmt: skip
    state, _ = await talk(w, lines)
    assert state.name == "Dana Pruitt"


async def test_a_denied_word_that_is_no_part_of_the_name() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "ilana kats",
             "no its not the sink its the tub, and the name is marta kac"]  # fmt: skip
    state, _ = await talk(w, lines)
    assert state.name == "Marta Kac"
