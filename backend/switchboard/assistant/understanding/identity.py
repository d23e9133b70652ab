"""Who is calling: a stated name ("this is Dana", "my name is Dana Smith", "Dana here",
"me llamo Dana"). The callback number is read in phone_number.py."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from switchboard.assistant.understanding import spelled_name
from switchboard.assistant.understanding.address import street_start
from switchboard.assistant.understanding.address_repair import SELF_REPAIR
from switchboard.assistant.understanding.company import ENGLISH, SPANISH, is_business
from switchboard.assistant.understanding.equipment_makes import a_make
from switchboard.assistant.understanding.for_whom import named_for
from switchboard.assistant.understanding.kin_before_name import past_kin, relation_after
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Context, Expecting, Extracted
from switchboard.assistant.understanding.name_and_role import a_role
from switchboard.assistant.understanding.name_beside_address import (
    JOINERS,
    before_address,
    name_after_address,
    phone_start,
)
from switchboard.assistant.understanding.name_booked_under import booked_under
from switchboard.assistant.understanding.name_case import (
    HONORIFICS,
    as_written,
    hyphens_as_typed,
)
from switchboard.assistant.understanding.name_completed import (
    first_and_last,
    said_in_full,
    with_last_name_said,
    with_shared_surname,
    with_spelled_last_name,
)
from switchboard.assistant.understanding.name_leading_details import name_leading_details
from switchboard.assistant.understanding.name_opening_details import name_opening_details
from switchboard.assistant.understanding.name_put_off import name_after_the_reason
from switchboard.assistant.understanding.name_repair import first_name_kept
from switchboard.assistant.understanding.name_rules import (
    GREETINGS,
    LEADS,
    OFFICES,
    PICKUPS,
    an_answer,
    clean_name,
    name_like,
    name_part,
)
from switchboard.assistant.understanding.name_then_called import name_then_called
from switchboard.assistant.understanding.name_words import (
    PARTICLES,
    parts_of,
    run,
    trimmed,
    typed,
    whole,
)
from switchboard.assistant.understanding.normalise import (
    Normalised,
    fold,
    strip_accents,
)
from switchboard.assistant.understanding.spelled_letters import (
    letters_joined,
)
from switchboard.assistant.understanding.yesno import YES_WORDS, hits_any_yes

_NAME = r"([a-z][a-z'\.]+(?: [a-z][a-z'\.]+){0,2})"
# Who the caller is to the place, said before their name ("I'm the landlord, Gary Olsen").
_ROLES = {"landlord", "owner", "homeowner", "tenant", "renter", "manager", "super",
          "superintendent", "property", "realtor", "agent", "propietario", "propietaria",
          "dueno", "duena", "inquilino", "inquilina", "encargado", "encargada",
          "administrador", "administradora",
          # "I'm the contractor, Rob Feeney": the one working on the place
          "contractor", "builder", "contratista"}  # fmt: skip
# Whose name a booking goes under: "my", "the", "her", "my mom's".
_WHOSE = (r"(?:my|the|her|his|their|(?:my )?[a-z]+'s|"
          # "under my dads name": the kin said without its apostrophe
          r"(?:my|her|his|their) (?:mom|mother|dad|father|husband|wife|son|daughter|brother|"
          r"sister|grandma|grandpa|aunt|uncle|boss|landlord|tenant)s)")  # fmt: skip
# Whom a booking may go under instead: "put it under my husband Declan Kelleher".
_KIN = (r"(?:husband|wife|partner|son|daughter|mom|mother|dad|father|brother|sister|"
        r"boyfriend|girlfriend|fiance|fiancee|roommate|tenant|landlord)")  # fmt: skip
STRONG = re.compile(
    # "put it under my dad's name, ...", said without the apostrophe too ("my dads name")
    rf"(?:under (?:my|her|his|their) {_KIN}(?:'?s name(?: of| is)?)?|"
    # "put it under me, paul kline": under the caller's own name
    rf"(?:it's |its |put it |book it |have it )under(?: me| myself)?"
    rf"(?! (?:my|her|his|their) {_KIN})"
    rf"(?: {_WHOSE} name)?(?: of| is)?|"
    rf"under {_WHOSE} name(?: of| is)?|^under|my name is|my name's|"
    # "póngalo como Guadalupe Treviño", "put me down as Rosa Ibarra": the name to book under
    rf"(?:pongalo|ponlo|ponla|pongala|anotelo|apuntelo|pongame|anoteme) como|"
    rf"(?:put|book|have|write) (?:it|me|us|that) down as|"
    rf"(?:a|bajo el|con el) nombre de(?: (?:ella|el|mi [a-z]+))?|"
    rf"my names|^names|name is|"
    # "Buyer is Sunil Raghunathan, the house is ...": who the visit is for, by their role
    rf"(?:^|the )(?:buyer|buyers|tenant|homeowner|contact|client|customer|resident) is|"
    rf"(?:^|the )(?:owner|landlord|landlady|property manager) is|"
    rf"(?:^|el |la )(?:dueno|duena|propietario|propietaria|inquilino|inquilina) es|"
    # "just tell him curtis lindgren called", "dígale que llamó Curtis Lindgren"
    rf"(?:tell|let) (?:him|her|them|the owner|the boss)(?: know)?(?: that)?"
    rf"(?=(?: [a-z'\.]+){{1,3}} (?:called|calls|rang|phoned|is calling|was calling|"
    rf"stopped by|came by|dropped by))|"
    # ... "dígale al dueño que le hable Ismael Cortez": to call Ismael back, the caller
    rf"(?:digale|dile|digales|avisele|avisale)(?: (?:al|a la) [a-z]+)? que (?:le |les )?"
    rf"(?:llamo|hablo|marco|paso|hable|llame|marque)(?: a)?(?= [a-z])|"
    rf"name's|me llamo|mi nombre es|this is|i am|i'm|soy|it's|(?:le )?habla)"
    # "put it under her name, it's Gloria Pettigrew", "a nombre de ella, se llama Herminia"
    rf"(?: (?:it's|its|it is|that's|thats|es|se llama))?"
    rf" {_NAME}"
)
HERE = re.compile(
    r"^(?:hi |hey |hello |yeah |yes )?([a-z][a-z'\.]+(?: [a-z][a-z'\.]+){0,2}) (?:here|speaking)"
    r"(?![\w'])"
)

# "Yes, that one", "sí, esa", "that works": a confirmation said before the name, when the
# name question came right after a time was taken ("Tuesday at 10 is open. Your name?").
_CONFIRMING = YES_WORDS | {"that", "this", "one", "esa", "ese", "esta", "este", "eso", "works",
                           "sounds", "good", "great", "fine", "please", "thanks", "thank", "you",
                           "por", "favor", "gracias", "and", "y", "it's", "that's", "is", "es",
                           "me", "sirve", "bien", "time", "cool"}  # fmt: skip
_CONFIRMATION_START = YES_WORDS | {"that", "that's", "this", "esa", "ese", "esta", "este", "eso",
                                   "sounds", "works"}  # fmt: skip


def _after_confirmation(tokens: tuple[str, ...]) -> list[str]:
    """What follows a leading confirmation ("yes that one dana smith" -> dana smith); nothing
    when the turn does not start with one."""
    if not tokens or tokens[0] not in _CONFIRMATION_START:
        return []
    rest = list(tokens)
    while rest and rest[0] in _CONFIRMING:
        rest.pop(0)
    return rest


def _raw_capitalised(raw: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name.split()[0])}\b", strip_accents(raw)) is not None


_OTHER_PERSON = re.compile(
    r"(?: (?!(?:it|that|what|here|there|he|she|who)'s)[a-z]+'s|\b(?:his|her|their|su|sus))\s*$"
)


def _someone_elses(before: str, said: str) -> bool:
    """ "The tenant's name is Luis", "her name is Rosa": another person's name, not the
    caller's."""
    return said.startswith(("name", "nombre")) and _OTHER_PERSON.search(" " + before) is not None


