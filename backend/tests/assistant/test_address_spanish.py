"""Addresses said the Spanish way: the kind of street before its name, the town after "en"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "line1", "city"),
    [
        ("en el ocho cero cuatro de la calle shaver en pasadena", "804 Shaver Street", "Pasadena"),
        ("cinco mil ochocientos de la calle airline en houston", "5800 Airline Street", "Houston"),
        (
            "vivo en el novecientos cuatro de la avenida southwest boulevard en kansas city",
            "904 Southwest Boulevard",
            "Kansas City",
        ),
        ("trescientos veinte de la avenida magnolia", "320 Magnolia Avenue", ""),
        ("1500 calle real", "1500 Calle Real", ""),
        ("1500 camino del sol en laredo", "1500 Camino Del Sol", "Laredo"),
    ],
)
def test_spanish_street_order(
    ctx: Callable[..., Context], text: str, line1: str, city: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS, language="es"))
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.city) == (line1, city)


def test_the_english_order_is_unchanged(ctx: Callable[..., Context]) -> None:
    u = understand("el 4521 de Westheimer Rd", ctx(expecting=Expecting.ADDRESS, language="es"))
    assert u.address is not None and u.address.value.line1 == "4521 Westheimer Rd"


def test_an_address_corrected_in_the_same_breath(ctx: Callable[..., Context]) -> None:
    text = "Priya Natarajan, 9 Vine St Aurora... sorry 19 Vine St, Aurora CO"
    u = understand(text, ctx())
    assert u.address is not None and u.address.value.line1 == "19 Vine St"


def test_a_second_street_without_a_correction_does_not_replace_the_first(
    ctx: Callable[..., Context],
) -> None:
    u = understand("4410 West 75th Street, 2 blocks from Main street", ctx())
    assert u.address is not None and u.address.value.line1 == "4410 West 75th Street"


@pytest.mark.parametrize(
    ("text", "line1", "city"),
    [
        ("vivo en la calle fulton número trescientos cuarenta y cinco", "345 Fulton Street", ""),
        ("la avenida magnolia 220 en houston", "220 Magnolia Avenue", "Houston"),
    ],
)
def test_the_street_then_its_number(
    ctx: Callable[..., Context], text: str, line1: str, city: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS, language="es"))
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.city) == (line1, city)


def test_a_rejected_number_is_not_part_of_the_street(ctx: Callable[..., Context]) -> None:
    u = understand("it's 12 oak, not 21", ctx(expecting=Expecting.ADDRESS))
    assert u.address is not None and u.address.value.line1 == "12 Oak"


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("108-22 71st Ave, Forest Hills NY 11375", "108-22 71st Ave"),
        ("one oh eight dash twenty two seventy first avenue forest hills", "108-22 71st Avenue"),
        ("its gail one oh four sycamore street decatur", "104 Sycamore Street"),
        ("one oh four one five west one hundred nineteenth street", "10415 West 119th Street"),
        ("my number is 913-555-0199 and I'm at 12 Oak St", "12 Oak St"),
    ],
)
def test_house_numbers_as_they_are_said_and_written(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS))
    assert u.address is not None and u.address.value.line1 == line1


def test_a_street_without_a_suffix_keeps_its_unit_and_town(ctx: Callable[..., Context]) -> None:
    text = "Address: 1500 Broadway Ste 200, Denver CO 80202"
    u = understand(text, ctx(expecting=Expecting.ADDRESS))
    assert u.address is not None
    got = u.address.value
    assert (got.line1, got.unit, got.city, got.state) == (
        "1500 Broadway",
        "Suite 200",
        "Denver",
        "CO",
    )


def test_a_terrace_written_short(ctx: Callable[..., Context]) -> None:
    u = understand("I live at 801 E 31st Terr", ctx())
    assert u.address is not None and u.address.value.line1 == "801 E 31st Terr"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("2211 W 79th St #4, Prairie Village", "Prairie Village"),
        ("thirty three fifty south dobson road in mesa", "Mesa"),
        ("twelve oak street in overland park", "Overland Park"),
        ("12 oak street kitchen sink is clogged", ""),
        ("12 Oak St, kitchen sink is clogged", ""),
        ("55 elm avenue in back", ""),
        ("12 oak st in the morning", ""),
    ],
)
def test_the_town_after_the_street(ctx: Callable[..., Context], text: str, city: str) -> None:
    u = understand(text, ctx())
    assert u.address is not None and u.address.value.city == city


@pytest.mark.parametrize(
    ("text", "line1", "city"),
    [
        ("vivo en el dos mil cuatrocientos oeste avenida camelback glendale",
         "2400 West Camelback Avenue", "Glendale"),
        ("cuatro mil cien este avenida indian school en scottsdale",
         "4100 East Indian School Avenue", "Scottsdale"),
        ("el mil doscientos sur calle cuarenta y ocho", "1200 South 48th Street", ""),
        ("seiscientos once norte calle doce en mesa", "611 North 12th Street", "Mesa"),
    ],
)  # fmt: skip
def test_a_grid_street_with_its_compass_point_first(
    ctx: Callable[..., Context], text: str, line1: str, city: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS, language="es"))
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.city) == (line1, city)


def test_a_grid_street_corrected_in_the_same_breath(ctx: Callable[..., Context]) -> None:
    text = "no perdon es la calle cuarenta no la catorce ochocientos norte calle cuarenta"
    u = understand(text, ctx(expecting=Expecting.ADDRESS, language="es"))
    assert u.address is not None and u.address.value.line1 == "800 North 40th Street"


def test_a_compass_word_without_a_street_kind_is_no_grid_street(
    ctx: Callable[..., Context],
) -> None:
    u = understand("el 1500 de la calle norte en laredo", ctx(language="es"))
    assert u.address is None or "North" not in u.address.value.line1
