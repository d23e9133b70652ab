"""A house number said digit by digit after "el" ("vivo en el cuatro cuatro dos cero de Federal
Boulevard") is the house's, not the 4th of the month; "el 4 de octubre", "el 14 a las 10" and
"the 4th at 10" are still days. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand


def test_a_house_number_digit_by_digit_is_no_day(ctx: Callable[..., Context]) -> None:
    text = "me llamo noemí ruiz, vivo en el cinco dos uno ocho de colfax avenue"
    u = understand(text, ctx(language="es"))
    assert u.time is None
    assert u.address is not None and u.address.value.line1.startswith("5218")


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("puede ser el 4 de diciembre", "es", 4),
        ("el 14 a las 10", "es", 14),
        ("how about the 4th at 10", "en", 4),
    ],
)
def test_days_of_the_month_still_are(
    ctx: Callable[..., Context], text: str, language: str, day: int
) -> None:
    u = understand(text, ctx(language=language))
    assert u.time is not None and u.time.value.earliest.day == day
