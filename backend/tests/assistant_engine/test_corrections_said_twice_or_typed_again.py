"""A detail put right in a later turn, said the way callers make sure of it: a house number
said twice over ("sixty three eighteen, sixty three eighteen"), or said to be the wrong way
round, replaces the one on the table; a street's name typed again as it should have been
("*Maplewood, autocorrect") replaces a name like it. Every sentence here was written for this
file."""

from __future__ import annotations

import pytest

from switchboard.assistant.engine import house_number, street_correction
from switchboard.assistant.understanding.normalise import normalise


def _number(address: str, said: str) -> str | None:
    return house_number.corrected(address, normalise(said).text)


def _street(address: str, said: str) -> str | None:
    return street_correction.corrected(address, normalise(said).text)


@pytest.mark.parametrize(
    ("address", "said", "after"),
    [
        ("6381 Birch Ln", "no I had it backwards, sixty three eighteen, sixty three eighteen",
         "6318 Birch Ln"),
        ("2790 Calle Real", "no, lo dije al revés, es veintisiete cero nueve veintisiete cero "
         "nueve", "2709 Calle Real"),
        ("5124 Ash Ave", "sorry, flipped it: fifty one forty two fifty one forty two",
         "5142 Ash Ave"),
    ],
)  # fmt: skip
def test_a_house_number_said_twice_over_replaces_the_one_on_the_table(
    address: str, said: str, after: str
) -> None:
    assert _number(address, said) == after


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("6381 Birch Ln", "sixty three eighteen sixty three eighteen"),  # nothing rejected
        ("6381 Birch Ln", "no, we have 2 2 dogs"),  # a short number, not a house
    ],
)
def test_numbers_said_twice_without_a_correction_change_nothing(address: str, said: str) -> None:
    assert _number(address, said) is None


@pytest.mark.parametrize(
    ("address", "said", "after"),
    [
        (
            "418 Maplewood Dr, Houston",
            "*Maplecrest sorry autocorrect",
            "418 Maplecrest Dr, Houston",
        ),
        ("77 Westbrook Ave", "perdón, el teclado: Westbury", "77 Westbury Ave"),
    ],
)
def test_a_street_name_typed_again_replaces_the_name_like_it(
    address: str, said: str, after: str
) -> None:
    assert _street(address, said) == after


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("418 Maplewood Dr", "*Maplecrest"),  # no correction said
        ("418 Maplewood Dr", "sorry, the maple tree out front is dying"),  # an everyday word
        ("418 Maplewood Dr", "no, Kowalski is my last name"),  # nothing like the street
    ],
)
def test_words_unlike_the_street_or_unrejected_change_nothing(address: str, said: str) -> None:
    assert _street(address, said) is None
