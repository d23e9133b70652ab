"""The callback number's last digits said again after a repair ("... zero one seven two, wait
no sorry, zero one two seven", "... cero uno nueve ocho, ay no perdón, es cero uno ocho
nueve") replace the ones said first; digits that are not a repair of it (a gate code, a
house number, a count) change nothing. Every sentence here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _phone(ctx: Callable[..., Context], text: str) -> str | None:
    u = understand(text, ctx(expecting=Expecting.PHONE))
    return u.phone.value if u.phone else None


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("it's eight one six five five five zero one four three sorry zero one three four",
         "+18165550134"),
        ("eight one six five five five zero one four three, no wait, zero one three four",
         "+18165550134"),
        ("siete uno tres cinco cinco cinco cero dos seis uno no perdón es cero dos uno seis",
         "+17135550216"),
        ("816 555 0143, oops, 0134", "+18165550134"),
    ],
)  # fmt: skip
def test_last_digits_put_right(ctx: Callable[..., Context], text: str, phone: str) -> None:
    assert _phone(ctx, text) == phone, text


@pytest.mark.parametrize(
    "text",
    [
        "816 555 0143 and the gate code is 4411",
        "816 555 0143 sorry we have 15 people coming",
        "eight one six five five five zero one four three sorry it's one two zero zero elm street",
        "816 555 0143, sorry, I'm home after 5",
        "eight one six five five five zero one four three wait no zero one four three yes",
    ],
)
def test_other_digits_after_the_number(ctx: Callable[..., Context], text: str) -> None:
    assert _phone(ctx, text) == "+18165550143", text
