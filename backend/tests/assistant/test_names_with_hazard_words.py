"""A surname that is also a hazard word ("Flood", "Burns", "Fuego") given as the answer to the
name question is somebody, never a hazard; a hazard said beside the name still is one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    "text",
    ["harriet nakagawa flood", "it's orla flood", "Desmond Okafor-Flood", "leocadia fuego ramos"],
)
def test_a_name_answering_the_name_question_pages_nobody(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is not None
    assert not u.hazards
    assert u.emergency is None or not u.emergency.value


@pytest.mark.parametrize(
    "text",
    ["gas leak", "my name is orla flood and the basement is flooding right now",
     "me llamo leocadia ramos y se está inundando el sótano"],
)  # fmt: skip
def test_a_hazard_said_beside_the_name_still_counts(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.hazards
