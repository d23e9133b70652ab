"""A visit put under a relative's name, said with or without the apostrophe ("my dads name"),
is booked under that name; a name said after "yes ma'am" or "yes sir" is the caller's. Every
sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, understand

NOW = datetime(2026, 2, 14, 16, 0, tzinfo=ZoneInfo("America/New_York"))


def name(text: str, language: str = "en") -> str | None:
    u = understand(text, Context(now=NOW, timezone="America/New_York", language=language))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("put it under my moms name philippa okonkwo", "Philippa Okonkwo"),
        ("book it under my husband's name, Teodor Varga", "Teodor Varga"),
        ("can you put it under my daughters name is marisol quintero", "Marisol Quintero"),
    ],
)
def test_a_relatives_name_the_visit_goes_under(text: str, expected: str) -> None:
    assert name(text) == expected


def test_a_relatives_name_in_spanish() -> None:
    assert name("póngalo a nombre de mi mamá Herminia Lozano", "es") == "Herminia Lozano"


def test_a_relative_spoken_of_without_a_name_gives_none() -> None:
    assert name("put it under my dads name please") is None


@pytest.mark.parametrize(
    ("text", "expected", "language"),
    [
        ("yes maam its delphine arceneaux", "Delphine Arceneaux", "en"),
        ("yes sir, it's Odell Prewitt", "Odell Prewitt", "en"),
        ("sí señora, soy Eulalia Cárdenas", "Eulalia Cárdenas", "es"),
    ],
)
def test_a_name_after_a_polite_word_of_address(text: str, expected: str, language: str) -> None:
    assert name(text, language) == expected


def test_a_polite_word_alone_is_no_name() -> None:
    assert name("yes ma'am") is None
