"""Where someone at the business is working, asked or told by a caller looking for him: "is
Kenny out on a roof somewhere?", "he's probably up on a roof", "¿anda en algún trabajo?".

A roof, a job or a call somewhere ("a", "some", "another": not this home's) is where he is, never
the caller's job: those words are hidden from the catalogue match, so the owner's mother asking
for him is no roof repair. "Someone's up on my roof", "is he coming to the job at my house?" and
"can you look at a roof for me" are a customer's and stay.
"""

from __future__ import annotations

from switchboard.assistant.understanding.business_name import blank_matches
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

_SOMEWHERE = (
    r"(?:still |probably |prob |maybe |already )?(?:out |up |off )?(?:on|at) (?:a|some|another) "
    r"(?:roof|job|call|jobsite|job site|site|service call)(?: (?:somewhere|right now|today))?"
)
WHEREABOUTS = words(
    # asked: "is Kenny out on a roof somewhere", "is he at a job"
    rf"is (?:he|she|[a-z]+) {_SOMEWHERE}",
    # told: "he's probably up on a roof", "she must be on a job"
    rf"(?:he's|hes|he is|she's|shes|she is|he must be|she must be) {_SOMEWHERE}",
    # "¿anda en algún trabajo?", "está arriba de un techo"
    r"(?:anda|esta|andara|estara)(?: [a-z]+)? (?:en|arriba de|arriba en|trabajando en) "
    r"(?:un|algun|otro) (?:techo|trabajo|servicio|jale)",
)


def asked_where(norm: Normalised) -> bool:
    """The turn asks or tells where someone at the business is working."""
    return WHEREABOUTS.search(norm.text) is not None


def without_whereabouts(norm: Normalised) -> Normalised:
    """`norm` with where someone at the business is working blanked, token for token."""
    return blank_matches(norm, WHEREABOUTS)
