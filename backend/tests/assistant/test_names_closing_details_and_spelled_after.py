"""A name said after the other details: "I'm ..." closing a turn that gave the address or the
number first (everyday words may be names there: "Reyes", "Rose"), and "her name is ..." after
the address of the relative the visit is for. A name said whole, then one part of it spelled
("Jon Smith, that's J-O-N"), keeps its surname; a word spelled right after it is said is a
name though it is also an answer ("Dale, D-A-L-E": "dale" is Spanish for "okay"), and an
answer word before a spelled name opens no name ("dale, Jon, J-O-N"). Every sentence here was
written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _name(ctx: Callable[..., Context], text: str, expecting: Expecting) -> str | None:
    u = understand(text, ctx(expecting=expecting))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("we're at nineteen oh four south lamar street and i'm rosa martin", "Rosa Martin"),
        ("you can reach me at 816 555 0192 i'm grace rose", "Grace Rose"),
        ("estamos en el 455 de la calle alameda soy pedro reyes", "Pedro Reyes"),
        ("its 3318 wornall road apartment 2 her name is edith kowalczyk", "Edith Kowalczyk"),
        ("la casa es 1210 oak street y ella se llama marta pineda", "Marta Pineda"),
    ],
)  # fmt: skip
def test_a_name_closing_the_details(ctx: Callable[..., Context], text: str, name: str) -> None:
    assert _name(ctx, text, Expecting.TIME) == name, text


@pytest.mark.parametrize(
    "text",
    [
        "3318 wornall road and i'm home alone with the kids",
        "3318 wornall road i'm locked out right now",
        "i'm grace rose and the address is 3318 wornall road",  # no name after the details
        "3318 wornall road and i'm the tenant there",
    ],
)
def test_what_follows_im_after_the_details_is_not_always_a_name(
    ctx: Callable[..., Context], text: str
) -> None:
    name = _name(ctx, text, Expecting.TIME)
    assert name is None or name == "Grace Rose", text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jon smith that's j o n", "Jon Smith"),
        ("it's jon ortega, j o n, no h", "Jon Ortega"),
        ("dale d a l e wood", "Dale Wood"),
        ("dale, d-a-l-e, hutchins", "Dale Hutchins"),
        ("dale, jon j o n", "Jon"),
        ("dale, it's jon ortega j o n", "Jon Ortega"),
    ],
)
def test_spelled_after_a_name_said_whole(ctx: Callable[..., Context], text: str, name: str) -> None:
    assert _name(ctx, text, Expecting.NAME) == name, text
    assert _name(ctx, text, Expecting.TIME) == name, text


@pytest.mark.parametrize("text", ["dale, gracias", "dale pues", "dale, a las diez"])
def test_dale_alone_is_still_okay(ctx: Callable[..., Context], text: str) -> None:
    assert _name(ctx, text, Expecting.NAME) is None, text
