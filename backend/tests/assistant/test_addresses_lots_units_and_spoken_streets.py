"""Addresses as callers nobody tuned on give them: a mobile home's lot beside its park's
street address, a unit or a house number put right in the same breath, a numbered street in
the hundreds said "one thirty fifth", the kind of street and the compass point said in Spanish,
and a street rejected whole with another said. Every sentence here was written for this file;
the traps next to each case must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.engine import street_correction
from switchboard.assistant.understanding import Address, Context, Expecting, understand
from switchboard.assistant.understanding.normalise import normalise


def _address(ctx: Callable[..., Context], text: str, language: str = "en") -> Address | None:
    u = understand(text, ctx(expecting=Expecting.TIME, language=language))
    return u.address.value if u.address else None


@pytest.mark.parametrize(
    ("text", "line1", "unit"),
    [
        # The lot said before the park's street address, apart from it.
        ("marcy dunn, we're in lot forty one at the park on twenty two hundred south mill avenue",
         "2200 South Mill Avenue", "Lot 41"),
        ("Lot 7 at Sunny Acres, 4400 W Camelback Rd", "4400 W Camelback Rd", "Lot 7"),
        # Said at a run before the house number: the lot is the first group.
        ("gene tull lot nine twenty one ten pine ridge road", "2110 Pine Ridge Road", "Lot 9"),
        ("lot fifteen thirty two hundred old mill road", "3200 Old Mill Road", "Lot 15"),
        # After the street, as a unit always was.
        ("3100 tidwell road lot 22", "3100 Tidwell Road", "Lot 22"),
        # Traps: no lot.
        ("thanks a lot, 12 Oak St", "12 Oak St", ""),
        ("the parking lot floods, it's 980 Harbor Dr", "980 Harbor Dr", ""),
    ],
)  # fmt: skip
def test_a_lot_in_a_mobile_home_park_is_the_unit(
    ctx: Callable[..., Context], text: str, line1: str, unit: str
) -> None:
    found = _address(ctx, text)
    assert found is not None and (found.line1, found.unit) == (line1, unit), text


def test_the_name_before_a_lot_said_at_a_run_ends_at_the_lot(ctx: Callable[..., Context]) -> None:
    text = "gene tull lot nine twenty one ten pine ridge road"
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == "Gene Tull"


@pytest.mark.parametrize("expecting", [Expecting.ADDRESS, Expecting.TIME])
def test_a_street_with_no_kind_said_with_its_unit(
    ctx: Callable[..., Context], expecting: Expecting
) -> None:
    u = understand(
        "estamos en el parque de trailas, siete mil cien tidwell lote doce",
        ctx(expecting=expecting, language="es"),
    )
    assert u.address is not None
    assert (u.address.value.line1, u.address.value.unit) == ("7100 Tidwell", "Lot 12")


@pytest.mark.parametrize(
    "text", ["we have 300 people apartment 4", "tenemos como 300 casas, apartamento 4"]
)
def test_a_count_beside_a_unit_is_no_street(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME, language="es" if "casas" in text else "en"))
    assert u.address is None or not u.address.value.line1


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("eighty eight oh two east one thirty fifth street", "8802 East 135th Street"),
        ("it's 604 N 1 12th St", "604 N 112th St"),
        # Traps: the digits before the compass point are the house number.
        ("four ten west thirty first street", "410 West 31st Street"),
        ("7300 W. 119th Street", "7300 W 119th Street"),
    ],
)
def test_a_numbered_street_in_the_hundreds_said_in_two_parts(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    found = _address(ctx, text)
    assert found is not None and found.line1 == line1, text


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("forty two ten maple avenue apartment six c, sorry, six e", "Apt 6E"),
        ("88 Birch St unit 12, oops I mean unit 21", "Unit 21"),
        # Traps: a bare "no" answers something else; a unit with no new one after the apology.
        ("88 Birch St apartment 3, no, 2 of us will be home", "Apt 3"),
        ("88 Birch St unit 12 sorry about the noise", "Unit 12"),
    ],
)
def test_a_unit_put_right_in_the_same_breath(
    ctx: Callable[..., Context], text: str, unit: str
) -> None:
    found = _address(ctx, text)
    assert found is not None and found.unit == unit, text


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("nineteen twelve oak lane, oops, no, it's nineteen twenty one", "1921 Oak Lane"),
        ("2568 Ridgeway Dr sorry 2586", "2586 Ridgeway Dr"),
        # Traps: a time, a phone number, a count after the apology.
        ("1200 Oak Street sorry no, 10 am works", "1200 Oak Street"),
        ("1200 Oak Street, sorry, my number is 555 1234", "1200 Oak Street"),
        ("1200 Oak Street, no, 2 of us", "1200 Oak Street"),
    ],
)
def test_a_house_number_put_right_alone_in_the_same_breath(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    found = _address(ctx, text)
    assert found is not None and found.line1 == line1, text


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("vivo en el dos mil cien de la calle tidwell en houston", "2100 Tidwell Street"),
        ("en el cuarenta y cuatro diez norte central avenue", "4410 North Central Avenue"),
        ("el dos mil ciento veinte de la calle doce este", "2120 East 12th Street"),
        # Traps: the kind said after the name, and a street named "Calle ...", stay as said.
        ("en el quinientos de la calle telephone road", "500 Telephone Road"),
        ("1500 calle real", "1500 Calle Real"),
    ],
)
def test_spanish_kinds_and_compass_points_are_written_in_english(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    found = _address(ctx, text, language="es")
    assert found is not None and found.line1 == line1, text


@pytest.mark.parametrize(
    ("address", "said", "expected"),
    [
        ("88 South Laurel Avenue", "sorry, not laurel avenue, it's laurel ridge northwest, "
         "people always mix them up", "88 Laurel Ridge NW"),
        ("12 Oak Street, Decatur", "no not oak street, it's oak court", "12 Oak Court, Decatur"),
        # Traps: no street said instead, or the same one.
        ("12 Oak Street", "not oak street, it's the one by the school", None),
        ("12 Oak Street", "it's not on oak street it's around the corner on the left", None),
        ("12 Oak Street", "not oak street? it's oak street", None),
    ],
)  # fmt: skip
def test_a_street_rejected_whole_and_another_said(
    address: str, said: str, expected: str | None
) -> None:
    assert street_correction.corrected(address, normalise(said).text) == expected
