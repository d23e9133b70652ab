"""Names given beside other details, spelled, or put right: a name then how the place is the
caller's ("Greg Vukovich, I own the place, 4417 ..."), a two-letter surname spelled ("ng n
g"), Spanish letter names inside a spelling ("i griega b a r r a"), a name before "y la
dirección es", a surname put right in the same breath, and a whole name respelled after
autocorrect. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand
from switchboard.assistant.understanding.name_repair import put_right


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("floor's wet. Nadia Petrakis, I own the house, 2290 Wornall Rd", "en", "Nadia Petrakis"),
        ("Tomas Reyes, we rent it, 881 Oak St", "en", "Tomas Reyes"),
        ("it stinks down there. Hal Brody, I manage the place, 51 Pine Ave", "en", "Hal Brody"),
        ("wendy ho h o twenty two oak street", "en", "Wendy Ho"),
        ("Dana Wu, W-U, 415 Elm St", "en", "Dana Wu"),
        ("rocio yanez i griega a n e zeta setecientos doce calle ocho", "es", "Rocio Yanez"),
        ("lucia vargas y la dirección es dos mil cien main street", "es", "Lucia Vargas"),
        ("gerardo pinto y mi dirección es cuatrocientos oak street", "es", "Gerardo Pinto"),
        ("its dana kohl no sorry kohle k o h l e twenty one elm street", "en", "Dana Kohle"),
        ("ok its mark olsen i mean olson o l s o n forty pine street", "en", "Mark Olson"),
    ],
)  # fmt: skip
def test_the_name_is_taken(
    ctx: Callable[..., Context], text: str, language: str, name: str
) -> None:
    u = understand(text, ctx(language=language, expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I own the place, 2290 Wornall Rd", "en"),
        ("its the kitchen sink, i own it, 881 Oak St", "en"),
        ("we rent the house. 51 Pine Ave", "en"),
        ("y la dirección es dos mil cien main street", "es"),
    ],
)  # fmt: skip
def test_no_name_is_taken(ctx: Callable[..., Context], text: str, language: str) -> None:
    u = understand(text, ctx(language=language, expecting=Expecting.TIME))
    assert u.name is None, text


@pytest.mark.parametrize(
    ("before", "text", "name"),
    [
        ("Jon Smyth", "ugh autocorrect, its JAN SMIT. no h, no y", "Jan Smit"),
        ("Katie Philips", "sorry typo. Katy Phillips", "Katy Phillips"),
    ],
)
def test_a_name_respelled_is_put_right(before: str, text: str, name: str) -> None:
    assert put_right(before, text) == name


@pytest.mark.parametrize(
    ("before", "text"),
    [
        ("Jon Smyth", "sorry, thursday works"),
        ("Jon Smyth", "ugh autocorrect. Overland Park"),
        ("Dean Ross", "sorry wrong one. Maria Lopez"),
    ],
)
def test_other_words_after_an_apology_put_nothing_right(before: str, text: str) -> None:
    assert put_right(before, text) is None
