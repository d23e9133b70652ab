"""A turn that only tells the job's past, once the job is known: "we had hail damage like
three years ago but insurance paid and it got a whole new roof", "the old owners had one but it
melted at the plug so they ripped it out", "la semana pasada arreglaron una fuga en el medidor
y dijeron que todo quedó bien". The service its words name (the roof repaired, the plug, the
leak) is what happened before, not a new job: the job already asked for stands.

Only a turn that asks for nothing: "the old owners had a leak there too, can you look at that
as well?" or "last year you fixed the toilet, now the drain is backed up" still names the job.
"""

from __future__ import annotations

from switchboard.assistant.understanding.history import PIVOT, history_marker
from switchboard.assistant.understanding.intent import visit_requested
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.phrases import words

# Who had the place before: what they did is the place's past.
_BEFORE_US = words(
    r"(?:the )?(?:old|previous|prior|former|last) (?:owners?|homeowners?|people|tenants?|"
    r"landlord)",
    r"(?:the )?(?:people|folks|family|owners?) (?:before us|who lived here|that lived here)",
    r"before (?:we|i) (?:moved in|bought|closed|got)",
    r"(?:los|las) (?:antiguos|anteriores|otros|viejos) (?:duenos|inquilinos)",
    r"el (?:dueno|inquilino) anterior",
)
# Words that may come before the story's clause ("oh, and", "yes. ...", "also fyi").
_LEAD_IN = 3
# The caller asking for something in the same breath.
_ASKS = words(
    r"(?:i|we) (?:need|want|wanna|would like)",
    r"(?:i'd|we'd) like",
    r"(?:need|want) (?:it|that|them|you)",
    r"(?:can|could|would) (?:you|someone|somebody|y'?all)",
    r"please",
    r"also",
    r"as well",
    r"(?:quiero|queremos|necesito|necesitamos|ocupo|ocupamos)",
    r"(?:pueden|puede|podrian)",
    r"tambien",
    r"por favor",
)


def only_the_past(text: str, clause_ends: tuple[int, ...] = ()) -> bool:
    """The turn (its normalised text, and where its clauses end) tells what happened before
    (a time gone by, or the place's former owners) and asks for nothing."""
    found_at = history_marker(text) or _BEFORE_US.search(text)
    if found_at is None:
        return False
    # The story opens the turn: "wait sorry, the fan is up and works. it's the wall switch
    # that's dead. it sparked once last year" tells the job first and corrects it.
    clause_start = max((e for e in clause_ends if e <= found_at.start()), default=0)
    if len(text[:clause_start].split()) > _LEAD_IN:
        return False
    # "..., now the drain is backed up": what follows "now" is the job in hand ("there's just
    # a capped box on the wall now" tells how things were left).
    for pivot in PIVOT.finditer(text, found_at.end()):
        if len(text[pivot.end() :].split()) >= 2:
            return False
    return not (_ASKS.search(text) or visit_requested(normalise(text)))
