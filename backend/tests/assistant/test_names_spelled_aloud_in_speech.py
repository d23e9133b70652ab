"""Names spelled aloud as speech recognition writes them: "a m" and "p m" come as "am" and "pm"
("p h a m" is Pham), a "you" after the letters that goes on talking to us is no letter U ("l u n
d you can call me back" is Lund), "dale" opens a name to a caller not speaking Spanish ("dale
okonkwo o k o n k w o"), a letter given for one word keeps the first name said before it
("walter greene with an e"), a letter said to be left out or doubled is a spelling aid ("marta
sin hache", "gallardo con doble ele"), and a spelled name said whole just before is said once
("Frederiksen. F-R-E-D-E-R-I-K-S-E-N"). Every sentence here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _name(ctx: Callable[..., Context], text: str, expecting: Expecting, **kw: str) -> str | None:
    u = understand(text, ctx(expecting=expecting, **kw))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tina pham p h a m forty two oak street", "Tina Pham"),
        ("it's samantha s a m a n t h a", "Samantha"),
        ("kapman k a p m a n", "Kapman"),
        ("liam l i a m", "Liam"),
    ],
)
def test_am_and_pm_inside_a_spelling_are_two_letters(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.NAME) == name, text


def test_am_after_a_number_is_still_a_time(ctx: Callable[..., Context]) -> None:
    u = understand("tomorrow at nine a m works", ctx(expecting=Expecting.TIME))
    assert u.name is None
    assert u.time is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gene lund l u n d you can call me at this number", "Gene Lund"),
        ("rita mohr m o h r you know the number", "Rita Mohr"),
        ("travis lund l u n d you and my cell is 816 555 0192", "Travis Lund"),
        ("catherine liu l i u", "Catherine Liu"),
        ("abu a b u and my cell is 816 555 0192", "Abu"),
    ],
)
def test_a_you_after_the_letters_is_a_letter_only_inside_the_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.NAME) == name, text


@pytest.mark.parametrize(
    ("text", "expecting", "language", "name"),
    [
        ("dale okonkwo o k o n k w o 631 elm street", Expecting.TIME, "en", "Dale Okonkwo"),
        ("dale pruitt p r u i t t", Expecting.NAME, "en", "Dale Pruitt"),
        ("dale, jon j o n", Expecting.NAME, "en", "Jon"),
        ("dale jon j o n", Expecting.NAME, "es", "Jon"),
    ],
)  # fmt: skip
def test_dale_opens_a_spelled_name_unless_it_is_okay(
    ctx: Callable[..., Context], text: str, expecting: Expecting, language: str, name: str
) -> None:
    assert _name(ctx, text, expecting, language=language) == name, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("walter greene with an e on the end eighty nine oh five roswell road", "Walter Greene"),
        ("nadia smyth with a y", "Nadia Smyth"),
        ("katherine with a k", "Katherine"),
        ("it's catherine liu, katherine with a k", "Katherine"),
        ("catherine liu katherine with a k", "Katherine"),
        ("gallardo ruperto gallardo con doble ele", "Ruperto Gallardo"),
    ],
)
def test_a_letter_given_for_a_surname_keeps_the_first_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.TIME) == name, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("es marta sin hache m a r t a salinas vivo en el 2301 de shaver", "Marta Salinas"),
        ("its jon without an h", "Jon"),
        ("allen with a double l", "Allen"),
        ("ximena x i m e n a paredes my number is 713 555 0142", "Ximena Paredes"),
    ],
)  # fmt: skip
def test_letters_left_out_or_doubled_are_spelling_aids(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.NAME) == name, text


@pytest.mark.parametrize("text", ["sin agua caliente", "without a doubt"])
def test_without_and_sin_are_no_names(ctx: Callable[..., Context], text: str) -> None:
    assert _name(ctx, text, Expecting.NAME) is None, text


def test_the_job_after_a_spelled_name_is_not_its_surname(ctx: Callable[..., Context]) -> None:
    assert _name(ctx, "jon j o n kitchen sink is clogged", Expecting.NAME) == "Jon"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ugh autocorrect. Frederiksen. F-R-E-D-E-R-I-K-S-E-N", "Frederiksen"),
        ("Kayla. K-A-Y-L-A. Henderson", "Kayla Henderson"),
    ],
)
def test_a_word_said_whole_then_spelled_is_said_once(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.TIME) == name, text


def test_letters_given_after_con_spell_no_word_of_their_own(ctx: Callable[..., Context]) -> None:
    text = "perdon se escribe Giovanni, con G y doble n. Giovanni Estrada"
    name = _name(ctx, text, Expecting.NAME) or ""
    assert name.startswith("Giovanni") and "Gyn" not in name