def detect_name(norm: Normalised, context: Context) -> Extracted[str] | None:
    norm = spelled_name.letters_by_name(norm)
    if by_letter := spelled_name.letter_by_letter(norm, context):
        joined = letters_joined(norm)
        first = fold(by_letter.value).split()[0]
        # "My name is Dana Ruiz, R-U-I-Z": the whole name said, with one part spelled.
        around = spelled_name.around(joined, first, norm, context.language)
        for said in (_stated_in(joined, context), around):
            # "Dale, Jon, J-O-N": "dale" ("okay") opens no name spelled after it.
            opening = fold(said.value).split()[0] if said else first
            if (
                said
                and opening != first
                and not spelled_name.opens_a_name(norm, opening, first, context.language)
            ):
                continue
            if (
                said is not around
                and around
                and said
                and len(said.value.split()) == 1
                and fold(around.value).split()[0] != fold(said.value)
            ):
                continue  # "it's pruitt now, dana pruitt, p-r-u-i-t-t": the whole name said
            if said and by_letter.value.lower() in said.value.lower().split():
                by_letter = spelled_name.without_the_job_after(norm, said, first)
                break
        found = (
            with_last_name_said(joined, by_letter)
            or with_spelled_last_name(joined, by_letter, lambda n: _stated_in(n, context))
            or spelled_name.with_surname_after(norm, by_letter)
            or by_letter
        )
        if len(found.value.split()) == 1 and (kept := first_name_kept(norm.text, found.value)):
            return Extracted(kept, found.confidence)  # "kevin tran no sorry trang t r a n g"
        return Extracted(hyphens_as_typed(norm.raw, found.value), found.confidence)
    return _stated_in(norm, context)


