"""Booking: ask for what is missing, offer real slots, take a choice, read back, book."""

from __future__ import annotations

from datetime import datetime

from switchboard.assistant.engine import address_on_file, changes, speech
from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.timewindow import for_search, window_from_json, window_to_json
from switchboard.assistant.engine.turn import (
    MAX_MISUNDERSTANDINGS,
    OFFER_COUNT,
    Turn,
    handoff,
    polarity_of,
)
from switchboard.assistant.engine.world import Booked
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import (
    Expecting,
    Polarity,
    SlotDecision,
    Understanding,
)


async def ask_next(t: Turn) -> Reply:
    """Ask only for what is still missing. The problem and a time come first, so real slots
    are on the table early; name, number and address are asked once a slot is chosen."""
    state = t.state
    if state.chosen is not None:
        return await ask_details(t)
    missing = [
        (
            state.problem is None and state.service_id is None,
            "ask.problem",
            Expecting.PROBLEM,
        ),
        (state.time_window is None and not state.emergency, "ask.time", Expecting.TIME),
    ]
    for absent, message, expecting in missing:
        if absent:
            state.expecting = expecting.value
            t.say(message)
            return Reply(t.text())
    return await offer(t)


async def ask_details(t: Turn, u: Understanding | None = None) -> Reply:
    """After the caller picked a slot: who and where, then the read-back."""
    state = t.state
    await address_on_file.settle(t, u)
    # A business on the line ("calling from Acme Property Management"): ask who to ask for.
    # A returning caller who gave only the first name on the account: ask for the last one.
    ask_name = (
        "ask.last_name_on_account"
        if state.first_name_heard and state.name is None
        else "ask.contact_name"
        if state.company
        else "ask.name"
    )
    missing = [
        (state.name is None, ask_name, Expecting.NAME),
        (state.phone is None, "ask.phone", Expecting.PHONE),
    ]
    for absent, message, expecting in missing:
        if absent:
            state.stage = "details"
            state.expecting = expecting.value
            t.say(message)
            return Reply(t.text())
    if state.address is None:
        state.stage = "details"
        state.expecting = Expecting.ADDRESS.value
        await address_on_file.ask(t)
        return Reply(t.text())
    return read_back(t)


def chosen_within(state_chosen: str | None, u: Understanding) -> bool:
    """Does the time just said include the slot already chosen ("yes, 9 is fine")?"""
    if state_chosen is None or u.time is None:
        return False
    window = u.time.value
    return window.contains(datetime.fromisoformat(state_chosen).astimezone(window.earliest.tzinfo))


async def offer(t: Turn) -> Reply:
    state = t.state
    window = window_from_json(state.time_window)
    count = 1 if state.emergency else OFFER_COUNT
    search = for_search(window)
    slots = await t.world.find_slots(search, state.service_id, state.emergency, count)
    prefix = None
    if not slots and window is not None:
        slots = await t.world.find_slots(None, state.service_id, state.emergency, count)
        prefix = "slots.none_match"
    if not slots:
        return await handoff(t, "no_availability")
    state.offered = [s.isoformat() for s in slots]
    if (
        window is not None
        and window.exact
        and not prefix
        and not state.emergency
        and state.stage != "reschedule"
        and slots[0] == window.earliest
    ):
        # "Can you do Thursday at 2?" and Thursday at 2 is open: take it, as a person would.
        state.chosen = state.offered[0]
        words = speech.parts(slots[0], t.facts.timezone, state.language)
        t.say("slots.exact_ok", **words)
        return await ask_details(t)
    if state.stage != "reschedule":
        state.stage = "offering"
    state.expecting = Expecting.SLOT.value
    spoken, each = speech.option_list(slots, t.facts.timezone, state.language)
    if state.emergency:
        words = speech.parts(slots[0], t.facts.timezone, state.language)
        t.say("emergency.earliest_slot", time=render("slots.option", state.language, **words))
    elif prefix:
        t.say(prefix, window=render("slots.window_then", state.language), options=spoken)
    elif len(slots) == 1:
        t.say("slots.offer_one_more", options=spoken)
    else:
        t.say("slots.offer", options=spoken)
    return Reply(t.text(), options=tuple(each))


