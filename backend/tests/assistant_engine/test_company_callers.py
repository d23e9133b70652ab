"""A caller who gives a business for a name ("this is Sparky's Diner") is booked with the
business kept as the company, and is still asked who to ask for."""

from __future__ import annotations

from dataclasses import replace

from eval.memory_world import MemoryWorld
from tests.assistant_engine.test_conversations import FACTS, talk, world


async def test_a_diner_is_the_company_and_the_contact_name_is_asked() -> None:
    w = world()
    lines = ["this is Sparky's Diner, our kitchen drain is clogged", "tomorrow morning",
             "the first one", "Mike Reyes", "400 Main St", "yes"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert state.company == "Sparky's Diner" and state.name == "Mike Reyes"
    assert replies[3] == "And your name, so we know who to ask for?"
    booked = w.booked[0]
    assert booked["company"] == "Sparky's Diner" and booked["name"] == "Mike Reyes"


async def test_calling_from_a_company_by_text() -> None:
    w = world()
    lines = ["calling from Acme Property Management, a drain is clogged at one of our units",
             "tomorrow afternoon", "the second one", "this is Karen", "1200 W 75th St",
             "yes"]  # fmt: skip
    state, replies = await talk(w, lines, channel="sms")
    assert "When would work best" in replies[1]  # "at one of our units" is not a time
    assert state.company == "Acme Property Management" and state.name == "Karen"
    assert w.booked[0]["start"].hour == 15


async def test_the_company_reaches_the_owner_with_a_message() -> None:
    w = MemoryWorld(open_slots=[])
    await talk(w, ["hi this is Dana from Acme Property Management, can I talk to a person"])
    assert w.callbacks
    assert w.callbacks[0][1]["company"] == "Acme Property Management"
    assert w.callbacks[0][1]["name"] == "Dana"


async def test_in_spanish() -> None:
    w = world()
    lines = ["le hablo de la Taquería Lupita, se tapó el drenaje de la cocina",
             "mañana en la mañana", "la primera", "Rosa Méndez", "500 Main St", "sí"]  # fmt: skip
    state, replies = await talk(w, lines, facts=replace(FACTS, language="es"))
    assert replies[3] == "¿Y su nombre, para saber por quién preguntar?"
    assert state.company == "Taquería Lupita" and w.booked[0]["name"] == "Rosa Méndez"


async def test_a_person_is_still_asked_the_usual_way() -> None:
    w = world()
    _state, replies = await talk(
        w, ["my kitchen drain is clogged", "tomorrow morning", "the first one"]
    )
    assert replies[3] == "Can I get your name and the address for the visit?"
