"""Rain or water coming into a room of the house as the caller speaks ("water coming into the
attic", "rain's pouring into the bedroom") is water coming in, and with the roof torn open a
roof breach; water that got in last spring, or a little drip when it rains, is not. In
Spanish, the heat outside said as people say it ("afuera están como a ciento diez") is
dangerous heat, and "ya está bien mareado" (already very dizzy) is no all-clear, while
"ahorita ya está bien" still is. The rules alone decide here. Every line here was written for
this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.model import Hazard


def _hazards(ctx: Callable[..., Context], text: str, **kw: object) -> set[Hazard]:
    return {h.value for h in understand(text, ctx(meaning=None, **kw)).hazards}


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        ("water coming into the attic, please hurry", Hazard.FLOODING),
        ("rain's pouring into the back bedroom", Hazard.FLOODING),
        (
            "the storm tore the shingles and decking off over the garage, water is coming "
            "into the attic",
            Hazard.ROOF_BREACH,
        ),
    ],
)
def test_water_coming_into_a_room(ctx: Callable[..., Context], text: str, hazard: Hazard) -> None:
    assert hazard in _hazards(ctx, text, trades=("roofing",))


@pytest.mark.parametrize(
    "text",
    [
        "water got into the attic last spring, we want an inspection",
        "the ceiling has a little drip when it rains hard",
        "water coming into the attic last year during the hurricane, all fixed",
    ],
)
def test_water_that_is_not_coming_in_now(ctx: Callable[..., Context], text: str) -> None:
    assert not _hazards(ctx, text, trades=("roofing",))


def test_spanish_heat_outside_with_an_elder_taken_ill(ctx: Callable[..., Context]) -> None:
    text = (
        "el clima no enfría nada, echa puro aire caliente, mi abuela tiene 84 años y ya está "
        "bien mareada, afuera están como a 112"
    )
    assert Hazard.NO_AC_EXTREME_HEAT in _hazards(ctx, text, language="es", trades=("hvac",))


@pytest.mark.parametrize(
    "text",
    [
        "el aire no enfriaba y mi mamá tiene 80 años pero ahorita ya está bien, afuera están "
        "como a 110",
        "afuera hace como 100 y quiero un mantenimiento del aire, funciona bien",
    ],
)
def test_spanish_heat_without_a_failure_now(ctx: Callable[..., Context], text: str) -> None:
    assert Hazard.NO_AC_EXTREME_HEAT not in _hazards(ctx, text, language="es", trades=("hvac",))
