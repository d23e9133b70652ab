"""After an exact time is taken at once ("Tuesday at 10 AM is open. Can I get your name?"),
a "yes, that one" agrees to the time: the flow moves on to what is still missing, and a name
said with the yes is taken, not asked for again."""

from __future__ import annotations

from dataclasses import replace

from tests.assistant_engine.test_conversations import FACTS, talk, world

TAKEN = "Tuesday March 3rd at 10 AM is open. Can I get your name and the address for the visit?"


async def test_yes_that_one_with_the_name_moves_on_to_the_address() -> None:
    w = world()
    state, replies = await talk(
        w, ["my kitchen drain is clogged", "tomorrow at 10", "yes that one, Dana Smith"]
    )
    assert replies[2] == TAKEN
    assert state.name == "Dana Smith" and "address" in replies[3] and "name" not in replies[3]


async def test_si_esa_with_the_name_in_spanish() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "se me tapó el drenaje de la cocina",
            "mañana a las 10",
            "sí, esa, María López",
            "14 Elm St",
            "sí",
        ],
        facts=replace(FACTS, language="es"),
    )
    assert state.name == "María López" and "dirección" in replies[3]
    assert "Para confirmar" in replies[4] and len(w.booked) == 1


async def test_a_bare_yes_is_agreed_and_only_what_is_missing_is_asked() -> None:
    w = world()
    state, replies = await talk(
        w, ["my kitchen drain is clogged, this is Dana Smith", "tomorrow at 10", "yes that one"]
    )
    assert "is open" in replies[2] and "address" in replies[2]
    # Not the name again (it is on file) and not the same words again: on to the address.
    assert replies[3] == "Great. What's the address where you need the work done?"
    assert state.name == "Dana Smith" and state.chosen is not None


async def test_a_bare_si_esa_then_the_rest_reaches_the_read_back() -> None:
    w = world()
    lines = ["se me tapó el drenaje de la cocina", "mañana a las 10", "sí, esa", "Dana Smith",
             "14 Elm St", "sí"]  # fmt: skip
    _state, replies = await talk(w, lines, facts=replace(FACTS, language="es"))
    assert replies[3] == "Perfecto. ¿Me da su nombre y la dirección donde se hará el trabajo?"
    assert "dirección" in replies[4] and "Para confirmar" in replies[5]
    assert len(w.booked) == 1 and w.booked[0]["name"] == "Dana Smith"
