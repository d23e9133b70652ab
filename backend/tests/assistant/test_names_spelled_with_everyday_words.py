"""A name said on its own with its surname spelled out, before the name was asked ("tom okafor
o k a f o r" answering another question): the whole name, though its first part is also an
everyday word ("Tom", "Bill", "Rose"). A spelled word after other talk is still only itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _name(ctx: Callable[..., Context], text: str, expecting: Expecting) -> str | None:
    u = understand(text, ctx(expecting=expecting))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "expecting", "name"),
    [
        ("tom okafor o k a f o r", Expecting.TRIAGE, "Tom Okafor"),
        ("bill rossi r o s s i", Expecting.TIME, "Bill Rossi"),
        ("mark delacroix, d e l a c r o i x", Expecting.NOTHING, "Mark Delacroix"),
        ("rosa fuentes f u e n t e s", Expecting.TIME, "Rosa Fuentes"),
    ],
)
def test_the_clause_that_is_only_the_name_keeps_its_first_part(
    ctx: Callable[..., Context], text: str, expecting: Expecting, name: str
) -> None:
    assert _name(ctx, text, expecting) == name


@pytest.mark.parametrize(
    "text",
    [
        "the sink okafor o k a f o r",
        "leaking bad, okafor o k a f o r",
        "thanks so much okafor o k a f o r",
    ],
)
def test_everyday_talk_before_the_spelling_is_no_part_of_it(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _name(ctx, text, Expecting.TIME) == "Okafor"
