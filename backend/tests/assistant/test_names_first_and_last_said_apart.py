"""A first and last name given in pieces: "Lee is the first name, last name is Chan"; a first
name stated (a nickname "for short" aside) or said alone with a letter aid ("jon no h") and
then the last name said as such and spelled, a spelling put right after "no sorry" replacing
the one before it; a contractor's name after the role; a name signing off the address with
"and it's ..."; and a name given when asked, then someone spoken of ("él ya tiene mi
número")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name", "expecting", "language"),
    [
        ("lee is the first name last name is chan", "Lee Chan", Expecting.TIME, "en"),
        ("ana es mi nombre y el apellido es ruiz", "Ana Ruiz", Expecting.TIME, "es"),
        ("sure its wojciech wojo for short last name dabrowski d a b r o w s k i",
         "Wojciech Dabrowski", Expecting.TIME, "en"),
        ("jon no h last name seibert s i e b e r t no sorry s e i b e r t", "Jon Seibert",
         Expecting.TIME, "en"),
        ("no the homeowners are at work im the contractor rob feeney f e e n e y the house is "
         "eighty eight oh two west one hundred nineteenth street", "Rob Feeney", Expecting.TIME,
         "en"),
        ("three two one five northeast fiftieth street kansas city missouri and its hollis tran",
         "Hollis Tran", Expecting.TIME, "en"),
        ("norma hernández él ya tiene mi número", "Norma Hernández", Expecting.NAME, "es"),
        ("walt pruitt he has my number", "Walt Pruitt", Expecting.NAME, "en"),
    ],
)  # fmt: skip
def test_the_name_given_in_pieces(
    ctx: Callable[..., Context], text: str, name: str, expecting: Expecting, language: str
) -> None:
    u = understand(text, ctx(expecting=expecting, language=language))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name", "expecting"),
    [
        ("first name is lee last name is chan", "Lee Chan", Expecting.TIME),
        ("the last name is chan", "Chan", Expecting.TIME),
        ("it is the first name i could think of, last name is chan", "Chan", Expecting.TIME),
        ("kevin tran no sorry trang t r a n g", "Trang", Expecting.TIME),
        ("W-A-L-T-E-R B-R-Z-E-Z-I-N-S-K-I", "Walter Brzezinski", Expecting.NAME),
        ("wei he", "Wei He", Expecting.NAME),
    ],
)
def test_look_alikes_read_as_before(
    ctx: Callable[..., Context], text: str, name: str, expecting: Expecting
) -> None:
    u = understand(text, ctx(expecting=expecting))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    "text",
    [
        "three two one five northeast fiftieth street kansas city missouri and its the back door",
        "three two one five northeast fiftieth street kansas city missouri and its pouring rain",
        "walt pruitt he has my number",  # the name not asked: the rule waits for the question
    ],
)
def test_no_name_from_how_things_are(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is None
