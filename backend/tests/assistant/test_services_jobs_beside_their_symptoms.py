"""The job beside what only looks like another one: a generator's hookup is panel work, a
breaker tripped and reset a symptom of the fault beside it, a thing said to work beside the
dead one not the job, a panel make known for failing the panel, knocks and bangs a fault that
makes a check-up a repair, a fault looked at so it does not come back a repair, water that will
not get hot the water heater, a slow drain told in the progressive, a leak on flushing the
toilet, a vent that barely blows the air system, and history told in one breath left out."""

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
ELECTRIC_WITH_GENERATORS = (
    *ELECTRIC,
    ServiceOption("generator", "Generator install", ("generator", "standby generator")),
)
HVAC_COOL = (
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling", "central air")),
    ServiceOption("tuneup", "AC tune-up", ("tune up", "tuneup", "maintenance")),
)
HVAC_BOTH = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "heating", "boiler")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling")),
    ServiceOption("tuneup", "Seasonal tune-up", ("tune up", "tuneup", "maintenance")),
    ServiceOption("duct", "Duct cleaning", ("duct", "ducts", "vents")),
)
PLUMBING = (
    ServiceOption("drain", "Drain cleaning", ("clog", "clogged", "drain", "slow drain")),
    ServiceOption("water_heater", "Water heater repair", ("water heater", "no hot water")),
    ServiceOption("leak", "Leak repair", ("leak", "leaking", "drip", "pipe")),
    ServiceOption("toilet", "Toilet repair", ("toilet", "running toilet", "flush")),
)
PLOMERO = (
    ServiceOption("drain", "Destape de drenaje", ("drenaje", "tapado", "destape", "drain")),
    ServiceOption("water_heater", "Calentador de agua", ("calentador", "water heater")),
    ServiceOption("leak", "Reparación de fugas", ("fuga", "gotea", "leak")),
)


def _service(
    ctx: Callable[..., Context], text: str, catalogue: tuple[ServiceOption, ...]
) -> str | None:
    found = understand(text, ctx(services=catalogue)).service
    return None if found is None else found.value


@pytest.mark.parametrize(
    "text",
    [
        "we'd like an inlet box put in so we can plug the generator in during outages",
        "can you hook our portable generator up to the house safely",
        "my dad wants a generator hookup before the ice storm",
        "need a transfer switch installed for the backup generator",
        "queremos un contacto para la planta de luz",
    ],
)
def test_a_generator_hookup_is_panel_work(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, ELECTRIC) == "panel"


