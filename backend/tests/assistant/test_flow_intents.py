"""Calls that are not new bookings, recognised by the shape of what is said rather than by
one fixed phrase: moving or dropping a visit already booked, asking when someone is coming,
asking for a named person, asking what is open. Examples are not from the eval corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, Intent, understand


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # Moving a visit: the job words between "my" and "appointment" do not hide it.
        ("could we push our furnace tune-up appointment out a few days", Intent.RESCHEDULE),
        ("I have to shift the drain cleaning visit, my boss changed my shift", Intent.RESCHEDULE),
        ("the plumber is due Thursday but we have to move it, family thing", Intent.RESCHEDULE),
        ("tengo la cita el jueves pero no voy a poder, ¿la puede pasar al viernes?",
         Intent.RESCHEDULE),
        # Dropping it: the visit itself is no longer wanted.
        ("my neighbor sorted the breaker out so we won't need the technician", Intent.CANCEL),
        ("my son fixed it last night so I don't need you guys anymore", Intent.CANCEL),
        # Someone already expected: when are they coming.
        ("when is the electrician supposed to show up", Intent.APPOINTMENT_STATUS),
        ("can you remind me when you all are coming by", Intent.APPOINTMENT_STATUS),
        ("is your crew still coming today or not", Intent.APPOINTMENT_STATUS),
        ("¿a qué hora llega el técnico mañana?", Intent.APPOINTMENT_STATUS),
        # A named person, in either language.
        ("could I speak with Marcus please", Intent.HUMAN),
        ("I'd like to talk to Mr. Alvarez about a bid", Intent.HUMAN),
        ("necesito hablar con la señora Pérez", Intent.HUMAN),
        ("¿me comunica con el encargado?", Intent.HUMAN),
        # A supplier named as one, whatever word follows.
        ("hi it's Dee from Metro Electrical Supply, the breakers he ordered are in",
         Intent.VENDOR),
        # Someone from a company's back office, whatever trade word the call carries.
        ("hello, Priya from the claims department at Owens Roofing Products, about a roof "
         "you put on in Decatur", Intent.VENDOR),
        ("buenas, le hablo del departamento de garantías de Calentadores Rheem, sobre una "
         "instalación suya", Intent.VENDOR),
    ],
)  # fmt: skip
def test_not_a_new_booking(ctx: Callable[..., Context], text: str, intent: Intent) -> None:
    u = understand(text, ctx())
    assert u.intent is not None and u.intent.value is intent, (text, u.intent)


@pytest.mark.parametrize(
    "text",
    [
        "I'd need to talk to my husband first",  # not a request for a person at the business
        "quiero hablar con mi esposa primero",
        "I need to move the couch out of the way first, is that ok?",
        "don't need you to replace it, just fix the valve",
    ],
)
def test_look_alikes_are_not_those_requests(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    intents = {u.intent.value if u.intent else None, *u.other_intents}
    assert not intents & {Intent.HUMAN, Intent.RESCHEDULE, Intent.CANCEL}, (text, intents)


@pytest.mark.parametrize(
    "text",
    ["what do you have?", "what's available", "what openings do you have", "¿qué tiene libre?",
     "qué días tienen"],
)  # fmt: skip
def test_asking_what_is_open_is_a_wish_for_the_openings(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.latest is None, text
    assert u.question is None and u.visit_requested, text


def test_spanish_text_shorthand_is_read(ctx: Callable[..., Context]) -> None:
    u = understand("a q hora cierran el sabado?", ctx(channel="sms", language="es"))
    assert u.question is not None and u.question.value.value == "hours"
