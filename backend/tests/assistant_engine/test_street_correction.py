"""The street corrected. Said again to correct one part of it, the parts not said again stay:
"740 Ponce de Leon Avenue, not Place" stays NE; another street replaces everything. Its name
rejected and another said, the house number and the town stay: "it's West 78th Street, not
87th", "no es Airline, es Irvington Boulevard". Every sentence here was written for this
file."""

from __future__ import annotations

import pytest

from switchboard.assistant.engine import street_correction
from switchboard.assistant.understanding.model import Address
from switchboard.assistant.understanding.normalise import normalise
from tests.assistant_engine.test_conversations import talk, world


@pytest.mark.parametrize(
    ("on_table", "said", "after"),
    [
        (
            "740 Ponce De Leon Place NE",
            Address(line1="740 Ponce De Leon Avenue"),
            "740 Ponce De Leon Avenue NE",
        ),
        (
            "224 South Vine Street, Denver",
            Address(line1="224 Vine Avenue"),
            "224 South Vine Avenue, Denver",
        ),
        ("55 Elm Street Apt 3", Address(line1="55 Elm Road"), "55 Elm Road Apt 3"),
        # Spanish: "la avenida, no la calle"
        (
            "1420 Calle Westheimer SW",
            Address(line1="1420 Westheimer Avenue"),
            "1420 Westheimer Avenue SW",
        ),
        # what is said again replaces: a new compass point, a new town
        (
            "740 Ponce De Leon Place NE",
            Address(line1="740 Ponce De Leon Avenue NW"),
            "740 Ponce De Leon Avenue NW",
        ),
        (
            "224 South Vine Street, Denver",
            Address(line1="224 Vine Street", city="Aurora"),
            "224 South Vine Street, Aurora",
        ),
        # another number or another street is another address
        (
            "740 Ponce De Leon Place NE",
            Address(line1="470 Ponce De Leon Avenue"),
            "470 Ponce De Leon Avenue",
        ),
        ("740 Peachtree Street NE", Address(line1="740 Piedmont Avenue"), "740 Piedmont Avenue"),
        (None, Address(line1="740 Piedmont Avenue"), "740 Piedmont Avenue"),
    ],
)
def test_what_is_not_said_again_stays(on_table: str | None, said: Address, after: str) -> None:
    assert street_correction.kept(on_table, said) == after


async def test_the_street_kind_corrected_keeps_its_compass_point() -> None:
    lines = ["my kitchen drain is clogged", "Odell Fontaine", "740 ponce de leon place northeast",
             "wait no not place, its 740 ponce de leon avenue"]  # fmt: skip
    state, _replies = await talk(world(), lines)
    assert state.address == "740 Ponce De Leon Avenue NE"


def fixed(address: str, said: str) -> str | None:
    return street_correction.corrected(address, normalise(said).text)


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


@pytest.mark.parametrize(
    ("address", "said", "expected"),
    [
        ("1104 West 20th Street", "wait no it's twenty first, west twenty first street, eleven "
         "oh four", "1104 West 21st Street"),
        ("1104 W 20th St, Houston", "no sorry, 21st st", "1104 W 21st St, Houston"),
        ("1104 W 20th St, Houston", "no perdón, es la w 21st", "1104 W 21st St, Houston"),
    ],
)  # fmt: skip
def test_a_numbered_street_said_again_without_the_old_number(
    address: str, said: str, expected: str
) -> None:
    assert fixed(address, said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "no, the 21st works better",  # a day of the month
        "no, el 21st mejor",
    ],
)
def test_an_ordinal_not_said_as_the_street_corrects_nothing(said: str) -> None:
    assert fixed("1104 West 20th Street", said) is None
