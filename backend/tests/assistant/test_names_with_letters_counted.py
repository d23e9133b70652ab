"""A letter counted as a spelling aid ("Ferreira with two Rs", "Allen, two L's", "Barrera con
dos erres") tells how the name is written and is never part of it; a surname said twice right
before it was said again to be spelled and counts once. Counts of everyday things ("two kids",
"two outlets") are no spelling. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _name(ctx: Callable[..., Context], text: str) -> str | None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("joana pereira with two rs", "Joana Pereira"),
        ("carla mendes barrera barrera with two rs", "Carla Mendes Barrera"),
        ("wendy farrell farrell with two l's", "Wendy Farrell"),
        ("lupe guerrero con dos erres", "Lupe Guerrero"),
    ],
)
def test_a_letter_counted_is_no_part_of_the_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("rosa diaz, i need two outlets put in", "Rosa Diaz"),
        ("ken abbott", "Ken Abbott"),
    ],
)
def test_counts_of_things_leave_the_name_alone(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name


def test_a_count_of_things_is_no_name(ctx: Callable[..., Context]) -> None:
    assert _name(ctx, "we have two kids and two dogs") is None