def _stated_in(norm: Normalised, context: Context) -> Extracted[str] | None:
    text = norm.text
    if spelled := spelled_name.with_a_letter(norm) or first_and_last(norm):
        return spelled
    stated = [(n, m) for m in _statements(text) if (n := _stated(norm, context, m))]
    under = booked_under(stated)
    if under and not _repaired_name(norm, context, stated[0][1].start(1)):
        # "the name is Pat Reyes ... put it under Patrick": Patrick Reyes
        return with_shared_surname(norm, under) or said_in_full(norm, under) or under
    if booked_for := named_for(norm, name_part, clean_name):
        return booked_for  # "it's for Evelyn Strand": the person the visit is for
    if put_off := name_after_the_reason(norm):
        return put_off
    found = [n for n, _ in stated]
    if stated and (repaired := _repaired_name(norm, context, stated[0][1].start(1))):
        return repaired  # "it's Dwayne, no sorry, I'm his wife, it's Tanya Okafor"
    # "It's Theo and Bridget Vance, put it under Theo Vance": the surest statement wins.
    if found:
        by_role = [_PERSON_BY_ROLE.match(m[0]) is not None for _, m in stated]
        if all(by_role) and (own := _opening_name(norm)):
            return own  # "Dwayne Okafor. The rental is ..., tenant is Maria": the caller first
        if any(by_role) and not all(by_role):
            # "Landlord is Mark Feeney, he's paying. I'm Chloe Barnes": the caller's own.
            found = [n for n, role in zip(found, by_role, strict=True) if not role]
        best = max(found, key=lambda n: n.confidence)
        return with_shared_surname(norm, best) or said_in_full(norm, best) or best
    if labelled := _labelled(norm):
        return labelled
    if signed := _signature(norm):
        return signed
    if called := _name_then_is_the_name(norm) or name_then_called(norm):
        return called
    if contact := _ask_for(norm):
        return contact
    if here := HERE.search(text):
        name = clean_name(here.group(1))
        # "I'm the tenant here": every word before "here" is the name, or none is.
        # "Property manager here": a role, said in place of a name.
        if name and len(name.split()) == len(here.group(1).split()) and not a_role(name):
            return Extracted(as_written(norm.raw, name), 0.8)
    if opening := name_opening_details(norm, context):
        return opening  # "Devon Schultz, Cask & Crumb, 1200 E Colfax Ave": the name said first
    if before := before_address(norm, context):
        return Extracted(as_written(norm.raw, before), 0.75)
    if after_address := name_after_address(norm, context):
        return after_address
    if leading := name_leading_details(norm, context):
        return leading  # "brandy cole we're in lot 47 ...": the name, then the details
    if context.expecting is Expecting.NAME:
        if hits_any_yes(text) and all(t in _CONFIRMING for t in norm.tokens):
            return None  # "yes thank you": agreeing, not a name
        rest = _after_confirmation(norm.tokens)
        if _a_request(rest or list(norm.tokens)):
            return None  # "yes, cancel it", "just book it": asking for something, not a name
        if name := _name_of(rest, norm.raw, not norm.breaks):
            return Extracted(as_written(norm.raw, name), 0.8)
        # "Dev Patel, facilities manager": the name is the first thing said.
        first = norm.tokens[: min((b for b in norm.breaks), default=len(norm.tokens))]
        for tokens in (norm.tokens, first):
            said = [t for t in tokens if t not in {"yes", "yeah", "it's", "es"}]
            if name := _name_of(said, norm.raw, tokens is first or not norm.breaks):
                return Extracted(as_written(norm.raw, name), 0.7)
        if whole := _a_clause_of_its_own(norm):
            return whole
    return None


