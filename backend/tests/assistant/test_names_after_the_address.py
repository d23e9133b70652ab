"""A name said after the address as the turn's last clause, with nothing before it: callers
in a hurry give the address and sign off with their name. A town, an answer, a word about
the place or a business after the address is no name. Every sentence here was written for
this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _name(ctx: Callable[..., Context], text: str, expecting: Expecting) -> str | None:
    u = understand(text, ctx(expecting=expecting))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ok. 4410 N Oak Trafficway, Gladstone. Marisol Vance", "Marisol Vance"),
        ("its still going. 907 W 39th St Kansas City, Deshawn Pruitt", "Deshawn Pruitt"),
        ("water everywhere. 2250 Holly Ln Lenexa, Hank Marsh", "Hank Marsh"),
        ("ya está en la sala. 615 Walnut St Raytown, Ximena Ochoa Rivas", "Ximena Ochoa Rivas"),
        ("sigue saliendo humo, 3300 Main St Olathe. Rogelio Benítez", "Rogelio Benítez"),
    ],
)
@pytest.mark.parametrize("expecting", [Expecting.CONFIRMATION, Expecting.TIME, Expecting.NAME])
def test_a_name_after_the_address(
    ctx: Callable[..., Context], text: str, name: str, expecting: Expecting
) -> None:
    assert _name(ctx, text, expecting) == name, text


@pytest.mark.parametrize(
    "text",
    [
        "4410 N Oak Trafficway, Overland Park",  # the town
        "4410 N Oak Trafficway, Gladstone. back gate",
        "4410 N Oak Trafficway. Side Door",  # a place, even typed with capitals
        "4410 N Oak Trafficway, Gladstone. Thanks so much",
        "4410 N Oak Trafficway, Gladstone. Please hurry",
        "4410 n oak trafficway, gladstone. kansas city",  # a town in lower case
        "4410 N Oak Trafficway, Gladstone. Muchas gracias",
        "4410 N Oak Trafficway, Gladstone. Lo antes posible",
        "4410 N Oak Trafficway, Gladstone. Gate code 4417",
        "4410 N Oak Trafficway, Gladstone. Oak Ridge Apartments",  # a business
        "Marisol Vance 4410 N Oak Trafficway",  # before it: its own rule, not this one
    ],
)
def test_what_follows_the_address_is_not_always_a_name(
    ctx: Callable[..., Context], text: str
) -> None:
    name = _name(ctx, text, Expecting.CONFIRMATION)
    assert name is None or name == "Marisol Vance", text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("water everywhere. 2250 Holly Ln Lenexa", None),  # what happened, its own sentence
        ("rosario leal en el 2250 de holly lane", "Rosario Leal"),  # surnames are words too
    ],
)
def test_everyday_words_before_the_address(
    ctx: Callable[..., Context], text: str, name: str | None
) -> None:
    assert _name(ctx, text, Expecting.TIME) == name, text
