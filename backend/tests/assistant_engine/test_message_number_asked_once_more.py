"""A message for the owner, asked for the caller's number, when the caller tells more of the
message instead: the message is kept and the number asked once more (the line called from is
a fine answer), never closed at once with the caller ID, never asked a third time. A name
given, a short thanks or a number pointed at ("the one I'm calling from") still closes.
Wording is our own."""

from __future__ import annotations

import pytest

from tests.assistant_engine.test_conversations import CALLER, talk, world

_SUPPLIER = "hi this is Reggie over at Bayside Supply, the owner's copper order came in"
_OFFICIAL = "morning, this is inspector Carla Boone with the city building department"


@pytest.mark.parametrize(
    ("opening", "more"),
    [
        (_SUPPLIER, "he needs to tell us if he wants it delivered to the jobsite or held at the "
                    "counter"),
        (_OFFICIAL, "I'm calling about the permit for the water heater on Pine Street, the owner "
                    "needs to call me about the final"),
    ],
)  # fmt: skip
async def test_more_of_the_message_for_the_number_asks_for_it_once_more(
    opening: str, more: str
) -> None:
    w = world()
    state, replies = await talk(w, [opening, more, "sure it's 816 555 0199"])
    assert "best number" in replies[1]
    assert "best number" in replies[2] and "calling from" in replies[2]
    assert "passed that on" not in replies[2] and state.stage == "closed"
    assert "passed that on" in replies[3]
    summary = w.callbacks[-1][1]
    assert summary["phone"] == "+18165550199"
    assert more.split(",")[0].lower() in summary["message"].lower()  # the message, kept
    assert not w.booked and not w.pages


@pytest.mark.parametrize(
    "answer",
    [
        "the one I'm calling from is fine",
        "yeah just use this number, that works",
        "he's got my cell already, thanks",
        "same number",
    ],
)
async def test_the_line_called_from_answers_the_number_asked_again(answer: str) -> None:
    w = world()
    _state, replies = await talk(
        w,
        [
            _SUPPLIER,
            "he needs to tell us if he wants it delivered to the jobsite or held at the counter",
            answer,
        ],
    )
    assert "passed that on" in replies[3]
    assert w.callbacks[-1][1]["phone"] == CALLER


async def test_the_number_is_asked_once_more_only() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            _SUPPLIER,
            "he needs to tell us if he wants it delivered to the jobsite or held at the counter",
            "and also the fittings he wanted are on backorder until next month",
        ],
    )
    assert "best number" in replies[2]
    assert "passed that on" in replies[3] and state.stage == "closed"
    assert w.callbacks[-1][1]["phone"] == CALLER


async def test_not_urgent_said_with_the_number_closes_the_message() -> None:
    w = world()
    _state, replies = await talk(
        w,
        [
            _OFFICIAL,
            "I'm calling about the permit for the water heater on Pine Street, the owner needs "
            "to call me about the final",
            "it's not urgent, my direct line is 816 555 0142",
        ],
    )
    assert "passed that on" in replies[3] and "When would" not in replies[3]
    assert w.callbacks[-1][1]["phone"] == "+18165550142"


async def test_spanish_more_of_the_message_is_asked_the_number_in_spanish() -> None:
    w = world()
    _state, replies = await talk(
        w,
        [
            "buenas, habla Ramiro de Suministros del Golfo, ya llegaron los calentadores que "
            "pidió el señor",
            "necesito que me diga si se los llevamos a la obra o los deja en el mostrador",
            "al mismo del que le hablo",
        ],
    )
    assert "número" in replies[2] and "del que llama" in replies[2]
    assert "pasé su mensaje" in replies[3]
    assert w.callbacks[-1][1]["phone"] == CALLER


@pytest.mark.parametrize(
    ("opening", "answer"),
    [
        # the name asked with the number, and given: the caller ID is the number, as today
        (_SUPPLIER, "Reggie Dawson"),
        # a short thanks, nothing more of the message
        (_OFFICIAL, "ok thanks"),
    ],
)
async def test_a_name_or_a_thanks_for_the_number_still_closes(opening: str, answer: str) -> None:
    w = world()
    state, replies = await talk(w, [opening, answer])
    assert "passed that on" in replies[2] and state.stage == "closed"
    assert w.callbacks[-1][1]["phone"] == CALLER


async def test_a_web_visitor_telling_more_is_asked_for_a_number_without_a_caller_id() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            _SUPPLIER,
            "he needs to tell us if he wants it delivered to the jobsite or held at the counter",
        ],
        channel="web",
    )
    assert "best number" in replies[2] and "calling from" not in replies[2]
    assert state.stage == "message"