def _statements(text: str) -> Iterator[re.Match[str]]:
    """Every "it's ...", "my name is ..." statement, the next one looked for from where the
    name of the last began: "its just old its lorraine tate" says "it's" twice, and the chatter
    read after the first never hides the second."""
    at = 0
    while (m := STRONG.search(text, at)) is not None:
        yield m
        at = m.start(1)


def _repaired_name(norm: Normalised, context: Context, after: int) -> Extracted[str] | None:
    """The name stated again after a self-repair ("sorry", "I mean", "perdón") that follows
    the first statement: the caller put their own name right in the same breath. Said as a
    repair, a lower-case "it's tanya okafor" is a name as if it had been asked for."""
    fix = SELF_REPAIR.search(norm.text, after)
    if fix is None:
        return None
    context = replace(context, expecting=Expecting.NAME)
    starts = [m.start() for m in re.finditer(r"(?<!\S)\S", norm.text[fix.end() :])]
    for at in reversed(starts):
        m = STRONG.match(norm.text, fix.end() + at)
        if m and (name := _stated(norm, context, m)):
            return name
    return None


_LABELS = {"name", "nombre"}


def _labelled(norm: Normalised) -> Extracted[str] | None:
    """ "Name Dmitri Volkov. Address 2815 Ocean Ave", "Nombre: Rosa Ibarra": details typed as a
    form, the label opening a clause and the name filling the rest of it."""
    tokens = norm.tokens
    for start in sorted({0, *norm.breaks}):
        if start + 1 >= len(tokens) or tokens[start] not in _LABELS:
            continue
        words, end, _ = run(tokens, start + 1, name_part, norm.breaks)
        if not words or (end < len(tokens) and end not in norm.breaks):
            continue
        name = clean_name(" ".join(words))
        if name is not None and len(name.split()) == len(words):
            return Extracted(as_written(norm.raw, name), 0.85)
    return None


# "Helen Marsh is her name", "Tom Reyes is my name": the name said first, then called one.
_NAME_FIRST = re.compile(rf"{_NAME} is (?:my|her|his|their|the) name(?![\w'])")


def _name_then_is_the_name(norm: Normalised) -> Extracted[str] | None:
    """A name opening a clause of its own and then said to be the name: "Helen Marsh is her
    name, 9870 W Florida Ave" (the visit is under the name given)."""
    for m in _NAME_FIRST.finditer(norm.text):
        at = norm.token_index(m.start(1))
        if at != 0 and at not in norm.breaks:
            continue
        name = clean_name(m.group(1))
        if name and len(name.split()) == len(m.group(1).split()) and not a_role(name):
            return Extracted(as_written(norm.raw, name), 0.8)
    return None


# Another person named by who they are to the place: "tenant is Maria", "el dueño es Raúl".
_PERSON_BY_ROLE = re.compile(
    r"(?:the )?(?:buyer|buyers|tenant|homeowner|contact|client|customer|resident|owner|"
    r"landlord|landlady|property manager) is|(?:el |la )?(?:dueno|duena|propietario|"
    r"propietaria|inquilino|inquilina) es"
)


