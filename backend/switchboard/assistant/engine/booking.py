"""Booking: ask for what is missing, offer real slots, take a choice, read back, book."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from switchboard.assistant.engine import (
    acceptance,
    address_on_file,
    changes,
    name_restated,
    speech,
    volunteered,
    web_phone,
)
from switchboard.assistant.engine.readback import at_once, book_chosen, do_reschedule, read_back
from switchboard.assistant.engine.reply import Reply
from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.engine.timewindow import (
    around,
    for_search,
    moved_on,
    window_from_json,
    window_to_json,
)
from switchboard.assistant.engine.turn import (
    MAX_MISUNDERSTANDINGS,
    OFFER_COUNT,
    Turn,
    handoff,
    polarity_of,
)
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Polarity,
    SlotDecision,
    TimeWindow,
    Understanding,
)
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.slots import choose_slot


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
            acknowledge(t, again=state.expecting == expecting.value)
            state.expecting = expecting.value
            t.say(message)
            return Reply(t.text())
    return await offer(t)


def acknowledge(t: Turn, again: bool = False) -> None:
    """A name, an address or a number given while something else was asked ("when would
    work best?" "it's Priyanka Shah"): said to be taken (`volunteered.acknowledge`), so the
    same question asked again is not the same reply as if nothing had been heard; the job
    told after the question was asked ("sorry, you're breaking up" first) too."""
    volunteered.acknowledge(t)
    if not t.said and again and "service" in t.changed:
        t.say("ack.problem")


async def ask_details(t: Turn, u: Understanding | None = None, taken: bool = False) -> Reply:
    """After the caller picked a slot: who and where, then the read-back. `taken`: the
    caller took the time in this turn. In writing, a time taken with all details known, or taken
    before the details this turn completes, is booked at once (engine/readback.py)."""
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
        # A web visitor's number is asked for beside these, never alone (web_phone).
        (state.phone is None and not web_phone.optional(t), "ask.phone", Expecting.PHONE),
    ]
    if (
        state.name is None
        and state.address is None
        and state.address_on_file is None
        and ask_name == "ask.name"
    ):
        # Two facts that go together, asked together: one answer often holds both.
        state.stage = "details"
        state.expecting = Expecting.NAME.value
        t.say(web_phone.name_and_address_question(t))
        return Reply(t.text())
    asked = volunteered.asked_before(t)
    for absent, message, expecting in missing:
        if absent:
            state.stage = "details"
            volunteered.acknowledge(t, asked)
            state.expecting = expecting.value
            t.say(message)
            web_phone.ask_alongside(t)
            return Reply(t.text())
    if state.address is None:
        state.stage = "details"
        volunteered.acknowledge(t, asked)
        state.expecting = Expecting.ADDRESS.value
        await address_on_file.ask(t)
        web_phone.ask_alongside(t)
        return Reply(t.text())
    # In writing, a time taken earlier, with who and where completed in this turn, is what the
    # writer wants: booked at once, the confirmation invites a fix (and on the web a number,
    # while one is wanted: engine/web_phone.py).
    details_done = state.stage == "details"
    if at_once(t) and (taken or details_done):
        return await book_chosen(t, instant=True)
    return read_back(t)


def earlier_offer(t: Turn, u: Understanding, context: Context) -> str | None:
    """ "Fri 3", "el miércoles a la 1" at the read-back, or while name and address are being
    taken: one of the times offered just before, taken as said rather than searched for
    again (the day's name means the offered day, not the nearest one of that name)."""
    state = t.state
    if u.time is None or not state.offered:
        return None
    offered = tuple(datetime.fromisoformat(s) for s in state.offered)
    inside = [i for i, s in enumerate(offered) if u.time.value.contains(s)]
    if inside:
        # The time said holds one of them ("can we make it Friday at 10 instead"): that one.
        return state.offered[inside[0]] if len(inside) == 1 else None
    if acceptance.another_day(u.time.value, offered):
        return None  # "Wednesday March 1st, 11am?": a day none of them is on, searched anew
    among = replace(context, offered_slots=offered, days_in_view=None)
    choice = choose_slot(normalise(u.text), among, u.time.value)
    if choice is None or choice.value.decision is not SlotDecision.CHOSEN:
        return None
    index = choice.value.index
    return state.offered[index] if index is not None and index < len(offered) else None


def chosen_within(state_chosen: str | None, u: Understanding) -> bool:
    """Does the time just said include the slot already chosen ("yes, 9 is fine")?"""
    if state_chosen is None or u.time is None:
        return False
    window = u.time.value
    return window.contains(datetime.fromisoformat(state_chosen).astimezone(window.earliest.tzinfo))


async def _find(
    t: Turn, window: TimeWindow | None, count: int, exclude: tuple[datetime, ...]
) -> list[datetime]:
    state = t.state
    return await t.world.find_slots(
        for_search(window), state.service_id, state.emergency, count, exclude
    )


# Enough to hold every start of one day, so its last ones are the nearest before a day.
_ONE_DAY = 48


async def _nearest_around(
    t: Turn, window: TimeWindow, count: int, exclude: tuple[datetime, ...]
) -> list[datetime]:
    """The asked day is closed or full: the nearest openings on both sides of it that keep
    the part of the day, the bounds and the exclusions. One before (the latest of the
    nearest earlier day that has any) and the rest after; all before when nothing is after."""
    if window.latest is None and not window.exact:
        return []
    earlier, later = around(window, t.now)
    after = await _find(t, later, count, exclude)
    before: list[datetime] = []
    if earlier is not None and earlier.latest is not None:
        # One search over the days before (a week at most), not one per day: the latest
        # day that has any is the nearest before.
        zone = earlier.latest.tzinfo
        # Its start may be "now", in UTC: the hours of the day are the tenant's.
        earlier = replace(earlier, earliest=earlier.earliest.astimezone(zone))
        days = (earlier.latest - earlier.earliest).days + 1 if earlier.latest else 7
        found = await _find(t, earlier, _ONE_DAY * days, exclude)
        if found:
            nearest = found[-1].astimezone(zone).date()
            before = [s for s in found if s.astimezone(zone).date() == nearest]
    if not after:
        return before[-count:]
    nearest_before = before[-1:] if count > 1 else []
    return nearest_before + after[: count - len(nearest_before)]


def _when(window: TimeWindow, language: str, timezone: str) -> str:
    """ "on Saturday March 7th in the morning", "el sábado 7 de marzo por la mañana"; a
    window of several days is "at that time"."""
    one_day = window.latest is not None and window.latest - window.earliest <= timedelta(days=1)
    if not one_day:
        return render("slots.window_then", language)
    pieces = [render("time.on_day", language, **speech.parts(window.earliest, timezone, language))]
    if window.exact and _one_hour(window):
        # "Nothing open on Tuesday at 2 PM", never "nothing on Tuesday" beside Tuesday's 1 PM.
        clock = speech.calendar_words(window.earliest, timezone, language)["clock"]
        pieces.append(render("time.at", language, clock=clock))
    elif window.part_of_day is not None:
        pieces.append(render(f"time.part.{window.part_of_day.value}", language))
    for bound, message in ((window.after, "time.after"), (window.before, "time.before")):
        if bound is not None:
            at = datetime.combine(window.earliest.date(), bound, tzinfo=window.earliest.tzinfo)
            clock = speech.calendar_words(at, timezone, language)["clock"]
            pieces.append(render(message, language, clock=clock))
    return " ".join(pieces)


async def offer(t: Turn, lead: str | None = None) -> Reply:
    """Offer real slots for the caller's wish, never one they already turned down. When
    the wish has none (a closed or full day), say so and offer the nearest on both sides
    that keep every other part of it. `lead` is said with the offer instead of the usual
    words ("slots.next" after a plain "none of those")."""
    state = t.state
    window = window_from_json(state.time_window)
    # An emergency with no day asked for gets the one earliest slot; an emergency caller who
    # asks for a day ("tomorrow at 10 is better") is offered that day like anyone else.
    earliest_only = state.emergency and (window is None or window.asap)
    count = 1 if earliest_only else OFFER_COUNT
    # An exact time asked for again is asked for, even if it was turned down before.
    exclude = () if window is not None and window.exact else _rejected(state)
    slots = await _find(t, window, count, exclude)
    if window is not None and not window.dated and slots and len(slots) < count:
        # "Before work", "after 3" with no day said: the hours hold on the days after too.
        more = await _find(t, replace(window, latest=None), count, (*exclude, *slots))
        slots += [s for s in more if s not in slots][: count - len(slots)]
    prefix = None
    if not slots and window is not None and lead is not None:
        # Moving on past turned-down offers: the same wish on the days after.
        slots = await _find(t, replace(window, latest=None), count, exclude)
    elif not slots and window is not None:
        slots = await _nearest_around(t, window, count, exclude)
        prefix = "slots.nothing_then" if slots else None
    if not slots and window is not None:
        slots = await t.world.find_slots(None, state.service_id, state.emergency, count, exclude)
        prefix = "slots.none_match"
    if not slots:
        return await handoff(t, "no_availability")
    state.offered = [s.isoformat() for s in slots]
    if (
        window is not None
        and not prefix
        and not earliest_only
        and (state.stage != "reschedule" or state.instant or at_once(t))
        and _names_one_start(window, slots[0])
    ):
        # "Can you do Thursday at 2?" and Thursday at 2 is open: take it, as a person would;
        # so too "thursday 12 to 1, my lunch break" and "first thing Monday the 18th". A visit
        # on file is moved to it at once in writing ("Could we do Thursday at 4pm?" by text),
        # as a booking in writing is made; a call still asks first.
        state.chosen = state.offered[0]
        if state.stage == "reschedule":
            return await do_reschedule(t)
        words = speech.parts(slots[0], t.facts.timezone, state.language)
        said = len(t.said)
        t.say("slots.exact_ok", **words)
        reply = await ask_details(t, taken=True)
        if state.stage == "booked":  # the confirmation says the time: not said twice
            del t.said[said]
            reply = replace(reply, text=t.text())
        return reply
    if state.stage != "reschedule":
        state.stage = "offering"
    state.expecting = Expecting.SLOT.value
    spoken, each = speech.option_list(slots, t.facts.timezone, state.language)
    if earliest_only:
        words = speech.parts(slots[0], t.facts.timezone, state.language)
        t.say("emergency.earliest_slot", time=render("slots.option", state.language, **words))
    elif prefix == "slots.nothing_then" and window is not None:
        when = _when(window, state.language, t.facts.timezone)
        t.say(prefix, when=when, options=spoken)
    elif prefix:
        t.say(prefix, window=render("slots.window_then", state.language), options=spoken)
    elif lead:
        t.say(lead, options=spoken)
    elif state.stage == "reschedule" and window is not None and _names_one_start(window, slots[0]):
        # The very time asked for, to move a visit to, is open: say so and ask to move it,
        # never "the closest I have" of it.
        t.say("reschedule.exact_ok", options=spoken)
    elif len(slots) == 1:
        t.say("slots.offer_one_more", options=spoken)
    else:
        t.say("slots.offer", options=spoken)
    return Reply(t.text(), options=tuple(each))


def _names_one_start(window: TimeWindow, first: datetime) -> bool:
    """Does the wish name the one start `first` is? "Thursday at 2" at 2; a window an hour long
    ("between 12 and 1") at its start; "first thing Monday the 18th", "thursday after one, the
    first one you got" at that day's first opening within it."""
    bounded = window.exact or (window.after is not None and window.before is not None)
    if bounded and first == window.earliest and _one_hour(window):
        return True
    one_day = window.latest is not None and window.latest - window.earliest <= timedelta(days=1)
    searched = for_search(window)
    fits = searched is not None and searched.contains(first)
    return window.asap and window.dated and one_day and not window.exact and fits


def _one_hour(window: TimeWindow) -> bool:
    """ "Thursday at 2" names one start; "any day next week at noon" names several."""
    return window.latest is not None and window.latest - window.earliest <= timedelta(hours=1)


def emergency_declared(state: DialogState) -> None:
    """An emergency said while routine times are on the table: those offers and the wish
    behind them give way to the earliest emergency slot."""
    if state.stage == "offering":
        state.offered, state.time_window = [], None


def _rejected(state: DialogState) -> tuple[datetime, ...]:
    return tuple(datetime.fromisoformat(s) for s in state.rejected)


def _turn_down(state: DialogState, which: list[str]) -> None:
    state.rejected += [s for s in which if s not in state.rejected]


async def choose(t: Turn, u: Understanding) -> Reply:
    state = t.state
    choice = u.slot.value if u.slot else None
    polarity = polarity_of(u)
    index: int | None = None
    if choice and choice.decision is SlotDecision.CHOSEN:
        index = choice.index
    elif polarity is Polarity.YES and len(state.offered) == 1:
        index = 0
    elif (earliest := acceptance.earliest_taken(t, u)) is not None:
        index = state.offered.index(earliest)
    said_no = polarity is Polarity.NO or (
        choice is not None and choice.decision is SlotDecision.NONE_SUIT
    )
    if u.time is not None and (choice is None or choice.decision in _NEW_WISH):
        # "Any morning next week", "not mornings", "anything later in the week?" while
        # choosing: a new wish (already merged into the state's), so a new offer. All of
        # them after a "no" are turned down for good; those outside the wish only when the
        # wish rules them out ("not mornings"): a day said instead ("Tuesday next week",
        # then "no wait, Thursday") may come back to one that was never refused.
        wish = window_from_json(state.time_window)
        _turn_down(
            state,
            [
                s
                for s in state.offered
                if said_no or wish is None or wish.rules_out(datetime.fromisoformat(s))
            ],
        )
        return await offer(t)
    if index is not None and index < len(state.offered):
        if index in state.unheard_offers and not chosen_within(state.offered[index], u):
            # The caller talked over that offer ("the second one" when only the first was
            # heard): say the times again rather than book one they never heard.
            return _offer_again(t, "slots.cut_off")
        state.chosen = state.offered[index]
        if state.stage == "reschedule":
            return await do_reschedule(t)
        return await ask_details(t, taken=True)
    if choice and choice.decision is SlotDecision.AMBIGUOUS:
        # "Monday" among Friday's and Monday's openings: Monday's are what is on the table
        # now, so "the first one" next means the first of them.
        state.offered = [state.offered[i] for i in choice.candidates]
        picks = [datetime.fromisoformat(s) for s in state.offered]
        spoken, each = speech.option_list(picks, t.facts.timezone, state.language)
        t.say("clarify.which_slot", options=spoken)
        return Reply(t.text(), options=tuple(each))
    volunteered = t.changed & {"name", "address", "phone"}
    if not said_no and len(state.offered) == 1 and volunteered:
        # One time on the table ("The earliest someone can be there is 8 AM. Shall I book
        # that?") answered with a name or an address: the caller goes along with it. The
        # read-back still says the time, and only its yes books.
        state.chosen = state.offered[0]
        return await ask_details(t, u)
    if not said_no and len(state.offered) == 1:
        # One time is a yes-or-no question, never "which one works better".
        move = state.stage == "reschedule"
        return _offer_again(t, "reschedule.confirm_one" if move else "slots.confirm_one")
    if not said_no and (volunteered or polarity is Polarity.YES):
        # Details given, or a plain "yeah", while several times are on the table: keep
        # what was said and ask which time, without counting it as not understood.
        if volunteered:  # progress, not a loop: not counted
            return _offer_again(t, "slots.which_after_details")
        return await _ask_which(t, "clarify.which_slot")
    if said_no:
        # "None of those", "no": those are out for good; the next offer moves on to later
        # times or the next days, keeping everything else the caller asked for.
        offered = [datetime.fromisoformat(s) for s in state.offered]
        _turn_down(state, state.offered)
        wish = moved_on(window_from_json(state.time_window), offered, t.now)
        state.time_window = window_to_json(wish)
        return await offer(t, lead="slots.next")
    state.misunderstandings += 1
    if state.misunderstandings >= MAX_MISUNDERSTANDINGS:
        return await handoff(t, "partial_intake")
    return await _ask_which(t, "clarify.which_slot")


# "Any morning next week", "none of those, Friday?": a wish beside the offers. "Tuesday or
# Wednesday after 12" among Tuesday's and Wednesday's offers picks among them instead.
_NEW_WISH = {SlotDecision.COUNTER, SlotDecision.NONE_SUIT}


async def _ask_which(t: Turn, message: str) -> Reply:
    """ "Which one?" about the same offers, answered with nothing new: the second time in
    other words, with how to answer; never a third time (the owner gets a message)."""
    state = t.state
    if state.which_for == state.offered:
        state.which_asked += 1
    else:
        state.which_for, state.which_asked = list(state.offered), 1
    if state.which_asked >= _WHICH_GIVE_UP:
        return await handoff(t, "partial_intake")
    if state.which_asked == _WHICH_REPHRASE:
        message = "repair.slot"
    return _offer_again(t, message)


_WHICH_REPHRASE, _WHICH_GIVE_UP = 2, 3


def _offer_again(t: Turn, message: str) -> Reply:
    """Say the offered times again and wait for a choice."""
    state = t.state
    slots = [datetime.fromisoformat(s) for s in state.offered]
    spoken, each = speech.option_list(slots, t.facts.timezone, state.language)
    t.say(message, options=spoken)
    return Reply(t.text(), options=tuple(each))


async def confirm_readback(t: Turn, u: Understanding) -> Reply:
    state = t.state
    polarity = polarity_of(u)
    if u.time and not chosen_within(state.chosen, u):
        return await offer(t)
    new_detail = t.changed & {"address", "name", "phone", "service"}
    if new_detail and acceptance.number_accepts_readback(t, u):
        # "yes, 913 555 0142", or the number alone: the read-back never says the number.
        new_detail, polarity = set(), Polarity.YES
    if new_detail or state.address is None:
        # A new detail with the answer ("oh right, it's 1633 W 79th", "yes but apartment
        # 4"): say it back before booking anything.
        return await ask_details(t, u)
    if name_restated.restated(t, u, polarity):
        # "no no that's not it, it's Siobhan, S-I-O-B-H-A-N", the name already so taken
        name_restated.say_the_name(t)
        return read_back(t)
    # "No, the address", or the answer to "What should I change?"
    reply = await changes.answer(t, u, lambda: read_back(t))
    if reply is not None:
        return reply
    if polarity is Polarity.YES:
        return await book_chosen(t)
    if polarity in {Polarity.NO, Polarity.CORRECTION}:
        return changes.ask_what_to_change(t)
    t.say("clarify.yes_or_no")
    return Reply(t.text())
