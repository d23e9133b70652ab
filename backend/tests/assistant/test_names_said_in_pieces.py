"""Names said in pieces or beside other words: a surname that is also a street word before the
house number ("Halvorsen-Pike 10455 W 125th St"), a Spanish verb after the name ("rosalinda
ochoa vive en ..."), a couple under one surname ("lorraine and dale fitzhugh, it's under
lorraine") and a spelled first name with the surname as a clause of its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ingeborg Halvorsen-Pike 10455 W 125th St Overland Park", "Ingeborg Halvorsen-Pike"),
        ("augustin lane 88 oak avenue", "Augustin Lane"),
        ("Perpetua Ocampo-Court, 12 Elm St", "Perpetua Ocampo-Court"),
    ],
)
def test_a_street_word_before_the_house_number_is_a_surname(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


def test_a_street_word_alone_before_the_number_is_no_name(ctx: Callable[..., Context]) -> None:
    u = understand("fix the court 12 elm st", ctx(expecting=Expecting.TIME))
    assert u.name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ella se llama rosalinda ochoa vive en el doce catorce de south ninth street",
         "Rosalinda Ochoa"),
        ("mi papá se llama anselmo quiroga tiene ochenta años", "Anselmo Quiroga"),
        ("her name is wilhelmina tarrant lives at 22 orchard lane", "Wilhelmina Tarrant"),
    ],
)  # fmt: skip
def test_a_verb_after_the_name_ends_it(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lorraine and dale fitzhugh its under lorraine", "Lorraine Fitzhugh"),
        ("somos rosa y tomas peralta, a nombre de rosa", "Rosa Peralta"),
    ],
)
def test_a_first_name_under_a_couples_surname(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


def test_a_first_name_alone_stays_alone(ctx: Callable[..., Context]) -> None:
    u = understand("put it under dana, dana and i will be home", ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == "Dana"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oops, it's Katharine with an 'a' in the middle: K-A-T-H-A-R-I-N-E. And Lindgren-Moss.",
         "Katharine Lindgren-Moss"),
        ("it's siobhan, s-i-o-b-h-a-n. and o'grady", "Siobhan O'Grady"),
    ],
)  # fmt: skip
def test_a_spelled_first_name_then_the_surname(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == name


def test_a_spelled_first_name_then_thanks_is_the_first_name(ctx: Callable[..., Context]) -> None:
    u = understand("it's jon, j-o-n. thanks", ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == "Jon"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("put it under my dads name constantin papadakis", "Constantin Papadakis"),
        ("put it under her moms name eulalia brandt", "Eulalia Brandt"),
    ],
)
def test_under_a_relatives_name_said_without_an_apostrophe(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("yes maam its beauregard tillman", "Beauregard Tillman"),
        ("yes sir it's ottoline vasquez", "Ottoline Vasquez"),
    ],
)
def test_a_name_after_addressing_us(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx(expecting=Expecting.SLOT))
    assert u.name is not None and u.name.value == name


def test_addressing_us_then_agreeing_is_no_name(ctx: Callable[..., Context]) -> None:
    assert understand("yes maam its fine", ctx(expecting=Expecting.SLOT)).name is None
