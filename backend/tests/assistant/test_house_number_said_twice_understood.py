"""A house number said twice over to be sure of it, once whole and once digit by digit ("twenty
one oh five, two one zero five north elm"), is the number once, however many groups the line
broke it into; a phone number said before the address and "twelve twelve" stay as they were.
Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "line1"),
    [
        ("twenty one oh five two one zero five north elm street", "2105 North Elm Street"),
        ("forty eight oh one, four eight zero one west maple drive", "4801 West Maple Drive"),
        ("my cell is 913 555 0142 and it's 48 oak street", "48 Oak Street"),
        ("twelve twelve oak street", "1212 Oak Street"),
    ],
)
def test_a_house_number_said_twice_is_said_once(
    ctx: Callable[..., Context], text: str, line1: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS))
    assert u.address is not None and u.address.value.line1 == line1
