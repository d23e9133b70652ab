"""Lead sellers describe the leads by the job they come for, in as many words as it takes
("pre-qualified EV charger install leads"), send them to the trade of a town ("we send Denver
electricians"), promise buyers ("homeowners ready to buy") and give the first ones away ("first
5 leads are free"). Each is a sales call; a customer's lead pipe or wire leads are not. Every
line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand


def _intents(text: str, context: Context) -> set[Intent | None]:
    u = understand(text, context)
    return {u.intent.value if u.intent else None, *u.other_intents}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hi, marco with pipeleads. we send phoenix plumbers pre-qualified tankless water heater "
         "install leads, can I get 10 min with the owner?", "en"),
        ("we sell Austin plumbers tankless water heater replacement leads", "en"),
        ("exclusive homeowners ready to buy, you only pay per booked job", "en"),
        ("no worries! the first 3 leads are free, no contract", "en"),
        ("le damos sus primeros clientes potenciales gratis, sin contrato", "es"),
    ],
)  # fmt: skip
def test_leads_sold_by_their_job_and_given_away_are_sales(
    ctx: Callable[..., Context], text: str, language: str
) -> None:
    assert Intent.SALES in _intents(text, ctx(language=language)), text


@pytest.mark.parametrize(
    "text",
    [
        "we send our plumbers out on saturdays too?",
        "the buyers are ready to close, we need a sewer scope first",
        "the homeowners are ready to buy the house once the panel passes inspection",
        "need the lead pipe from the meter replaced",
        "the battery leads on the sump pump backup are corroded",
    ],
)
def test_customers_naming_buyers_or_leads_are_no_sales_call(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Intent.SALES not in _intents(text, ctx()), text
