"""The caller's facts taken from one turn: name, company, phone, address, the job and the
problem in their words, and the time wished. A later value corrects an earlier one."""

from __future__ import annotations

import re
from datetime import datetime

from switchboard.assistant.engine import (
    address_on_file,
    house_number,
    names,
    street_correction,
    street_respelled,
)
from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.engine.timewindow import remember
from switchboard.assistant.engine.turn import (
    Turn,
    intent_of,
)
from switchboard.assistant.understanding import (
    Expecting,
    Intent,
    Polarity,
    Understanding,
    job_history_told,
)
from switchboard.assistant.understanding.add_on_asked import before_the_add_on
from switchboard.assistant.understanding.day_correction import at_the_same_hour
from switchboard.assistant.understanding.fit_asked import fit_asked
from switchboard.assistant.understanding.language import without_language_request
from switchboard.assistant.understanding.name_completed import said_last_name
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.services import match_service, own_words


def merge(t: Turn, u: Understanding) -> bool:
    """Take every fact the caller gave; a later value corrects an earlier one."""
    state = t.state
    before = {k: getattr(state, k) for k in ("name", "phone", "address", "service_id")}
    got = _take_facts(t, u)
    names = {"service_id": "service"}
    t.changed |= {names.get(k, k) for k, v in before.items() if getattr(state, k) != v}
    return got


def _take_facts(t: Turn, u: Understanding) -> bool:
    state = t.state
    got = False
    # A short turn read as a name only because we asked for one ("friday", "the 2pm") answers
    # something else when it also carries a time, a slot or another fact. A yes does not
    # ("yes, that one, Dana": the caller agreed to the time, then said their name).
    said_no = u.polarity is not None and u.polarity.value is not Polarity.YES
    other_fact = bool(u.time or u.slot or u.service or u.address or u.phone or said_no)
    guessed = u.name is not None and u.name.confidence < 0.8 and len(u.text.split()) <= 3
    # "hayward h a y w a r d place": the street on the table spelled as it is written, over
    # the words the line heard ("Hay Word"); that word is the street's, not a name.
    new_address = u.address is not None and bool(u.address.value.line1)
    said_name = frozenset(u.name.value.lower().split()) if u.name else frozenset()
    respelled = (
        None if new_address else street_respelled.respelled(state.address, u.text, said_name)
    )
    street_word = (
        street_respelled.the_word_given(state.address, respelled)
        if respelled and state.address
        else None
    )
    if (
        u.name
        and (u.name.confidence >= 0.6 or state.expecting == Expecting.NAME.value)
        and not (guessed and other_fact)
        and not (street_word and street_word in said_name)
    ):
        last = said_last_name(u.text)
        state.name, got = names.merged(state.name, u.name.value, last, u.text), True
        t.name_of_someone_else = names.someone_elses(u.text, u.name.value)
    if u.company:
        state.company, got = u.company.value, True
    if u.phone:
        state.phone, got = u.phone.value, True
    if respelled:
        # "Ponce. not Pounce": the word is the street's, not a town said after it.
        state.address, got = respelled, True
    elif u.address and not u.address.value.same_as_last:
        said = u.address.value
        if said.line1:
            # "Ponce de Leon Avenue, not Place": what was not said again stays ("NE")
            line = street_correction.kept(state.address, said)
            # "eighty eight fifteen lack man road ... lackman l a c k m a n": spelled in the
            # turn that gave it.
            line = street_respelled.respelled(line, u.text, said_name) or line
            state.address, state.address_on_file, got = line, None, True
        elif said.unit and state.address:  # "no, it's apartment 4"
            state.address, got = address_on_file.with_unit(state.address, said.unit), True
        elif said.city and state.address:  # "Mesa, not Tempe"
            state.address, got = address_on_file.with_city(state.address, said.city), True
    elif u.address:
        # "Same address as last time": the record's address, but only once the caller has
        # identified (see address_on_file); until then there is no address to use.
        state.address, state.address_on_file, got = None, address_on_file.WANTED, True
    # With a time in the turn, only a number said to be the address's ("house number is 1404
    # not 1440, 9am"): "not 10, 11" is an hour, whatever the house number.
    numbers_the_address = not u.time or house_number.about_the_address(u.text)
    if (
        not respelled
        and not u.address
        and numbers_the_address
        and (fixed := house_number.corrected(state.address, u.text))
    ):
        state.address, got = fixed, True  # "it's 2781, not 2718"
    elif (
        not respelled
        and not u.address
        and (street := street_correction.corrected(state.address, u.text))
    ):
        state.address, got = street, True  # "West 78th Street, not 87th"
    # A street name that sounds like a service ("1500 Main Street") does not change the job.
    address_turn = u.address is not None and state.expecting == Expecting.ADDRESS.value
    # "No hablo inglés, se me tapó el baño": the problem is what follows the request.
    spoken = without_language_request(u.text) if u.language_request else u.text
    service = _routine_service(t, u) if u.service else None
    # "The old owners had one but it melted at the plug": the job's past, told once the job
    # is known, names what was, not a new job.
    story = bool(state.service_id) and job_history_told.only_the_past(u.text, u.clause_ends)
    # "Does my panel need to be bigger for it?": what the job must suit, asked before booking
    # it, not a new job.
    story = story or (
        bool(state.service_id) and not u.visit_requested and fit_asked(normalise(u.text))
    )
    # "While you're there, do the maintenance too": an extra on the visit, the job stays
    # (unless a job was told before it).
    before = before_the_add_on(normalise(u.text).text) if state.service_id else None
    story = story or (
        before is not None and match_service(normalise(before), t.facts.service_options()) is None
    )
    if u.service and not (address_turn and state.service_id) and not story:
        state.service_id, got = service, True
        if state.problem is None:
            state.problem = spoken[:200]
    elif (
        state.problem is None
        # The job told while something else was on the table ("do you work weekends?" "We
        # are open... Would you like to book?" "ok, Saturday then, the disposal is jammed").
        and (
            state.expecting == Expecting.PROBLEM.value
            or intent_of(u) in {Intent.NEW_JOB, Intent.EMERGENCY}
        )
        and len(spoken.split()) >= 2
    ):
        intent = intent_of(u)
        # A turn that only answered something else ("it's 303 555 0142") is not the problem.
        answered = got or u.time is not None or u.language_request is not None
        if intent in {Intent.NEW_JOB, Intent.EMERGENCY} or (intent is None and not answered):
            state.problem, got = spoken[:200], True
    elif not got and _more_about_the_job(state, u, spoken):
        # "like a screech when it starts up. my roommate thinks it's gonna explode lol": more
        # of the job told while something else was asked; noted for the technician, and the
        # question asked again is no repeat of one that went unanswered.
        state.problem, got = f"{state.problem} / {spoken}"[:_MOST_TOLD], True
    # A street or unit number read as a date ("apartment 3") must not move the time.
    if u.time and not address_turn:
        wish = u.time.value
        # "Same time" is the hour of the time being confirmed, or, moving a visit on file,
        # of that visit ("is Thursday possible, same time?")
        moving = state.appointment_start if state.stage == "reschedule" else None
        if (anchor := state.chosen or moving) is not None:
            wish = at_the_same_hour(wish, u.text, datetime.fromisoformat(anchor))
        state.time_window, got = remember(state.time_window, wish, t.now), True
        t.changed.add("time")
    return got


