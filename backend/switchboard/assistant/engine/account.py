"""Reschedule, cancel, "when is my appointment": only once the caller has identified."""

from __future__ import annotations

from switchboard.assistant.engine import speech
from switchboard.assistant.engine.booking import offer
from switchboard.assistant.engine.identity import identified, wants_full_name
from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.turn import Turn, handoff
from switchboard.assistant.understanding import (
    Expecting,
    Intent,
    Understanding,
)


async def account(t: Turn, u: Understanding) -> Reply:
    """Reschedule, cancel, "when is my appointment": only after the caller identifies."""
    state = t.state
    if t.channel == "web" or not state.known_customer_id:
        # A chat visitor is never told about an existing customer; unknown callers neither.
        state.pending_intent = None
        return await handoff(t, "account_request")
    if not await identified(t):
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
        if state.name:
            state.pending_intent = None
            return await handoff(t, "identity_unconfirmed")
        t.say("appointment.identify_first")
        return Reply(t.text())
    appointment = await t.world.next_appointment(state.known_customer_id)
    intent = state.pending_intent
    if appointment is None:
        state.pending_intent = None
        t.say("appointment.none")
        state.expecting = Expecting.CONFIRMATION.value
        return Reply(t.text())
    words = speech.parts(appointment.start, t.facts.timezone, state.language)
    state.appointment_id = appointment.id
    if intent == Intent.APPOINTMENT_STATUS.value:
        state.pending_intent = None
        t.say("appointment.status", service=appointment.service_name, **words)
        t.say("ask.anything_else")
        state.expecting = "anything_else"
        return Reply(t.text(), outcome="status_given")
    if intent == Intent.CANCEL.value:
        state.stage = "cancel_confirm"
        state.expecting = Expecting.CONFIRMATION.value
        t.say("cancel.confirm", **words)
        return Reply(t.text())
    state.stage = "reschedule"
    state.offered = []
    if state.time_window:
        return await offer(t)
    state.expecting = Expecting.TIME.value
    t.say("reschedule.ask_time")
    return Reply(t.text())
