"""A price asked before any job is named, beside "when is my appointment?", or as a term of
business ("do you price match?"); a name still wanted from a caller who insists on a person;
an official named by the town alone. Every line here was written for this file."""

from __future__ import annotations

from datetime import datetime

import pytest

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, talk, world


@pytest.mark.parametrize(
    "line",
    [
        "how much do y'all charge to come out and take a look? the other company wanted 120",
        "quick question first, what's your fee just to send somebody out",
        "¿cuánto cobran nomás por venir a revisar? el otro plomero me cobró 90",
    ],
)
async def test_a_price_asked_before_any_job_gets_the_catalogue_range(line: str) -> None:
    w = world()
    _state, replies = await talk(w, [line], channel="sms")
    # the lowest and highest prices of the catalogue's non-emergency jobs
    assert "$125" in replies[1] and "$450" in replies[1]
    assert not w.callbacks


async def test_the_job_told_after_the_visit_price_is_booked_as_usual() -> None:
    w = world()
    lines = ["what do you charge just for a visit?", "ok, the kitchen drain is clogged again"]
    state, replies = await talk(w, lines, channel="sms")
    assert "$125" in replies[1]
    assert state.service_id == "drain" and "When would work best" in replies[2]
    assert not w.callbacks


@pytest.mark.parametrize(
    "line",
    [
        "the last guy charged me 280 and my kitchen drain is clogged again",
        "el último plomero me cobró 300 y el drenaje de la cocina sigue tapado",
    ],
)
async def test_a_price_told_in_a_story_is_no_question(line: str) -> None:
    w = world()
    _state, replies = await talk(w, [line], channel="sms")
    assert "usually runs" not in replies[1] and "normalmente cuesta" not in replies[1]
    assert not w.callbacks


@pytest.mark.parametrize(
    "line",
    [
        "how much would it be to hook up a gas dryer line?",
        "what do you charge to come out on a weekend night?",
        "are you guys insured, and what do you charge just to come out",
        "¿cuánto cobran por venir en domingo?",
    ],
)
async def test_a_job_not_listed_or_a_rate_not_given_is_the_owners_to_answer(line: str) -> None:
    w = world()
    _state, replies = await talk(w, [line], channel="sms")
    assert "usually runs" not in replies[1] and "normalmente cuesta" not in replies[1]
    assert w.callbacks


@pytest.mark.parametrize(
    "line",
    [
        "what's the cheapest y'all could clear a clogged drain for",
        "how cheap can you do a drain cleaning? i'm on social security",
    ],
)
async def test_the_cheapest_asked_is_a_price_question(line: str) -> None:
    _state, replies = await talk(world(), [line], channel="web")
    assert "Drain cleaning usually runs $125 to $300" in replies[1]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("can you guys beat a quote of 150 for a drain cleaning?", "don't have that answer"),
        ("do you do price matching? another plumber said 99", "don't have that answer"),
        ("¿igualan el precio de otra compañía? me cotizaron 100", "No tengo esa respuesta"),
    ],
)
async def test_matching_another_price_is_the_owners_to_answer(line: str, said: str) -> None:
    w = world()
    _state, replies = await talk(w, [line, "ok have him call me, Lorna Pruitt"], channel="sms")
    assert said in replies[1] and "usually runs" not in replies[1]
    assert w.callbacks and w.callbacks[0][1].get("name") == "Lorna Pruitt"


def _known_caller_with_a_visit() -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", "Maribel Thornton")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-7", datetime(2026, 3, 3, 10, tzinfo=CHI), "Drain cleaning"
    )
    return w


@pytest.mark.parametrize(
    "line",
    [
        "hey i'm calling about my visit, what time is it again and about how much will it run",
        "checking on my appointment, i forgot the time, and what's it gonna cost roughly?",
    ],
)
async def test_the_visits_price_asked_beside_its_time_is_given_after_it(line: str) -> None:
    w = _known_caller_with_a_visit()
    _state, replies = await talk(w, [line, "maribel thornton"])
    assert "Your appointment is Tuesday" in replies[-1]
    assert "Drain cleaning usually runs $125 to $300" in replies[-1]
    assert not w.callbacks


async def test_the_time_alone_asked_reads_no_price() -> None:
    w = _known_caller_with_a_visit()
    _state, replies = await talk(
        w, ["calling about my appointment, what time is it?", "maribel thornton"]
    )
    assert "Your appointment is Tuesday" in replies[-1] and "usually runs" not in replies[-1]


def test_a_call_about_someone_elses_appointment_is_not_ours() -> None:
    from switchboard.assistant.understanding.booked_visit import ON_THE_BOOKS
    from switchboard.assistant.understanding.normalise import normalise

    assert ON_THE_BOOKS.search(normalise("calling about my appointment").text)
    assert ON_THE_BOOKS.search(normalise("llamo por mi cita de mañana").text)
    assert not ON_THE_BOOKS.search(normalise("calling about my doctor's appointment").text)


async def test_a_caller_who_insists_on_a_person_is_asked_the_name_once_more() -> None:
    w = world()
    lines = [
        "i want to talk to the owner, your guy left a mess in my basement",
        "no just put me through to a real person",
        "fine it's roberto camacho tell him to call me tomorrow",
    ]
    state, replies = await talk(w, lines)
    assert "may I have your name" in replies[2]
    assert state.name == "Roberto Camacho"
    assert w.callbacks and w.callbacks[0][1].get("name") == "Roberto Camacho"


async def test_insisting_twice_closes_the_call_with_the_message() -> None:
    w = world()
    lines = [
        "i want to talk to the owner, your guy left a mess in my basement",
        "no just put me through to a real person",
        "i said get me a human",
    ]
    state, replies = await talk(w, lines)
    assert "may I have your name" not in replies[3] and state.stage == "closed"
    assert w.callbacks


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("gerald pike p i k e", "Gerald Pike"),
        ("it's ana lane, l a n e", "Ana Lane"),
    ],
)
async def test_a_surname_that_is_a_street_word_spelled_after_it_is_a_name(
    line: str, name: str
) -> None:
    state, _replies = await talk(world(), ["my kitchen drain is clogged", line])
    assert state.name == name


async def test_a_street_spelled_after_its_house_number_is_no_name() -> None:
    state, _replies = await talk(world(), ["my kitchen drain is clogged", "1200 old pike, p i k e"])
    assert state.name is None


@pytest.mark.parametrize(
    "line",
    [
        "This is Dee Olsen from Arvada code enforcement. Have the owner call me about the job "
        "on Pine St",
        "hi it's Rich Wolfe with Olathe building inspections, the rough-in on Maple has to move, "
        "have the plumber call me",
    ],
)
async def test_an_official_named_by_the_town_alone_leaves_a_message(line: str) -> None:
    w = world()
    _state, _replies = await talk(w, [line], channel="sms")
    assert w.callbacks and w.callbacks[0][0] == "message"
