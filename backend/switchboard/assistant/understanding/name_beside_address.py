"""Names said beside the address (or the number), with nothing to introduce them.

Before it: "Erin Walsh, 9023 E Colfax Ave", "it's Kevin Novak at 2845 Youngfield Street",
"Luis Carrasco 720-555-0171" (what happened, "water everywhere. 2250 Holly Ln", is no name).

After it, as the last thing in the turn: "1638 W Baseline Rd Tempe, Shay Collins", "15020 W
150th Ter, Olathe. Priya Raman", "7415 Bellfort Ave Houston, Maribel Torres". Callers in a
hurry (an emergency just paged) give their details in one breath, address first, and sign
off with their name, with no "I'm" before it. Read only when the name is a clause of its own
that ends the turn, after the clause the street is in, and is no part of the address (a town
typed after the street, "2218 S Rural Rd, Paradise Valley", is the town). Every word must
look like a name, none an answer ("ok thanks"), and an everyday word counts only when typed
with a capital ("Ethan Marsh" typed; "back gate", "side door", "please hurry" never), and
only one of them ("Acme Plumbing Supply" is a business): a town said in lower case is the
risk, so a lower-case everyday word is never taken as a surname here."""

from __future__ import annotations

from switchboard.assistant.understanding.address import detect_address, street_start
from switchboard.assistant.understanding.company import is_business
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Context, Expecting, Extracted
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.name_rules import (
    DIGIT_WORDS,
    LEADS,
    an_answer,
    before_the_street,
    clean_name,
    name_like,
)
from switchboard.assistant.understanding.name_words import parts_of, typed, whole
from switchboard.assistant.understanding.normalise import Normalised, fold
from switchboard.assistant.understanding.phone_number import DIGIT_RUN

# Said between a name and the address or number that follows it: "Kevin Novak at 2845
# Youngfield St", "Kyle Jankowski and the number is 816 555 0198".
JOINERS = {"at", "from", "on", "in", "en", "de", "el", "over", "and", "y", "address", "is",
            "the", "live", "living", "located", "of", "my", "mi", "es", "number", "phone",
            "cell", "mobile", "numero", "telefono", "celular", "direct", "line", "best",
            "callback", "call", "me", "reach", "al", "a",
            # "Edna Mae Caldwell, I live at 4412 East Osborn Road"
            "i", "i'm", "we", "we're", "vivo", "vivimos", "estoy", "estamos"}  # fmt: skip


def before_address(norm: Normalised, context: Context) -> str | None:
    """ "Erin Walsh, 9023 E Colfax Ave", "it's Kevin Novak at 2845 Youngfield Street", "Luis
    Carrasco 720-555-0171": the words just before an address or a number, when they look like
    a first and last name (one name only when the name was asked for)."""
    start = street_start(norm)
    if start is None:
        start = phone_start(norm)
    if start is None:
        return None
    head = _without_what_follows(norm.text[:start].split(), norm.breaks)
    # "the address is her house, 2015 Canal Street": what follows "address" describes the
    # place; a name is only said before it.
    head = head[: next((i for i, w in enumerate(head) if w in _ADDRESS_WORDS), len(head))]
    while head and (head[-1] in JOINERS or head[-1] in DIGIT_WORDS):
        head.pop()
    # "Great. Tomasz Nowak 812 Manhattan Ave": a name does not reach across a sentence.
    head = head[max((b for b in norm.breaks if b < len(head)), default=0) :]
    # Only what follows the last lead-in ("we're all inside, it's Kevin Novak").
    for i in range(len(head) - 1, -1, -1):
        if head[i] in LEADS:
            head = head[i + 1 :]
            break
    words = whole(head, before_the_street, 1 if context.expecting is Expecting.NAME else 2)
    # Everyday words ending their own sentence before the address are what happened; run on
    # into it ("guadalupe ríos en el 3410 ...") they may be a name: surnames are words too.
    ended = norm.token_index(start) in norm.breaks
    if words and ended and all(is_common(p) and not typed(norm.raw, p) for p in parts_of(words)):
        return None  # "water everywhere. 2250 Holly Ln": what happened, not who is calling
    return clean_name(" ".join(words)) if words else None


def phone_start(norm: Normalised) -> int | None:
    """Where the first phone number of the turn begins."""
    phones = (r for r in DIGIT_RUN.finditer(norm.text) if sum(c.isdigit() for c in r[0]) >= 10)
    return next((r.start() for r in phones), None)


_WHAT_IS = {"is", "es", "it's", "its"}
# Words for the address or the place itself: "Vacant rental at 2650 E Broadway Rd" names a
# place, and a name is only said before such a word.
_ADDRESS_WORDS = {"address", "direccion", "domicilio", "rental", "building", "property",
                  "apartment", "condo", "duplex", "triplex", "fourplex", "edificio",
                  "departamento"}  # fmt: skip


def _without_what_follows(head: list[str], breaks: frozenset[int]) -> list[str]:
    """ "Hyacinth Moreau-Abiodun, building is 40 Remsen St", "Rosa Lugo, la casa es 1212
    Quitman": a short clause saying what the address is, between the name and the address, is
    left out so the name before it is read."""
    last = max((b for b in breaks if b < len(head)), default=0)
    if last and 2 <= len(head) - last <= 4 and head[-1] in _WHAT_IS:
        return head[:last]
    return head


_CONFIDENCE = 0.75


def name_after_address(norm: Normalised, context: Context) -> Extracted[str] | None:
    start = street_start(norm)
    if start is None or not norm.breaks:
        return None
    last = max(norm.breaks)
    if last <= norm.token_index(start):
        return None  # the street is in the last clause: nothing said after it
    words = whole(norm.tokens[last:], name_like, 2)
    if words is None:
        return None
    said = " ".join(words)
    if an_answer(said) or is_business(said):
        return None
    everyday = [p for p in parts_of(words) if is_common(p)]
    if len(everyday) > 1 or any(not typed(norm.raw, p) for p in everyday):
        return None  # "Acme Plumbing Supply", "Front Door"; one surname may be a word: "Marsh"
    name = clean_name(said)
    if name is None or len(name.split()) != len(words):
        return None
    address = detect_address(norm, context)
    town = fold(address.value.city) if address is not None else ""
    if town and (town in fold(name) or fold(name) in town):
        return None  # "2218 S Rural Rd, Paradise Valley": the town
    return Extracted(as_written(norm.raw, name), _CONFIDENCE)
