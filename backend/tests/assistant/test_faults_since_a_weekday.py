"""A fault said to have lasted since a weekday ("no calienta el agua desde el domingo") tells
when it began, not from when a visit is wanted; "desde el lunes puedo" is still a wish."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from tests.assistant.conftest import local


@pytest.mark.parametrize(
    "text",
    [
        "no calienta el agua desde el domingo",
        "no tengo agua caliente desde el lunes",
        "no tenemos luz desde el viernes",
        "el boiler ya no prende desde el martes",
        "estamos sin agua caliente desde el domingo",
        "el calentador no sale agua caliente desde el sabado",
        "no hot water since sunday",
    ],
)
def test_a_fault_since_a_weekday_is_no_wish(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).time is None


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        ("desde el lunes estoy disponible", local(2026, 11, 30)),
        ("no puedo esta semana, desde el lunes sí", local(2026, 11, 30)),
        ("no hay problema, desde el lunes cuando quieran", local(2026, 11, 30)),
        ("no calienta, pueden venir desde el jueves", local(2026, 11, 26)),
        ("no calienta y desde el jueves puedo", local(2026, 11, 26)),
        ("from monday on works", local(2026, 11, 30)),
    ],
)
def test_from_a_weekday_is_still_a_wish(
    ctx: Callable[..., Context], text: str, earliest: object
) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.earliest == earliest


def test_the_wish_after_the_fault_keeps_its_own_day(ctx: Callable[..., Context]) -> None:
    u = understand("no calienta el agua desde el domingo, pueden venir el viernes", ctx())
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 11, 27)
