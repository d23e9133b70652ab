"""Corrections replace the right detail: a house number, a name spelled out, a name said
again with the surname it was missing."""

from __future__ import annotations

import pytest

from switchboard.assistant.engine import house_number, names
from tests.assistant_engine.test_conversations import talk, world

_TO_READ_BACK = ["my kitchen drain is clogged", "wednesday morning", "the first one",
                 "Sean Mulroney", "2718 W 35th Ave"]  # fmt: skip


async def test_a_house_number_corrected_at_the_read_back_is_read_back_corrected() -> None:
    w = world()
    state, replies = await talk(w, [*_TO_READ_BACK, "no sorry its 2781 not 2718, my bad"])
    assert state.address == "2781 W 35th Ave"
    assert "2781 W 35th Ave" in replies[-1] and "Just to confirm" in replies[-1]
    assert not w.booked


async def test_a_spanish_house_number_corrected_while_a_time_is_asked() -> None:
    w = world()
    lines = ["hola se me tapó el drenaje de la cocina", "doce cuarenta de la calle westheimer",
             "no perdón me equivoqué es el catorce veinte no el doce cuarenta"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert state.address == "1420 Westheimer Street"
    assert replies[-1].startswith("Anotado: 1420 Westheimer Street.")


async def test_a_first_name_spelled_out_keeps_the_last_name() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "Catherine Liu", "Katherine with a K"]
    state, _replies = await talk(w, lines, channel="sms")
    assert state.name == "Katherine Liu"


@pytest.mark.parametrize(
    ("before", "said", "after"),
    [
        ("Catherine Liu", "Katherine", "Katherine Liu"),
        ("John Smith", "Smyth", "John Smyth"),
        ("Kyle", "Kyle Jankowski", "Kyle Jankowski"),
        ("Dana Smith", "Robert", "Robert"),
        (None, "Dana", "Dana"),
    ],
)
def test_a_name_said_in_part_replaces_only_that_part(
    before: str | None, said: str, after: str
) -> None:
    assert names.merged(before, said) == after


@pytest.mark.parametrize(
    ("address", "text", "after"),
    [
        ("2718 W 35th Ave", "it's 2781 not 2718", "2781 W 35th Ave"),
        ("1240 Westheimer", "es el 14 20 no el 12 40 14 20 westheimer", "1420 Westheimer"),
        ("1200 Harrisburg Avenue", "no perdon es el 1400", "1400 Harrisburg Avenue"),
        ("2718 W 35th Ave", "2781 and 2718", None),  # nothing rejected
        ("1200 Harrisburg Avenue", "no 3", None),  # not like a house number
        ("1200 Harrisburg Avenue", "no 1400 or 1500", None),  # which one?
        ("2718 W 35th Ave", "not 3 pm", None),  # the house number was not named
        (None, "it's 2781 not 2718", None),
    ],
)
def test_a_house_number_is_replaced_only_when_the_caller_rejects_it(
    address: str | None, text: str, after: str | None
) -> None:
    assert house_number.corrected(address, text) == after


def test_a_last_name_said_as_such_completes_or_replaces() -> None:
    assert names.merged("Dana", "Ruiz", last_name=True) == "Dana Ruiz"
    assert names.merged("Dana Smith", "Ruiz", last_name=True) == "Dana Ruiz"
    assert names.merged(None, "Ruiz", last_name=True) == "Ruiz"


async def test_a_first_name_spelled_at_the_read_back_replaces_only_the_first_name() -> None:
    w = world()
    lines = ["my water heater's leaking from the bottom", "tomorrow afternoon", "the second one",
             "john smith, fifty five elm avenue", "no, it's jon, j o n"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert state.name == "Jon Smith" and "Just to confirm" in replies[-1] and not w.booked


@pytest.mark.parametrize(
    ("before", "text", "after"),
    [
        ("Linda", "linda park", "Linda Park"),
        ("Linda", "linda mcallister", "Linda McAllister"),
        ("Linda", "linda please", None),
        ("Linda", "mark park", None),
        ("Linda Park", "linda park", None),
        (None, "linda park", None),
        # The name said again with one more surname, at the end of what was said.
        ("Inés Barragán", "Póngalo así por favor: Inés Barragán Núñez", "Inés Barragán Núñez"),
        ("Dana Ruiz", "sorry it's actually dana ruiz whitfield", "Dana Ruiz Whitfield"),
        (
            "Inés Barragán",
            "a nombre de Inés Barragán Ochoa, como en la factura",
            "Inés Barragán Ochoa",
        ),
        ("Dana Ruiz", "dana ruiz will call back later", None),
        ("Dana Ruiz", "dana ruiz here", None),
    ],
)
def test_a_first_name_said_again_with_the_last(
    before: str | None, text: str, after: str | None
) -> None:
    assert names.completed(before, text) == after


async def test_the_last_name_added_while_the_address_is_asked() -> None:
    w = world()
    lines = ["kitchen drain clogged", "tomorrow morning", "the first one", "its linda",
             "linda park"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert state.name == "Linda Park" and "address" in replies[-1]


async def test_a_second_surname_added_later_completes_the_name_by_text() -> None:
    w = world()
    lines = [
        "the bathroom sink drips under the cabinet",
        "Me llamo Inés Barragán",
        "Perdón, mejor con mis dos apellidos como en el recibo: Inés Barragán Núñez",
    ]
    state, _replies = await talk(w, lines, channel="web")
    assert state.name == "Inés Barragán Núñez"


async def test_the_town_said_again_replaces_the_town() -> None:
    w = world()
    state, _ = await talk(
        w,
        [
            "my kitchen drain is clogged",
            "Dana Whitcombe, 88 Larch St, Olathe",
            "sorry, Lenexa not Olathe",
        ],
    )
    assert state.address == "88 Larch St, Lenexa"
