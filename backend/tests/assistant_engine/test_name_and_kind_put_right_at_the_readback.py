"""Two things a caller puts right at the read-back that needed no question back: the name said
again, spelled, after a "no" when it is already the name taken (they cannot hear it in the
read-back): the name is said as taken and the booking read back again; and the kind of street
said in place of the one read back ("seventh avenue, not street", "es avenida, no calle"):
only the kind changes. Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from switchboard.assistant.engine import street_correction
from switchboard.assistant.understanding.normalise import normalise
from tests.assistant_engine.test_conversations import talk, world

START = [
    "the drain in my laundry room is clogged",
    "it's Niamh Gallagher, 415 Linwood Blvd Olathe",
    "tomorrow at 1",
]
WHAT = "What should I change: the time, the address or something else?"


@pytest.mark.parametrize(
    "no",
    [
        "no no that's not right, it's niamh, n i a m h",
        "nope, the name is Niamh Gallagher",
        "no wait its gallagher g a l l a g h e r",
    ],
)
async def test_the_name_said_again_as_taken_is_said_back_then_booked(no: str) -> None:
    w = world()
    _state, replies = await talk(w, [*START, no])
    assert replies[-1].startswith("I have the name as Niamh Gallagher.")
    assert "Just to confirm" in replies[-1] and not w.booked
    w = world()
    await talk(w, [*START, no, "yes"])
    assert len(w.booked) == 1 and w.booked[0]["name"] == "Niamh Gallagher"


async def test_a_plain_no_still_asks_what_to_change() -> None:
    w = world()
    _state, replies = await talk(w, [*START, "no that's not right"])
    assert replies[-1] == WHAT and not w.booked


async def test_a_different_name_with_the_no_is_taken_and_read_back() -> None:
    w = world()
    state, replies = await talk(w, [*START, "no, it's Siobhan Gallagher"])
    assert "I have the name as" not in replies[-1] and "Just to confirm" in replies[-1]
    assert state.name == "Siobhan Gallagher"


def _street(address: str, said: str) -> str | None:
    return street_correction.corrected(address, normalise(said).text)


@pytest.mark.parametrize(
    ("address", "said", "after"),
    [
        ("2210 West 9th Street", "sorry it's west ninth avenue not street", "2210 West 9th Avenue"),
        ("88 Kessler Rd NE, Atlanta", "oops it's a drive, not a road",
         "88 Kessler Drive NE, Atlanta"),
        ("1450 Tidwell Street, Houston", "perdón, es avenida, no calle",
         "1450 Tidwell Avenue, Houston"),
        ("31 Lakeview Ave", "no sorry Lakeview Court not Ave", "31 Lakeview Court"),
    ],
)  # fmt: skip
def test_the_kind_of_street_said_instead_replaces_only_the_kind(
    address: str, said: str, after: str
) -> None:
    assert _street(address, said) == after


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("2210 West 9th Street", "sorry, it's a court not a lane"),  # not the kind on the table
        ("12 Calle Real", "no, avenida no calle"),  # the kind is the street's own name
        ("2210 West 9th Street", "no, it's street not avenue"),  # already a street
    ],
)
def test_a_kind_not_on_the_table_changes_nothing(address: str, said: str) -> None:
    assert _street(address, said) is None
