"""A tripped GFCI or breaker the caller could not reset is the device to fix, even beside a
denied fault ("nothing is sparking or warm"); one reset and fine, beside another fault, is a
symptom of that fault (the look-alike that must not change). Written for this file."""

from __future__ import annotations

from collections.abc import Callable

from switchboard.assistant.understanding import Context, ServiceOption, understand

CATALOGUE = (
    ServiceOption("panel", "Panel upgrade", ("panel", "breaker box", "breaker", "tripping")),
    ServiceOption("outlet", "Outlet and switch repair", ("outlet", "switch", "plug", "gfci")),
)


def test_a_gfci_that_will_not_reset_is_the_outlet_job(ctx: Callable[..., Context]) -> None:
    u = understand(
        "the garage gfci outlet tripped and it won't reset however many times i push the "
        "button, nothing is hot or sparking, it's just dead",
        ctx(services=CATALOGUE, trades=("electrical",)),
    )
    assert u.service is not None and u.service.value == "outlet"


def test_a_breaker_reset_beside_a_scorched_outlet_is_the_outlet(
    ctx: Callable[..., Context],
) -> None:
    u = understand(
        "the kitchen outlet is scorched, the breaker tripped and i reset it, can you replace "
        "the outlet",
        ctx(services=CATALOGUE, trades=("electrical",)),
    )
    assert u.service is not None and u.service.value == "outlet"
