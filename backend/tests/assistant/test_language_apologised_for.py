"""A caller who apologises for their English and goes on in English ("i need somebody put the
fan in the living room, my english not so good sorry") is answered in English: most such
callers speak neither English well nor Spanish, and Spanish would lose them. Said alone or
with Spanish words, the apology still asks for Spanish; "no hablo inglés" always does. Our own
wordings."""

from __future__ import annotations

import pytest

from switchboard.assistant.understanding.language import detect_language_request
from switchboard.assistant.understanding.normalise import normalise


@pytest.mark.parametrize(
    "text",
    [
        "hello i need somebody to put the new fan in the living room my english not so good sorry",
        "sorry my english is not good, the water heater is making a loud noise since yesterday",
    ],
)
def test_an_apology_said_in_english_asks_for_nothing(text: str) -> None:
    assert detect_language_request(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "my english no good",
        "my english is not good, se me tapó el baño de arriba y no tengo otro",
        "no hablo inglés, se me tapó el baño",
        "i don't speak english",
    ],
)
def test_the_apology_alone_or_with_spanish_still_asks_for_spanish(text: str) -> None:
    asked = detect_language_request(normalise(text))
    assert asked is not None and asked.value == "es", text
