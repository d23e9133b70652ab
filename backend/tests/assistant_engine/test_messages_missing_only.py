"""A message for the owner asks only for what the caller has not said, and a request said as
the answer ("yes, move it") is never taken for the caller's name."""

from __future__ import annotations

from tests.assistant_engine.test_conversations import talk, world


async def test_a_web_visitor_who_gave_a_name_is_asked_only_for_a_number() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "Hello, this is Harriet Okonkwo, I'd like to cancel the visit I booked for next week",
            "it's 816 555 0123",
        ],
        channel="web",
    )
    assert "best number" in replies[1] and "your name" not in replies[1]
    assert "passed that on" in replies[2] and not w.cancelled
    summary = w.callbacks[-1][1]
    assert summary["name"] == "Harriet Okonkwo" and summary["phone"] == "+18165550123"
    assert state.stage == "closed"


async def test_a_request_answering_the_name_question_is_not_a_name() -> None:
    w = world()
    _state, replies = await talk(
        w,
        [
            "I need to cancel the appointment with you, we sold the place",
            "yes please cancel it",
        ],
        channel="web",
    )
    assert "your name" in replies[1]
    assert all(summary.get("name") is None for _reason, summary in w.callbacks)


async def test_a_complaint_asking_for_the_owner_gets_a_message_not_a_booking() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "your plumber left muddy boot prints across our hallway yesterday, I want the owner "
            "to call me",
            "Rosalind Achterberg, 913 555 0166",
        ],
    )
    assert "message to the owner" in replies[1] and "When would" not in replies[1]
    assert "passed that on" in replies[2] and not w.booked and state.stage == "closed"
    assert w.callbacks[-1][1]["name"] == "Rosalind Achterberg"
