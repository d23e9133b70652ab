"""`understand(text, context)`: every extractor over one turn, into one `Understanding`.

Pure and database-free: the conversation engine passes what it knows (the tenant's zone and
catalogue, the slots it offered, what it just asked) and decides what to do with the result.
"""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from switchboard.assistant.understanding.address import detect_address
from switchboard.assistant.understanding.bare_name import (
    detect_bare_name,
    detect_greeted_name,
    detect_name_after_aside,
    detect_signed_name,
)
from switchboard.assistant.understanding.booked_visit import time_wanted
from switchboard.assistant.understanding.business_name import hidden, without_business_name
from switchboard.assistant.understanding.changes import detect_change
from switchboard.assistant.understanding.company import detect_company
from switchboard.assistant.understanding.complaints import left_behind
from switchboard.assistant.understanding.day_correction import into_the_week_in_view
from switchboard.assistant.understanding.hazards import detect_emergency
from switchboard.assistant.understanding.identity import detect_name
from switchboard.assistant.understanding.intent import (
    detect_intents,
    detect_question,
    visit_requested,
)
from switchboard.assistant.understanding.language import (
    detect_language,
    detect_language_request,
    without_language_request,
)
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.line_of_work import without_line_of_work
from switchboard.assistant.understanding.model import (
    Context,
    Expecting,
    Extracted,
    Intent,
    Polarity,
    SlotDecision,
    TimeWindow,
    Understanding,
)
from switchboard.assistant.understanding.name_and_role import name_and_role
from switchboard.assistant.understanding.name_suffixes import with_suffix
from switchboard.assistant.understanding.name_words import parts_of
from switchboard.assistant.understanding.non_customers import for_the_owner
from switchboard.assistant.understanding.normalise import Normalised, normalise, strip_accents
from switchboard.assistant.understanding.note_signature import signed_first_name
from switchboard.assistant.understanding.owner_whereabouts import without_whereabouts
from switchboard.assistant.understanding.phone_number import detect_phone
from switchboard.assistant.understanding.pitched_urgency import pitched_urgency
from switchboard.assistant.understanding.services import match_service, own_words
from switchboard.assistant.understanding.slots import choose_slot
from switchboard.assistant.understanding.spelled_letters import LETTER_RUN, letters_joined
from switchboard.assistant.understanding.urgency import judge_urgency
from switchboard.assistant.understanding.urgent_deadline import deadline_urgency
from switchboard.assistant.understanding.visit_alone import visit_told
from switchboard.assistant.understanding.visit_day import on_the_visit_day
from switchboard.assistant.understanding.weather_facts import weather_facts
from switchboard.assistant.understanding.yesno import detect_polarity

_READ_BACK = {Expecting.CONFIRMATION, Expecting.CHANGE}
# Callers who leave word for the owner rather than book.
_LEAVES_WORD = {Intent.VENDOR, Intent.JOB_APPLICANT, Intent.MESSAGE, Intent.HUMAN}


def _wants_later(time: Extracted[TimeWindow] | None, context: Context) -> bool:
    """A caller who asks for another day ("can someone come thursday") is not describing
    something happening now that cannot wait: no triage question for an uncertain hazard."""
    if time is None or time.value.asap:
        return False
    today = context.now.astimezone(ZoneInfo(context.timezone)).date()
    return time.value.earliest.date() > today


def _clause_ends(norm: Normalised) -> tuple[int, ...]:
    """Where each clause of the normalised text ends, as character offsets."""
    return tuple(len(" ".join(norm.tokens[:b])) for b in sorted(norm.breaks))


def _without_asked_name(
    norm: Normalised, name: Extracted[str] | None, context: Context
) -> Normalised:
    """`norm` with the caller's name hidden when it answers the name question: "harriet
    nakagawa flood" to "the name on the account?" is somebody, never water coming in. Only a
    name of two parts or more, not all of them everyday words ("gas leak" stays a hazard)."""
    if name is None or context.expecting is not Expecting.NAME:
        return norm
    words = tuple(normalise(name.value.replace("-", " ")).tokens)
    parts = parts_of(words)
    if len(parts) < 2 or all(is_common(p) for p in parts):
        return norm
    return hidden(norm, words)


def _name_of_a_topic_word(norm: Normalised, context: Context) -> Extracted[str] | None:
    """A turn that is only a first and last name, asked nothing with a question mark, while
    the caller is not telling the problem: the name, even when a part of it is a word a
    question is made of ("Hadley Price")."""
    if norm.question_mark or context.expecting is Expecting.PROBLEM:
        return None
    # Only the surname may be a question's word: "ballpark estimate" is two.
    asking = [i for i, t in enumerate(norm.tokens) if detect_question(normalise(t))]
    if asking != [len(norm.tokens) - 1] or len(norm.tokens) < 2:
        return None
    return detect_bare_name(norm)


