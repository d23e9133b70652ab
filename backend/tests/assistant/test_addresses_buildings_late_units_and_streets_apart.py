"""Addresses as callers give them beyond the street and its number: a building beside the
apartment, a unit said after the town or put right later in the turn, a compass point said in
Spanish after the street, a house number's hundreds said as a pair after its thousands, an
address disowned for the one that follows, a Spanish avenue named by a letter, and a street
and its number said apart. Every sentence here was written for this file; the traps next to
each case must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Address, Context, Expecting, understand
from switchboard.assistant.understanding.numbers import words_to_digits


def _address(ctx: Callable[..., Context], text: str, language: str = "en") -> Address | None:
    u = understand(text, ctx(expecting=Expecting.TIME, language=language))
    return u.address.value if u.address else None


@pytest.mark.parametrize(
    ("text", "language", "line1", "unit"),
    [
        ("Marisol Vega, 4120 W Thunderbird Rd, Glendale, building F apt 208",
         "en", "4120 W Thunderbird Rd", "Bldg F Apt 208"),
        ("it's 650 ridgeview drive building 3 apartment 12", "en", "650 Ridgeview Drive",
         "Bldg 3 Apt 12"),
        ("vivo en el 7400 de bissonnet street apartamento 305 edificio d en houston",
         "es", "7400 Bissonnet Street", "Bldg D Apt 305"),
        # Traps: a building that is no unit.
        ("1810 Harlan Ave, it's the building by the pool", "en", "1810 Harlan Ave", ""),
        ("1810 Harlan Ave, it's the building a block over", "en", "1810 Harlan Ave", ""),
        ("1810 Harlan Ave, the building 3 stories tall", "en", "1810 Harlan Ave", ""),
        ("el 920 de airline drive, el edificio de enfrente", "es", "920 Airline Drive", ""),
    ],
)  # fmt: skip
def test_a_building_is_written_before_its_apartment(
    ctx: Callable[..., Context], text: str, language: str, line1: str, unit: str
) -> None:
    found = _address(ctx, text, language)
    assert found is not None and (found.line1, found.unit) == (line1, unit), text


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        # Said after the town and something else about the place.
        ("7715 Metcalf Ave, Overland Park, the one around back, apartment 9, by the pool",
         "en", "Apt 9"),
        ("1330 Antioch Rd, Olathe, la casa de atrás, apartamento 4, junto a la escuela",
         "es", "Apt 4"),
        # A unit named by a letter after the town.
        ("thirty three eighty clairmont road decatur unit c it's a fourplex", "en", "Unit C"),
        # Put right later in the turn, after the town.
        ("forty four twenty nall avenue unit twelve prairie village oh wait sorry unit twenty",
         "en", "Unit 20"),
        ("eighty eight ten quivira road unit fifteen shawnee its fifty not fifteen",
         "en", "Unit 50"),
        # Traps: no unit, or the first one kept.
        ("7715 Metcalf Ave, Overland Park, my upstairs unit is where it leaks", "en", ""),
        ("7715 Metcalf Ave, Overland Park, the outdoor unit c is loud", "en", ""),
        ("7715 Metcalf Ave unit 3, Overland Park, and unit 5 next door has it too", "en",
         "Unit 3"),
        ("7715 metcalf ave unit 3 its 7751 not 7715", "en", "Unit 3"),
        ("7715 Metcalf Ave, Olathe, my mom lives at 12 Elm St apt 3", "en", ""),
    ],
)  # fmt: skip
def test_a_unit_said_further_on_is_the_address_s(
    ctx: Callable[..., Context], text: str, language: str, unit: str
) -> None:
    found = _address(ctx, text, language)
    assert found is not None and found.unit == unit, text


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("vivo en el 1150 de peachtree road noreste en atlanta", "1150 Peachtree Road NE"),
        ("es el 2870 de briarwood road suroeste", "2870 Briarwood Road SW"),
        ("el 640 de ponce de leon avenue noroeste", "640 Ponce De Leon Avenue NW"),
        ("el 300 de oak street sur", "300 Oak Street S"),
        # "Este" is also "this": only where the town or nothing follows is it East.
        ("el 1200 de main street este lunes si se puede", "1200 Main Street"),
    ],
)
def test_a_compass_point_said_in_spanish_after_the_street(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    found = _address(ctx, text, "es")
    assert found is not None and found.line1 == line1, text


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("eleven thousand four eighty", ["11480"]),
        ("two thousand three fifteen", ["2315"]),
        ("twelve thousand nine ninety nine", ["12999"]),
        # Traps: a thousand and a small number, or its hundreds said whole.
        ("two thousand four", ["2004"]),
        ("two thousand four hundred", ["2400"]),
        ("three thousand five people", ["3005", "people"]),
        ("dos mil ciento cinco", ["2105"]),
    ],
)
def test_hundreds_said_as_a_pair_after_the_thousands(said: str, digits: list[str]) -> None:
    assert words_to_digits(said.split()) == digits


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("the address is sixty six ten west one nineteenth street", "6610 West 119th Street"),
        ("the address is sixty six ten west one thirty fifth street", "6610 West 135th Street"),
        # Trap: a street named One keeps its name.
        ("its 400 west one street", "400 West One Street"),
    ],
)
def test_a_numbered_street_in_the_hundreds_said_with_one(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    found = _address(ctx, text)
    assert found is not None and found.line1 == line1, text


def test_a_house_number_with_its_hundreds_as_a_pair(ctx: Callable[..., Context]) -> None:
    text = "yeah we're way out on it, its eleven thousand four eighty east baseline road"
    found = _address(ctx, text)
    assert found is not None and found.line1 == "11480 East Baseline Road"


@pytest.mark.parametrize(
    ("text", "language", "line1"),
    [
        ("Gwen Ortiz, 3300 Windy Ridge Pkwy.. no that's my office. Home is 41 Church St",
         "en", "41 Church St"),
        ("1400 Main St. No, that's my mom's. Mine is 22 Elm St", "en", "22 Elm St"),
        ("4500 Westheimer Rd, no, esa es la de mi trabajo, la casa es 812 Oak St", "es",
         "812 Oak St"),
        # Traps: the first address stays when nothing disowns it.
        ("1400 Main St, no that's fine, it's 2 blocks from 22 Elm St", "en", "1400 Main St"),
        ("1400 Main St, we're near 22 Elm St", "en", "1400 Main St"),
    ],
)  # fmt: skip
def test_an_address_disowned_gives_way_to_the_next(
    ctx: Callable[..., Context], text: str, language: str, line1: str
) -> None:
    found = _address(ctx, text, language)
    assert found is not None and found.line1 == line1, text


@pytest.mark.parametrize(
    ("text", "line1", "city"),
    [
        ("me llamo ana soto en el tres mil doscientos de la avenida h en katy",
         "3200 Avenue H", "Katy"),
        ("el 2100 de la carretera 6 en sugar land", "2100 Highway 6", "Sugar Land"),
        # Traps: a named avenue and a numbered one keep their forms.
        ("el 300 de la avenida magnolia", "300 Magnolia Avenue", ""),
        ("el 45 de la avenida 37 en queens", "45 37th Avenue", "Queens"),
    ],
)  # fmt: skip
def test_a_spanish_avenue_named_by_a_letter(
    ctx: Callable[..., Context], text: str, line1: str, city: str
) -> None:
    found = _address(ctx, text, "es")
    assert found is not None and (found.line1, found.city) == (line1, city), text


def test_the_town_ends_where_a_spanish_caller_goes_on(ctx: Callable[..., Context]) -> None:
    found = _address(ctx, "el 500 de bellaire blvd en houston tengo una fuga", "es")
    assert found is not None and found.city == "Houston"


@pytest.mark.parametrize(
    ("text", "language", "line1"),
    [
        ("Shingles blew off. We're in a brand new subdivision, street is Larkspur Hollow, "
         "maps don't have it. Turn at the pond, house #212", "en", "212 Larkspur Hollow"),
        ("the street is tamarack lane and the house number is thirty one", "en",
         "31 Tamarack Lane"),
        ("la calle se llama encino y la casa es la ciento cuarenta y cinco", "es", "145 Encino"),
    ],
)  # fmt: skip
def test_a_street_and_its_number_said_apart(
    ctx: Callable[..., Context], text: str, language: str, line1: str
) -> None:
    found = _address(ctx, text, language)
    assert found is not None and found.line1 == line1, text


@pytest.mark.parametrize(
    "text",
    [
        "the street is flooded and the house number is 12",
        "the street is really dark at night",
        "my house number is 212",
    ],
)
def test_a_street_or_a_number_alone_is_no_address(ctx: Callable[..., Context], text: str) -> None:
    found = _address(ctx, text)
    assert found is None or not found.line1, text
