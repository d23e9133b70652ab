"""What language a thing is in (the phone's autocorrect, a letter, a keyboard) is no wish about
the language of the call: only the caller's own request changes it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("regadera* el corrector esta en ingles. y ahora tambien sube por la taza del baño", "es"),
        ("perdón, el teclado está todo en inglés y me cambia las palabras", "es"),
        ("mi celular está configurado en inglés por eso escribo raro", "es"),
        ("sorry my phone's in Spanish so autocorrect keeps changing words", "en"),
        ("the autocorrect is all in spanish, I meant the main line", "en"),
        ("the letter from the city was in spanish and I need the meter looked at", "en"),
    ],
)
def test_a_things_language_asks_for_nothing(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    u = understand(text, ctx(language=language, channel="sms"))
    assert u.language_request is None, text
    assert u.language.value == language, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("en español por favor", "es"),
        ("can we do this in spanish", "es"),
        ("prefiero que sea en español", "es"),
        ("I'd rather it was in Spanish", "es"),
        ("sí, está bien en inglés", "en"),
        ("in English please", "en"),
        ("¿me puede atender en español?", "es"),
    ],
)
def test_a_wish_for_the_calls_language_is_still_one(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    current = "es" if language == "en" else "en"
    u = understand(text, ctx(language=current))
    assert u.language_request is not None and u.language_request.value == language, text
