"""A caller's name said first in a list of details (before a business, a role or slashes), or
as a sentence of its own just after the address; a name put right after "sorry" in the same
breath; and a direction's full stop after the house number ("7300 W. 119th Street"), which
ends no clause. Every sentence here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _name(ctx: Callable[..., Context], text: str) -> str | None:
    u = understand(text, ctx(expecting=Expecting.TIME, towns=("Overland Park", "Olathe")))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Devon Schultz, Cask & Crumb, 1200 E Colfax Ave Denver. 720-555-0164", "Devon Schultz"),
        ("Kim Tran, Polished Nail Lounge, 2000 E Rio Salado Pkwy Tempe. 480-555-0132", "Kim Tran"),
        ("Tonya Merritt, director. 3080 Lawrenceville Hwy, Decatur. 404-555-0179", "Tonya Merritt"),
        ("Jordan Pike / 3145 Tennyson St, Denver / 303-555-0172", "Jordan Pike"),
        ("Marcus Reed, 7300 W. 119th Street, Overland Park. Cell (913)555-0166", "Marcus Reed"),
        ("Leticia Ramos / 8830 Long Dr, Houston / 713-555-0101", "Leticia Ramos"),
        ("Wanda Ibsen, Ibsen Bakery, 913-555-0188", "Wanda Ibsen"),
    ],
)  # fmt: skip
def test_a_name_said_first_in_the_details(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name, text


@pytest.mark.parametrize(
    "text",
    [
        "back gate, side yard, 4410 N Oak Trafficway",
        "water everywhere, basement, 2250 Holly Ln",
        "Thanks so much, unit 4, 1200 E Colfax Ave",
        "Overland Park / 7300 W 119th St / 913-555-0166",
        "Oak Ridge Apartments, unit 4, 1200 E Colfax Ave",
        "Property manager, Lakeview, 1200 E Colfax Ave",
    ],
)
def test_an_opening_clause_that_is_no_name(ctx: Callable[..., Context], text: str) -> None:
    assert _name(ctx, text) is None, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2215 Glenwood Ave SE Atlanta. Howard Beasley. Tenant is home", "Howard Beasley"),
        ("907 W 39th St, Olathe. Nadia Kerr. Please hurry, it's spreading", "Nadia Kerr"),
    ],
)
def test_a_name_as_a_sentence_after_the_address(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name, text


@pytest.mark.parametrize(
    "text",
    [
        "2215 Glenwood Ave SE Atlanta. back door. Tenant is home",
        "2215 Glenwood Ave SE. Olathe. Tenant is home",
        "2215 Glenwood Ave SE. Thanks so much. Tenant is home",
    ],
)
def test_a_sentence_after_the_address_that_is_no_name(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _name(ctx, text) is None, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("okay its dwayne no sorry im his wife its tanya okafor 618 west 63rd street",
         "Tanya Okafor"),
        ("soy Pedro, perdón, soy Pablo Ruiz", "Pablo Ruiz"),
        ("my name is Jim, i mean it's James Carter", "James Carter"),
    ],
)  # fmt: skip
def test_a_name_put_right_in_the_same_breath(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("this is dana sorry to call so late, i'm calling about the sink", "Dana"),
        ("hi it's Mark Bell, sorry, I'm the tenant", "Mark Bell"),
        ("it's Rosa, sorry i'm calling for my mom", "Rosa"),
    ],
)
def test_a_sorry_that_puts_no_name_right(ctx: Callable[..., Context], text: str, name: str) -> None:
    assert _name(ctx, text) == name, text


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("7300 W. 119th Street, Overland Park", "7300 W 119th Street"),
        ("its 415 N. Main St in Olathe", "415 N Main St"),
    ],
)
def test_a_directions_full_stop_ends_no_clause(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS))
    assert u.address is not None and u.address.value.line1 == line1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Helen Marsh is her name, 9870 W Florida Ave. I'm her son, I'll meet your guy there",
         "Helen Marsh"),
        ("Tom Reyes is my name, 12 Elm St", "Tom Reyes"),
        ("Hi I'm Dave, I'll be home after 5", "Dave"),
    ],
)  # fmt: skip
def test_a_name_said_then_called_the_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name, text


@pytest.mark.parametrize(
    "text",
    [
        "yes that is my name",
        "what is her name",
        "the account is my name",
        "I'm her son, I'll meet your guy there",  # a pronoun's contraction is no name
        "I'm her daughter, we'll be there all day",
    ],
)
def test_no_name_in_these(ctx: Callable[..., Context], text: str) -> None:
    assert _name(ctx, text) is None, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("greg salazar the house is seventeen oh four south havana street", "Greg Salazar"),
        ("nadia kerr her place is 907 w 39th st", "Nadia Kerr"),
        ("water in the basement the house is 1704 south havana street", None),
        ("it leaks by the house 1704 south havana street", None),
    ],
)
def test_a_name_then_the_house_is(ctx: Callable[..., Context], text: str, name: str | None) -> None:
    assert _name(ctx, text) == name, text
