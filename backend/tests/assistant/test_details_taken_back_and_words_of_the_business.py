"""A word taken back after a street is no unit ("6104 west 63rd street no wait sorry ..." is no
"# WAIT"), and a house number put right before a numbered street said again is the house's
("... no wait sorry 6140 west 63rd" is 6140 West 63rd); the business's own emergency words
named by a caller who says it is no emergency ("this isn't an emergency or anything but the
shutoff valve on our water main has a little drip") page nobody, while a built-in hazard said
the same way still does. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.model import Hazard, HazardRule


@pytest.mark.parametrize(
    ("text", "line1", "unit"),
    [
        ("sixty one oh four west sixty third street no wait sorry sixty one forty west sixty "
         "third overland park", "6140 West 63rd Street", ""),
        ("1200 oak street no wait", "1200 Oak Street", ""),
        ("1200 oak street apartment 4b", "1200 Oak Street", "Apt 4B"),
        ("1200 oak street unit b", "1200 Oak Street", "Unit B"),
        ("55 elm street suite a2", "55 Elm Street", "Suite A2"),
        ("1200 west 42nd street sorry 1200 west 24th street", "1200 West 24th Street", ""),
    ],
)  # fmt: skip
def test_words_taken_back_after_a_street(
    ctx: Callable[..., Context], text: str, line1: str, unit: str
) -> None:
    found = understand(text, ctx()).address
    assert found is not None
    assert (found.value.line1, found.value.unit) == (line1, unit)


_WATER_MAIN = (HazardRule("water main", Hazard.TENANT_DEFINED),)


@pytest.mark.parametrize(
    "text",
    [
        "this isnt an emergency or anything but the shutoff valve on our water main has a "
        "little drip at the handle",
        "not an emergency, the water main valve is just stiff and i want it replaced",
        "no es una emergencia, la llave del water main gotea un poquito",
    ],
)
def test_the_business_words_said_no_emergency_page_nobody(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(tenant_hazards=_WATER_MAIN))
    assert not (u.emergency and u.emergency.value)


@pytest.mark.parametrize(
    "text",
    [
        "the water main broke in the front yard and water is shooting everywhere",
        "this isnt an emergency or anything but i smell gas by the stove",
    ],
)
def test_a_hazard_said_beside_them_still_pages(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(tenant_hazards=_WATER_MAIN))
    assert u.emergency is not None and u.emergency.value
