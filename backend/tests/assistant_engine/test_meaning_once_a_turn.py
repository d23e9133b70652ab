"""The meaning model encodes a turn once. A turn that explains nothing is understood a second
time as the answer to "your name?" (`volunteered.with_volunteered_name`); the sentence encoder
is the dearest step of understanding, and the same words mean the same the second time."""

from __future__ import annotations

from typing import Any

import pytest

from switchboard.assistant.understanding.meaning import NearestExamples, default_model
from tests.assistant_engine.test_conversations import talk, world


class _Counting:
    def __init__(self, encoder: Any) -> None:
        self.encoder = encoder
        self.texts: list[str] = []

    def encode(self, texts: list[str]) -> Any:
        self.texts.extend(texts)
        return self.encoder.encode(texts)


@pytest.fixture
def encoded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    model = default_model()
    if not isinstance(model, NearestExamples):
        pytest.skip("the meaning model is not installed")
    counting = _Counting(model._encoder)
    monkeypatch.setattr(model, "_encoder", counting)
    return counting.texts


@pytest.mark.parametrize(
    "said",
    [
        "well you see it has been quite a long and strange week here",
        "bueno pues la verdad es que ha sido una semana muy larga aquí en casa",
    ],
)
async def test_a_long_turn_that_explains_nothing_is_encoded_once(
    encoded: list[str], said: str
) -> None:
    await talk(world(), [said])
    assert len(encoded) == 1, encoded


async def test_nothing_is_remembered_from_one_turn_to_the_next(encoded: list[str]) -> None:
    """Said again in the next turn, the same words are weighed again: the memory is the
    turn's, never the process's (a caller's words are not kept past their turn)."""
    said = "well you see it has been quite a long and strange week here"
    await talk(world(), [said, said])
    assert len(encoded) == 2, encoded
