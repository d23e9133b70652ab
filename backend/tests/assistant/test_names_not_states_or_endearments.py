"""How a caller is, or what they call us, is never their name: "I'm retired, honey", "it's
warm in here", "estoy bien mija", "soy jubilada, corazón"; a name is still taken from a
statement of the caller's own name beside such words. And a numbered street said digit by
digit with its zero as "oh" ("one oh eighth") is one number, kept whole with a Queens house
number ("sixty five ten one oh eighth street" is 65-10 108th Street)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand
from switchboard.assistant.understanding.normalise import normalise

NOW = datetime(2026, 2, 14, 16, 0, tzinfo=ZoneInfo("America/New_York"))


def heard(text: str, expecting: Expecting = Expecting.TIME, language: str = "en") -> str | None:
    u = understand(
        text,
        Context(now=NOW, timezone="America/New_York", language=language, expecting=expecting),
    )
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("oh i'm retired sweetie any day is fine for me", "en"),
        ("yes i'm retired dear so mornings work", "en"),
        ("hi i'm widowed now so it's just me in the house", "en"),
        ("yeah it's warm again but the radiator still clanks", "en"),
        ("oh it's chilly in here but the heat does come on", "en"),
        ("hello it's cozy now honestly it's just the noise", "en"),
        ("yes i'm comfortable honey no rush", "en"),
        ("i'm sick this week so after friday", "en"),
        ("hola soy jubilada mija cualquier dia", "es"),
        ("si estoy bien corazon nada mas el ruido", "es"),
        ("soy viuda y vivo sola", "es"),
    ],
)
def test_a_state_or_endearment_is_no_name(text: str, language: str) -> None:
    for expecting in (Expecting.TIME, Expecting.NAME, None):
        assert heard(text, expecting, language) is None, (text, expecting)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("hi honey this is margaret oyelaran calling about the boiler", "en", "Margaret Oyelaran"),
        ("oh dear it's Walter Brandt, the heat's out", "en", "Walter Brandt"),
        ("my name is rose kettleby and i'm retired", "en", "Rose Kettleby"),
        ("hola mija soy Herminia Salcedo", "es", "Herminia Salcedo"),
        ("me llamo dolores finch estoy jubilada", "es", "Dolores Finch"),
    ],
)
def test_a_name_beside_such_words_is_still_taken(text: str, language: str, expected: str) -> None:
    assert heard(text, Expecting.TIME, language) == expected


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("sixty five ten one oh eighth street", "65 10 108th street"),
        ("one oh first avenue", "101st avenue"),
        ("two o fifth street", "205th street"),
    ],
)
def test_a_street_said_digit_by_digit_with_oh_is_one_number(said: str, written: str) -> None:
    assert normalise(said).text == written


@pytest.mark.parametrize(
    "said",
    ["oh eighth grade", "twenty one oh one main street", "one of eighth"],
)
def test_other_ohs_and_ordinals_stay_as_they_were(said: str) -> None:
    assert "108th" not in normalise(said).text and "101st" not in normalise(said).text


def test_a_queens_number_said_in_words_keeps_its_hyphen() -> None:
    u = understand(
        "sixty five ten one oh eighth street forest hills queens",
        Context(now=NOW, timezone="America/New_York"),
    )
    assert u.address is not None and u.address.value.line1 == "65-10 108th Street"
