"""The owner's family asking for him by name or passing word for him ("is Dale there? this is
his mother", "tell him his mom called") leaves a message; a customer's own job said beside a
relative does not. A service-area question asked with a word between ("do you even go out to
Aurora") or as a job in a place ("do you do roofs in Roswell?") is about the area; how
insurance claims are handled is the owner's to answer, never a job offered. Every line here was
written for this file."""

from __future__ import annotations

import pytest

from switchboard.assistant.understanding.intent import detect_question
from switchboard.assistant.understanding.model import QuestionTopic
from switchboard.assistant.understanding.non_customers import owners_family
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.place_asked import place_asked


@pytest.mark.parametrize(
    "text",
    [
        "hi is tony there this is his mother",
        "can you just tell him his wife called about the kids' pickup",
        "let her know her husband is home early",
        "dígale que su mamá llamó",
    ],
)
def test_the_owners_family_with_word_for_him(text: str) -> None:
    assert owners_family(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "my mom's water heater is leaking, can you send someone",
        "tell him the drain is backing up again",
        "is tony there? i need a plumber",
        "this is his mother, i booked the visit for my son's house",
    ],
)
def test_a_customers_words_beside_a_relative_are_no_family_word(text: str) -> None:
    assert not owners_family(normalise(text)), text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("do you even go out to aurora", "Aurora"),
        ("do y'all still cover katy", "Katy"),
        ("do you do roofs in roswell right by the marietta line", "Roswell"),
        ("do you guys fix ac up in mesa", "Mesa"),
    ],
)
def test_a_place_asked_with_a_word_between_or_a_job_before(text: str, place: str) -> None:
    norm = normalise(text)
    asked = detect_question(norm)
    assert asked is not None and asked.value is QuestionTopic.SERVICE_AREA, text
    assert place_asked(norm.text) == place


@pytest.mark.parametrize(
    "text",
    [
        "do you do repairs in the winter",
        "do you do estimates in person",
        "do you even do gutters",
        "do you do roof repairs",
    ],
)
def test_a_job_asked_with_no_place_is_not_the_area(text: str) -> None:
    asked = detect_question(normalise(text))
    assert asked is None or asked.value is not QuestionTopic.SERVICE_AREA, text


@pytest.mark.parametrize(
    "text",
    [
        "do yall work with insurance companies on hail claims",
        "do you deal with the adjuster directly",
        "do you handle insurance claims",
    ],
)
def test_claims_are_the_owners_to_answer(text: str) -> None:
    asked = detect_question(normalise(text))
    assert asked is not None and asked.value is QuestionTopic.OTHER, text


def test_a_job_dealt_with_is_still_a_job_offered() -> None:
    asked = detect_question(normalise("do you deal with tankless heaters"))
    assert asked is not None and asked.value is QuestionTopic.SERVICE_OFFERED
