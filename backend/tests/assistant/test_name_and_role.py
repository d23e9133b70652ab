"""A first and last name followed by the caller's role or company is the caller's name, in a
turn that also gives the time or the building; a role said alone names nobody."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name", "company"),
    [
        ("Friday 10am works. Renee Castellano, Castellano Property Group. I'll meet your tech "
         "at the front door.", "Renee Castellano", "Castellano Property Group"),
        ("Maureen Keogh, Keogh Management. Building is 1480 Nostrand Ave, Brooklyn. Monday 9am",
         "Maureen Keogh", "Keogh Management"),
        ("Vernon Pike, owner. Building is 760 Cascade Ave, Atlanta. Monday at 1", "Vernon Pike",
         None),
        ("Carla Jimenez with Sonoran Rentals. Thursday 10am, I'll leave the lockbox code",
         "Carla Jimenez", "Sonoran Rentals"),
        ("Tuesday at 2. Dev Patel, facilities manager.", "Dev Patel", None),
        ("wednesday morning works, Priya Raman from Elm Court Apartments", "Priya Raman",
         "Elm Court Apartments"),
        ("el martes a las 10. Rosa Quintanilla, la administradora", "Rosa Quintanilla", None),
        ("Rosa Quintanilla de Inmobiliaria Garza, el martes a las 10", "Rosa Quintanilla",
         "Inmobiliaria Garza"),
    ],
)  # fmt: skip
def test_a_name_then_who_they_are(
    ctx: Callable[..., Context], text: str, name: str, company: str | None
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name
    assert (u.company.value if u.company else None) == company


@pytest.mark.parametrize(
    "text",
    [
        "Kitchen sink, owner's unit. Tuesday",
        "The sink, the landlord. Tuesday",
        "Leaky faucet, owner occupied. Tuesday at 2",
        "Tuesday at 2, kitchen sink with the garbage disposal",
        "Monday works. Water heater, property manager approved it",
    ],
)
def test_things_said_with_a_role_are_no_name(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.TIME)).name is None


@pytest.mark.parametrize(
    "text",
    [
        "Property manager here. Vacant rental at 2650 E Broadway Rd, Mesa",
        "landlord here, the kitchen sink is clogged",
        "building manager speaking, 40 Remsen St",
    ],
)
def test_a_role_said_alone_names_nobody(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.PROBLEM)).name is None
