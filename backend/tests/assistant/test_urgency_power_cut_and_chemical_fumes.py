"""Electrics that sparked or smelled burnt before the caller cut their power, and left off
since ("the outlet sparked so I flipped that breaker off and haven't touched it", "echó
chispas y lo dejamos desconectado"), are a repair to book, not a page; a sign said in the
present, a fire, or power the caller could not cut still page. A smell, or a "gas", likened to
a household chemical ("a gas smell kind of like bleach after the drain opener") is the
product's fumes, not a gas leak; gas said apart from it, or its own smell, still pages. Every
line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.model import Hazard

ELECTRICAL = ("electrical",)


def _page(ctx: Callable[..., Context], text: str, **kw: object) -> bool:
    found = understand(text, ctx(**kw)).emergency
    return bool(found and found.value)


def _hazards(ctx: Callable[..., Context], text: str, trades: tuple[str, ...]) -> set[Hazard]:
    """What the rules alone see (the meaning model may lean either way on such a turn)."""
    return {h.value for h in understand(text, ctx(trades=trades, meaning=None)).hazards}


@pytest.mark.parametrize(
    "text",
    [
        "the switch for the bathroom fan sparked when i hit it, i turned the breaker off and "
        "haven't touched it since",
        "the outlet behind the tv was sparking so we flipped that breaker off, it's still off",
        "the bedroom outlet was making a burning smell so i flipped that breaker off, haven't "
        "turned it back on",
        "the outlet by the sink was smoking so i shut the breaker off and it's stayed off",
        "el contacto de la cocina echó chispas y lo dejamos desconectado, ¿pueden venir?",
    ],
)
def test_a_sign_before_the_power_was_cut_and_left_off_pages_nobody(
    ctx: Callable[..., Context], text: str
) -> None:
    assert not _hazards(ctx, text, ELECTRICAL) & {Hazard.ELECTRICAL_FIRE}
    assert not _page(ctx, text, trades=ELECTRICAL)


@pytest.mark.parametrize(
    "text",
    [
        "the outlet is sparking and i can't get the breaker to shut off",
        "the panel was sparking so i flipped the main off but it still smells like burning plastic",
        "i unplugged it but the outlet is still smoking",
        "the outlet sparked and caught fire, i shut the breaker off",
        "there was a spark and now it smells burnt even with the breaker off",
    ],
)
def test_a_sign_now_or_a_fire_still_pages_whatever_the_power(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.ELECTRICAL_FIRE in _hazards(ctx, text, ELECTRICAL)
    assert _page(ctx, text, trades=ELECTRICAL)


@pytest.mark.parametrize(
    "text",
    [
        "there's a gas smell kind of like bleach from the drain opener we poured, the sink is "
        "still clogged",
        "we poured drano and now there's this chemical gas smell, the tub is still slow",
        "echamos destapacaños y huele a gas como a cloro, sigue tapado",
    ],
)
def test_fumes_likened_to_a_household_chemical_are_no_gas_leak(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.GAS_LEAK not in _hazards(ctx, text, ("plumbing",))
    assert not _page(ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        "i smell gas by the stove and the kitchen smells like bleach from mopping",
        "there's a gas smell like rotten eggs in the basement",
        "strong gas smell in the basement right now",
    ],
)
def test_gas_itself_still_pages_beside_a_chemical(ctx: Callable[..., Context], text: str) -> None:
    assert Hazard.GAS_LEAK in _hazards(ctx, text, ("plumbing",))
    assert _page(ctx, text)