def _opening_name(norm: Normalised) -> Extracted[str] | None:
    """ "Dwayne Okafor. The rental is ...": a first and last name said as the turn's own
    opening sentence (after a greeting or a lead-in), the caller's name."""
    start = 0
    while start < len(norm.tokens) and (
        norm.tokens[start] in GREETINGS or norm.tokens[start] in LEADS
    ):
        start += 1  # "hi, Dwayne Okafor."
    tokens = list(norm.tokens[start : min((b for b in norm.breaks if b > start), default=0)])
    words = whole(tokens, name_like, 2)
    if words is None or all(is_common(t) for t in parts_of(words)) or is_business(" ".join(words)):
        return None
    name = clean_name(" ".join(words))
    if name is None or len(name.split()) != len(words):
        return None
    return Extracted(as_written(norm.raw, name), 0.85)


def _name_of(tokens: Sequence[str], raw: str, one_clause: bool = True) -> str | None:
    """A turn, or what follows a confirmation, that is only a name: a name read whole in one
    clause (with its particles, "maria de los angeles quinones"), or up to three words that
    clean_name ends at a word no name has ("dana smith please")."""
    words = whole(tokens, name_part) if one_clause else None
    if words:
        said = " ".join(trimmed(words, True, raw))
    else:
        said = " ".join(tokens) if 1 <= len(tokens) <= 3 else ""
    return clean_name(said) if said and not an_answer(said) else None


def _a_clause_of_its_own(norm: Normalised) -> Extracted[str] | None:
    """ "Sure, have somebody call me. Walt Pruitt, this number is fine": asked for a name, a
    first and last name said as a clause of its own, anywhere in the turn."""
    starts = sorted({0, *norm.breaks, len(norm.tokens)})
    for lo, hi in itertools.pairwise(starts):
        words = whole(norm.tokens[lo:hi], name_like, 2)
        if words is None:
            continue
        said = " ".join(words)
        if all(is_common(t) for t in parts_of(words)) or an_answer(said) or is_business(said):
            continue
        name = clean_name(said)
        if name is not None and len(name.split()) == len(words):
            return Extracted(as_written(norm.raw, name), 0.75)
    return None


# "Phone is 303-555-0112, ask for Warren Lidstrom", "llamen al 713 555 0142 y pregunten por
# Araceli": whom to ask for at the number the caller leaves is the caller. Asking us for
# someone ("can I ask for Marcus", "quisiera hablar con ...") names nobody calling.
_ASK_FOR = re.compile(
    r"(?<![\w'])(?<!can i )(?<!could i )(?<!may i )(?<!to )(?:and )?"
    r"(?:ask for|pregunte por|pregunten por|preguntar por) "
    r"([a-z][a-z'\.-]+(?: [a-z][a-z'\.-]+){0,2})"
)
_NUMBER_LEFT = re.compile(r"[0-9](?:[ -]?[0-9]){6,}")


def _ask_for(norm: Normalised) -> Extracted[str] | None:
    m = _ASK_FOR.search(norm.text)
    if m is None:
        return None
    # "This is Gulf Coast Plumbing Supply ... pick it up at our branch. Ask for Mike": whom to
    # ask for at the business the caller speaks for is the caller too.
    business = ENGLISH.search(norm.text[: m.start()]) or SPANISH.search(norm.text[: m.start()])
    if _NUMBER_LEFT.search(norm.text[: m.start()]) is None and business is None:
        return None
    tokens, start = norm.tokens, norm.token_index(m.start(1))
    words, _, clean = run(tokens, start, name_part, norm.breaks)
    name = clean_name(" ".join(trimmed(words, clean, norm.raw))) if words else None
    if name is None or all(is_common(p) and not typed(norm.raw, p) for p in fold(name).split()):
        return None  # "ask for the manager", "ask for help"
    return Extracted(as_written(norm.raw, name), 0.8)


# A verb and its object ("cancel it", "move that", "book them"): a request, never a name.
_OBJECTS = {"it", "that", "them"}


def _a_request(tokens: list[str]) -> bool:
    return 2 <= len(tokens) <= 4 and any(t in _OBJECTS for t in tokens[1:])


