"""Names said beside the address (or the number), with nothing to introduce them.

Before it: "Erin Walsh, 9023 E Colfax Ave", "it's Kevin Novak at 2845 Youngfield Street",
"Luis Carrasco 720-555-0171" (what happened, "water everywhere. 2250 Holly Ln", is no name).

After it, as the last thing in the turn: "1638 W Baseline Rd Tempe, Shay Collins", "15020 W
150th Ter, Olathe. Priya Raman", "7415 Bellfort Ave Houston, Maribel Torres". Callers in a
hurry (an emergency just paged) give their details in one breath, address first, and sign
off with their name, with no "I'm" before it. Read only when the name is a clause of its own
that ends the turn, or a sentence of its own just after the address or its town ("2215
Glenwood Ave SE Atlanta. Howard Beasley. Tenant is home"), after the clause the street is
in, and is no part of the address (a town typed after the street, "2218 S Rural Rd,
Paradise Valley", is the town). Every word must look like a name, none an answer ("ok
thanks"), and an everyday word counts only when typed
with a capital ("Ethan Marsh" typed; "back gate", "side door", "please hurry" never), and
only one of them ("Acme Plumbing Supply" is a business): a town said in lower case is the
risk, so a lower-case everyday word is never taken as a surname here. Spoken in one breath
with no sentence marked ("fourteen oh six scott boulevard decatur latoya simmons"), the last
two words after the street are the name only when neither is an everyday word, a served
town or a state.

Between the name and the address may come a word or an aside that introduces the address
("brianna kowalczyk its 1109 ...", "reginald byrd im her son its 1745 ...", "Alina
Petrosyan, it's his place: 108-20 ..."), and before the name a time or an answer said first
("wednesday at three is good troy mabry 5321 ...")."""

from __future__ import annotations

from switchboard.assistant.understanding.address import ANCHOR, detect_address, street_start
from switchboard.assistant.understanding.company import is_business
from switchboard.assistant.understanding.kin_before_name import past_kin
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Context, Expecting, Extracted
from switchboard.assistant.understanding.name_and_role import a_role
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.name_rules import (
    DIGIT_WORDS,
    LEADS,
    STREET_WORD,
    an_answer,
    before_the_street,
    clean_name,
    name_like,
)
from switchboard.assistant.understanding.name_words import parts_of, typed, whole
from switchboard.assistant.understanding.normalise import Normalised, fold
from switchboard.assistant.understanding.phone_number import DIGIT_RUN
from switchboard.assistant.understanding.weekdays import WEEKDAYS

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
    cut = next((i for i, w in enumerate(head) if w in _ADDRESS_WORDS), len(head))
    # ... and its article or owner with it ("marisol cárdenas y la dirección es 1633 ...").
    while cut < len(head) and cut and head[cut - 1] in _WHOSE:
        cut -= 1
    head = head[:cut]
    while head:
        # "dwayne hollis lot 12 5150 memorial drive", "raymond bennett 11904 west 129th":
        # the lot or unit and digits of the house number said before the street was found.
        if head[-1] in JOINERS or head[-1] in DIGIT_WORDS or head[-1].isdigit():
            head.pop()
        elif head[-1] in UNIT_WORDS or (
            len(head) > 1 and head[-2].isdigit() and head[-1] in _COMPASS
        ):
            head.pop()  # "... 11904 west" before "129th street": the street's compass point
        elif aside := _aside_at_end(head):
            del head[-aside:]
        else:
            break
    # "Great. Tomasz Nowak 812 Manhattan Ave": a name does not reach across a sentence.
    head = head[max((b for b in norm.breaks if b < len(head)), default=0) :]
    # Only what follows the last lead-in ("we're all inside, it's Kevin Novak").
    for i in range(len(head) - 1, -1, -1):
        if head[i] in LEADS:
            head = head[i + 1 :]
            break
    words = whole(head, before_the_street, 1 if context.expecting is Expecting.NAME else 2)
    words = words or _after_a_time_or_an_answer(head)
    if words and _the_street_said_before(words, norm.text[start:]):
        return None  # "its chapel street 552 chapel street": the street, said twice
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


# The place within a lot, park or building, said with its number beside the address.
_COMPASS = {"n", "s", "e", "w", "north", "south", "east", "west", "ne", "nw", "se", "sw"}
UNIT_WORDS = {"lot", "lote", "space", "espacio", "trailer", "traila", "unit", "apt",
              "apartment", "suite", "ste", "#"}  # fmt: skip
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


def _the_street_said_before(words: list[str], address: str) -> bool:
    """The words end with the street's name and kind that the address goes on to give."""
    return (
        len(words) >= 2
        and STREET_WORD.match(words[-1]) is not None
        and f" {words[-2]} {words[-1]}" in address
    )


# Introducing the address after the name: "it's", "that's".
_IT_IS = {"it's", "its", "it", "that's", "thats"}
_WHOSE = {"his", "her", "their", "my", "our", "the", "su", "mi", "la", "el"}
# The place, said as whose it is: "it's his place", "it's my mom's house".
_PLACES = {"place", "house", "home", "apartment", "apt", "condo", "unit", "building",
           "property", "rental", "address", "casa", "departamento"}  # fmt: skip
