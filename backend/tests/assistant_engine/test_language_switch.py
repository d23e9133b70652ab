"""A caller who asks for the other language: the conversation goes on in it, from the
question on the table, and nothing they said is lost or mistaken for the problem."""

from __future__ import annotations

from dataclasses import replace

from tests.assistant_engine.test_conversations import FACTS, talk, world


async def test_no_hablo_ingles_switches_to_spanish_and_asks_again() -> None:
    w = world()
    state, replies = await talk(w, ["no hablo inglés"])
    assert state.language == "es"
    assert replies[1] == "Claro, puedo continuar en español. ¿Con qué le podemos ayudar?"
    assert state.problem is None  # the request is not the job


async def test_spanish_please_and_habla_espanol_switch() -> None:
    for line in ("spanish please", "hola, ¿habla español?", "en español por favor"):
        state, replies = await talk(world(), [line])
        assert state.language == "es" and "¿Con qué le podemos ayudar?" in replies[1], line
        assert state.problem is None, line


async def test_a_switch_at_the_read_back_reads_back_in_spanish_and_books_on_si() -> None:
    w = world()
    lines = ["my kitchen drain is clogged, this is Dana, 12 Oak St Olathe, tomorrow afternoon",
             "the first one", "no hablo inglés", "sí"]  # fmt: skip
    state, replies = await talk(w, lines)
    # "no hablo inglés" is not a "no" to the read-back: nothing is dropped.
    assert replies[3].startswith("Claro, puedo continuar en español. Para confirmar:")
    assert "martes 3 de marzo" in replies[3] and "12 Oak St" in replies[3]
    assert len(w.booked) == 1 and state.outcome == "booked"


async def test_a_switch_while_choosing_lists_the_same_slots_in_spanish() -> None:
    w = world()
    _state, replies = await talk(
        w, ["my kitchen drain is clogged", "tomorrow afternoon", "¿habla español?", "la primera"]
    )
    assert replies[3].startswith("Claro, puedo continuar en español. Tengo el martes 3 de marzo")
    assert "¿Cuál le queda mejor?" in replies[3]
    assert "nombre" in replies[4]


async def test_the_problem_said_with_the_request_is_kept() -> None:
    w = world()
    state, replies = await talk(w, ["hablo español, se me tapó el drenaje de la cocina"])
    assert state.service_id == "drain" and state.language == "es"
    assert state.problem is not None and "hablo" not in state.problem
    assert replies[1] == "Claro, puedo continuar en español. ¿Cuándo le queda mejor?"


async def test_a_spanish_business_switches_to_english_on_request() -> None:
    w = world()
    state, replies = await talk(
        w, ["hello, do you speak english?"], facts=replace(FACTS, language="es")
    )
    assert state.language == "en"
    assert replies[1] == "Sure, I can continue in English. What can we help you with?"


async def test_a_switch_after_an_emergency_offer_offers_the_same_slot_in_spanish() -> None:
    w = world()
    state, replies = await talk(w, ["there's water pouring from a burst pipe", "no hablo inglés"])
    assert state.emergency and len(w.pages) == 1  # paged once, not again
    assert "Lo más pronto que alguien puede llegar es el martes 3 de marzo" in replies[2]


async def test_someone_in_spanish_is_served_in_spanish_not_handed_off() -> None:
    w = world()
    state, replies = await talk(w, ["Can I speak to someone in Spanish?"])
    assert not w.callbacks and state.language == "es"
    assert replies[1] == "Claro, puedo continuar en español. ¿Con qué le podemos ayudar?"
