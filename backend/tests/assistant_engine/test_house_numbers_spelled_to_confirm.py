"""A house number corrected, then said again digit by digit to make sure of it ("it's twenty
two fifty, two two five zero"): the number both say, even when the words ran the first digit
into the tens ("fifty two two five zero"). Digits that repeat nothing said are no house number
(a phone number, a number said once)."""

from __future__ import annotations

import pytest

from switchboard.assistant.engine import house_number
from switchboard.assistant.understanding.normalise import normalise
from tests.assistant_engine.test_conversations import talk, world


def _corrected(address: str, said: str) -> str | None:
    return house_number.corrected(address, normalise(said).text)


@pytest.mark.parametrize(
    ("address", "said", "after"),
    [
        ("2215 E Broadway Rd", "its not twenty two fifteen its twenty two fifty two two five "
         "zero east broadway", "2250 E Broadway Rd"),
        ("2215 E Broadway Rd", "no, it's twenty two fifty, two two five zero",
         "2250 E Broadway Rd"),
        ("4410 Elm St", "no sorry it's forty four oh one, four four zero one", "4401 Elm St"),
        ("1080 Calle Real", "no, es el mil ochocientos, uno ocho cero cero", "1800 Calle Real"),
        ("731 Oak St", "wrong number, it's seven thirty, seven three zero", "730 Oak St"),
        # The hundreds said whole and the first digit spelled run together: 858 5 0.
        ("815 Wayside Drive", "no perdón ochocientos cincuenta ocho cinco cero",
         "850 Wayside Drive"),
        ("815 Wayside Drive", "no sorry eight fifty eight five zero", "850 Wayside Drive"),
    ],
)  # fmt: skip
def test_the_number_said_and_spelled_replaces_the_one_on_the_table(
    address: str, said: str, after: str
) -> None:
    assert _corrected(address, said) == after


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("2718 Elm St", "no, my number is five five five one two three four"),
        ("2215 E Broadway Rd", "no it's twenty two fifty two two five five"),  # not the same
        ("2215 E Broadway Rd", "sorry two two five zero and twenty two sixty"),  # which one?
        ("815 Wayside Drive", "no perdón ochocientos cincuenta ocho cinco uno"),  # not the same
    ],
)
def test_digits_that_repeat_nothing_replace_nothing(address: str, said: str) -> None:
    assert _corrected(address, said) is None


async def test_the_read_back_says_the_number_made_sure_of() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "wednesday morning", "the first one",
             "Sean Mulroney", "2215 W 35th Ave",
             "no wait its not twenty two fifteen its twenty two fifty two two five oh"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert state.address == "2250 W 35th Ave"
    assert "2250 W 35th Ave" in replies[-1] and "Just to confirm" in replies[-1]
    assert not w.booked
