"""Names of several parts: two given names or surnames, particles, prefixes heard apart."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.engine import names
from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("me llamo ana sofia del rio", "Ana Sofia del Rio"),
        ("soy juan carlos de la cruz", "Juan Carlos de la Cruz"),
        ("my name is pieter van der berg", "Pieter van der Berg"),
        ("this is tomasz wilk", "Tomasz Wilk"),
        ("me llamo carmen lucia ybarra", "Carmen Lucia Ybarra"),
        ("it's kwame mensah hill", "Kwame Mensah Hill"),
        ("hi its siobhan o connor", "Siobhan O'Connor"),
        ("my name is dana smith water heater is leaking", "Dana Smith"),
    ],
)
def test_names_of_several_parts_are_kept_whole(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rocío Ibáñez de León, 77 Pine St", "Rocío Ibáñez de León"),
        ("Ines Barros-Whitfield, 3011 Elm Ave", "Ines Barros-Whitfield"),
    ],
)
def test_a_typed_name_keeps_its_spelling(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx(channel="sms", expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


def test_a_particle_before_a_business_ends_the_name(ctx: Callable[..., Context]) -> None:
    u = understand("soy Lupe de la Panadería Rosales", ctx())
    assert u.name is not None and u.name.value == "Lupe"


@pytest.mark.parametrize(
    "text", ["hi this is gail novak yall fixed my roof", "hey it's ron pike i've got a leak"]
)
def test_a_name_does_not_run_into_the_next_words(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.name is not None and len(u.name.value.split()) == 2


@pytest.mark.parametrize("text", ["jueves o viernes", "el martes o el miercoles"])
def test_spanish_or_between_days_is_no_name(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.TIME)).name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("actually book it under my wife, Priya Raman", "Priya Raman"),
        ("put it under her son marco bellini he'll be there", "Marco Bellini"),
    ],
)
def test_a_booking_put_under_a_relative_takes_their_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


def test_a_street_spelled_out_is_no_name(ctx: Callable[..., Context]) -> None:
    u = understand("sorry its 12 laramie drive, l a r a m i e", ctx(expecting=Expecting.ADDRESS))
    assert u.name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("linda park", "Linda Park"),
        ("best number is 816 555 0199 and its linda park", "Linda Park"),
        ("mi celular es el 713 555 0101 y soy linda moreno", "Linda Moreno"),
        # The number read right after the name ends it.
        (
            "sure, have her ring linda okafor at six one two five five five zero one nine nine",
            "Linda Okafor",
        ),
        ("me puede llamar linda quiroga al siete uno tres cinco cinco cinco", "Linda Quiroga"),
    ],
)
def test_the_first_name_said_again_with_the_last_completes_it(text: str, name: str) -> None:
    assert names.completed("Linda", text) == name


def test_the_first_name_in_passing_completes_nothing() -> None:
    assert names.completed("Linda", "linda said the sink is slow") is None
    assert names.completed("Linda", "linda ordered 2 heaters") is None
