"""Two things a phone line does to words. The letters of a spelling ("k o w a l c z y k",
"r o y a l") are no words of either language: a "y" among them is no Spanish "and", so an
English caller who spells is still answered in English (a Spanish turn with a spelling stays
Spanish). A year said short after "back in" ("back in forty seven the basement flooded") is the
past, like "back in 2047"; "back in ten minutes" is no year, and water pouring now still pages.
Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.language import detect_language
from switchboard.assistant.understanding.normalise import normalise


@pytest.mark.parametrize(
    "text",
    [
        "kowalczyk k o w a l c z y k",
        "royal r o y a l olathe",
        "its yates y a t e s",
        "that's lyle l y l e",
    ],
)
def test_a_spelling_says_nothing_about_the_language(text: str) -> None:
    assert detect_language(normalise(text), "en").value == "en"


@pytest.mark.parametrize(
    "text",
    [
        "me llamo yolanda y a n e z y vivo en la calle royal",
        "sí, es con y griega, y la dirección es 400 main",
    ],
)
def test_spanish_around_a_spelling_is_still_spanish(text: str) -> None:
    assert detect_language(normalise(text), "en").value == "es"


def _emergency(ctx: Callable[..., Context], text: str) -> bool:
    found = understand(text, ctx()).emergency
    return bool(found and found.value)


@pytest.mark.parametrize(
    "text",
    [
        "back in forty seven the basement flooded bad and ever since the floor drain gurgles",
        "the crawlspace flooded back in '19 and now it smells musty, can someone look",
    ],
)
def test_a_year_said_short_is_the_past(ctx: Callable[..., Context], text: str) -> None:
    assert not _emergency(ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        "water is pouring through the kitchen ceiling, I'll be back in 10 minutes",
        "the basement is flooding right now, we got back in 20 minutes ago and found it",
    ],
)
def test_back_in_minutes_is_no_year(ctx: Callable[..., Context], text: str) -> None:
    assert _emergency(ctx, text)
