"""Saying the booking back, and booking it.

On a call the chosen time, the job and the address are read back and only a "yes" books them
(speech is misheard). In a text conversation (SMS, web chat) the caller who takes an offered
time, or names one that is open, with the job, name and address already known, has written
exactly what they want: it is booked at once, and the confirmation says it all back and
invites a correction ("If anything needs changing, just reply here"); see engine/instant.py
for what a reply after it does."""

from __future__ import annotations

from datetime import datetime

from switchboard.assistant.engine import service_names, speech, web_phone
from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.turn import OFFER_COUNT, Turn, handoff
from switchboard.assistant.engine.world import Booked
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import Expecting

TEXT_CHANNELS = {"sms", "web"}


def at_once(t: Turn) -> bool:
    """Is a taken time booked without a read-back (a written conversation)?"""
    return t.channel in TEXT_CHANNELS


def _job_words(t: Turn) -> dict[str, str]:
    """The service, the time and the address as a read-back or a confirmation says them."""
    state = t.state
    assert state.chosen is not None
    service = t.facts.service(state.service_id)
    words = speech.parts(datetime.fromisoformat(state.chosen), t.facts.timezone, state.language)
    # The caller's own words are for the owner's summary, never read back as the job; a
    # service's name in another language is said in the caller's ("Leak repair" to a Spanish
    # caller is "Reparación de fugas"), or as a visit when the glossary cannot say it.
    same_language = state.language == t.facts.language
    if service and same_language:
        said = service.name
    else:
        translated = service_names.in_language(service.name, state.language) if service else None
        said = translated or render("readback.visit", state.language)
    return {
        "service": said,
        "address": state.address or "",
        **words,
    }


def read_back(t: Turn) -> Reply:
    state = t.state
    assert state.chosen is not None
    state.stage = "readback"
    state.expecting = Expecting.CONFIRMATION.value
    t.say(web_phone.readback_message(t), **_job_words(t))
    return Reply(t.text())


def say_booked(t: Turn, message: str = "booking.booked_at_once") -> None:
    """ "You're booked: Furnace repair on Thursday ... at 1122 Ditmas Ave. If anything needs
    changing, just reply here.", and on the web the number invited while one is wanted."""
    t.say(message, **_job_words(t))
    if web_phone.invite_after(t):
        t.say("booking.phone_after")


async def book_chosen(t: Turn, instant: bool = False) -> Reply:
    """Book the chosen time. `instant`: taken in writing with no read-back before it, so the
    confirmation says the whole booking back and invites a correction."""
    state = t.state
    assert state.chosen is not None
    details = web_phone.booking_details(t)
    result = await t.world.book(
        datetime.fromisoformat(state.chosen), state.service_id, state.emergency, details
    )
    if isinstance(result, Booked):
        state.stage, state.appointment_id = "booked", result.appointment_id
        state.rejected = []  # a next job in this conversation starts afresh
        state.expecting = "anything_else"
        state.instant = instant
        if instant:
            state.chosen = result.start.isoformat()
            say_booked(t)
            return Reply(t.text(), outcome="booked")
        words = speech.parts(result.start, t.facts.timezone, state.language)
        t.say(web_phone.confirmed_message(t), **words)
        t.say("ask.anything_else")
        return Reply(t.text(), outcome="booked")
    # Lost the race for that slot: offer fresh ones straight away.
    alternatives = list(result.alternatives)[:OFFER_COUNT]
    if not alternatives:
        return await handoff(t, "no_availability")
    state.offered, state.chosen, state.stage = (
        [a.isoformat() for a in alternatives],
        None,
        "offering",
    )
    spoken, each = speech.option_list(alternatives, t.facts.timezone, state.language)
    t.say("slots.taken", options=spoken)
    return Reply(t.text(), options=tuple(each))


async def do_reschedule(t: Turn) -> Reply:
    state = t.state
    assert state.chosen is not None and state.appointment_id is not None
    result = await t.world.reschedule(state.appointment_id, datetime.fromisoformat(state.chosen))
    if isinstance(result, Booked):
        state.stage, state.pending_intent = "booked", None
        state.expecting = "anything_else"
        state.rejected = []
        if state.instant:
            # A booking made at once, moved: said back whole, with the same invitation.
            state.chosen = result.start.isoformat()
            say_booked(t, "booking.moved_at_once")
            return Reply(t.text(), outcome="rescheduled")
        words = speech.parts(result.start, t.facts.timezone, state.language)
        if at_once(t):
            # Moved in writing, maybe with no question before it: how to change it again.
            state.chosen, state.moved_in_writing = result.start.isoformat(), True
            t.say("reschedule.done_in_writing", **words)
            return Reply(t.text(), outcome="rescheduled")
        t.say("reschedule.done", **words)
        t.say("ask.anything_else")
        return Reply(t.text(), outcome="rescheduled")
    state.offered = [a.isoformat() for a in result.alternatives[:OFFER_COUNT]]
    if not state.offered:
        return await handoff(t, "no_availability")
    slots = [datetime.fromisoformat(s) for s in state.offered]
    spoken, each = speech.option_list(slots, t.facts.timezone, state.language)
    t.say("slots.taken", options=spoken)
    return Reply(t.text(), options=tuple(each))
