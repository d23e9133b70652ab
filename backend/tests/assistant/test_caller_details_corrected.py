"""Caller details corrected or set apart in the same breath: a callback number replaced by the
one said after it, a spelling aid or a title beside a name. Every sentence here was written for
this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("it's three one two five five five oh one nine eight, no sorry, that's the office, "
         "three one two five five five oh one eight nine", "+13125550189"),
        ("312 555 0198 oh wait that's my old cell, use 312 555 0189", "+13125550189"),
        ("mi celular es 312 555 0198, perdón, ese es el número viejo, es 312 555 0189",
         "+13125550189"),
        ("el 312 555 0198 no, digo el 312 555 0189", "+13125550189"),
    ],
)  # fmt: skip
def test_a_number_corrected_in_the_same_turn_is_the_one_ended_on(
    ctx: Callable[..., Context], text: str, phone: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.PHONE))
    assert u.phone is not None and u.phone.value == phone


@pytest.mark.parametrize(
    "text",
    [
        "call me at 312 555 0198 or my work number 312 555 0189",
        "312-555-0198, and my wife's is 312-555-0189",
        "mi número es 312 555 0198 y el de mi esposo 312 555 0189",
    ],
)
def test_two_numbers_without_a_correction_keep_the_first(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.PHONE))
    assert u.phone is not None and u.phone.value == "+13125550198"


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("no sorry, it's zoe with a zee z o e marchetti", "en", "Zoe Marchetti"),
        ("no perdón, ximena con equis x i m e n a galvan", "es", "Ximena Galvan"),
        ("es Yesenia con i griega", "es", "Yesenia"),
        ("es yesenia con y, y e s e n i a", "es", "Yesenia"),
        ("sí, es Yesenia Morales", "es", "Yesenia Morales"),
    ],
)
def test_a_spelling_aid_is_no_part_of_the_name(
    ctx: Callable[..., Context], text: str, language: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME, language=language))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("good morning, this is deacon raymond fitzgerald from st brendan's", "Raymond Fitzgerald"),
        ("this is Reverend Alma Whitcomb, our furnace quit", "Alma Whitcomb"),
        ("buenos días, soy el padre Tomás Herrera, de la parroquia", "Tomás Herrera"),
        # one name after the title: the title is how they are called
        ("this is Pastor Okafor at New Hope", "Pastor Okafor"),
        ("habla el padre Anselmo", "Padre Anselmo"),
    ],
)  # fmt: skip
def test_a_title_of_office_before_a_full_name_is_left_out(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx())
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    "text",
    [
        "my brother is coming by to let you in",  # kin, not a title
        "i'll have the pastor call you",
        "el padre de mi esposa vive aquí",
    ],
)
def test_a_title_word_without_a_name_names_nobody(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).name is None


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("it's two oh seven dash oh five forty second avenue", "207-05 42nd Avenue"),
        ("dos cero siete guion cero cinco forty second avenue", "207-05 42nd Avenue"),
        # no dash: a house number said in groups loses no digit and gains no hyphen
        ("nine oh five oak street", "905 Oak Street"),
        ("one oh eight dash twenty two seventy first avenue", "108-22 71st Avenue"),
    ],
)
def test_a_queens_number_said_with_a_zero_keeps_it(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS))
    assert u.address is not None and u.address.value.line1 == line1
