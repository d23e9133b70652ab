"""Reschedule, cancel, "when is my appointment": only once the caller has identified.

By SMS an identified caller's cancellation is made at once (the caller wrote it; the reply
says which visit was cancelled), as a move to an open time is (`readback.do_reschedule`); a
call asks "Do you want me to cancel...?" first. Web chat never gets here with a visit."""

from __future__ import annotations

from switchboard.assistant.engine import message_taking, speech
from switchboard.assistant.engine.booking import offer
from switchboard.assistant.engine.identity import identified, wants_full_name
from switchboard.assistant.engine.more_questions import catalogue_range, quote
from switchboard.assistant.engine.readback import at_once
from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.timewindow import window_from_json, window_to_json
from switchboard.assistant.engine.turn import Turn, handoff
from switchboard.assistant.understanding import (
    Expecting,
    Intent,
    Understanding,
)
from switchboard.assistant.understanding.day_correction import at_the_same_hour, on_the_visits_day

# The name on the account is asked at most twice (the second time in other words).
IDENTITY_ASKS = 2


async def account(t: Turn, u: Understanding) -> Reply:
    """Reschedule, cancel, "when is my appointment": only after the caller identifies."""
    state = t.state
    if t.channel == "web" or not state.known_customer_id:
        # A chat visitor is never told about an existing customer; unknown callers neither.
        state.pending_intent = None
        if state.phone is None or state.message_reason == "account_request":
            # Nobody to call back yet (web chat): take a message with a name and a number.
            return await message_taking.start(t, u, "account_request", _merged)
        return await handoff(t, "account_request")
    if not await identified(t, u.text):
        state.expecting = Expecting.NAME.value
        if await wants_full_name(t):
            state.name = None
            t.say("ask.last_name_on_account")
            return Reply(t.text())
        if state.name and state.misunderstandings < 1:
            state.misunderstandings += 1
            state.name = None
            t.say("ask.confirm_returning_name")
            return Reply(t.text())
        if state.name or state.identity_asks >= IDENTITY_ASKS:
            # Never a third time: the owner gets a message and calls back.
            state.pending_intent = None
            return await handoff(t, "identity_unconfirmed")
        state.identity_asks += 1
        # Asked again in other words when the caller answered something else ("tues
        # afternoon if possible"): what they said is kept for when they have identified.
        first = state.identity_asks == 1
        t.say("appointment.identify_first" if first else "ask.confirm_returning_name")
        return Reply(t.text())
    intent = state.pending_intent
    if intent == Intent.CANCEL.value and state.cancelled_id and at_once(t):
        # "Yes pls cancel" after it was cancelled in writing: said to be done, never twice.
        state.stage, state.pending_intent = "closed", None
        state.expecting = "anything_else"
        t.say("cancel.already_done")
        return Reply(t.text())
    appointment = await t.world.next_appointment(state.known_customer_id)
    if appointment is None:
        state.pending_intent = None
        t.say("appointment.none")
        state.expecting = Expecting.CONFIRMATION.value
        return Reply(t.text())
    words = speech.parts(appointment.start, t.facts.timezone, state.language)
    state.appointment_id = appointment.id
    state.appointment_start = appointment.start.isoformat()
    if intent == Intent.APPOINTMENT_STATUS.value:
        state.pending_intent = None
        # The job and the day said in asking ("is the drain cleaning still on for Thursday")
        # were the visit's: no new job to book after "anything else?".
        state.problem, state.service_id, state.time_window = None, None, None
        if appointment.service_name and state.language == t.facts.language:
            t.say("appointment.status", service=appointment.service_name, **words)
        else:
            # The service's name is in the catalogue's language: a caller speaking the other
            # one hears the day and time only, never "Furnace repair" in a Spanish sentence.
            t.say("appointment.status_time", **words)
        if state.price_asked:
            _visit_price(t, appointment.service_name)
        t.say("ask.anything_else")
        state.expecting = "anything_else"
        return Reply(t.text(), outcome="status_given")
    if intent == Intent.CANCEL.value and at_once(t) and state.cancel_asked:
        # In writing the caller asked to cancel and is identified: done there and then, the
        # visit said back (a call asks first: speech is misheard; so does a cancellation
        # asked about or held on a condition: understanding/cancel_wavering.py).
        state.stage, state.pending_intent = "closed", None
        state.expecting = "anything_else"  # nothing asked: "yes pls cancel" is no name
        await t.world.cancel(appointment.id)
        state.cancelled_id = appointment.id
        t.say("cancel.done_in_writing", **words)
        return Reply(t.text(), outcome="cancelled")
    if intent == Intent.CANCEL.value:
        state.stage = "cancel_confirm"
        state.expecting = Expecting.CONFIRMATION.value
        t.say("cancel.confirm", **words)
        return Reply(t.text())
    state.stage = "reschedule"
    state.offered = []
    if (wish := window_from_json(state.time_window)) is not None:
        # "Can we move it to Tuesday, same time?": the hour of the visit on file.
        wish = at_the_same_hour(wish, u.text, appointment.start)
        # "Can we push it to the end of the day?": the hours on the visit's day.
        wish = on_the_visits_day(wish, appointment.start)
        state.time_window = window_to_json(wish)
    if state.time_window:
        return await offer(t)
    state.expecting = Expecting.TIME.value
    t.say("reschedule.ask_time")
    return Reply(t.text())


def _visit_price(t: Turn, service_name: str) -> None:
    """The price range of the visit on file's job, asked beside "when is it?", from the
    catalogue entry of that name; the whole catalogue's range when none has it."""
    t.state.price_asked = False
    service = next((s for s in t.facts.services if s.name == service_name), None)
    if service is None:
        catalogue_range(t)
        return
    name = speech.service_name(service.name, t.facts.language, t.state.language)
    quote(t, name, service.price_low_cents or 0, service.price_high_cents or 0)


def _merged(t: Turn, u: Understanding) -> bool:
    return False  # the turn's facts are merged before an account request gets here
