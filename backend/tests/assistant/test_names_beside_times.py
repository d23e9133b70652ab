"""Who is calling, said around other things: after an hour that ends its own sentence
("10. Dana Ruiz, 874 Dill Ave") and after who one is to the place ("I'm the landlord, ...",
"soy la dueña ..."), anywhere in the turn."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import local

OFFERED = (local(2026, 11, 26, 9, 0), local(2026, 11, 26, 10, 0))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("10. Henrietta Vasquez-Long 3309 Ward Pkwy Kansas City", "Henrietta Vasquez-Long"),
        ("thu 9. Bogdan Petrenko, 71 Main St Apt 2, Olathe", "Bogdan Petrenko"),
        ("a las 10. Xiomara Beltrán, 1415 Holmes Rd", "Xiomara Beltrán"),
    ],
)
def test_a_name_after_the_hour_chosen(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx(offered_slots=OFFERED))
    assert u.name is not None
    assert u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "the rental is at 512 oak street in olathe and im the landlord ravi menon, "
            "the tenant will let you in",
            "Ravi Menon",
        ),
        ("la casa está en 90 Pine St y soy la dueña marisela ochoa", "Marisela Ochoa"),
    ],
)
def test_a_name_after_a_role_mid_turn(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx())
    assert u.name is not None
    assert u.name.value == name


def test_a_role_with_no_name_is_no_name(ctx: Callable[..., Context]) -> None:
    assert understand("the house is at 512 oak street, im the owner of it", ctx()).name is None
