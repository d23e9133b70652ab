"""Someone who wants a person rather than a booking: the owner asked for when nobody can take
the call, a call back asked for instead of a visit, a company asking the owner to confirm a
job. Each gets a message with who it is from, never a booking loop; a day said with it is
when to call back. Our own wording."""

from __future__ import annotations

import pytest

from tests.assistant_engine.test_conversations import talk, world


@pytest.mark.parametrize(
    ("ask", "answer"),
    [
        ("is Mike in? we go back a ways, I'd like to talk to him myself",
         "yeah it's Carl Dunphy, have him ring me thursday"),
        ("¿me comunica con el dueño? es un asunto personal",
         "soy Ofelia Zamudio, que me llame el lunes por favor"),
    ],
)  # fmt: skip
async def test_a_person_asked_for_after_hours_gets_a_message_with_the_name(
    ask: str, answer: str
) -> None:
    w = world()
    state, replies = await talk(w, [ask, answer])
    assert "?" in replies[1] and state.outcome == "message_taken"
    assert w.callbacks[-1][0] == "handoff" and w.callbacks[-1][1]["name"] in answer.title()
    assert not state.offered and not w.booked


@pytest.mark.parametrize(
    "line",
    [
        "the garbage disposal hums but won't spin. rather not book online, just have someone "
        "call me back",
        "tengo el drenaje tapado, que me llamen por favor para ver precios",
    ],
)
async def test_a_call_back_asked_for_instead_of_a_visit_is_a_message(line: str) -> None:
    w = world()
    state, replies = await talk(w, [line, "Tess Gurney, 913 555 0177"], channel="sms")
    assert "When would" not in replies[1] and "Cuándo" not in replies[1]
    assert state.outcome == "message_taken" and w.callbacks and not state.offered


async def test_a_note_for_the_tech_during_a_booking_is_no_message() -> None:
    w = world()
    state, _replies = await talk(
        w,
        ["my kitchen drain is clogged", "ask the tech to call me when he's on the way, tomorrow"],
        channel="sms",
    )
    assert state.offered and not w.callbacks


@pytest.mark.parametrize(
    "line",
    [
        "this is Harbor Home Warranty, we have a claim on a water heater in Olathe and need the "
        "owner to confirm he can take it",
        "le llamo de una aseguradora, necesitamos que el encargado nos envíe el presupuesto",
    ],
)
async def test_a_company_asking_the_owner_to_confirm_a_job_leaves_a_message(line: str) -> None:
    w = world()
    state, replies = await talk(
        w, [line, "Renata Vos, 888 555 0142, claim number is five five two on the 3rd"]
    )
    assert "When would" not in replies[1] and "Cuándo" not in replies[1]
    assert state.outcome == "message_taken" and not state.offered and not w.booked
