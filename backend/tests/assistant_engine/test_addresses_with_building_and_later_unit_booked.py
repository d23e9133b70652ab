"""A building with its apartment, and a unit said after the town, reach the visit booked:
the owner's technician finds the door ("Bldg C Apt 117"), not only the complex."""

from __future__ import annotations

from dataclasses import replace

from tests.assistant_engine.test_conversations import FACTS, talk, world

ES = replace(FACTS, language="es")


async def test_a_building_and_its_apartment_are_booked_together() -> None:
    w = world()
    lines = ["my kitchen drain is clogged",
             "Dana Smith, 14 Elm St, Kansas City, building C apt 117. by the mailboxes",
             "tomorrow 1pm"]  # fmt: skip
    await talk(w, lines, channel="sms")
    assert len(w.booked) == 1 and w.booked[0]["address"].startswith("14 Elm St Bldg C Apt 117")


async def test_a_unit_said_after_the_town_in_spanish_is_booked() -> None:
    w = world()
    lines = ["se me tapó el drenaje de la cocina",
             "Soy María López. 14 Elm St, Kansas City, la casa de atrás, apartamento 6, cerca "
             "de la escuela",
             "mañana a la 1"]  # fmt: skip
    await talk(w, lines, channel="sms", facts=ES)
    assert len(w.booked) == 1 and w.booked[0]["address"].startswith("14 Elm St Apt 6")


async def test_a_building_that_is_no_unit_is_left_out() -> None:
    w = world()
    lines = ["my kitchen drain is clogged",
             "Dana Smith, 14 Elm St, it's the building by the mailboxes",
             "tomorrow 1pm"]  # fmt: skip
    await talk(w, lines, channel="sms")
    assert len(w.booked) == 1 and w.booked[0]["address"] == "14 Elm St"
