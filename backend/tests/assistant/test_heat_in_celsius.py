"""Heat read out in Celsius: named ("38 degrees celsius", "40 grados centígrados"), or Spanish
"grados" read in the home while the cooling has quit ("el aire dejó de enfriar ... el termostato
marca 38 grados adentro") is dangerous heat. A Spanish reading with no cooling lost ("el
termostato marca 38 grados y no prende la calefacción") stays what it was. Our own wordings."""

from __future__ import annotations

import re

import pytest

from switchboard.assistant.understanding.heat_in_numbers import EXTREME_HEAT
from switchboard.assistant.understanding.normalise import normalise

_HEAT = re.compile("|".join(f"(?:{p})" for p in EXTREME_HEAT))


def _hot(text: str) -> bool:
    return _HEAT.search(normalise(text).text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "the ac quit and it's 38 degrees celsius in the flat",
        "hace 40 grados centígrados en la sala",
        "el aire dejó de enfriar y el termostato marca 38 grados adentro",
        "ya no enfría el minisplit, la casa está en 36 grados",
        "35 grados adentro y el clima no sirve",
    ],
)
def test_celsius_heat_is_dangerous(text: str) -> None:
    assert _hot(text)


@pytest.mark.parametrize(
    "text",
    [
        "el termostato marca 38 grados y no prende la calefacción",
        "afuera hace 38 grados, quiero un mantenimiento del aire",
        "tengo 38 años y el aire no enfría bien",
    ],
)
def test_a_reading_without_the_cooling_lost_is_not_celsius_heat(text: str) -> None:
    assert not _hot(text)
