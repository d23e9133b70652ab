"""A name said with the caller's other details: it ends where the next detail is named ("...
address is", "I live at"), and a spelling out of one of its words ("d-u-n-l-e-a-v-y") makes
sure of the whole name it was said in, not of that word alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my name is priscilla waugh phone is nine one three five five five zero one two "
         "two", "Priscilla Waugh"),
        ("my name is osric tennant address is 19 juniper court", "Osric Tennant"),
        ("me llamo teodoro quiroga direccion es 455 calle alameda", "Teodoro Quiroga"),
    ],
)  # fmt: skip
def test_a_name_ends_where_the_next_detail_is_named(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("marcus oyelaran we're at 77 linden avenue", "Marcus Oyelaran"),
        ("wilhelmina tarrant i live at twenty two orchard lane", "Wilhelmina Tarrant"),
        ("Inés Barragán, vivo en 300 Calle Alameda", "Inés Barragán"),
    ],
)
def test_a_name_said_before_where_the_caller_lives(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("yeah it's cordelia fenwick f e n w i c k", "Cordelia Fenwick"),
        ("okay so that's tobias quennell t o b i a s", "Tobias Quennell"),
        ("put it under the account holder, ignatius moreau i g n a t i u s, thanks",
         "Ignatius Moreau"),
        ("sure it's augustin dufresne d u f r e s n e", "Augustin Dufresne"),
    ],
)  # fmt: skip
def test_a_spelled_word_makes_sure_of_the_whole_name_it_was_said_in(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


def test_the_letter_u_heard_as_you_is_still_spelled(ctx: Callable[..., Context]) -> None:
    u = understand("l you c a s", ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == "Lucas"


@pytest.mark.parametrize(
    "text",
    [
        "the g f c i in the bathroom won't reset",
        "thank you a lot, the kitchen sink is clogged again",
        "it's on elm street e l m near the park",
    ],
)
def test_spellings_that_are_no_name_stay_none(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.TIME)).name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi Oksana Berezovsky-Hale here, can you move my visit", "Oksana Berezovsky-Hale"),
        ("hey maria jose cardenas speaking", "Maria Jose Cardenas"),
    ],
)
def test_a_name_of_three_words_before_here(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("desmond achterberg one oh four five maple court", "Desmond Achterberg"),
        ("a nombre de Ximena Barrios Lugo (yo), en 200 Calle Sol", "Ximena Barrios Lugo"),
        ("me llamo anselmo quiroga cero ocho cuatro calle pino", "Anselmo Quiroga"),
    ],
)
def test_a_name_ends_before_the_digits_and_the_who(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name