# A text or a chat signed at its end: "... coming thurs? - Lucinda Farrow", "thx ~Dev".
_SIGNED = re.compile(r"(?:^|\s)(?:-{1,2}|\u2013|\u2014|~)\s*(\S+(?:\s+\S+){0,2})\s*[.!]?\s*$")


def _signature(norm: Normalised) -> Extracted[str] | None:
    m = _SIGNED.search(norm.raw)
    if m is None:
        return None
    said = fold(m.group(1)).strip(".!")
    tokens = said.split()
    if not tokens or not all(name_like(t) for t in tokens) or an_answer(said):
        return None
    if all(is_common(t) for t in tokens) and not all(c[:1].isupper() for c in m.group(1).split()):
        return None  # "- thanks again", "-- sorry": a closing word, not a name
    name = clean_name(said)
    if name is None or len(name.split()) != len(tokens):
        return None
    return Extracted(as_written(norm.raw, name), 0.8)


def _unmistakable(name: str) -> bool:
    """ "... en houston soy araceli domínguez": a first and last name said in lowercase (as
    speech recognition writes every name) after "soy" late in the turn, none of its words an
    everyday word or a role ("soy nueva cliente", "soy dueña de la casa" say no name)."""
    parts = [p for p in fold(name).split() if p not in PARTICLES]
    return len(parts) >= 2 and not any(is_common(p) or p in _ROLES for p in parts)


def _closing_the_details(norm: Normalised, m: re.Match[str], name: str) -> bool:
    """ "It's 8402 West McDowell Road, Phoenix, I'm Anthony Reyes": a first and last name
    after "I'm" or "soy" that ends a turn which gave the address or the number first, as
    callers sign off their details; everyday words may be names here ("Reyes", "Rose")."""
    parts = [p for p in fold(name).split() if p not in PARTICLES]
    if len(parts) < 2 or any(p in _ROLES for p in parts):
        return False
    if not norm.text.rstrip(" .!").endswith(fold(name)):
        return False
    said = [p for p in (street_start(norm), phone_start(norm)) if p is not None]
    return any(p < m.start() for p in said)


# "Put it under her name", "a nombre de ella": whose name, with the name itself said later.
_HERS = re.compile(
    r"(?:under (?:(?:my|her|his|their) )?[a-z']+ name|nombre de (?:ella|el|mi [a-z]+))$"
)


def _name_at_the_end(norm: Normalised) -> Extracted[str] | None:
    """ "pongalo a nombre de ella porque ella va a estar en la casa guadalupe soto": the name
    whose it is, said as the last words of the turn (a first and last name, not all of it
    everyday words)."""
    for size in (3, 2):
        words = list(norm.tokens[-size:])
        if len(norm.tokens) <= size or whole(words, name_like, 2) is None:
            continue
        everyday = [is_common(w) and not typed(norm.raw, w) for w in parts_of(words)]
        if all(everyday) or (size == 3 and everyday[0]):
            continue  # "en la casa guadalupe soto": the house is no part of her name
        name = clean_name(" ".join(words))
        if name is not None and len(name.split()) == size:
            return Extracted(as_written(norm.raw, name), 0.8)
    return None


# "Dígale al dueño que le hable ...": what follows may be whom to call back or how soon.
_TELL_TO_CALL = re.compile(r"que (?:le |les )?(?:hable|llame|marque)")


