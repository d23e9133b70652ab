"""Hazards said in a caller's own words: an adverb before the water's verb, sewage that "comes
up" by itself, a panel told by the switches in it, water coming out through a light, a jolt
felt, cooling that died "on him". English and Spanish, with look-alikes that never page.
Phrasings written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand


@pytest.mark.parametrize(
    ("text", "hazard", "trades"),
    [
        ("the tank in the laundry room, water is just gushing out the bottom", "flooding", ()),
        ("water's literally pouring out from under the kitchen sink", "flooding", ()),
        (
            "whenever the washer drains, black water comes up through the shower",
            "sewage_backup",
            (),
        ),
        (
            "I run a small salon and smelly water bubbles up out of the floor drain",
            "sewage_backup",
            (),
        ),
        (
            "water is dripping into the box in the garage, the one with the breakers in it",
            "flooding_near_electrics",
            ("electrical",),
        ),
        (
            "el agua está cayendo sobre la caja del garaje, la que tiene todos los interruptores",
            "flooding_near_electrics",
            ("electrical",),
        ),
        (
            "rain is coming right through the kitchen light, it's leaking out of the can light",
            "flooding_near_electrics",
            ("roofing",),
        ),
        (
            "con la lluvia está goteando por el foco del baño",
            "flooding_near_electrics",
            ("roofing",),
        ),
        (
            "my son got a jolt from the dryer plug and his hand is numb",
            "electrical_shock",
            ("electrical",),
        ),
        (
            "a mi hija le pasó una descarga al tocar el enchufe del baño",
            "electrical_shock",
            ("electrical",),
        ),
    ],
)
def test_said_in_other_words_it_pages_with_its_advice(
    ctx: Callable[..., Context], text: str, hazard: str, trades: tuple[str, ...]
) -> None:
    context = ctx(meaning=None, trades=trades) if trades else ctx(meaning=None)
    u = understand(text, context)
    assert Hazard(hazard) in {h.value for h in u.hazards}, text
    assert u.emergency is not None and u.emergency.value
    assert f"safety.{hazard}" in u.guidance_keys


def test_cooling_that_died_on_an_old_man_in_the_heat_pages(ctx: Callable[..., Context]) -> None:
    text = "mi abuelo tiene 88 años y el aire acondicionado se le paró, afuera hace 100 grados"
    u = understand(text, ctx(meaning=None, trades=("hvac",), language="es"))
    assert Hazard.NO_AC_EXTREME_HEAT in {h.value for h in u.hazards}
    assert u.emergency is not None and u.emergency.value


@pytest.mark.parametrize(
    "text",
    [
        "we run a new line to the garage fridge and want an outlet out there",
        "I run a daycare and want a quote for a second bathroom",
        "the box with all the breakers is old, can you replace it with a new one",
        "the buzzing is coming from the light switch in the hall",
        "I need a jolt of coffee before you come, can you fix the dimmer",
        "el foco de la sala no prende, quiero cambiar la lámpara",
        "mi papá tiene 90 años y quiere un mantenimiento del aire",
    ],
)
def test_look_alikes_never_page(ctx: Callable[..., Context], text: str) -> None:
    for meaning in (None, ctx().meaning):
        u = understand(text, ctx(meaning=meaning, trades=("electrical", "plumbing", "hvac")))
        assert not u.hazards, (text, meaning is not None)
        assert not (u.emergency and u.emergency.value)
