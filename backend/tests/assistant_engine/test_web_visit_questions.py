"""Two web chat misses of batch 12, as capabilities. Our own wording.

- A visitor who booked before and asks which day it is: an account question, which on the
  web is a message for the owner (the widget's privacy rule), never a new booking.
- A question with a second one joined to it ("do you clean drains, and are you certified
  with ...?"): the first answered from the settings, the second passed to the owner, as a
  lone question the settings cannot answer is.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.assistant_engine.test_conversations import FACTS, talk, world


@pytest.mark.parametrize(
    "line",
    [
        "Hi, Wilhelmina Vorst here. I scheduled a drain cleaning last month and can't recall "
        "if it's Tuesday or Thursday. Which day is it?",
        "we booked the water heater repair a while back, what day is it?",
        "which day is my appointment?",
        "Agendé una limpieza de drenaje hace unas semanas, ¿qué día era?",
    ],
)
async def test_a_web_visitor_asking_which_day_leaves_a_message_not_a_booking(line: str) -> None:
    w = world()
    state, replies = await talk(w, [line], channel="web")
    assert state.message_reason == "account_request", replies
    assert not state.offered and not w.booked, replies
    assert "number" in replies[1] or "número" in replies[1], replies


async def test_a_booking_that_mentions_another_booking_is_still_a_booking() -> None:
    w = world()
    state, replies = await talk(
        w, ["I booked a flight for Friday and my drain is clogged, can someone come tomorrow?"]
    )
    assert state.offered and state.message_reason is None, replies


@pytest.mark.parametrize(
    ("line", "yes"),
    [
        (
            "Do you clean drains, and are you certified by any pipe manufacturer for their "
            "warranty?",
            "Yes, we do Drain cleaning.",
        ),
        ("¿Reparan calentadores de agua y están certificados con algún fabricante?", "Sí, hacemos"),
    ],
)
async def test_a_second_question_the_settings_cannot_answer_goes_to_the_owner(
    line: str, yes: str
) -> None:
    w = world()
    state, replies = await talk(w, [line, "Pieter Jansma, 913 555 0164"], channel="web")
    assert replies[1].startswith(yes) and "book a visit" not in replies[1], replies
    assert state.outcome == "message_taken" and w.callbacks, replies
    assert w.callbacks[-1][1]["phone"] == "+19135550164"


async def test_a_second_question_the_faq_answers_is_answered() -> None:
    facts = replace(FACTS, faq=(("licensed insured", "Yes, licensed and insured in Kansas."),))
    w = world()
    _, replies = await talk(
        w, ["Do you clean drains, and are you licensed and insured?"], facts=facts, channel="web"
    )
    assert "book a visit" in replies[1] and not w.callbacks, replies


async def test_one_question_about_a_job_still_offers_a_visit() -> None:
    w = world()
    _, replies = await talk(w, ["do you clean drains?"], channel="web")
    assert "Would you like to book a visit?" in replies[1] and not w.callbacks, replies
