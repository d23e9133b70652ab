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
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

# Who had the place before: what they did is the place's past.
_BEFORE_US = words(
    r"(?:the )?(?:old|previous|prior|former|last) (?:owners?|homeowners?|people|tenants?|"
    r"landlord)",
    r"(?:the )?(?:people|folks|family|owners?) (?:before us|who lived here|that lived here)",
    r"before (?:we|i) (?:moved in|bought|closed|got)",
    r"(?:los|las) (?:antiguos|anteriores|otros|viejos) (?:duenos|inquilinos)",
    r"el (?:dueno|inquilino) anterior",
)
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


def only_the_past(norm: Normalised) -> bool:
    """The turn tells what happened before (a time gone by, or the place's former owners)
    and asks for nothing."""
    marker = history_marker(norm.text)
    if marker is None:
        before_us = _BEFORE_US.search(norm.text)
        if before_us is None:
            return False
        end = before_us.end()
    else:
        end = marker.end()
    # "..., now the drain is backed up": what follows "now" is the job in hand ("there's just
    # a capped box on the wall now" tells how things were left).
    for pivot in PIVOT.finditer(norm.text, end):
        if len(norm.text[pivot.end() :].split()) >= 2:
            return False
    return not (found(_ASKS, norm) or visit_requested(norm))
