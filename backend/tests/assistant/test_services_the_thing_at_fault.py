"""The thing whose fault is told ("the outdoor plug trips", "el contacto echa chispas") is the
job over a thing only said along the way (the christmas lights being put up or plugged in)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

ELECTRIC = (
    ServiceOption("panel", "Panel upgrade", ("panel", "breaker box", "breaker", "tripping")),
    ServiceOption("outlet", "Outlet and switch repair", ("outlet", "switch", "plug", "socket")),
    ServiceOption("lighting", "Lighting install", ("light", "lights", "fixture")),
    ServiceOption("wiring", "Wiring repair", ("wiring", "wires", "flickering")),
)


@pytest.mark.parametrize(
    "text",
    [
        "was hanging our holiday lights saturday and the plug on the porch trips each time",
        "i put the christmas lights up and now the socket by the front door is dead",
        "puse las luces de navidad y el contacto de afuera echa chispas",
        "putting up lights on the deck yesterday, the outside plug popped and quit",
    ],
)
def test_the_thing_at_fault_is_the_job(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(services=ELECTRIC))
    assert u.service is not None and u.service.value == "outlet"


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # Lights wanted, the plug only mentioned, or the lights themselves at fault.
        ("can you hang christmas lights on the roofline, we have a plug outside", "lighting"),
        ("i want lights put in over the deck, the plug out there works", "lighting"),
        ("the light in the hallway stopped working after we plugged in the tree", "lighting"),
        # A breaker that tripped did its work: the outlet that tripped it is the job.
        (
            "the kid put a key in the outlet, it popped and the breaker tripped, replace it",
            "outlet",
        ),
    ],
)
def test_lights_wanted_or_at_fault_stay_the_job(
    ctx: Callable[..., Context], text: str, service: str
) -> None:
    u = understand(text, ctx(services=ELECTRIC))
    assert u.service is not None and u.service.value == service
