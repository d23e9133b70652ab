"""Names spelled the ways callers spell them: the first name stated, then "the last name is
..." spelled; a letter the transcript wrote as a word ("q" as "que"); two words spelled with
hyphens, kept apart; a spelling announced with its letter ("it's spelled with a k, k a t h r y
n") correcting the name heard; and the words after "the address is" that are never a name.
Every sentence here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _name(ctx: Callable[..., Context], text: str, expecting: Expecting, **kw: str) -> str | None:
    u = understand(text, ctx(expecting=expecting, **kw))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("its darnell and the last name is okafor o k a f o r", "en", "Darnell Okafor"),
        ("this is Priya, and my last name is Raman", "en", "Priya Raman"),
        ("soy darnell y mi apellido es okafor", "es", "Darnell Okafor"),
        ("me llamo ines y el apellido es varela v a r e l a", "es", "Ines Varela"),
    ],
)
def test_a_first_name_then_the_last_name_said_as_such(
    ctx: Callable[..., Context], text: str, language: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.TIME, language=language) == name


def test_a_job_word_before_the_last_name_is_no_first_name(ctx: Callable[..., Context]) -> None:
    assert _name(ctx, "it's the sink and the last name is okafor", Expecting.NAME) == "Okafor"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("arne lindqvist l i n d q v i s t", "Arne Lindqvist"),
        ("soy enrique vasquez v a s q u e z", "Enrique Vasquez"),
        ("jacques j a c q u e s", "Jacques"),
    ],
)
def test_a_q_written_as_que_is_still_a_letter(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.NAME) == name


def test_que_said_as_a_word_is_no_spelling(ctx: Callable[..., Context]) -> None:
    assert _name(ctx, "a que hora vienen", Expecting.TIME, language="es") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("W-A-L-T-E-R B-R-Z-E-Z-I-N-S-K-I", "Walter Brzezinski"),
        ("It's I-N-É-S V-A-R-E-L-A", "Ines Varela"),
    ],
)
def test_two_words_spelled_with_hyphens_are_two_names(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.NAME) == name


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("oh and its spelled with a k k a t h r y n and lindgren is l i n d g r e n", "en",
         "Kathryn Lindgren"),
        ("it's spelled with a k a t h r y n", "en", "Kathryn"),
        ("no wait its john with an h j o h n", "en", "John"),
        ("mi nombre se escribe con k k a t i a", "es", "Katia"),
    ],
)  # fmt: skip
def test_a_spelling_announced_with_its_letter(
    ctx: Callable[..., Context], text: str, language: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.TIME, language=language) == name


def test_a_part_spelled_is_no_name(ctx: Callable[..., Context]) -> None:
    assert _name(ctx, "the part is spelled g f c i", Expecting.TIME) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the address is her house two oh one five canal street houston", "en"),
        ("la direccion es la casa de ella 2015 canal street", "es"),
    ],
)
def test_what_the_address_is_said_to_be_is_no_name(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert _name(ctx, text, Expecting.TIME, language=language) is None
    assert _name(ctx, text, Expecting.NAME, language=language) is None


def test_a_name_before_the_address_word_is_still_read(ctx: Callable[..., Context]) -> None:
    assert _name(ctx, "Erin Walsh, address is 9023 E Colfax Ave", Expecting.TIME) == "Erin Walsh"
