"""The message catalogues: the same ids and placeholders in every language, and life-safety
guidance for every hazard the understanding layer can report."""

from __future__ import annotations

import pytest

from switchboard.assistant.messages import (
    LANGUAGES,
    UnknownMessage,
    catalogue,
    placeholders,
    render,
    safety_message_id,
)
from switchboard.assistant.understanding import Hazard


def test_every_language_has_every_message_with_the_same_placeholders() -> None:
    english = catalogue("en")
    for language in LANGUAGES:
        other = catalogue(language)
        assert set(other) == set(english), language
        for key, template in english.items():
            assert placeholders(other[key]) == placeholders(template), (language, key)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("hazard", list(Hazard))
def test_guidance_for_every_hazard(language: str, hazard: Hazard) -> None:
    assert render(safety_message_id(hazard.value), language)


def test_gas_guidance_says_leave_and_call() -> None:
    english = render("safety.gas_leak", "en")
    assert "leave" in english
    assert "911" in english
    assert "salga" in render("safety.gas_leak", "es")


def test_render_fills_placeholders() -> None:
    assert render("greeting", "es", business="Plomería Hernández").startswith(
        "Gracias por llamar a Plomería Hernández"
    )


def test_unknown_language_falls_back_to_english() -> None:
    assert render("ask.name", "fr") == render("ask.name", "en")


def test_unknown_message_is_an_error() -> None:
    with pytest.raises(UnknownMessage):
        render("no.such.message")