# How much of the caller's own account of the job is kept.
_MOST_TOLD = 400
# While these are asked, a turn of several words that says none of them tells more of the job.
_ASKED_ON = {
    Expecting.TIME.value,
    Expecting.NAME.value,
    Expecting.ADDRESS.value,
    Expecting.PHONE.value,
}


def _more_about_the_job(state: DialogState, u: Understanding, spoken: str) -> bool:
    return (
        state.problem is not None
        and state.service_id is not None
        and state.expecting in _ASKED_ON
        and intent_of(u) is None
        and not u.other_intents
        and u.polarity is None
        and u.question is None
        and u.time is None
        and u.language_request is None
        and not u.hazards
        and u.triage is None
        and len(spoken.split()) >= 5
        and spoken not in state.problem
        and len(state.problem) < _MOST_TOLD
    )


_EMERGENCY_NAME = re.compile(r"\b(emergenc\w*|urgent\w*|24/7)\b", re.IGNORECASE)


def _routine_service(t: Turn, u: Understanding) -> str | None:
    """The catalogue service for the caller's words. An emergency-eligible service is the job
    only once urgency is confirmed: before that, the best routine service the words also fit,
    and never a service named as an emergency ("Emergency leak or burst pipe")."""
    assert u.service is not None
    facts = t.facts
    chosen = facts.service(u.service.value)
    if t.state.emergency or chosen is None or not chosen.emergency:
        return u.service.value
    said = (u.name.value if u.name else "", u.address.value.line1 if u.address else "")
    routine = match_service(
        normalise(u.text), facts.service_options(emergency=False), own_words(*said)
    )
    if routine is not None:
        return routine.value
    return None if _EMERGENCY_NAME.search(chosen.name) else chosen.id
