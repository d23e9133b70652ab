"""A catalogue's words meet the caller's in any grammatical form, short form or alternative."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

# Names only, as an owner types them in settings: no keywords to lean on.
ELECTRIC = (
    ServiceOption("panel", "Panel upgrade", ()),
    ServiceOption("outlet", "Outlet and switch repair", ()),
    ServiceOption("lighting", "Lighting install", ()),
    ServiceOption("detector", "Smoke and CO detector replacement", ()),
    ServiceOption("rewire", "Rewiring", ()),
)
PLUMBING = (
    ServiceOption("leak", "Leak repair", ()),
    ServiceOption("repipe", "Repiping", ()),
    ServiceOption("drain", "Drain cleaning", ()),
)
HVAC = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat")),
    ServiceOption("tuneup", "Seasonal tune-up", ("tune up",)),
)


@pytest.mark.parametrize(
    ("text", "catalogue", "service"),
    [
        ("can someone swap out the carbon monoxide alarm detector in our hallway", ELECTRIC,
         "detector"),
        ("the light switch in the hall stopped working", ELECTRIC, "outlet"),
        ("our house still has the original wires from 1940, want them all replaced", ELECTRIC,
         "rewire"),
        ("the copper pipes under the house are corroded, can you replace all of them",
         PLUMBING, "repipe"),
        ("i'd like the boiler tuned up before the cold weather", HVAC, "tuneup"),
        ("can you come tuning up our furnace", HVAC, "tuneup"),
    ],
)  # fmt: skip
def test_the_service_is_found_from_its_name_alone(
    ctx: Callable[..., Context], text: str, catalogue: tuple[ServiceOption, ...], service: str
) -> None:
    found = understand(text, ctx(services=catalogue)).service
    assert found is not None and found.value == service


@pytest.mark.parametrize(
    "text", ["can you repair it", "we need it replaced", "the service was great", "remodel"]
)
def test_generic_words_alone_name_no_service(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(services=ELECTRIC + PLUMBING)).service is None


def test_the_callers_name_or_street_never_names_a_service(ctx: Callable[..., Context]) -> None:
    catalogue = (
        ServiceOption("water_heater", "Water heater repair", ("water heater", "hot water")),
        ServiceOption("drain", "Drain cleaning", ("drain", "clog")),
    )
    text = "Need someone to look at a toilet. I'm Priscilla Holt, 3021 Maple Ridge Dr"
    assert understand(text, ctx(services=catalogue)).service is None
    found = understand("Dana Holt here, no hot water", ctx(services=catalogue)).service
    assert found is not None and found.value == "water_heater"
