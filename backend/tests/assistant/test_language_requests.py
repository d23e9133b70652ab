"""A caller who asks for a language, or says which one they cannot follow, decides it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("no hablo inglés", "es"),
        ("No hablo ingles", "es"),
        ("¿habla español?", "es"),
        ("hola, ¿habla español?", "es"),
        ("hablo español", "es"),
        ("en español por favor", "es"),
        ("spanish please", "es"),
        ("Spanish?", "es"),
        ("do you guys speak spanish", "es"),
        ("I don't speak much English", "es"),
        ("me no speak english", "es"),
        ("¿Tienen a alguien que hable español?", "es"),
        ("no hablo español", "en"),
        ("do you speak English?", "en"),
        ("I don't speak Spanish, English please", "en"),
    ],
)
def test_a_language_request_sets_the_language(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    current = "es" if language == "en" else "en"
    u = understand(text, ctx(language=current))
    assert u.language_request is not None and u.language_request.value == language
    assert u.language.value == language and u.language.confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("it's a spanish style house and the roof drain is clogged", "en"),
        ("my tenant doesn't speak english so please call me", "en"),
        ("mi mamá no habla inglés, por eso llamo yo", "es"),
    ],
)
def test_a_language_named_is_not_always_a_request(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    u = understand(text, ctx())
    assert u.language_request is None
    assert u.language.value == language


def test_no_hablo_ingles_answers_no_question(ctx: Callable[..., Context]) -> None:
    assert understand("no hablo inglés", ctx()).polarity is None
    u = understand("no, English please", ctx(language="es"))
    assert u.language.value == "en" and u.polarity is not None


def test_someone_who_speaks_spanish_is_the_language_not_a_person(
    ctx: Callable[..., Context],
) -> None:
    for text in ("Can I speak to someone in Spanish?", "¿Puedo hablar con alguien en español?"):
        u = understand(text, ctx())
        assert u.language.value == "es" and u.intent is None, text
    u = understand("hablo español, quiero hablar con una persona", ctx())
    assert u.intent is not None and u.intent.value.value == "human"