def _stated(norm: Normalised, context: Context, m: re.Match[str]) -> Extracted[str] | None:
    """The name in one "my name is ...", "this is ...", "put it under ..." statement."""
    text = norm.text
    tokens, start = norm.tokens, norm.token_index(m.start(1))
    is_part = name_part
    role = False
    if (
        tokens[start:][:1] in (("the",), ("el",), ("la",))
        and tokens[start + 1 :][:1]
        and (tokens[start + 1] in _ROLES)
    ):
        # "I'm the landlord, Gary Olsen": the name follows the role.
        roles = list(itertools.takewhile(_ROLES.__contains__, tokens[start + 1 :]))
        start += 1 + len(roles)
        is_part, role = name_like, True
        if start >= len(tokens) or tokens[start] in JOINERS:
            return None  # "the owner of the house": no name said
    if (kin := past_kin(tokens, start)) is not None:
        # "this is Rick's wife Angela": the name follows who she is to him.
        start, is_part, role = kin, name_like, True
        if start >= len(tokens) or tokens[start] in JOINERS:
            return None
    if (
        tokens[start] in {"la", "el"}
        and tokens[start + 1 :][:1]
        and (tokens[start + 1] in HONORIFICS or tokens[start + 1] in OFFICES)
    ):
        start += 1  # "soy la señora Martínez", "soy el padre Tomás Herrera"
    # "Dr. Patel" goes on past the title's period; "soy Dana, ¿pueden mañana?" ends at the comma.
    ends = {b for b in norm.breaks if tokens[b - 1] not in HONORIFICS}
    words, end, clean = run(tokens, start, is_part, ends)
    if end - start == len(words):
        # "it's denise rays wife", "soy lupita su hija": the relation ends the name.
        cut = next((k for k in range(1, len(words)) if relation_after(tokens, start + k)), None)
        if cut is not None:
            words, end, clean = words[:cut], start + cut, True
    if len(words) > 1 and end - start == len(words) and tokens[end : end + 2] == ("for", "short"):
        words, end, clean = words[:-1], end - 1, True  # "it's wojciech, wojo for short"
    name = clean_name(" ".join(trimmed(words, clean, norm.raw))) if words else None
    if name is None and _HERS.search(text[: m.start(1)].rstrip()):
        return _name_at_the_end(norm)  # "a nombre de ella porque ... guadalupe soto"
    if name is None or _someone_elses(text[: m.start()], m.group(0)):
        return None
    lead = m.group(0).split()[0]
    if _TELL_TO_CALL.search(m.group(0)) and all(
        is_common(p) and not typed(norm.raw, p) for p in parts_of(fold(name).split())
    ):
        return None  # "dígale que le llame lo antes posible": how, not who
    # "It's Dana" may be anything; "it's under Dana Smith" is the name to book under.
    # "I'm the owner, Lorenzo Haskins": who one is to the place, then the name, introduces.
    weak = (
        lead in {"i'm", "i", "it's", "soy", "habla", "le"}
        and " under " not in m.group(0)
        and not role
    )
    # "hi it's maria lopez" at the start of a text is an introduction even in lowercase, and
    # so is "bueno, sí, habla ernesto galindo", as Spanish callers answer a phone (or "yes").
    # "hi it's me, it's Terri": the caller known to us by voice, then the name.
    said_before = re.sub(r"(?<![\w'])it's me(?![\w'])", " ", text[: m.start()]).split()
    opening = all(t in GREETINGS or t in PICKUPS or t in YES_WORDS for t in said_before)
    if (
        opening
        and not said_before
        and len(name.split()) == 1
        and is_common(fold(name))
        and not typed(norm.raw, fold(name))
    ):
        opening = False  # "its wet", "it's old": how the thing is, when no one greets first
    if weak and fold(name) in {fold(town) for town in context.towns}:
        return None  # "and it's Aurora not Denver": a town the business serves
    if weak and context.expecting is not Expecting.NAME and a_make(fold(name).lower()):
        return None  # "its bradford white": the water heater's make
    # "im paul abernathy her son": who the caller is to someone, right after the name.
    introduced = (
        len(name.split()) == end - start
        and relation_after(tokens, end)
        and not all(is_common(p) for p in parts_of(fold(name).split()))
    )
    if weak and not (
        opening
        or introduced
        or _raw_capitalised(norm.raw, name)
        or context.expecting is Expecting.NAME
        or (lead == "soy" and _unmistakable(name))
        or (lead in {"soy", "i'm", "i"} and _closing_the_details(norm, m, name))
        # "... kansas city missouri and its hollis tran": "it's" signs off the details too,
        # with a name not all everyday words ("and it's the back door" is none)
        or (
            lead == "it's"
            and _closing_the_details(norm, m, name)
            and not all(is_common(p) for p in parts_of(fold(name).split()))
        )
    ):
        return None
    return Extracted(as_written(norm.raw, name), 0.7 if weak else 0.9)
