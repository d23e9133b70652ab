"""Problem to service mapping, language detection and ASR-style normalisation."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.normalise import normalise


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("my kitchen sink is clogged", "drain"),
        ("no hot water since this morning", "water_heater"),
        ("the toilet is leaking at the base", "toilet"),
        ("the faucet keeps dripping", "faucet"),
        ("the garbage disposel is jammed", "disposal"),
        ("water heeter is making noise", "water_heater"),
        ("garbage disposal is jammed", "disposal"),
        ("tengo una fuga en la cocina", "leak"),
        ("el inodoro gotea", "toilet"),
    ],
)
def test_service_matching(ctx: Callable[..., Context], text: str, service: str) -> None:
    u = understand(text, ctx())
    assert u.service is not None
    assert u.service.value == service


def test_no_service_for_unrelated_text(ctx: Callable[..., Context]) -> None:
    assert understand("what are your hours", ctx()).service is None
    assert understand("the roof needs shingles", ctx()).service is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hola, necesito un plomero", "es"),
        ("se reventó una tubería en el baño", "es"),
        ("manana en la manana", "es"),
        ("My sink is clogged", "en"),
        ("can someone come tomorrow", "en"),
    ],
)
def test_language(ctx: Callable[..., Context], text: str, language: str) -> None:
    assert understand(text, ctx()).language.value == language


def test_short_ambiguous_turn_keeps_the_conversation_language(
    ctx: Callable[..., Context],
) -> None:
    assert understand("no", ctx(language="es")).language.value == "es"
    assert understand("no", ctx(language="en")).language.value == "en"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Um, uh, my sink is like totally clogged.", "my sink is totally clogged"),
        ("I'd like to book", "i'd like to book"),
        ("i dont smell gas", "i don't smell gas"),
        ("at two p m", "at 2 pm"),
        ("forty four ten west seventy fifth", "44 10 west 75th"),
        ("the second one", "the 2nd one"),
        ("in two days", "in 2 days"),
        ("a c isnt working", "ac isn't working"),
        ("Mañana, ¿sí?", "manana si"),
    ],
)
def test_normalisation(raw: str, text: str) -> None:
    assert normalise(raw).text == text
