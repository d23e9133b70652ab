"""A supplier calling to say what the owner ordered is late ("the tankless he ordered won't be
in until Friday", "what the boss ordered is on backorder", "los calentadores que pidió no
llegan hasta el lunes") leaves word for the owner, as one whose order came in does. A
customer's own part running late, or one the technician ordered for their job, is not a
supplier. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Intent,
    Understanding,
    understand,
)


def intents(u: Understanding) -> list[Intent]:
    return [*([u.intent.value] if u.intent else []), *u.other_intents]


@pytest.mark.parametrize(
    "text",
    [
        "this is dana from metro, the tankless heater he ordered won't be in until friday",
        "hi it's sal, just letting you know what the boss ordered is on backorder",
        "morning, the two toilets she ordered aren't going to be ready till next week",
        "habla chuy, los calentadores que pidió no llegan hasta el lunes",
    ],
)
def test_an_order_running_late_is_a_supplier(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert Intent.VENDOR in intents(u), text


@pytest.mark.parametrize(
    "text",
    [
        "the part the tech ordered won't be in till tuesday, can you move my visit",
        "the water heater i ordered won't be in until friday, can you install it after",
        "el calentador que pidió el técnico no llega, ¿cuándo vienen?",
    ],
)
def test_a_customers_part_running_late_is_no_supplier(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert Intent.VENDOR not in intents(u), text
