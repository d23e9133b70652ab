"""Two things said in passing. The thing another company comes to see ("I got another plumber
coming Wednesday to quote the water heater") is neither our job nor a question of price. A name
spelled out that starts with "a m" or "a c" ("a m u n d s e n") is the name, never "am", an
hour. Our own wordings and look-alikes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, Intent, understand


@pytest.mark.parametrize(
    "text",
    [
        "not friday, a different company is coming friday to give us a quote on the water heater",
        "another outfit is coming tomorrow to look at the garbage disposal, so thursday please",
        "viene otro plomero el viernes a cotizar el calentador, mejor el jueves",
    ],
)
def test_the_thing_another_company_comes_for_is_not_the_job(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.SLOT))
    assert u.service is None or u.service.value not in {"water_heater", "disposal"}
    assert u.question is None
    assert u.intent is None or u.intent.value is not Intent.QUESTION
    assert Intent.QUESTION not in u.other_intents


def test_our_own_job_said_beside_it_still_is(ctx: Callable[..., Context]) -> None:
    u = understand(
        "another plumber is coming to quote the water heater but my toilet is running nonstop",
        ctx(),
    )
    assert u.service is not None and u.service.value == "toilet"


def test_the_water_heater_asked_of_us_is_the_job(ctx: Callable[..., Context]) -> None:
    # No one else's visit: asking us for a quote on it is ours.
    u = understand("can you come quote the water heater", ctx())
    assert u.service is not None and u.service.value == "water_heater"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jeff amundsen a m u n d s e n", "Jeff Amundsen"),
        ("carla amato a m a t o", "Carla Amato"),
    ],
)
def test_a_spelling_starting_a_m_is_the_name_not_an_hour(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is None
    assert u.name is not None and u.name.value == name


def test_nine_a_m_is_still_an_hour(ctx: Callable[..., Context]) -> None:
    u = understand("tomorrow at 9 a m you can call me first", ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.earliest.hour == 9
