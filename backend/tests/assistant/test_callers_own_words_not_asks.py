"""What a caller says of their own home or name asks nothing of the business: a street "so new
it doesn't show on Google Maps" is directions, not a map listing sold to the business; "do y'all
speak English?" asks for a language, which is answered by switching, never with "I don't have
that answer"; and a name whose surname is a question's word ("Hadley Price") is a name, not a
price question. Look-alikes keep asking. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, Intent, understand
from switchboard.assistant.understanding.language import without_language_request


@pytest.mark.parametrize(
    "text",
    [
        "the disposal hums but wont spin. heads up our street is so new it doesnt show on "
        "google maps yet, 2418 w prairie clover ln",
        "google maps sends people to the wrong cul de sac, we're the last house, the sink is "
        "clogged",
        "if you put us into google maps it takes you around back, the toilet keeps running",
    ],
)
def test_a_street_missing_from_the_map_is_no_pitch(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert Intent.SALES not in {u.intent.value if u.intent else None, *u.other_intents}


@pytest.mark.parametrize(
    "text",
    [
        "hi this is josh with local lift, we help plumbers get to the top of google maps",
        "we noticed your google maps listing has no reviews, can I walk you through a fix",
        "your google maps profile is missing photos, we can set it up for you",
    ],
)
def test_a_map_listing_sold_to_the_business_is_a_pitch(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx())
    assert Intent.SALES in {u.intent.value if u.intent else None, *u.other_intents}


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("hey do yall speak english?", "hey"),
        ("do u speak spanish? the sink is clogged", "the sink is clogged"),
        ("do you all speak english", ""),
        ("do you guys speak spanish", ""),
    ],
)
def test_y_all_asking_for_a_language(text: str, rest: str) -> None:
    assert without_language_request(text) == rest


def test_asking_for_english_with_the_job_books_the_job(ctx: Callable[..., Context]) -> None:
    u = understand(
        "hey do yall speak english? my water heater is 15 yrs old and rusty at the bottom, "
        "no leak yet. want it looked at",
        ctx(language="es"),
    )
    assert u.language_request is not None and u.language_request.value == "en"
    assert u.intent is not None and u.intent.value is Intent.NEW_JOB
    assert u.question is None
    assert u.service is not None and u.service.value == "water_heater"


@pytest.mark.parametrize("text", ["Hadley Price", "hadley price", "Jenny Rates"])
def test_a_surname_that_is_a_question_word_is_a_name(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(channel="sms", expecting=Expecting.TIME))
    assert u.question is None
    assert u.name is not None and u.name.value.lower() == text.lower()


@pytest.mark.parametrize(
    "text", ["drain price", "price?", "ballpark estimate", "whats the price", "estimate please"]
)
def test_price_asked_in_two_words_is_still_asked(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(channel="sms", expecting=Expecting.TIME))
    assert u.question is not None
    assert u.name is None
