"""A look-over asked for with nothing wrong now is the check-up service; a thing said to work,
or a fault told as past, is not the job; a camera down the line is the sewer service, and
water running inside a wall is a leak. Every sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

NOW = datetime(2026, 8, 24, 10, 0, tzinfo=ZoneInfo("America/New_York"))
ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak", "leaking roof")),
    ServiceOption("gutter", "Gutter cleaning", ("gutter", "gutters", "downspout")),
    ServiceOption("inspection", "Roof inspection", ("inspection", "inspect", "storm damage")),
)
HEATING_COOLING = (
    ServiceOption("furnace", "Furnace repair", ("furnace", "heat", "heating", "boiler")),
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling", "central air")),
    ServiceOption("tuneup", "Seasonal tune-up", ("tune up", "tuneup", "maintenance")),
    ServiceOption("thermostat", "Thermostat install", ("thermostat", "nest", "ecobee")),
)
PLUMBING = (
    ServiceOption("drain", "Drain cleaning", ("clog", "clogged", "drain", "backed up")),
    ServiceOption("leak", "Leak repair", ("leak", "leaking", "drip", "pipe")),
    ServiceOption("faucet", "Faucet install", ("faucet", "tap")),
    ServiceOption("sewer", "Sewer line service", ("sewer", "main line", "camera inspection")),
)
SEWER_BY_NAME_ONLY = (
    ServiceOption("drain", "Drain cleaning", ("clog", "drain", "backed up")),
    ServiceOption("sewer", "Sewer line repair", ("sewer",)),
)


def service(text: str, catalogue: tuple[ServiceOption, ...], language: str = "en") -> str | None:
    context = Context(now=NOW, timezone="America/New_York", services=catalogue, language=language)
    u = understand(text, context)
    return u.service.value if u.service else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "we thought the roof was leaking after that rain but the attic is completely dry, "
            "could somebody come out and look it over anyway",
            "en",
        ),
        (
            "big wind storm on tuesday, nothing's dripping anywhere, i'd just like someone to "
            "take a look at the shingles",
            "en",
        ),
        (
            "my husband was up in the attic and it's bone dry, but can you check the roof for us",
            "en",
        ),
        (
            "can someone come look at the roof and tell us whether it needs replacing, it's "
            "twenty five years old",
            "en",
        ),
        (
            "the hoa letter says our roof looks worn, can someone inspect it so we know where we "
            "stand, for peace of mind",
            "en",
        ),
        ("cayó granizo el sábado, no hay goteras, pero quiero que vengan a revisar el techo", "es"),
        ("el techo está viejo, quiero que lo revisen para saber si hay que cambiarlo", "es"),
    ],
)
def test_a_roof_looked_over_with_nothing_wrong_is_the_inspection(text: str, language: str) -> None:
    assert service(text, ROOFING, language) == "inspection"


@pytest.mark.parametrize(
    "text",
    [
        "the attic is dry but the roof is leaking over the kitchen, can someone come look",
        "water is dripping through the bedroom ceiling, can you come take a look",
        "can somebody come look at my roof",  # no word that all is fine: as it was
        "se está goteando el techo de la sala, ¿pueden venir a revisarlo?",
    ],
)
def test_a_roof_with_a_fault_or_no_word_of_its_state_is_not_the_inspection(text: str) -> None:
    assert service(text, ROOFING, "es" if "techo" in text else "en") == "roof_repair"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "turned the furnace on yesterday for the first time, smelled like dust for a bit, "
            "everything's fine now but i'd like someone to give it a once over",
            "en",
        ),
        (
            "the building next door had their boiler fail, ours is running fine but could someone "
            "check it just to be safe",
            "en",
        ),
        (
            "the heat is working fine, i just want someone to make sure it's ok before my mom "
            "visits",
            "en",
        ),
        (
            "el aire se descompuso el verano pasado y ahora funciona bien, quiero que lo revisen",
            "es",
        ),
        ("la calefacción funciona bien pero queremos que la revisen para estar tranquilos", "es"),
    ],
)
def test_a_system_looked_over_while_it_works_is_the_tune_up(text: str, language: str) -> None:
    assert service(text, HEATING_COOLING, language) == "tuneup"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the furnace is making a banging noise, can someone take a look", "furnace"),
        ("my ac is blowing warm air, can someone check it just to be safe", "ac"),
        ("the ac broke down last summer and now it's making a grinding noise, check it", "ac"),
        ("i checked the breaker and it's fine, but the furnace won't turn on", "furnace"),
        (
            "the heat works in most rooms but the back bedroom radiator stays cold, take a look",
            "furnace",
        ),
        ("el aire se descompuso ayer, quiero que lo revisen", "ac"),
    ],
)
def test_a_fault_now_keeps_the_repair_whatever_look_is_asked(text: str, expected: str) -> None:
    language = "es" if " el aire " in f" {text} " else "en"
    assert service(text, HEATING_COOLING, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("No, the heat works, it's the AC", "en"),
        ("no the heat works its the ac that quit", "en"),
        ("the furnace is fine, the problem is the air conditioner", "en"),
        ("the heat works fine but the ac isn't cooling at all", "en"),
        ("la calefacción sí funciona, es el aire el que no enfría", "es"),
        ("la calefacción funciona pero el aire no enfría", "es"),
    ],
)
def test_a_thing_said_to_work_is_not_the_job(text: str, language: str) -> None:
    assert service(text, HEATING_COOLING, language) == "ac"


@pytest.mark.parametrize(
    "text",
    [
        "the heat works but it bangs all night",
        "the heat works but the radiator in the bedroom stays cold",
        "no the ac is fine it's the furnace",
    ],
)
def test_the_thing_that_does_not_work_stays_the_job(text: str) -> None:
    assert service(text, HEATING_COOLING) == "furnace"


@pytest.mark.parametrize(
    ("text", "catalogue"),
    [
        (
            "the ac quit on us last summer, it's been fine since, we'd like a tune up before "
            "the heat",
            HEATING_COOLING,
        ),
        (
            "el aire se descompuso el invierno pasado, quiero mantenimiento antes del calor",
            HEATING_COOLING,
        ),
    ],
)
def test_a_fault_told_as_past_leaves_the_check_up(
    text: str, catalogue: tuple[ServiceOption, ...]
) -> None:
    assert service(text, catalogue, "es" if "aire" in text else "en") == "tuneup"


def test_a_fault_now_said_as_broke_down_is_not_the_check_up() -> None:
    text = "the furnace died on us this morning, we never got maintenance on it"
    assert service(text, HEATING_COOLING) == "furnace"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "the floor drain backed up last week, it's draining fine now, but i'd like someone to "
            "scope the line",
            "en",
        ),
        ("can you guys run a camera down our drain, the kitchen sink keeps clogging", "en"),
        ("we want a video inspection before we buy the house", "en"),
        ("quiero que alguien revise la tubería principal con la cámara", "es"),
        ("que le metan la cámara al drenaje, se tapó la semana pasada", "es"),
    ],
)
def test_a_camera_down_the_line_is_the_sewer_service(text: str, language: str) -> None:
    assert service(text, PLUMBING, language) == "sewer"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("could you send a camera down the line and see if there are roots", "en"),
        ("quiero que revisen la línea con la cámara", "es"),
    ],
)
def test_a_camera_meets_a_sewer_service_named_only_sewer(text: str, language: str) -> None:
    assert service(text, SEWER_BY_NAME_ONLY, language) == "sewer"


@pytest.mark.parametrize(
    "text",
    [
        "the kitchen sink is clogged again",
        "the shower drain is backed up",
    ],
)
def test_a_drain_without_a_camera_stays_a_drain(text: str) -> None:
    assert service(text, PLUMBING) == "drain"


@pytest.mark.parametrize(
    "text",
    [
        "when i turn on the hose out back, water dribbles down inside the wall",
        "every time the shower runs water seeps into the wall behind it",
        "water trickles behind the wall when the dishwasher runs, nothing on the floor yet",
    ],
)
def test_water_running_inside_a_wall_is_a_leak(text: str) -> None:
    assert service(text, PLUMBING) == "leak"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The cause of what happened sought: a repair, though it runs fine again.
        (
            "the ac cut out yesterday and the breaker had tripped, it's been running fine since "
            "but i want someone to find out why it did that",
            "ac",
        ),
        (
            "the furnace runs fine but the pilot keeps going out, could someone check what's "
            "causing it",
            "furnace",
        ),
        # A replacement asked for: the thing's own service.
        (
            "our boiler is working fine right now but it's thirty years old, can someone come "
            "look at it and quote us a replacement",
            "furnace",
        ),
        (
            "el aire funciona bien pero ya está viejo, quiero que lo revisen y lo cambien por uno "
            "nuevo, quiero reemplazarlo",
            "ac",
        ),
    ],
)
def test_a_look_for_a_cause_or_a_replacement_is_not_the_tune_up(text: str, expected: str) -> None:
    language = "es" if " el aire " in f" {text} " else "en"
    assert service(text, HEATING_COOLING, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fresh mark of water: a leak to find, dry or not.
        (
            "after last week's storm there's a brown spot on the bedroom ceiling, it's dry now "
            "but can somebody look at the roof",
            "roof_repair",
        ),
        # Told as old: the look-over it asks for.
        (
            "there's a water stain on the hallway ceiling but it's old, the previous owners left "
            "it, the attic is dry, can you look the roof over",
            "inspection",
        ),
    ],
)
def test_a_water_mark_is_a_leak_unless_told_as_old(text: str, expected: str) -> None:
    assert service(text, ROOFING) == expected


def test_a_sewer_service_listing_a_camera_inspection_is_no_check_up_for_everything() -> None:
    # The plumber's only "inspection" is the sewer's own camera: an old water heater looked
    # at is not a sewer job.
    text = "the water heater is fifteen years old, it works fine, just to be safe can you check it"
    catalogue = (*PLUMBING, ServiceOption("water_heater", "Water heater repair", ("water heater",)))
    assert service(text, catalogue) == "water_heater"


def test_a_person_who_died_is_no_fault_of_the_machine() -> None:
    text = "my father died this spring and i want his boiler serviced before winter comes"
    assert service(text, HEATING_COOLING) == "tuneup"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "a handyman swapped the fan motor in june and it's cooled ok since, but it's gotten "
            "really loud, can you come look at it",
            "en",
        ),
        (
            "the furnace has run fine since they fixed it but now the blower squeals every time "
            "it kicks on, could somebody check it",
            "en",
        ),
        (
            "el aire ya enfría bien desde que lo arreglaron pero suena feo, quiero que lo revisen",
            "es",
        ),
    ],
)
def test_a_sound_it_makes_now_after_an_all_clear_is_a_repair(text: str, language: str) -> None:
    # A noise said after "runs fine since" is a fault now: the repair, not the tune-up.
    assert service(text, HEATING_COOLING, language) in {"ac", "furnace"}


def test_a_quiet_unit_looked_over_is_still_the_tune_up() -> None:
    text = "ours is running fine and quiet, could someone look it over before summer"
    assert service(text, HEATING_COOLING) == "tuneup"


def test_a_noise_said_of_now_after_a_fix_last_week_is_a_repair() -> None:
    text = (
        "last month the fan quit and my cousin put in a new capacitor, it's been cooling since "
        "but it's pretty noisy now, can you guys check it out"
    )
    assert service(text, HEATING_COOLING) == "ac"
