"""What our finished job left lying about, complained of: a message for the owner, never a
hazard to triage nor a job to book. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("your crew redid the roof across the street and left nails all over our lawn, my dog "
         "stepped on one", "en"),
        ("y'all were here tuesday for the gutters and there's debris everywhere in the flower "
         "beds", "en"),
        ("ustedes hicieron el techo de al lado y dejaron clavos por toda mi cochera", "es"),
    ],
)  # fmt: skip
def test_a_mess_left_by_our_finished_job_is_a_message(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    u = understand(text, ctx(language=language))
    assert u.intent is not None and u.intent.value is Intent.MESSAGE, text
    assert u.triage is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i picked up a nail in my tire and the garage drain is clogged with mud", "en"),
        ("you guys did my water heater last year and now it's leaking", "en"),
        ("se me tapó el drenaje, hay basura por todos lados en el patio", "es"),
    ],
)
def test_our_old_job_or_a_mess_alone_is_no_complaint(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    u = understand(text, ctx(language=language))
    assert u.intent is None or u.intent.value is not Intent.MESSAGE, text
