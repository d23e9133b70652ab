"""The caller's details kept through a correction and a message: a first name spelled after it
was misheard keeps the surname; a message for the owner asks once more for the name when the
answer held none. Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from switchboard.assistant.engine.names import merged
from tests.assistant_engine.test_conversations import talk, world


@pytest.mark.parametrize(
    ("before", "said", "after"),
    [
        ("Caitlin Schroeder", "Katelyn", "Katelyn Schroeder"),
        ("Jimena Galvan", "Ximena", "Ximena Galvan"),
        ("Kristin Fox", "Christine", "Christine Fox"),
        ("Sofia Reyes", "Sophia", "Sophia Reyes"),
    ],
)
def test_a_first_name_spelled_as_it_sounds_keeps_the_surname(
    before: str, said: str, after: str
) -> None:
    assert merged(before, said) == after


@pytest.mark.parametrize(
    ("before", "said"),
    [("Dana Smith", "Robert"), ("Caitlin Schroeder", "Margaret")],
)
def test_another_name_altogether_replaces_the_name(before: str, said: str) -> None:
    assert merged(before, said) == said


@pytest.mark.parametrize(
    ("lines", "asked_again"),
    [
        (["i want to talk to the owner, not a machine", "no, i don't want to leave it with you",
          "fine, it's gerald pruitt"], "may I have your name"),
        (["quiero hablar con el dueño", "es sobre el presupuesto del techo",
          "soy Gerardo Prieto"], "me da su nombre"),
    ],
)  # fmt: skip
async def test_a_message_without_a_name_asks_for_it_once_more(
    lines: list[str], asked_again: str
) -> None:
    state, replies = await talk(world(), lines)
    assert asked_again in replies[2]
    assert state.name in {"Gerald Pruitt", "Gerardo Prieto"}
    assert state.stage == "closed"


async def test_the_name_is_asked_once_more_only() -> None:
    lines = ["i want to talk to the owner", "it's about the quote", "just have him call me"]
    state, replies = await talk(world(), lines)
    assert "may I have your name" in replies[2]
    assert "may I have your name" not in replies[3]
    assert state.stage == "closed"
