"""Calls that are not bookings: questions answered or passed on, suppliers and applicants
given a message and a polite close, and a request to move an appointment understood."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.assistant_engine.test_conversations import FACTS, talk, world


async def test_a_service_area_question_is_answered_not_followed_by_a_booking_question() -> None:
    w = world()
    _state, replies = await talk(
        w, ["quick question, do y'all go out as far as Olathe?", "no that's all, I'll call back"]
    )
    assert "Yes, we do work in Olathe" in replies[1]
    assert "When would work best" not in replies[1] and "book a visit" in replies[1]
    assert "Goodbye" in replies[2] and not w.booked


async def test_a_question_without_an_answer_is_passed_on_with_the_callers_name() -> None:
    w = world()
    _state, replies = await talk(
        w,
        [
            "hi, I was wondering whether your guys take their shoes off inside the house",
            "sure, it's Maria Ortiz",
        ],
    )
    assert "pass your question to the owner" in replies[1]
    assert "When would work best" not in replies[1]
    assert len(w.callbacks) == 1 and w.callbacks[0][1]["name"] == "Maria Ortiz"
    assert "passed that on" in replies[2]


async def test_an_answer_from_the_owners_faq_offers_a_visit() -> None:
    facts = replace(FACTS, faq=(("financing payment plans", "Yes: 12 months, no interest."),))
    w = world()
    _state, replies = await talk(w, ["do you do payment plans or financing?"], facts=facts)
    assert "12 months, no interest" in replies[1] and "book a visit" in replies[1]
    assert not w.callbacks


async def test_a_supplier_gets_a_message_taken_not_a_booking_loop() -> None:
    w = world()
    state, replies = await talk(
        w, ["I'm calling about an overdue invoice from Midwest Supply", "Rob Hale, 913 555 0177"]
    )
    assert "message to the owner" in replies[1] and "When would" not in replies[1]
    assert len(w.callbacks) == 1 and w.callbacks[0][0] == "vendor"
    assert "passed that on" in replies[-1] and not w.booked and state.stage == "closed"
    assert len(w.callbacks) == 1 and w.callbacks[0][1]["phone"] == "+19135550177"
    assert w.callbacks[0][1]["name"] == "Rob Hale"


async def test_a_supplier_who_gave_a_full_name_is_closed_at_once() -> None:
    w = world()
    _state, replies = await talk(
        w, ["hi this is Rob Hale from Midwest Pipe Supply, calling about an overdue invoice"]
    )
    assert "passed that on" in replies[1] and w.callbacks[0][0] == "vendor"


@pytest.mark.parametrize(
    ("first", "second", "full"),
    [
        (
            "hi this is Rob from Midwest Pipe Supply, calling about an overdue invoice",
            "rob hale and my direct line is nine one three five five five zero one seven seven",
            "Rob Hale",
        ),
        (
            "hola habla ernesto de distribuidora del norte, llamo por una factura pendiente",
            "ernesto galindo, al nueve uno tres cinco cinco cinco cero uno siete siete",
            "Ernesto Galindo",
        ),
        (
            "hi it's tamsin with the county permit office, i need to leave a message for the "
            "owner about the inspection",
            "Tamsin Okafor",
            "Tamsin Okafor",
        ),
    ],
)
async def test_a_message_caller_who_gave_a_first_name_is_asked_once_for_the_full_name(
    first: str, second: str, full: str
) -> None:
    w = world()
    state, replies = await talk(w, [first, second])
    assert "full name" in replies[1] or "nombre completo" in replies[1]
    assert "passed that on" in replies[2] or "pasé su mensaje" in replies[2]
    assert state.name == full and state.stage == "closed" and not w.booked
    assert w.callbacks[-1][1]["name"] == full


async def test_a_job_applicant_gets_a_message_taken() -> None:
    w = world()
    _state, replies = await talk(w, ["hey are you guys hiring? I'm a licensed journeyman"])
    assert "message to the owner" in replies[1] and w.callbacks[0][0] == "job_applicant"


async def test_a_sales_pitch_is_declined() -> None:
    w = world()
    state, _ = await talk(
        w, ["we help plumbers get to the top of google maps, can I walk you through it"]
    )
    assert state.outcome == "sales" and not w.callbacks


async def test_a_quote_request_books_an_estimate_visit() -> None:
    w = world()
    _state, replies = await talk(w, ["I'd like a quote on replacing our old water heater"])
    assert "When would work best" in replies[1] or "I have" in replies[1]


async def test_prices_are_never_zero_to_zero_and_never_another_jobs() -> None:
    from switchboard.assistant.engine.world import ServiceInfo

    facts = replace(
        FACTS,
        services=(
            ServiceInfo("estimate", "Plumbing estimate", ("estimate",), 0, 0),
            ServiceInfo("drain", "Drain cleaning", ("drain", "clog"), 12500, 12500),
        ),
    )
    _s, replies = await talk(world(), ["how much is a plumbing estimate?"], facts=facts)
    assert "$0" not in replies[1] and "firm price on site" in replies[1]
    _s, replies = await talk(world(), ["how much to clean a drain?"], facts=facts)
    assert "Drain cleaning is usually $125." in replies[1]


async def test_a_spanish_caller_is_not_read_an_english_service_name() -> None:
    _s, replies = await talk(world(), ["¿cuánto cuesta destapar el drenaje?"])
    assert "Drain cleaning" not in replies[1] and "Ese trabajo" in replies[1]


async def test_push_my_appointment_by_text_moves_it_and_books_nothing_new() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from switchboard.assistant.engine.world import AppointmentInfo

    w = world()
    w.customers["+19135550142"] = ("cust-1", "Dana Smith")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-9", datetime(2026, 3, 3, 9, tzinfo=ZoneInfo("America/Chicago")), "Drain cleaning"
    )
    _state, replies = await talk(
        w,
        ["can u push my appt to thursday? something came up", "Dana Smith", "the first one"],
        channel="sms",
    )
    assert "name" in replies[1].lower()
    assert w.rescheduled and not w.booked, replies


@pytest.mark.parametrize(
    "line",
    [
        "do you guys offer payment plans on a water heater replacement?",
        "do y'all do any kind of senior discount on drain cleaning",
        "¿ofrecen descuento para personas mayores en la limpieza de drenaje?",
        "¿manejan pagos a plazos para el calentador de agua?",
    ],
)
async def test_terms_asked_about_a_listed_job_are_passed_on_not_said_yes(line: str) -> None:
    w = world()
    _state, replies = await talk(w, [line])
    assert "Yes, we do" not in replies[1] and "Sí, hacemos" not in replies[1]
    assert len(w.callbacks) == 1 and not w.booked


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("do you guys do drain cleaning?", "Drain cleaning"),
        ("do you fix water heaters with no hot water", "Water heater repair"),
    ],
)
async def test_a_listed_job_asked_about_is_still_said_yes(line: str, said: str) -> None:
    w = world()
    _state, replies = await talk(w, [line])
    assert said in replies[1] and not w.callbacks
