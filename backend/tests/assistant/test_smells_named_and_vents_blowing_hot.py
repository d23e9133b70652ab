"""Vents "just blowing hot air" are cooling lost however many small words come between, so an
elder ill in dangerous heat pages; a smell the caller puts down to a dead animal or to damp
("a dead mouse smell coming out of the vents", "huele a ratón muerto") is no gas leak, while
rotten eggs, a skunk or gas said beside it still page; and a turn that only says autocorrect
changed a word ("el corrector me lo cambió a 'in odor'") tells nothing to weigh. Every line
here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.model import Hazard


def _page(ctx: Callable[..., Context], text: str, **kw: object) -> bool:
    found = understand(text, ctx(**kw)).emergency
    return bool(found and found.value)


def _hazards(ctx: Callable[..., Context], text: str) -> set[Hazard]:
    """What the rules alone see (the meaning model may lean either way on such a turn)."""
    return {h.value for h in understand(text, ctx(trades=("hvac",), meaning=None)).hazards}


@pytest.mark.parametrize(
    "text",
    [
        "the vents are just blowing hot air, it's 112 outside and my grandpa is dizzy",
        "vents are still blowing warm and it's 110 today, my mom is 86",
    ],
)
def test_vents_blowing_hot_in_dangerous_heat_with_someone_at_risk(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.NO_AC_EXTREME_HEAT in _hazards(ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        "the vents are just blowing hot air when the furnace runs, which is what we want",
        "the air is just hot outside today, can you do a tune up",
    ],
)
def test_warm_air_that_is_no_cooling_lost(ctx: Callable[..., Context], text: str) -> None:
    assert Hazard.NO_AC_EXTREME_HEAT not in _hazards(ctx, text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("there's a dead mouse smell coming out of the bedroom vents, gross but we're fine", "en"),
        ("smells like something died in the ductwork, can you clean the ducts", "en"),
        ("hay un olor a ratón muerto que sale de las rejillas del cuarto", "es"),
        ("el inodoro digo, el corrector me lo cambió a 'in odor' jaja", "es"),
    ],
)
def test_a_smell_named_as_no_gas_pages_nobody(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert not _page(ctx, text, language=language, trades=("hvac", "plumbing"))


@pytest.mark.parametrize(
    "text",
    [
        "it smells like rotten eggs and something dead by the furnace",
        "there's a dead mouse smell and a gas smell by the water heater",
        "huele a gas en la cocina",
    ],
)
def test_gas_named_beside_it_still_pages(ctx: Callable[..., Context], text: str) -> None:
    assert _page(ctx, text, trades=("hvac", "plumbing"))
