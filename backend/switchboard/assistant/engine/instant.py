"""A reply after a booking made at once in writing (engine/readback.py: no read-back on SMS
or web chat; the confirmation invites a correction), or after a visit on file moved at once in
writing to the time the caller wrote (its reply invites another change the same way).

- "yes", "ok", "thanks", "perfecto": a short polite close; never new offers or a second job.
- Another time ("actually make it 9", "better Friday", "mejor el viernes"): the booking just
  made (or the visit just moved) is moved, never a second one booked.
- A corrected address or name ("it's 1124 not 1122", "the name is Dana Reyes"): the booking's
  details are updated and said back; the owner is told through the booking itself.
- A web visitor's number typed after it, alone or with a yes or a no ("yes, and it's 913 555
  0123"): added to the visit (engine/web_phone.py), then answered as the rest of the words ask.
"""

from __future__ import annotations

from switchboard.assistant.engine import changes, web_phone
from switchboard.assistant.engine.booking import chosen_within, offer
from switchboard.assistant.engine.readback import say_booked
from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.turn import Turn, hangup, intent_of, polarity_of
from switchboard.assistant.understanding import Expecting, Intent, Polarity, Understanding

_DETAILS = ("address", "name")
# A part named to change ("the time", "the address") -> what it is asked as.
_PARTS = {
    "time": (Expecting.TIME.value, "ask.time"),
    "address": (Expecting.ADDRESS.value, "ask.address"),
    "name": (Expecting.NAME.value, "ask.name"),
}
# Intents that start something new rather than answer the confirmation.
_NEW = {Intent.NEW_JOB, Intent.EMERGENCY, Intent.CANCEL}


def starts_new(t: Turn, u: Understanding) -> bool:
    """A new job, an emergency or a cancellation rather than a change to the booking. A time
    said about the same job ("oh wait, make it 11, the super only leaves the keys out after
    10") is a move, whatever else in the words sounds like a new request."""
    intent = intent_of(u)
    if intent not in _NEW:
        return False
    other_job = u.service is not None and u.service.value != t.state.service_id
    return intent is not Intent.NEW_JOB or u.time is None or other_job


def applies(t: Turn) -> bool:
    state = t.state
    in_writing = state.instant or state.moved_in_writing
    return in_writing and state.stage in {"booked", "closed"} and state.appointment_id is not None


async def after(t: Turn, u: Understanding, understood: bool, closing: bool) -> Reply | None:
    """The reply to a turn after a booking made at once, or None to let the usual flow answer
    (a new job, a question, a cancellation). `closing`: the words close the conversation."""
    if not applies(t):
        return None
    state = t.state
    assert state.appointment_id is not None
    intent = intent_of(u)
    if starts_new(t, u):
        return None
    if web_phone.number_after_booking(t):
        # "yes, and it's 913 555 0123": the number goes on the visit, whatever else is said.
        await web_phone.add_number(t)
        if t.changed == {"phone"} and not closing and polarity_of(u) is None:
            t.say("ask.anything_else")
            state.expecting = "anything_else"
            return Reply(t.text())
    if u.time is not None and chosen_within(state.chosen, u) and u.slot is None:
        # "Sábado a las 10, sí", "a las 9 el miércoles": the time it is booked for, agreed.
        return _close(t)
    if "time" in t.changed and u.time is not None:
        # Move the booking: its slot is searched like any wish, and an exact time that is
        # open is taken at once (booking.offer, in the "reschedule" stage).
        state.stage, state.pending_intent, state.offered = "reschedule", "reschedule", []
        return await offer(t)
    fixed = {part: getattr(state, part) for part in _DETAILS if part in t.changed}
    if fixed and state.instant:  # a visit on file moved keeps the details it was booked with
        await t.world.update_details(state.appointment_id, fixed)
        say_booked(t, "booking.updated_at_once")
        return Reply(t.text())
    if u.question is not None:
        return None  # answered by the usual flow
    polarity = polarity_of(u)
    asked_change = state.expecting == Expecting.CHANGE.value
    if u.change is not None and u.change.value in _PARTS:
        # "The time", "la dirección": asked for anew; the answer moves or updates the booking.
        state.expecting, message = _PARTS[u.change.value]
        t.say(message)
        return Reply(t.text())
    if polarity in {Polarity.NO, Polarity.CORRECTION} and not closing and not asked_change:
        # "No", "that's wrong": what to change, never taken as a goodbye.
        return changes.ask_what_to_change(t)
    if closing or polarity in {Polarity.YES, Polarity.NO} or (not understood and intent is None):
        return _close(t)
    return None


def _close(t: Turn) -> Reply:
    """ "Great, see you then": nothing new offered, nothing booked again."""
    t.state.stage = "closed"
    t.say("booking.close_at_once", business=t.facts.business_name)
    return Reply(t.text(), actions=hangup(t))