def understand(text: str, context: Context) -> Understanding:
    norm = normalise(text)
    name = detect_name(norm, context) or detect_greeted_name(norm, context.business_name)
    # "Maureen Keogh, Keogh Management.", "Vernon Pike, owner.": the name, then who they are.
    signed = None if name else name_and_role(norm)
    if signed is not None:
        name = signed[0]
    about_the_home = without_business_name(norm, context.business_name)
    about_the_home = _without_asked_name(about_the_home, name, context)
    # "Before that I did three years of emergency flood calls": someone's work, not this home.
    about_the_home = without_line_of_work(about_the_home)
    urgency = judge_urgency(about_the_home, context)
    hazards = urgency.hazards
    emergency = detect_emergency(about_the_home, hazards)
    if emergency and emergency.value and not hazards and pitched_urgency(about_the_home):
        emergency = None  # "URGENT: your listing will be suspended": a pitch, not a hazard
    # A name spelled out ("a m u n d s e n" reads "am you n ...") says no hour.
    timed = letters_joined(norm) if LETTER_RUN.search(norm.text) else norm
    time = on_the_visit_day(timed, context) or time_wanted(timed, context)
    time = into_the_week_in_view(time, norm, context)
    if (
        emergency
        and emergency.value
        and not hazards
        and urgency.triage is None
        and _wants_later(time, context)
        and deadline_urgency(about_the_home)
    ):
        emergency = None  # "URGENT - need a toilet reset friday, homeowner moves in sat"
    company = detect_company(norm, context) or (signed[1] if signed else None)
    phone = detect_phone(norm, context)
    address = detect_address(norm, context)
    proper = own_words(
        name.value if name else "",
        address.value.line1 if address else "",
        address.value.city if address else "",
    )
    # "Is Kenny out on a roof somewhere?": where the owner is working is not the caller's job.
    service = match_service(without_whereabouts(norm), context.services, proper)
    slot = choose_slot(timed, context, time.value if time else None)
    new_content = any(x is not None for x in (time, name, company, phone, address, service)) or (
        slot is not None and slot.value.decision is not SlotDecision.NONE_SUIT
    )
    asked = detect_language_request(norm)
    # "No hablo inglés" answers no question and "can I speak to someone in Spanish?" asks for
    # no person: only the rest of the turn says yes or no, or what the caller wants.
    rest = norm
    if asked:
        rest = replace(normalise(without_language_request(norm)), question_mark=norm.question_mark)
    polarity = detect_polarity(rest, new_content)
    intents = detect_intents(
        rest, context, bool(emergency and emergency.value), service is not None
    )
    question = detect_question(norm) if any(i.value is Intent.QUESTION for i in intents) else None
    if (
        question is not None
        and name is None
        and not (new_content or asked or hazards or urgency.triage)
        and all(i.value is Intent.QUESTION for i in intents)
        and (bare := _name_of_a_topic_word(norm, context))
    ):
        # "Hadley Price", "Jenny Rates": a name whose surname is a question's word asks nothing.
        name, intents, question = bare, [], None
    # A name said out of turn, and nothing else ("sure, it's Dana Ruiz"); while the problem is
    # asked, two words are more likely the job than the caller.
    agreed = polarity is None or polarity.value is Polarity.YES
    nothing_else = not (new_content or intents or asked or hazards or urgency.triage)
    if nothing_else and agreed and context.expecting is not Expecting.PROBLEM:
        name = detect_bare_name(norm) or detect_name_after_aside(norm)
    elif nothing_else and name is None and context.expecting is not Expecting.PROBLEM:
        # "No toques eso... perdón, Griselda Ochoa": the "no" was said to someone else.
        name = detect_name_after_aside(norm)
    elif name is None and phone is not None:
        name = detect_signed_name(norm)
    elif name is None and address is None:
        name = detect_signed_name(norm, typed_only=True)
    if name is None and phone is not None and any(i.value in _LEAVES_WORD for i in intents):
        # "Can the owner call me? Alejandro 678-555-0144": word left for the owner, signed
        # with a first name typed before the number.
        signed_first = signed_first_name(norm)
        name = Extracted(signed_first, 0.7) if signed_first else None
    name = with_suffix(norm, name)  # "marcus odum senior": which of two Marcus Odums
    said_proper = " ".join(
        p
        for p in (
            name.value if name else "",
            company.value if company else "",
            address.value.line1 if address else "",
            address.value.city if address else "",
        )
        if p
    )
    proper_words = frozenset(strip_accents(said_proper.lower()).split())
    return Understanding(
        text=norm.text,
        language=asked or detect_language(norm, context.language, proper_words),
        language_request=asked,
        intent=intents[0] if intents else None,
        question=question,
        polarity=polarity,
        emergency=emergency,
        hazards=tuple(hazards),
        time=time,
        slot=slot,
        name=name,
        company=company,
        phone=phone,
        address=address,
        service=service,
        change=detect_change(norm) if context.expecting in _READ_BACK else None,
        other_intents=tuple(i.value for i in intents[1:]),
        clause_ends=_clause_ends(norm),
        # "Can someone come pick up the nails your crew left": the owner's to send, not a job.
        visit_requested=visit_requested(norm) and not left_behind(rest),
        # What our finished job left lying about ("roofing nails all over my driveway") is no
        # hazard at the house to ask after, nor is a word for the owner from his family or an
        # official ("his phone is off", "the final is tomorrow"), unless a hazard is sure.
        triage=None
        if (emergency and emergency.value)
        or _wants_later(time, context)
        or left_behind(rest)
        or for_the_owner(rest, service is not None)
        else urgency.triage,
        weather_facts=weather_facts(about_the_home, context),
        visit_told=visit_told(rest),
    )
