"""Which part of a read-back the caller wants changed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("the time", "time"),
        ("wrong day", "time"),
        ("it's not the right day", "time"),
        ("no, the address", "address"),
        ("no the house number", "address"),
        ("not the time, the address", "address"),
        ("the phone number", "phone"),
        ("my name", "name"),
        ("the service", "service"),
        ("la hora", "time"),
        ("la dirección", "address"),
        ("el nombre", "name"),
    ],
)
def test_the_part_to_change(ctx: Callable[..., Context], text: str, part: str) -> None:
    u = understand(text, ctx(expecting=Expecting.CHANGE))
    assert u.change is not None and u.change.value == part


@pytest.mark.parametrize("text", ["no", "nope", "something else", "yes", "make it Thursday"])
def test_no_part_named(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.CHANGE)).change is None


def test_only_read_back_answers_are_read_for_a_part(ctx: Callable[..., Context]) -> None:
    assert understand("the time", ctx(expecting=Expecting.CONFIRMATION)).change is not None
    assert understand("the time", ctx()).change is None
