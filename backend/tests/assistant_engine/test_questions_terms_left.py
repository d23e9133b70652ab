"""Two questions in one turn: the job asked about is answered from the catalogue, and a
question about terms the tenant's data does not hold (a licence, a certification, a warranty)
is passed to the owner as a message, not dropped. Every line here was written for this file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.assistant_engine.test_conversations import FACTS, talk, world


@pytest.mark.parametrize(
    "line",
    [
        "do you guys handle clogged drains, and are you licensed and bonded in Kansas?",
        "Do you do drain cleaning? Also is the work guaranteed for a year or so?",
        "¿hacen destapes de drenaje? ¿y dan garantía por escrito?",
    ],
)
async def test_a_question_about_terms_after_the_job_goes_to_the_owner(line: str) -> None:
    w = world()
    _state, replies = await talk(w, [line, "Nora Albrecht, 913-555-0177"], channel="web")
    assert any(s in replies[1] for s in ("I don't have that answer", "No tengo esa respuesta"))
    assert "book a visit" not in replies[1]
    assert w.callbacks
    assert not w.booked


async def test_a_written_answer_to_the_terms_is_given_instead() -> None:
    facts = replace(FACTS, faq=(("licensed bonded", "Yes, we're licensed and bonded."),))
    w = world()
    line = "do you handle clogged drains, and are you licensed and bonded?"
    _state, replies = await talk(w, [line], channel="web", facts=facts)
    assert "I don't have that answer" not in replies[1]
    assert "Yes, we do Drain cleaning" in replies[1]


async def test_a_job_question_alone_is_still_answered_and_offered() -> None:
    w = world()
    _state, replies = await talk(w, ["do you handle clogged drains? ours is slow"], channel="web")
    assert "Yes, we do Drain cleaning. Would you like to book a visit?" in replies[1]
    assert not w.callbacks


@pytest.mark.parametrize(
    ("question", "later"),
    [
        ("how much to clean out a clogged drain?", "ok thanks, i'll talk to my husband and call "
         "you back"),
        ("roughly what does a drain cleaning run", "let me think about it"),
        ("¿cuánto cuesta destapar un drenaje?", "lo voy a platicar con mi esposo, luego le llamo"),
    ],
)  # fmt: skip
async def test_a_price_answered_then_decided_later_ends_the_call(question: str, later: str) -> None:
    w = world()
    _state, replies = await talk(w, [question, later])
    assert any(s in replies[1] for s in ("Drain cleaning", "$125"))
    assert any(s in replies[2] for s in ("Goodbye", "Hasta luego")), replies[2]
    assert not w.booked


async def test_a_price_answered_then_yes_goes_on_to_book() -> None:
    w = world()
    _state, replies = await talk(w, ["how much to clean out a clogged drain?", "yes please"])
    assert "Goodbye" not in replies[2]
