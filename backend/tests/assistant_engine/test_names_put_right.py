"""A name put right after an apology replaces the one on the table ("oops, sorry, I'm a
Henderson now. Priya Henderson" after "Priya Lal"); an apology about a day or an address leaves
the name alone."""

from __future__ import annotations

from tests.assistant_engine.test_conversations import talk, world


async def test_a_new_surname_after_an_apology_replaces_the_old_one() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "Priya Lal",
             "oops sorry, new surname, got married in June. Priya Henderson"]  # fmt: skip
    state, _ = await talk(w, lines)
    assert state.name == "Priya Henderson"


async def test_a_first_name_autocorrected_is_put_right_in_spanish() -> None:
    w = world()
    lines = ["se tapó el drenaje de la cocina", "me llamo Rosa Ibáñez",
             "perdón, me equivoqué. Rosa Ibarra"]  # fmt: skip
    state, _ = await talk(w, lines)
    assert state.name == "Rosa Ibarra"


async def test_an_apology_about_the_address_keeps_the_name() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "Nate Osei, 11100 Metcalf Ave",
             "wait sorry that's my office. Home is 7412 W 143rd St, Overland Park"]  # fmt: skip
    state, _ = await talk(w, lines)
    assert state.name == "Nate Osei"


async def test_a_surname_autocorrected_then_spelled_replaces_the_surname_only() -> None:
    w = world()
    lines = ["my kitchen drain is clogged. Name is Nils Petterson",
             "ugh autocorrect. Pettersen. P-E-T-T-E-R-S-E-N"]  # fmt: skip
    state, _ = await talk(w, lines, channel="web")
    assert state.name == "Nils Pettersen"