def test_a_catalogue_generator_service_still_meets_the_generator(
    ctx: Callable[..., Context],
) -> None:
    text = "looking to get a standby generator put in with a hookup to the house"
    assert _service(ctx, text, ELECTRIC_WITH_GENERATORS) == "generator"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the outlet next to the generator shed is scorched", "outlet"),
        ("the light switch in the garage stopped working", "outlet"),
    ],
)
def test_an_outlet_or_switch_near_a_generator_is_still_itself(
    ctx: Callable[..., Context], text: str, expected: str
) -> None:
    assert _service(ctx, text, ELECTRIC) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the bathroom plug started buzzing and the breaker popped, my husband flipped it back on",
        "the socket behind the fridge sparked, a breaker tripped and we reset it, want it fixed",
        "el enchufe del baño echó chispas y se bajó el breaker, mi esposo lo subió",
    ],
)
def test_a_breaker_reset_beside_a_fault_is_that_faults_symptom(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _service(ctx, text, ELECTRIC) == "outlet"


@pytest.mark.parametrize(
    "text",
    [
        "a breaker tripped last night and I reset it",
        "the breaker popped, I flipped it back on but it keeps tripping",
        "se botó la pastilla y la subí",
    ],
)
def test_a_breaker_on_its_own_is_still_the_panel(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, ELECTRIC) == "panel"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the lights in the den are on but the plug by the couch is dead", "outlet"),
        ("the sockets work but the hallway light died", "lighting"),
        ("las luces prenden pero el enchufe de la sala no sirve", "outlet"),
    ],
)
def test_the_dead_thing_is_the_job_not_the_working_one(
    ctx: Callable[..., Context], text: str, expected: str
) -> None:
    assert _service(ctx, text, ELECTRIC) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the heat is on but the house isn't getting warm",
        "the furnace is running but the upstairs is not warming up",
    ],
)
def test_a_thing_said_on_beside_a_place_it_fails_to_serve_is_still_the_job(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _service(ctx, text, HVAC_BOTH) == "furnace"


@pytest.mark.parametrize(
    "text",
    [
        "the home inspector flagged our stab-lok breakers",
        "we've got a Zinsco in the garage and the insurance company wants it gone",
        "the house still has one of those federal pacific boxes",
    ],
)
def test_a_panel_make_known_for_failing_is_the_panel(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _service(ctx, text, ELECTRIC) == "panel"


def test_a_thing_told_as_history_in_one_breath_is_not_the_job(
    ctx: Callable[..., Context],
) -> None:
    text = (
        "an outlet melted two years ago it got fixed but now the inspector wants our panel swapped"
    )
    assert _service(ctx, text, ELECTRIC) == "panel"
    text = "you guys replaced our water heater two years ago and the toilet keeps running"
    assert _service(ctx, text, PLUMBING) == "toilet"


@pytest.mark.parametrize(
    "text",
    [
        "the heating works but the pipes knock loudly every morning, check it before winter",
        "la calefacción sí calienta pero se oyen unos golpes cuando arranca, que la revisen "
        "antes del invierno",
        "the boiler is fine but it's banging, want it looked at before the cold",
    ],
)
def test_knocks_and_bangs_make_a_check_up_a_repair(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, HVAC_BOTH) == "furnace"


def test_a_check_up_with_nothing_heard_stays_the_check_up(ctx: Callable[..., Context]) -> None:
    text = "someone knocked on my door about it, I want the boiler checked before winter"
    assert _service(ctx, text, HVAC_BOTH) == "tuneup"


@pytest.mark.parametrize(
    "text",
    [
        "the unit quit on us sunday, it came back on and is cooling fine now, can someone "
        "check it over so it won't quit again",
        "the ac died during the heat wave, it's been running fine since, but we want it looked "
        "at so this doesn't happen again",
    ],
)
def test_a_fault_looked_at_so_it_does_not_come_back_is_a_repair(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _service(ctx, text, HVAC_COOL) == "ac"


@pytest.mark.parametrize(
    "text",
    [
        "it's running fine, can someone look it over just to be safe",
        "the ac came back on and it's cooling again, could we switch the visit to a tune up",
        "ya enfría otra vez, mejor que sea un mantenimiento",
    ],
)
def test_working_again_with_a_check_up_asked_is_the_check_up(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _service(ctx, text, HVAC_COOL) == "tuneup"


@pytest.mark.parametrize(
    "text",
    [
        "the water never gets hot anymore",
        "our shower water comes out ice cold",
        "we keep running out of hot water",
        "no calienta el agua",
        "el agua sale fría en la regadera",
        "no tenemos agua caliente desde ayer",
    ],
)
def test_water_that_will_not_get_hot_is_the_water_heater(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _service(ctx, text, PLUMBING) == "water_heater"
    assert _service(ctx, text, PLOMERO) == "water_heater"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the water won't drain in the tub", "drain"),
        ("the water won't stop running in the toilet", "toilet"),
    ],
)
def test_water_that_will_not_do_something_else_is_not_the_water_heater(
    ctx: Callable[..., Context], text: str, expected: str
) -> None:
    assert _service(ctx, text, PLUMBING) == expected


@pytest.mark.parametrize(
    "text",
    ["la tina se está yendo muy despacio", "el lavabo anda drenando lento"],
)
def test_a_slow_drain_told_in_the_progressive(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, PLOMERO) == "drain"


@pytest.mark.parametrize(
    "text",
    [
        "water seeps out underneath whenever somebody flushes",
        "it drips around the bottom each time we flush",
        "sale agua por abajo cuando le jalan",
    ],
)
def test_a_leak_on_flushing_is_the_toilet(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, PLUMBING) == "toilet"


def test_a_leak_with_no_flushing_is_still_the_leak(ctx: Callable[..., Context]) -> None:
    assert _service(ctx, "the pipe under the bathroom sink drips", PLUMBING) == "leak"


@pytest.mark.parametrize(
    "text",
    [
        "hardly any air coming out of the vents upstairs",
        "the register in the nursery barely pushes any air",
        "la rejilla del cuarto casi no echa aire",
    ],
)
def test_a_vent_that_barely_blows_is_the_air_system(ctx: Callable[..., Context], text: str) -> None:
    assert _service(ctx, text, HVAC_COOL) == "ac"


@pytest.mark.parametrize(
    "text",
    ["the back office vent hardly blows at all", "la rejilla del cuarto casi no echa aire"],
)
def test_a_tenant_that_cleans_ducts_hears_the_vent_first(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _service(ctx, text, HVAC_BOTH) == "duct"
