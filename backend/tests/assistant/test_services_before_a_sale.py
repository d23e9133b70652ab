"""A house changing hands: a look at the roof wanted before closing, buying or selling ("a
roofer's opinion before closing", "que revisen el techo antes de comprarla") is the tenant's
inspection, not a repair; a leak said with "before closing time" stays a repair."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak", "missing shingles")),
    ServiceOption("gutter", "Gutter cleaning", ("gutter", "gutters", "downspout")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect", "estimate")),
)


@pytest.mark.parametrize(
    "text",
    [
        "we close in three weeks. our home inspector flagged the roof as near end of life. "
        "we'd like a roofer's opinion before closing.",
        "we're buying a house and want the roof looked at before we close",
        "vamos a comprar una casa y queremos que revisen el techo antes de comprarla",
    ],
)
def test_a_look_before_a_sale_is_the_inspection(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(services=ROOFING))
    assert u.service is not None and u.service.value == "inspection"


@pytest.mark.parametrize(
    "text",
    [
        "the roof is leaking over the store, can you come before closing time",
        "se está goteando el techo, ¿pueden venir antes de cerrar hoy?",
    ],
)
def test_a_fault_before_closing_time_is_a_repair(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(services=ROOFING))
    assert u.service is not None and u.service.value == "roof_repair"
