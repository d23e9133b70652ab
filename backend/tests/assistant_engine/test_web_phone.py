"""A web visitor's phone number (engine/web_phone.py): asked with the name and the address,
once more beside the next question or in the confirmation, never alone and never holding up
the booking. Voice
keeps its caller ID and asks for a withheld number as before. Our own wording."""

from __future__ import annotations

import pytest

from tests.assistant_engine.test_conversations import talk, world

TECH = ("technician", "técnico")


def _asks_phone(reply: str) -> bool:
    return any(w in reply for w in TECH)


@pytest.mark.parametrize(
    ("lines", "booked", "reply_here"),
    [
        (
            [
                "the shower head leaks, tomorrow",
                "the first one",
                "Mireille Dufresne, 8 Elm St",
                "ok",
            ],
            "You're booked",
            "just reply here",
        ),
        (
            [
                "se tapó el lavabo del baño, para mañana",
                "la primera",
                "Eulalia Barragán, 14 Pine St",
                "sí, adelante",
            ],
            "Listo, quedó agendado",
            "solo responda aquí",
        ),
    ],
)
async def test_a_visitor_who_skips_the_number_is_booked(
    lines: list[str], booked: str, reply_here: str
) -> None:
    w = world()
    _state, replies = await talk(w, lines, channel="web")
    asked, done, after = replies[2], replies[3], replies[4]
    # The three details in one question; the last detail books the time taken, and the
    # confirmation invites the number once more.
    assert _asks_phone(asked) and ("address" in asked or "dirección" in asked), replies
    assert done.startswith(booked) and reply_here in done and _asks_phone(done), replies
    assert "text" not in done and "mensaje" not in done, replies
    assert "phone" not in w.booked[0] and w.booked[0]["contact_note"], w.booked
    # A word of thanks after it books nothing more.
    assert len(w.booked) == 1 and not _asks_phone(after), replies


async def test_the_number_is_never_asked_alone_nor_a_third_time() -> None:
    w = world()
    _, replies = await talk(
        w,
        ["the shower head leaks, tomorrow", "the first one", "Osric Vane", "22 Birch St", "thanks"],
        channel="web",
    )
    # Name only: the address is asked next, with the number beside it; then the booking (two
    # asks already) does not ask again.
    assert _asks_phone(replies[2]) and _asks_phone(replies[3]) and "address" in replies[3]
    assert replies[4].startswith("You're booked") and not _asks_phone(replies[4]), replies
    assert len(w.booked) == 1, replies
    for reply in replies:
        assert not reply.startswith("What's the best number"), replies


async def test_a_yes_with_a_number_after_the_booking_adds_the_number() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "my kitchen sink drains slowly, tomorrow",
            "the second one",
            "Tova Lind, 3 Oak St",
            "yes, and it's 913 555 0123",
        ],
        channel="web",
    )
    # Added, thanked for, and the yes closes the chat as it would alone.
    assert state.stage == "closed" and len(w.booked) == 1, replies
    assert w.booked[0]["phone"] == "+19135550123" and "contact_note" not in w.booked[0]
    assert replies[-1].startswith("Thanks, I've added your number"), replies
    assert "see you then" in replies[-1], replies


async def test_a_number_typed_after_the_booking_is_added_to_it() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "my water heater pilot keeps going out, tomorrow",
            "the first one",
            "Hal Brenner, 19 Spruce St",
            "you can reach me at 816-555-0190",
        ],
        channel="web",
    )
    assert "added your number" in replies[-1] and len(w.booked) == 1, replies
    assert w.booked[0]["phone"] == "+18165550190" and "contact_note" not in w.booked[0]
    assert state.stage == "booked" and state.problem, replies  # no new request started


async def test_voice_still_asks_for_a_withheld_number_and_waits_for_it() -> None:
    w = world()
    _, replies = await talk(
        w,
        ["my sink is clogged, tomorrow", "the first one", "Dana Smith, 12 Oak St", "yes"],
        channel="voice",
    )
    # The caller ID is the number: nothing asked, nothing said about the chat.
    assert not any(_asks_phone(r) for r in replies), replies
    assert w.booked[0]["phone"] and "contact_note" not in w.booked[0]
