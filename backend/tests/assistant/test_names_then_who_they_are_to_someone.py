"""Who the caller is to someone, said right after their name, ends the name and says it is
their own: "hi its denise rays wife" (Ray's wife, as speech recognition writes it), "im paul
abernathy her son" late in a turn, "soy lupita su hija". Said before it, the relation is
still no part of it ("this is ricks wife angela"). "it's running down the driveway" and "i'm
watching her son" say what is happening; "it's Aurora not Denver" names a served town; and
"I'm Chloe Barnes" beats "Landlord is Mark Feeney" said first. Every sentence here was
written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _name(ctx: Callable[..., Context], text: str, expecting: Expecting) -> str | None:
    u = understand(text, ctx(expecting=expecting, towns=("Denver", "Aurora", "Lakewood")))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi its marisol teds wife his phone is off", "Marisol"),
        ("its 562 kearney street and im paul abernathy her son this is my cell", "Paul Abernathy"),
        ("hola soy lupita su hija", "Lupita"),
        ("this is ricks wife angela", "Angela"),
        ("hi it's carlos his son", "Carlos"),
    ],
)  # fmt: skip
def test_the_relation_after_a_name_ends_it(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.TIME) == name, text


@pytest.mark.parametrize(
    "text",
    [
        "its running down the driveway and freezing out",
        "i'm watching her son today",
        "it's leaking under the sink",
        "this is rick's wife, his phone is off",
        "its my wife",
    ],
)
def test_what_is_happening_is_no_name(ctx: Callable[..., Context], text: str) -> None:
    assert _name(ctx, text, Expecting.TIME) is None, text


@pytest.mark.parametrize(
    ("text", "name"),
    [("hi it's channing tatum", "Channing Tatum"), ("hi it's sterling", "Sterling"),
     ("my name is irving", "Irving")],
)  # fmt: skip
def test_names_ending_in_ing_stay_names(ctx: Callable[..., Context], text: str, name: str) -> None:
    assert _name(ctx, text, Expecting.TIME) == name, text


def test_a_served_town_after_its_is_the_town(ctx: Callable[..., Context]) -> None:
    text = "sorry typo, it's 1407 Xenia St and it's Aurora not Denver"
    assert _name(ctx, text, Expecting.TIME) is None
    assert _name(ctx, "hi it's Aurora Lopez", Expecting.TIME) == "Aurora Lopez"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Landlord is Mark Feeney, he's paying. I'm Chloe Barnes, 905 Emerson St", "Chloe Barnes"),
        ("The owner is Dev Patel. My name is Rosa Ruiz", "Rosa Ruiz"),
        ("Buyer is Sunil Raghunathan, the house is 12 Elm St", "Sunil Raghunathan"),
    ],
)
def test_the_callers_own_name_beats_one_named_by_role(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.TIME) == name, text
