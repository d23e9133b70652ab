"""A name said first, as a clause of its own, in a list of details that goes on to the address
or the number.

"Devon Schultz, Cask & Crumb, 1200 E Colfax Ave", "Kim Tran, Polished Nail Lounge, 2000 E Rio
Salado Pkwy", "Tonya Merritt, director. 3080 Lawrenceville Hwy", "Jordan Pike / 3145 Tennyson
St / 303-555-0172": callers typing their details put their own name first and may add the
business or their role before the address. The words just before the address are then the
business or the role, not the name, so the opening clause is read instead.

Read only when the turn opens with two or three words, a clause of their own (a comma, a full
stop or a slash ends it), that look like a first and last name: not an answer ("Thanks so
much"), a business ("Oak Ridge Apartments"), a role ("Property manager"), a served town
("Overland Park") or everyday words in lower case ("back gate", "water everywhere"; typed
with a capital they may be a name, "Marcus Reed"; a street word is a surname before the
street, "Jordan Pike"); and when the address or number starts in a later clause. A name
with its company or role after it is name_and_role.py's, which also keeps the company."""

from __future__ import annotations

from switchboard.assistant.understanding.address import street_start
from switchboard.assistant.understanding.company import is_business
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Context, Extracted
from switchboard.assistant.understanding.name_and_role import a_role, name_and_role
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.name_rules import an_answer, before_the_street, clean_name
from switchboard.assistant.understanding.name_words import parts_of, typed, whole
from switchboard.assistant.understanding.normalise import Normalised, fold
from switchboard.assistant.understanding.phone_number import DIGIT_RUN

_CONFIDENCE = 0.75
_SLASHES = {"/", "|"}


def name_opening_details(norm: Normalised, context: Context) -> Extracted[str] | None:
    if name_and_role(norm):
        return None  # "Maureen Keogh, Keogh Management": read with the company it names
    tokens = norm.tokens
    ends = sorted({*norm.breaks, *(i for i, t in enumerate(tokens) if t in _SLASHES)})
    if not ends:
        return None
    first = ends[0]
    details = _details_start(norm)
    if details is None or norm.token_index(details) <= first:
        return None  # the address or number is in the opening clause: another rule's
    words = whole(tokens[:first], before_the_street, 2)
    if words is None or len(words) > 3:
        return None
    said = " ".join(words)
    if an_answer(said) or is_business(said) or a_role(said):
        return None
    if any(is_common(p) and not typed(norm.raw, p) for p in parts_of(words)):
        return None  # "back gate, 4410 ...": everyday words count only typed with a capital
    served = {fold(town) for town in context.towns}
    if fold(said) in served:
        return None
    name = clean_name(said)
    if name is None or len(name.split()) != len(words):
        return None
    return Extracted(as_written(norm.raw, name), _CONFIDENCE)


def _details_start(norm: Normalised) -> int | None:
    """Where the address, or else the first phone number, begins."""
    start = street_start(norm)
    if start is not None:
        return start
    phones = (r for r in DIGIT_RUN.finditer(norm.text) if sum(c.isdigit() for c in r[0]) >= 10)
    return next((r.start() for r in phones), None)
