"""Names, callback numbers and service addresses, typed or spoken."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("this is Dana", "Dana"),
        ("my name is Dana Smith", "Dana Smith"),
        ("Dana here", "Dana"),
        ("hi this is dana smith and my sink is leaking", "Dana Smith"),
        ("me llamo María López", "María López"),
        ("it's under Dana Smith", "Dana Smith"),
        ("I'm Dana", "Dana"),
    ],
)
def test_names(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx())
    assert u.name is not None
    assert u.name.value == name


@pytest.mark.parametrize(
    "text",
    [
        "I'm calling about my sink",
        "this is about my water heater",
        "i'm not sure",
        "it's leaking again",
        "this is an emergency",
    ],
)
def test_not_names(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).name is None


def test_bare_name_when_asked(ctx: Callable[..., Context]) -> None:
    u = understand("Robert Johnson", ctx(expecting=Expecting.NAME))
    assert u.name is not None
    assert u.name.value == "Robert Johnson"
    assert understand("Robert Johnson", ctx()).name is None


@pytest.mark.parametrize(
    "text",
    [
        "nine one three five five five zero one nine nine",
        "nine one three five five five oh one nine nine",
        "my number is (913) 555-0199",
        "call me back at 913.555.0199 thanks",
        "+1 913 555 0199",
        "one nine one three five five five zero one nine nine",
    ],
)
def test_phones(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PHONE))
    assert u.phone is not None
    assert u.phone.value == "+19135550199"


def test_short_numbers_are_not_phones(ctx: Callable[..., Context]) -> None:
    assert understand("I live at 4410 w 75th st", ctx()).phone is None
    assert understand("at 2pm on the 14th", ctx()).phone is None


@pytest.mark.parametrize(
    ("text", "line1", "unit"),
    [
        ("my water heater burst at 12 Oak St, this is Dana", "12 Oak St", ""),
        ("we're at 4410 w 75th st can someone come tomorrow", "4410 W 75th St", ""),
        ("forty four ten west seventy fifth street apartment two b", "4410 West 75th Street",
         "Apt 2B"),
        ("it's 55 Elm Avenue unit 3", "55 Elm Avenue", "Unit 3"),
        ("12 oak st number 5", "12 Oak St", "# 5"),
        ("vivo en el 4521 de Westheimer Rd apartamento 12", "4521 Westheimer Rd", "Apt 12"),
    ],
)  # fmt: skip
def test_addresses(ctx: Callable[..., Context], text: str, line1: str, unit: str) -> None:
    u = understand(text, ctx())
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.unit) == (line1, unit)


def test_full_address_with_city_state_zip(ctx: Callable[..., Context]) -> None:
    u = understand("1200 Main Street Apt 4B, Overland Park, KS 66213", ctx())
    assert u.address is not None
    a = u.address.value
    assert (a.line1, a.unit, a.city, a.state, a.postal_code) == (
        "1200 Main Street", "Apt 4B", "Overland Park", "KS", "66213"
    )  # fmt: skip
    assert a.one_line() == "1200 Main Street Apt 4B, Overland Park, KS 66213"


@pytest.mark.parametrize(
    "text", ["same address as last time", "same place", "la misma dirección", "same as before"]
)
def test_same_address(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.address is not None
    assert u.address.value.same_as_last


def test_a_count_is_not_an_address(ctx: Callable[..., Context]) -> None:
    assert understand("I need 2 outlets replaced", ctx()).address is None
