"""A catalogue phrase made of a verb and its particle ("backed up") names the job only when
its words are said together, never "the back bathroom ... mopped it all up"; a drip is a small
leak, so a catalogue that lists only "leak" (or "fuga") still finds it; a problem word
denied as speech recognition writes it ("nothings backing up") is denied; of two things named
the first said wins a tie; people knocking on doors and a part found burnt are told apart as
no fault and a fault; a Spanish participle ("tapado") never meets the English word its stem
spells ("tap")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, ServiceOption, understand

SPANISH_PLUMBING = (
    ServiceOption("drain", "Destape de drenaje", ("drenaje", "tapado", "destape", "drain")),
    ServiceOption("water_heater", "Calentador de agua", ("calentador", "water heater")),
    ServiceOption("leak", "Reparación de fugas", ("fuga", "gotea", "tubería", "leak")),
    ServiceOption("toilet", "Reparación de inodoro", ("inodoro", "taza", "baño", "toilet")),
)
SEWER = ServiceOption("sewer", "Sewer line service", ("sewer", "main line", "camera inspection"))


def _service(ctx: Callable[..., Context], text: str, **kw: object) -> str | None:
    u = understand(text, ctx(**kw))
    return u.service.value if u.service else None


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("its the toilet in the back bathroom it overflowed last night not too bad we mopped it "
         "all up its dry now but ever since it just runs and runs it wont stop filling", "toilet"),
        ("the toilet by the back door, i cleaned it all up", "toilet"),
        # Look-alikes: the phrase said together, or with a few words between.
        ("the basement floor drain backed all the way up", "drain"),
        ("the laundry sink backs up", "drain"),
        ("everything backed up into the tub", "drain"),
    ],
)  # fmt: skip
def test_a_verb_and_its_particle_name_the_job_only_together(
    ctx: Callable[..., Context], text: str, service: str
) -> None:
    assert _service(ctx, text) == service


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("theres a drip under the bathroom sink ive had a bowl under it for like a week", "leak"),
        ("the pipe under my bathroom sink is dripping pretty steady", "leak"),
        # Look-alikes: the thing that drips is named in the catalogue.
        ("the toilet drips at the base", "toilet"),
        ("the water heater is dripping", "water_heater"),
    ],
)
def test_a_drip_is_a_leak(ctx: Callable[..., Context], text: str, service: str) -> None:
    assert _service(ctx, text, services=SPANISH_PLUMBING) == service


def test_a_drip_edge_is_no_leak(ctx: Callable[..., Context]) -> None:
    roofing = (
        ServiceOption("roof", "Roof repair", ("roof", "shingles")),
        ServiceOption("leak", "Roof leak repair", ("leak",)),
    )
    assert _service(ctx, "the drip edge came loose in the wind", services=roofing) == "roof"


@pytest.mark.parametrize(
    "text",
    [
        "no nothings backing up nobody even lives there right now its empty",
        "nothing's backing up, it all drains fine",
    ],
)
def test_a_backup_denied_is_not_the_job(ctx: Callable[..., Context], text: str) -> None:
    services = (*ctx().services, SEWER)
    assert _service(ctx, text, services=services) is None


def test_a_sewer_inspection_keeps_its_service(ctx: Callable[..., Context]) -> None:
    services = (*ctx().services, SEWER)
    text = ("hi were buying a house and our inspector flagged the sewer line said there might be "
            "roots in it and we should get a camera inspection before we close")  # fmt: skip
    assert _service(ctx, text, services=services) == "sewer"


ROOFING = (
    ServiceOption("roof_repair", "Roof repair", ("roof", "shingles", "leak")),
    ServiceOption("gutter", "Gutter cleaning", ("gutter", "gutters", "downspout")),
)


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # Two things named, one word each: the one said first, wherever a plural's stem puts it.
        ("weve had squirrels getting in the attic and the animal guy trapped them but he says "
         "theres a chewed hole in the wood at the edge of the roof by the gutters", "roof_repair"),
        ("the gutters are pulling away from the roof", "gutter"),
    ],
)  # fmt: skip
def test_of_two_things_named_the_first_said_is_the_job(
    ctx: Callable[..., Context], text: str, service: str
) -> None:
    assert _service(ctx, text, services=ROOFING) == service


ROOF_CHECKS = (*ROOFING, ServiceOption("inspection", "Roof inspection", ("inspection", "inspect")))


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # People knocking on doors are no sound of a fault: the inspection asked for stands.
        ("Half the street is getting new roofs after the April hail and the adjusters keep "
         "knocking on doors. We have no leaks or anything but would like an inspection.",
         "inspection"),
        # Look-alike: a knocking told of the thing is a fault, so no check-up.
        ("something keeps knocking in the roof when the wind blows, can you inspect it",
         "roof_repair"),
    ],
)  # fmt: skip
def test_knocking_on_doors_is_no_fault(
    ctx: Callable[..., Context], text: str, service: str
) -> None:
    assert _service(ctx, text, services=ROOF_CHECKS) == service


HVAC_CHECKS = (
    ServiceOption("ac", "AC repair", ("ac", "air conditioner", "cooling")),
    ServiceOption("tuneup", "AC tune-up", ("tune up", "maintenance", "check up")),
)


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # A part found damaged is a fault now, though the thing works again: a repair.
        ("our ac quit yesterday and my neighbor swapped the capacitor and its been cooling "
         "great since last night but he said have a real company look at it because the "
         "contactor looked burnt", "ac"),
        # Look-alike: all fine and a look-over asked for is the tune-up.
        ("the ac is working fine, just want someone to look it over before summer", "tuneup"),
    ],
)  # fmt: skip
def test_a_part_found_burnt_is_a_fault(
    ctx: Callable[..., Context], text: str, service: str
) -> None:
    assert _service(ctx, text, services=HVAC_CHECKS) == service


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # A Spanish participle is never the English word its stem spells ("tapado" is no tap).
        ("hola, el fregadero de la cocina esta tapado desde ayer, no baja nada", "drain"),
        ("la coladera está tapada", "drain"),
        # Look-alike: the faucet named in Spanish is still the faucet.
        ("necesito cambiar la llave del fregadero", "faucet"),
    ],
)
def test_a_spanish_participle_meets_only_spanish_words(
    ctx: Callable[..., Context], text: str, service: str
) -> None:
    assert _service(ctx, text) == service
