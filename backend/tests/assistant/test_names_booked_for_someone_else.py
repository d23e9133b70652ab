"""A visit booked for someone else: the name of the person it is for is the booking's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Need the water heater looked at, it's for Marguerite Oyelaran at 44 Elm St",
         "Marguerite Oyelaran"),
        ("the appointment is for Bertrand Achebe, I'm just his nephew", "Bertrand Achebe"),
        ("My dad's tub drain is slow. His name is Walt Brzezinski, he lives alone.",
         "Walt Brzezinski"),
        ("for my grandmother, her name's Ines Palacios, she can't hear the phone",
         "Ines Palacios"),
        ("el baño de mi suegra gotea, ella se llama Herminia Robles", "Herminia Robles"),
        ("mi papá vive solo, se llama Anselmo Quiroga y no oye bien", "Anselmo Quiroga"),
        ("la cita es para Refugio Cantú, yo soy su vecina", "Refugio Cantú"),
    ],
)  # fmt: skip
def test_the_person_the_visit_is_for_is_the_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx())
    assert u.name is not None and u.name.value == name, text


@pytest.mark.parametrize(
    "text",
    [
        "it's for Tuesday if you still have it",
        "It's for the kitchen sink, it drains slow",
        "its for the upstairs bathroom",
        "it's for Monday morning",
        "it's for faucet install",
        "es para mañana temprano",
        "es para cambiar el calentador",
        # No visit for a relative said: whoever lets the tech in is not the booking's name.
        "her name is Rosa, she'll let him in",
        "ella se llama Rosa, ella le abre",
    ],
)
def test_what_a_visit_is_for_is_no_name(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.TIME)).name is None, text
