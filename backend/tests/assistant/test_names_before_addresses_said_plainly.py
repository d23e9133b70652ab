"""A caller's name said before details the line heard plainly: before a street said with no
kind ("marisela quintanilla mil doscientos tres quitman houston"), before a house number
broken off ("oscar lindqvist twenty two oh ... hang on"), and a first name that is an everyday
word only in Spanish said before a spelled surname by an English caller ("ok so ramon
achterberg a c h t e r b e r g"). Every sentence here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand

TOWNS = ("Houston", "Pasadena", "Katy")


def _name(ctx: Callable[..., Context], text: str, **kw: object) -> str | None:
    u = understand(text, ctx(expecting=Expecting.TIME, **kw))
    return u.name.value if u.name is not None else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("marisela quintanilla mil doscientos tres quitman houston", "Marisela Quintanilla"),
        ("anselmo barragán cuatro mil diez north shepherd", "Anselmo Barragán"),
    ],
)
def test_a_name_before_a_street_said_with_no_kind(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, towns=TOWNS, language="es") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "oscar lindqvist twenty two oh hang on the signal is bad twenty two oh",
            "Oscar Lindqvist",
        ),
        ("wendell okonjo thirty one oh wait", "Wendell Okonjo"),
    ],
)
def test_a_name_before_a_house_number_broken_off(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name


@pytest.mark.parametrize(
    "text",
    [
        "kitchen sink thirty one oh",  # everyday words: the job, not a name
        "back bedroom 4410 north park",  # everyday words before a street
    ],
)
def test_everyday_words_before_numbers_are_no_name(ctx: Callable[..., Context], text: str) -> None:
    assert _name(ctx, text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok we're out front now ramon achterberg a c h t e r b e r g", "Ramon Achterberg"),
        ("yes hello this is for lucia pettersen p e t t e r s e n", "Lucia Pettersen"),
    ],
)
def test_a_spanish_word_first_name_before_a_spelled_surname(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, language="en") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # English everyday words before the spelled surname are still not part of it
        ("the kitchen sink pettersen p e t t e r s e n", "Pettersen"),
        ("we're out back now achterberg a c h t e r b e r g", "Achterberg"),
    ],
)
def test_english_everyday_words_before_a_spelled_surname_stay_out(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, language="en") == name