_I_AM = {"i'm", "im", "soy"}


def _aside_at_end(head: list[str]) -> int:
    """How many words at the end of `head` introduce the address rather than name anyone:
    "it's", "it's his place", "the house (is)", "i'm her son", "i'm the owner", "soy su hija";
    0 when none."""
    if head[-1] in _IT_IS:
        return 1
    if owned := _owning(head):
        return owned
    if len(head) >= 3 and head[-3] in _IT_IS and head[-1] in _PLACES:
        whose = head[-2]
        if whose in _WHOSE or whose.endswith("s"):  # "my mom's house", "rays place"
            return 3
    if len(head) >= 4 and head[-2] in _WHOSE and head[-1] in _PLACES:
        return 2
    if owned := _owning(head):
        return owned  # "greg salazar the house is 1704 ...": the place, its "is" already gone
    for size in (2, 3):
        if len(head) <= size or head[-size - 1] not in _I_AM:
            continue
        said = head[-size:]
        if past_kin(said, 0) == size or a_role(" ".join(said)):
            return size + 1
    return 0


_OWNERS = {"i", "we"}
_OWN = {"own", "owns", "rent", "lease", "manage", "managed", "run"}


def _owning(head: list[str]) -> int:
    """ "Greg Vukovich, I own the place, 4417 ...", "we rent it", "i manage the building":
    the caller says how the place is theirs; the words say whose, and name nobody. Only after
    two words more, so the name stays."""
    for size in (3, 4):
        said = head[-size:]
        if len(head) < size + 2 or said[0] not in _OWNERS or said[1] not in _OWN:
            continue
        rest = said[2:]
        if rest in (["it"], ["this"]) or (
            rest[-1] in _PLACES and all(w in _WHOSE for w in rest[:-1])
        ):
            return size
    return 0


# What a caller says just before their name when the name follows a time or an answer:
# "wednesday at three is good troy mabry ...", "eight oclock thursday marcus tillman ...".
_BEFORE_A_NAME = {*DIGIT_WORDS, *WEEKDAYS, "am", "pm", "oclock", "o'clock", "noon", "morning",
                  "afternoon", "evening", "good", "fine", "great", "perfect", "works", "ok",
                  "okay", "yes", "yeah", "yep", "sure", "thanks", "please", "then", "today",
                  "tomorrow", "bien", "gracias", "manana", "hoy"}  # fmt: skip


def _after_a_time_or_an_answer(head: list[str]) -> list[str] | None:
    """The first and last name that ends `head` after a time or an answer said first, two or
    three words that are not all everyday ones; never after a word that says whose name it
    is ("my tenant maria lopez")."""
    at = max((i for i, w in enumerate(head) if w in _BEFORE_A_NAME or w.isdigit()), default=-1)
    words = head[at + 1 :]
    if at < 0 or not 2 <= len(words) <= 3:
        return None
    name = whole(words, name_like, 2)
    if name is None or all(is_common(p) for p in parts_of(name)):
        return None
    return name


_CONFIDENCE = 0.75
# Said after a town, never a surname: the states' postal codes.
_STATES = frozenset(
    {"al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia",
     "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj",
     "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt",
     "va", "wa", "wv", "wi", "wy", "dc"}
)  # fmt: skip


def name_after_address(norm: Normalised, context: Context) -> Extracted[str] | None:
    start = street_start(norm)
    if start is None:
        return None
    if not norm.breaks:
        return _name_ending_the_breath(norm, context)
    at = norm.token_index(start)
    ends = sorted(b for b in norm.breaks if b > at)
    if not ends:
        return None  # the street is in the last clause: nothing said after it
    # The last clause, or a sentence of its own just after the address (or after the town
    # that follows it): "2215 Glenwood Ave SE Atlanta. Howard Beasley. Tenant is home".
    bounds = [*zip(ends, [*ends[1:], len(norm.tokens)], strict=True)]
    for begin, end in [bounds[-1], *bounds[:2]]:
        if name := _a_name_clause(norm, context, norm.tokens[begin:end]):
            return name
    return None


def _a_name_clause(
    norm: Normalised, context: Context, clause: tuple[str, ...]
) -> Extracted[str] | None:
    words = whole(clause, name_like, 2)
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


def _name_ending_the_breath(norm: Normalised, context: Context) -> Extracted[str] | None:
    """ "two forty one smith street brooklyn ethan mahoney": a turn said in one breath that
    ends, after the street (and the town), with two words that can only be a name: neither an
    everyday word, a served town or a state."""
    m = ANCHOR.search(norm.text)
    if m is None:
        return None
    after = norm.token_index(m.end(3) if m.group(3) else m.end(2)) + 1
    rest = list(norm.tokens[after:])
    if not 2 <= len(rest) <= 5:
        return None
    words = rest[-2:]
    if whole(words, name_like, 2) is None or an_answer(" ".join(words)):
        return None
    served = {w for town in context.towns for w in fold(town).split()}
    if any(is_common(w) or w in served or w in _STATES for w in words):
        return None
    name = clean_name(" ".join(words))
    if name is None or len(name.split()) != 2:
        return None
    return Extracted(as_written(norm.raw, name), _CONFIDENCE)
