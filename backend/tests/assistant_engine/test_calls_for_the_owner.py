"""Calls the business has no set answer for, and pitches to the business: a question asked
after the caller's situation is passed to the owner (never met with a booking question), a
place asked about is answered from the service area, and an offer made to the business is
declined, even when the business's own name sounds like a hazard; a caller who asks for a
person when nobody can take the call leaves a message with their name. Wording is our own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from switchboard.assistant.engine.world import ServiceInfo
from tests.assistant_engine.test_conversations import FACTS, talk, world


@pytest.mark.parametrize(
    "first",
    [
        "we're both retired and money is tight, do you folks have a veterans rate",
        "the claim adjuster already came out. do y'all work with the insurance company directly?",
        "mi esposo está en el hospital, ¿ustedes aceptan pagos en plazos?",
    ],
)
async def test_a_question_after_the_callers_situation_is_passed_on(first: str) -> None:
    w = world()
    _state, replies = await talk(w, [first, "Glenda Marsh 913 555 0123"])
    assert "When would work best" not in replies[1] and "Cuándo" not in replies[1]
    assert len(w.callbacks) == 1 and w.callbacks[0][0] == "question"
    assert not w.booked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi do you guys work over in Olathe, the kitchen drain is slow", "Olathe"),
        ("buenas, ¿ustedes van al 66213? tengo el drenaje tapado", "66213"),
    ],
)
async def test_a_place_asked_about_mid_turn_is_answered_from_the_area(
    text: str, expected: str
) -> None:
    w = world()
    _state, replies = await talk(w, [text])
    assert expected in replies[1] and not w.callbacks


async def test_a_job_named_by_a_compound_is_not_the_catalogue_word_inside_it() -> None:
    panel = ServiceInfo("panel", "Panel upgrade", ("panel", "breaker box"), 150000, 300000)
    facts = replace(FACTS, services=(panel,), trades=("electrical",))
    w = world()
    _state, replies = await talk(w, ["do you put in solar panels for houses"], facts=facts)
    assert "not sure we do that" in replies[1] and "Panel upgrade" not in replies[1]


@pytest.mark.parametrize(
    "pitch",
    [
        "Hello! We can lower your merchant fees by a third. Is the owner in?",
        "Hi, I'm with Prairie Pipe Wholesale, we're offering plumbing contractors 20% off "
        "PEX fittings. Who handles purchasing over there?",
        "We print yard signs for home service companies, who should I send samples to?",
    ],
)
async def test_an_offer_to_the_business_is_declined(pitch: str) -> None:
    w = world()
    state, _replies = await talk(w, [pitch], channel="sms")
    assert state.outcome == "sales" and not w.callbacks and not w.pages


async def test_the_business_name_is_no_hazard() -> None:
    facts = replace(FACTS, business_name="Live Wire Sparks Electric")
    w = world()
    _state, replies = await talk(
        w, ["hi Live Wire Sparks Electric, I'd like a drain cleaned next week"], facts=facts
    )
    assert not w.pages and "911" not in replies[1]


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        (
            "is the boss around? i need to talk to him about the bill from last month",
            "sure it's Odette Vanterpool, nine one three five five five zero one four four",
            "Odette Vanterpool",
        ),
        (
            "buenas tardes, necesito hablar con el dueño personalmente, es un asunto privado",
            "me llamo Rigoberto Azcárate, mi número es nueve uno tres cinco cinco cinco cero "
            "uno cuatro cuatro",
            "Rigoberto Azcárate",
        ),
    ],
)
async def test_asking_for_a_person_after_hours_leaves_a_message_with_a_name(
    first: str, second: str, name: str
) -> None:
    w = world()
    state, replies = await talk(w, [first, second])
    assert "isn't available" in replies[1] or "no está disponible" in replies[1]
    assert "name" in replies[1] or "nombre" in replies[1]
    assert state.name == name and state.stage == "closed"
    assert len(w.callbacks) == 1 and w.callbacks[0][0] == "handoff"
    assert w.callbacks[0][1]["name"] == name


async def test_asking_for_a_person_while_open_still_rings_through() -> None:
    facts = replace(FACTS, open_now=True, transfer_number="+19135550100")
    w = world()
    _state, replies = await talk(w, ["is the boss around? i need to talk to him"], facts=facts)
    assert "connect you" in replies[1] and "name" not in replies[1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "is the owner in? i want to talk to him personally about a job he did",
            "it's Wendell Hargrove, four oh four five five five zero one five two, "
            "tell him to ring me back tuesday afternoon",
        ),
        (
            "hi this is Pia from Northside Pipe Supply, the order he placed is backordered",
            "pia lindqvist, call me back friday morning at nine one three five five five zero "
            "one two two",
        ),
    ],
)
async def test_a_day_said_while_leaving_a_message_is_when_to_call_back(
    first: str, second: str
) -> None:
    w = world()
    state, replies = await talk(w, [first, second])
    assert "passed that on" in replies[2] and state.stage == "closed"
    assert len(w.callbacks) == 1 and not w.booked


@pytest.mark.parametrize(
    "line",
    [
        "you guys replaced the water heater next door and left old pipe scraps all over my "
        "driveway, can someone come pick them up",
        "sus trabajadores estuvieron en la casa de al lado y dejaron tornillos regados en mi patio",
    ],
)
async def test_a_mess_our_job_left_is_a_message_for_the_owner(line: str) -> None:
    w = world()
    await talk(w, [line, "Gail Peterson, 913 555 0191"])
    assert len(w.callbacks) >= 1 and w.callbacks[0][0] == "message"
    assert not w.booked and not w.pages
