"""Streets named by their kind first ("Avenue J", "Highway 6"), and the town that ends with
its sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand


@pytest.mark.parametrize(
    ("text", "line1", "city"),
    [
        ("Marisol Ortega, 2210 Avenue K Brooklyn", "2210 Avenue K", "Brooklyn"),
        ("it's 88 avenue p", "88 Avenue P", ""),
        ("vivo en 4105 Avenue H, Rosenberg", "4105 Avenue H", "Rosenberg"),
        ("the shop is at 9020 Highway 6 in Missouri City", "9020 Highway 6", "Missouri City"),
        ("640 County Road 12, thanks", "640 County Road 12", ""),
    ],
)
def test_kind_first_streets(ctx: Callable[..., Context], text: str, line1: str, city: str) -> None:
    u = understand(text, ctx())
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.city) == (line1, city)


@pytest.mark.parametrize(
    ("text", "line1", "city"),
    [
        ("It's 315 Avenue B, Galveston. Ask for Teo", "315 Avenue B", "Galveston"),
        ("3300 Bissonnet St, Houston. Mi hijo Beto le abre", "3300 Bissonnet St", "Houston"),
        # What must not change: a named street with a town, and a suffix street with a letter.
        ("1200 Maple Avenue, Lenexa", "1200 Maple Avenue", "Lenexa"),
        ("45 Park Avenue S", "45 Park Avenue S", ""),
    ],
)
def test_the_town_ends_with_its_sentence(
    ctx: Callable[..., Context], text: str, line1: str, city: str
) -> None:
    u = understand(text, ctx())
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.city) == (line1, city)


def test_avenue_u_texted_keeps_its_letter(ctx: Callable[..., Context]) -> None:
    # Text shorthand reads a lone "u" as "you"; a street's letter stays a letter.
    u = understand("Sal Ferrante 1880 Ave U, Brooklyn. mon or tues after 1", ctx())
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.city) == ("1880 Ave U", "Brooklyn")


def test_a_state_that_is_also_a_word_ends_only_the_tail(ctx: Callable[..., Context]) -> None:
    u = understand("44 Elm St, Lenexa. thu or fri works", ctx())
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.city) == ("44 Elm St", "Lenexa")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("sorry, Chandler not Gilbert", "Chandler"),
        ("oops it's in Lenexa", "Lenexa"),
        ("no, es en Baytown", "Baytown"),
    ],
)
def test_a_town_said_again_corrects_the_town(
    ctx: Callable[..., Context], text: str, town: str
) -> None:
    u = understand(text, ctx())
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.city) == ("", town)


@pytest.mark.parametrize(
    "text",
    ["it's in the basement", "the sink not the tub", "trane not carrier", "monday not tuesday"],
)
def test_not_a_town(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).address is None