async def choose(t: Turn, u: Understanding) -> Reply:
    state = t.state
    choice = u.slot.value if u.slot else None
    polarity = polarity_of(u)
    index: int | None = None
    if choice and choice.decision is SlotDecision.CHOSEN:
        index = choice.index
    elif polarity is Polarity.YES and len(state.offered) == 1:
        index = 0
    if u.time is not None and (choice is None or choice.decision is not SlotDecision.CHOSEN):
        # "any morning next week" while choosing: a new preference, so a new offer.
        state.time_window = window_to_json(u.time.value)
        return await offer(t)
    if index is not None and index < len(state.offered):
        if index in state.unheard_offers and not chosen_within(state.offered[index], u):
            # The caller talked over that offer ("the second one" when only the first was
            # heard): say the times again rather than book one they never heard.
            return _offer_again(t, "slots.cut_off")
        state.chosen = state.offered[index]
        if state.stage == "reschedule":
            return await do_reschedule(t)
        return await ask_details(t)
    if choice and choice.decision is SlotDecision.AMBIGUOUS:
        picks = [datetime.fromisoformat(state.offered[i]) for i in choice.candidates]
        spoken, each = speech.option_list(picks, t.facts.timezone, state.language)
        t.say("clarify.which_slot", options=spoken)
        return Reply(t.text(), options=tuple(each))
    if choice and choice.decision in {SlotDecision.NONE_SUIT, SlotDecision.COUNTER}:
        if choice.counter is not None:
            state.time_window = window_to_json(choice.counter)
        elif u.time is None:
            state.time_window = None
            state.offered = []
            state.expecting = Expecting.TIME.value
            t.say("ask.time")
            return Reply(t.text())
        return await offer(t)
    if u.time is not None:
        return await offer(t)
    if polarity is Polarity.NO:
        state.time_window, state.offered = None, []
        state.expecting = Expecting.TIME.value
        t.say("ask.time")
        return Reply(t.text())
    state.misunderstandings += 1
    if state.misunderstandings >= MAX_MISUNDERSTANDINGS:
        return await handoff(t, "partial_intake")
    return _offer_again(t, "clarify.which_slot")


def _offer_again(t: Turn, message: str) -> Reply:
    """Say the offered times again and wait for a choice."""
    state = t.state
    slots = [datetime.fromisoformat(s) for s in state.offered]
    spoken, each = speech.option_list(slots, t.facts.timezone, state.language)
    t.say(message, options=spoken)
    return Reply(t.text(), options=tuple(each))


def read_back(t: Turn) -> Reply:
    state = t.state
    assert state.chosen is not None
    state.stage = "readback"
    state.expecting = Expecting.CONFIRMATION.value
    service = t.facts.service(state.service_id)
    words = speech.parts(datetime.fromisoformat(state.chosen), t.facts.timezone, state.language)
    t.say(
        "booking.readback",
        # The caller's own words are for the owner's summary, never read back as the job.
        service=service.name if service else render("readback.visit", state.language),
        address=state.address or "",
        **words,
    )
    return Reply(t.text())


async def confirm_readback(t: Turn, u: Understanding) -> Reply:
    state = t.state
    polarity = polarity_of(u)
    if u.time and not chosen_within(state.chosen, u):
        return await offer(t)
    if t.changed & {"address", "name", "phone", "service"} or state.address is None:
        # A new detail with the answer ("oh right, it's 1633 W 79th", "yes but apartment
        # 4"): say it back before booking anything.
        return await ask_details(t, u)
    # "No, the address", or the answer to "What should I change?"
    reply = await changes.answer(t, u, lambda: read_back(t))
    if reply is not None:
        return reply
    if polarity is Polarity.YES:
        assert state.chosen is not None
        details = {**state.captured(), "channel": t.channel}
        result = await t.world.book(
            datetime.fromisoformat(state.chosen), state.service_id, state.emergency, details
        )
        if isinstance(result, Booked):
            state.stage, state.appointment_id = "booked", result.appointment_id
            state.expecting = "anything_else"
            words = speech.parts(result.start, t.facts.timezone, state.language)
            t.say("booking.confirmed", **words)
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
    if polarity in {Polarity.NO, Polarity.CORRECTION}:
        return changes.ask_what_to_change(t)
    t.say("clarify.yes_or_no")
    return Reply(t.text())


async def do_reschedule(t: Turn) -> Reply:
    state = t.state
    assert state.chosen is not None and state.appointment_id is not None
    result = await t.world.reschedule(state.appointment_id, datetime.fromisoformat(state.chosen))
    if isinstance(result, Booked):
        state.stage, state.pending_intent = "booked", None
        state.expecting = "anything_else"
        t.say("reschedule.done", **speech.parts(result.start, t.facts.timezone, state.language))
        t.say("ask.anything_else")
        return Reply(t.text(), outcome="rescheduled")
    state.offered = [a.isoformat() for a in result.alternatives[:OFFER_COUNT]]
    if not state.offered:
        return await handoff(t, "no_availability")
    slots = [datetime.fromisoformat(s) for s in state.offered]
    spoken, each = speech.option_list(slots, t.facts.timezone, state.language)
    t.say("slots.taken", options=spoken)
    return Reply(t.text(), options=tuple(each))
