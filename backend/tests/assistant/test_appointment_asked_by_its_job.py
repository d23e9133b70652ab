""" "When is my AC appointment?": a visit on file asked after by the job it is for is a status
question, never a new job. The next or earliest appointment free is a visit still wanted. Our
own wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, Intent, understand


@pytest.mark.parametrize(
    "text",
    [
        "when is my drain appointment? lost the email",
        "whens our water heater install appointment",
        "when is my leak repair visit again",
    ],
)
def test_the_visit_asked_after_by_its_job(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert u.intent is not None
    assert u.intent.value is Intent.APPOINTMENT_STATUS


@pytest.mark.parametrize(
    "text",
    [
        "when is my next available appointment",
        "when is my earliest drain appointment",
        "when is the soonest appointment for a clogged drain",
    ],
)
def test_an_appointment_still_wanted(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert u.intent is None or u.intent.value is not Intent.APPOINTMENT_STATUS
