"""What a caller names as the job, beside words that only look like another service: lights
that flicker are a wiring fault, alarms to be hardwired a wiring job, a room that stays warm the
AC, a fault someone already put right with a look asked for the inspection, the caller's own
unclogging a remedy, and things said to work (with nothing wrong) not the job."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

ELECTRIC = (
    ServiceOption("panel", "Panel upgrade", ("panel", "breaker box", "breaker", "fuse box")),
    ServiceOption("outlet", "Outlet and switch repair", ("outlet", "switch", "plug")),
    ServiceOption("lighting", "Lighting install", ("light", "lights", "fixture", "recessed")),
    ServiceOption("wiring", "Wiring repair", ("wiring", "wires", "flickering")),
)
HVAC = (
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling", "central air")),
    ServiceOption("tuneup", "AC tune-up", ("tune up", "maintenance")),
)
ROOFER = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak", "leaking roof")),
    ServiceOption("gutter", "Gutter cleaning", ("gutter", "gutters", "downspout")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect", "estimate")),
)
PLOMERO = (
    ServiceOption("drain", "Destape de drenaje", ("drenaje", "tapado", "destape", "drain")),
    ServiceOption("leak", "Reparación de fugas", ("fuga", "gotea", "leak")),
    ServiceOption("toilet", "Reparación de inodoro", ("inodoro", "taza", "toilet")),
)


def _service(
    ctx: Callable[..., Context], text: str, catalogue: tuple[ServiceOption, ...]
) -> str | None:
    found = understand(text, ctx(services=catalogue)).service
    return None if found is None else found.value


@pytest.mark.parametrize(
    "text",
    [
        "the kitchen lights keep flickering at night",
        "our hallway light flickers off and on",
        "the ceiling lights in the shop started flickering yesterday",
        "las luces de la sala parpadean todo el día",
    ],
)
def test_flickering_lights_are_a_wiring_fault(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, ELECTRIC) == "wiring"


@pytest.mark.parametrize(
    "text",
    [
        "i'd like some new lights put in over the island",
        "we want recessed lights in the basement",
        "can you install a light fixture in the dining room",
    ],
)
def test_lights_to_put_in_stay_lighting(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, ELECTRIC) == "lighting"


@pytest.mark.parametrize(
    "text",
    [
        "the inspector wants the smoke detectors hard wired before we rent it",
        "we need our smoke alarms hardwired and linked together",
        "can you hardwire the alarms in the hallway",
    ],
)
def test_hardwiring_alarms_is_a_wiring_job(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, ELECTRIC) == "wiring"


@pytest.mark.parametrize(
    "text",
    [
        "the master bedroom stays hot all day even with the thermostat at 72",
        "one room upstairs is always warmer than the rest",
        "my office gets so stuffy in the afternoon",
        "el cuarto de atrás se queda muy caliente en la tarde",
    ],
)
def test_a_room_that_stays_warm_is_the_ac(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, HVAC) == "ac"


def test_a_warm_room_wished_is_no_ac_fault(ctx: Callable[..., Context]) -> None:
    # Nothing in a plumber's catalogue is a room's cooling.
    assert _service(ctx, "the bathroom gets hot when we shower", PLOMERO) is None


@pytest.mark.parametrize(
    "text",
    [
        "a roofer sealed it last fall and it hasn't leaked since, but can someone come look it "
        "over and give us an estimate",
        "we had a leak in the spring, my brother in law patched it and it hasn't dripped since. "
        "could you come take a look",
    ],
)
def test_a_fault_put_right_and_a_look_asked_is_the_inspection(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _service(ctx, text, ROOFER) == "inspection"


@pytest.mark.parametrize(
    "text",
    [
        "a handyman patched it but it's leaking again, can someone come look",
        "the roof is leaking over the kitchen, can someone come look",
    ],
)
def test_a_fault_now_stays_the_repair(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, ROOFER) == "roof_repair"


@pytest.mark.parametrize(
    "text",
    [
        "se tapó la taza y ya la destapé, pero el inodoro está viejo, quiero que lo cambien",
        "the toilet clogged last night, i plunged it and it works, but it's old and i want the "
        "toilet replaced",
    ],
)
def test_own_unclogging_is_a_remedy_not_the_job(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, PLOMERO) == "toilet"


@pytest.mark.parametrize(
    "text", ["el drenaje de la cocina está tapado", "se tapó el drenaje del lavabo"]
)
def test_a_clog_now_stays_the_drain(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, PLOMERO) == "drain"


@pytest.mark.parametrize(
    "text",
    [
        "nothing wrong right now, the lights are on, everything works fine",
        "no pasa nada ahorita, las luces prenden, todo funciona bien",
    ],
)
def test_things_said_to_work_are_not_the_job(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, ELECTRIC) is None


def test_lights_wanted_with_nothing_wrong_stay_lighting(ctx: Callable[..., Context]) -> None:
    text = "nothing wrong right now, i just want new lights over the island"
    assert _service(ctx, text, ELECTRIC) == "lighting"


FURNACE = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "heating", "radiator")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling")),
)


@pytest.mark.parametrize(
    "text",
    [
        "the radiator in the kids room doesnt get warm at all",
        "one bedroom never gets hot, the radiator is cold",
        "the furnace makes a clunk but the heat works fine and the house is warm",
    ],
)
def test_a_room_not_warming_is_the_heat(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, FURNACE) == "furnace"


def test_a_hardwired_thing_is_that_thing(ctx: Callable[..., Context]) -> None:
    detector = ServiceOption(
        "detector", "Smoke and CO detector replacement", ("smoke detector", "detector")
    )
    catalogue = (*ELECTRIC, detector)
    text = "our hardwired smoke detector is chirping and it's ten years old, please replace it"
    assert _service(ctx, text, catalogue) == "detector"


def test_a_working_thing_with_a_fault_is_the_job(ctx: Callable[..., Context]) -> None:
    text = "the ac is working fine but it's making a grinding noise outside"
    assert _service(ctx, text, HVAC) == "ac"
