"""Yes/no by meaning: the pitfall list from PRODUCT.md, and the words around it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, Polarity, understand


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nothing urgent", None),
        ("know", None),
        ("noon", None),
        ("north", None),
        ("I have no hot water", None),
        ("right now the sink is full", None),
        ("Is that right?", None),
        ("no problem", Polarity.YES),
        ("no worries", Polarity.YES),
        ("nope", Polarity.NO),
        ("Nope.", Polarity.NO),
        ("yeah that works", Polarity.YES),
        ("sí", Polarity.YES),
        ("si", Polarity.YES),
        ("claro", Polarity.YES),
        ("claro que no", Polarity.NO),
        ("no gracias", Polarity.NO),
        ("not really", Polarity.NO),
        ("sure", Polarity.YES),
        ("that's fine", Polarity.YES),
        ("absolutely not", Polarity.NO),
        ("absolutely", Polarity.YES),
        ("uh no", Polarity.NO),
        ("yeah no", Polarity.NO),
        ("not sure", Polarity.UNSURE),
        ("I don't know", Polarity.UNSURE),
        ("don't cancel it, keep the appointment", Polarity.NO),
        ("ya no gotea", None),
    ],
)
def test_polarity_by_meaning(
    ctx: Callable[..., Context], text: str, expected: Polarity | None
) -> None:
    u = understand(text, ctx(expecting=Expecting.CONFIRMATION))
    assert (u.polarity.value if u.polarity else None) is expected


def test_no_with_new_details_is_a_correction(ctx: Callable[..., Context]) -> None:
    u = understand("uh no, the other address, 300 North Maple Drive", ctx())
    assert u.polarity is not None
    assert u.polarity.value is Polarity.CORRECTION
    assert u.address is not None
    assert u.address.value.line1 == "300 North Maple Drive"


def test_i_meant_is_a_correction(ctx: Callable[..., Context]) -> None:
    u = understand("sorry, I meant Wednesday", ctx())
    assert u.polarity is not None
    assert u.polarity.value is Polarity.CORRECTION
    assert u.time is not None
    assert u.time.value.earliest.day == 25


def test_mixed_signals_have_lower_confidence(ctx: Callable[..., Context]) -> None:
    clear = understand("yes", ctx())
    mixed = understand("yeah no", ctx())
    assert clear.polarity
    assert mixed.polarity
    assert mixed.polarity.confidence < clear.polarity.confidence


def test_yes_with_a_change_is_a_correction(ctx: Callable[..., Context]) -> None:
    u = understand("yes, but make it Thursday", ctx(expecting=Expecting.CONFIRMATION))
    assert u.polarity is not None
    assert u.polarity.value is Polarity.CORRECTION


def test_yes_but_a_detail_is_a_correction(ctx: Callable[..., Context]) -> None:
    u = understand("Yeah, that's right, but it's apartment 4, not 3.", ctx())
    assert u.polarity is not None
    assert u.polarity.value is Polarity.CORRECTION


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("uh huh", Polarity.YES),
        ("mm hmm", Polarity.YES),
        ("Looks good, thanks!", Polarity.YES),
        ("sounds right", Polarity.YES),
        ("k thx", Polarity.YES),
        ("yeah go for it", Polarity.YES),
        ("sí, está correcto", Polarity.YES),
        ("no, eso no es correcto", Polarity.NO),
    ],
)
def test_more_ways_to_say_yes_and_no(
    ctx: Callable[..., Context], text: str, polarity: Polarity
) -> None:
    u = understand(text, ctx(expecting=Expecting.CONFIRMATION))
    assert u.polarity is not None and u.polarity.value is polarity, text
    assert u.intent is None or u.intent.value.value != "repeat"


def test_a_one_letter_text_answer(ctx: Callable[..., Context]) -> None:
    u = understand("y", ctx(expecting=Expecting.CONFIRMATION, channel="sms"))
    assert u.polarity is not None and u.polarity.value is Polarity.YES
    assert u.language.value == "en"  # "y" is also Spanish for "and": one word switches nothing
