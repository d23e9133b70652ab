"""A web visitor's phone number: asked for, never required.

A call or a text brings its own number; a web chat brings none, and the technician may need
one. So on the web the number is asked for alongside another question, never alone: with the
name and the address ("Can I get your name, the address for the visit and a phone number the
technician can call?"), and once more beside the next question when the answer left it out
(the read-back, or the name or address still missing). Visitors skip fields; one who never
gives a number is booked anyway: the confirmation says we will confirm in the chat and invites
a number, and the job carries a note for the owner ("No phone given; reply in the chat"). A
number typed after the booking is added to it.

Voice and SMS are unchanged: the caller ID is the number, and one withheld is asked for.
"""

from __future__ import annotations

from typing import Any

from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.turn import Turn
from switchboard.assistant.messages import render

# Asked with the name and address, then once more beside the next question: never a third.
ASKS = 2


def optional(t: Turn) -> bool:
    """Is the number a detail the booking can go without (a web chat)?"""
    return t.channel == "web"


def _wanted(t: Turn) -> bool:
    state = t.state
    return optional(t) and state.phone is None and state.phone_asks < ASKS


def _counted(t: Turn) -> bool:
    if not _wanted(t):
        return False
    t.state.phone_asks += 1
    return True


def name_and_address_question(t: Turn) -> str:
    """The question for name and address, with the number in it while one is wanted."""
    return "ask.name_address_phone" if _counted(t) else "ask.name_and_address"


def ask_alongside(t: Turn) -> None:
    """After a question about something else: the number too, while one is wanted."""
    if _counted(t):
        t.say("ask.phone_too")


def readback_message(t: Turn) -> str:
    """The read-back, inviting a number while one is wanted (its question stays last)."""
    t.state.number_invited = _counted(t)
    return "booking.readback_phone" if t.state.number_invited else "booking.readback"


def invite_after(t: Turn) -> bool:
    """After a booking made at once (no read-back to invite it): the number invited, while
    one is wanted."""
    t.state.number_invited = _counted(t)
    return t.state.number_invited


def confirmed_message(t: Turn) -> str:
    """Without a number there is no confirmation text: the chat is where we confirm."""
    return (
        "booking.confirmed_in_chat"
        if optional(t) and t.state.phone is None
        else ("booking.confirmed")
    )


def booking_details(t: Turn) -> dict[str, Any]:
    """What the job and the owner's alert carry: the caller's details, and for a visitor who
    gave no number a note in the owner's language saying where to answer."""
    state = t.state
    details: dict[str, Any] = {**state.captured(), "channel": t.channel}
    if optional(t) and state.phone is None:
        details["contact_note"] = render("booking.no_phone_note", t.facts.language)
    return details


def only_the_number(t: Turn) -> bool:
    """A number given with the "yes" to the read-back: the read-back does not say the number,
    so there is nothing to read back again; the visit is booked."""
    return optional(t) and t.changed & {"address", "name", "phone", "service"} == {"phone"}


def number_after_booking(t: Turn) -> bool:
    """A number typed after the booking this chat made ("913 555 0142")."""
    state = t.state
    return bool(
        optional(t)
        and "phone" in t.changed
        and state.phone
        and state.appointment_id
        and state.stage == "booked"
    )


async def add_number(t: Turn) -> None:
    """The number typed after the booking, added to it and thanked for."""
    assert t.state.appointment_id is not None and t.state.phone is not None
    await t.world.add_phone(t.state.appointment_id, t.state.phone)
    t.say("ack.phone_for_visit")


async def after_booking(t: Turn) -> Reply | None:
    """A number typed after the booking this chat made: added to it, then "anything else?"."""
    if not number_after_booking(t):
        return None
    await add_number(t)
    t.say("ask.anything_else")
    t.state.expecting = "anything_else"
    return Reply(t.text())
