"""A caller who speaks to someone in the room and turns back to the call with an apology
("sorry", "perdón", "excuse me") and their first and last name: the name is theirs, whatever
was asked. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("tyler get off the counter sorry marisol quintero", "en", "Marisol Quintero"),
        ("hang on honey i'm on the phone excuse me dev okonkwo-reyes", "en", "Dev Okonkwo-Reyes"),
        ("mija ahorita voy perdone rosaura villalobos", "es", "Rosaura Villalobos"),
        ("no toques eso disculpe griselda ochoa", "es", "Griselda Ochoa"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("expecting", [Expecting.TRIAGE, Expecting.TIME, Expecting.NOTHING])
def test_the_name_after_the_aside_is_taken(
    ctx: Callable[..., Context], text: str, language: str, name: str, expecting: Expecting
) -> None:
    u = understand(text, ctx(language=language, expecting=expecting))
    assert u.name is not None and u.name.value == name, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("put that down sorry", "en"),
        ("sorry about that", "en"),
        ("sorry kitchen sink", "en"),
        ("sorry, thursday works", "en"),
        ("perdón, ¿me repite la hora?", "es"),
        ("disculpe la molestia", "es"),
    ],
)  # fmt: skip
def test_an_apology_without_a_name_names_nobody(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert understand(text, ctx(language=language, expecting=Expecting.TIME)).name is None, text
