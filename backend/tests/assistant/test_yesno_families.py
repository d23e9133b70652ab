"""Warm and regional ways of saying yes (understanding/yesno.py), and look-alikes that say
something else."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, Polarity, understand


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("you betcha", Polarity.YES),
        ("you bet", Polarity.YES),
        ("sure thing", Polarity.YES),
        ("for sure", Polarity.YES),
        ("sounds like a plan", Polarity.YES),
        ("that'd be great", Polarity.YES),
        ("yes dear thats fine", Polarity.YES),
        ("dale", Polarity.YES),
        ("órale pues", Polarity.YES),
        ("sí, cómo no", Polarity.YES),
        ("con gusto", Polarity.YES),
        ("está perfecto", Polarity.YES),
        ("me parece perfecto", Polarity.YES),
        # Look-alikes that are not a yes.
        ("dale una revisada al calentador", None),
        ("como no tengo agua caliente", None),
        ("I don't know for sure", Polarity.UNSURE),
        ("I bet it's the valve", None),
    ],
)
def test_yes_families(ctx: Callable[..., Context], text: str, expected: Polarity | None) -> None:
    u = understand(text, ctx(expecting=Expecting.CONFIRMATION))
    assert (u.polarity.value if u.polarity else None) is expected


@pytest.mark.parametrize(
    ("text", "asap"),
    [
        ("Wednesday, as early as you can", True),
        ("first thing Friday morning", True),
        ("the first one you've got", True),
        ("el lunes, lo más temprano que se pueda", True),
        ("a primera hora el martes", True),
        ("Wednesday afternoon", False),
        ("el lunes en la tarde", False),
    ],
)
def test_a_wish_for_the_earliest(ctx: Callable[..., Context], text: str, asap: bool) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.asap is asap
