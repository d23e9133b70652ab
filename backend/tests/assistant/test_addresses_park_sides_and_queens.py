"""Streets along a park named by its side ("Prospect Park W"), Queens house numbers typed with
their hyphen before a street that names no kind ("31-08 Broadway"), the numbered street said
the Spanish way, its number before "avenida" ("treinta y siete avenida"), and the town of a
Spanish address ended where the caller says who they are."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("248 Prospect Park W, Brooklyn", "248 Prospect Park W"),
        ("Grace Liu-Hammond, 229 Prospect Park West, Brooklyn", "229 Prospect Park West"),
        ("it's 40 central park south apt 12", "40 Central Park South"),
    ],
)
def test_a_street_along_a_park_side(ctx: Callable[..., Context], text: str, line1: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.address is not None and u.address.value.line1 == line1


def test_a_surname_park_is_still_a_name(ctx: Callable[..., Context]) -> None:
    u = understand("Linda Park", ctx(expecting=Expecting.NAME))
    assert u.address is None and u.name is not None and u.name.value == "Linda Park"


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("Tran Vu, 31-08 Broadway, Astoria", "31-08 Broadway"),
        ("we're at 42-15 Crescent in LIC", "42-15 Crescent"),
    ],
)
def test_a_typed_queens_number_before_a_bare_street(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.address is not None and u.address.value.line1 == line1


@pytest.mark.parametrize(
    "text", ["open 10-12 Monday", "between 10-12 June", "call me at 555-0112 please"]
)
def test_hours_and_phones_are_no_queens_number(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.NAME)).address is None


@pytest.mark.parametrize(
    ("text", "line1", "city"),
    [
        ("noventa y dos once treinta y cinco avenida jackson heights", "92-11 35th Avenue",
         "Jackson Heights"),
        ("es el ochenta y siete veintiuno ochenta y dos calle en elmhurst", "87-21 82nd Street",
         "Elmhurst"),
        ("setenta y uno cero cinco treinta y cuatro avenida woodside", "71-05 34th Avenue",
         "Woodside"),
    ],
)  # fmt: skip
def test_a_numbered_street_said_before_its_kind_in_queens(
    ctx: Callable[..., Context], text: str, line1: str, city: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS, language="es", towns=("Queens",)))
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.city) == (line1, city)


def test_one_house_number_before_a_named_street_is_unchanged(
    ctx: Callable[..., Context],
) -> None:
    u = understand("el 345 de la calle Main", ctx(expecting=Expecting.ADDRESS, language="es"))
    assert u.address is not None and u.address.value.line1 == "345 Main Street"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("estamos en el 7803 de la calle telephone en houston soy araceli", "Houston"),
        ("es el 4521 de la calle Westheimer en Houston me llamo Rosa Ibarra", "Houston"),
        ("el 210 de la calle Main en the woodlands", "The Woodlands"),
    ],
)
def test_the_town_ends_where_the_caller_says_who_they_are(
    ctx: Callable[..., Context], text: str, city: str
) -> None:
    u = understand(text, ctx(language="es"))
    assert u.address is not None and u.address.value.city == city
