"""A deadline's day (an inspection period, a closing, a warranty running out) is the
deadline's, never the visit's: the day asked for is the rest of the turn's. Every line here
was written for this file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.deadline_days import without_deadline_days
from tests.assistant.conftest import local

# The context's now is Tuesday 2026-11-24.


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        ("Our option period is up next week and the lender wants the roof checked. Thursday "
         "at 10?", "en", local(2026, 11, 26, 10)),
        ("closing is set for next week, could someone come friday at 9", "en",
         local(2026, 11, 27, 9)),
        ("we close on the house next week so can you do thursday at 2", "en",
         local(2026, 11, 26, 14)),
        ("the home warranty expires next week, wednesday at 11 works", "en",
         local(2026, 11, 25, 11)),
        ("el plazo de la inspección termina la semana que viene, ¿pueden el jueves a las 10?",
         "es", local(2026, 11, 26, 10)),
        ("cerramos la compra la próxima semana, ¿el viernes a las 9?", "es",
         local(2026, 11, 27, 9)),
    ],
)  # fmt: skip
def test_the_deadline_s_week_is_not_the_day_asked_for(
    ctx: Callable[..., Context], text: str, language: str, start: datetime
) -> None:
    u = understand(text, ctx(language=language))
    assert u.time is not None and u.time.value.earliest == start, (text, u.time)


def test_a_deadline_with_no_other_day_asks_for_none(ctx: Callable[..., Context]) -> None:
    u = understand("the due diligence period ends friday, can someone come look", ctx())
    assert u.time is None, u.time


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # our own inspection, not a deadline
        ("the inspection is friday at 10 right?", local(2026, 11, 27, 10)),
        # next week asked for, no deadline
        ("can you come next week, friday at 8", local(2026, 12, 4, 8)),
        # a store closing early is no closing of a sale
        ("we're closed thursday, friday at 8?", local(2026, 11, 27, 8)),
    ],
)
def test_look_alikes_keep_their_day(
    ctx: Callable[..., Context], text: str, start: datetime
) -> None:
    u = understand(text, ctx())
    assert u.time is not None and u.time.value.earliest == start, (text, u.time)


def test_what_follows_a_deadline_s_day_is_never_another_deadline() -> None:
    text = "el plazo vence el lunes pueden el viernes"
    assert without_deadline_days(text) == "el plazo vence pueden el viernes"
