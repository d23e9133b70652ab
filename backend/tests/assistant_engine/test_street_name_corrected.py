"""A street name corrected on its own keeps the house number and the town: "it's West 78th
Street, not 87th", "no es Airline, es Irvington Boulevard". Every sentence here was written for
this file."""

from __future__ import annotations

import pytest

from switchboard.assistant.engine.street_name import corrected
from switchboard.assistant.understanding.normalise import normalise


def fixed(address: str, said: str) -> str | None:
    return corrected(address, normalise(said).text)


@pytest.mark.parametrize(
    ("address", "said", "expected"),
    [
        ("409 West 87th Street", "sorry i flipped it, its west seventy eighth street not eighty "
         "seventh", "409 West 78th Street"),
        ("22 E 41st St, Brooklyn", "no, 14th, not 41st", "22 E 14th St, Brooklyn"),
        ("12 Oak St", "no not oak street, sorry, Wexford street", "12 Wexford Street"),
        ("2105 Airline, Houston", "no perdón me equivoqué no es airline es irvington irvington "
         "boulevard", "2105 Irvington Boulevard, Houston"),
        ("804 Shaver, Pasadena", "no es shaver, es tlaquepaque", "804 Tlaquepaque, Pasadena"),
    ],
)  # fmt: skip
def test_the_street_said_instead_replaces_the_one_rejected(
    address: str, said: str, expected: str
) -> None:
    assert fixed(address, said) == expected


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("409 West 87th Street", "not tomorrow, 87th is fine"),  # the street not rejected
        ("12 Oak St", "no the oak street one is fine"),  # no other street said
        ("12 Oak St", "no, oak street, it's the kitchen sink"),  # everyday words
        ("2105 Airline, Houston", "no, el sábado en la mañana"),  # about the time
    ],
)
def test_no_street_correction(address: str, said: str) -> None:
    assert fixed(address, said) is None
