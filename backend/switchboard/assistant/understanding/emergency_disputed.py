""" "Emergency" as someone else's word, disputed by the caller: "tenant reported a 'plumbing
emergency' but per my maintenance guy it's just a slow tub drain", "mi inquilina dice que es
una emergencia pero nomás es la llave que gotea". The word is reported (someone said, called
or thought it so) and the caller goes on to make it small ("just", "only", "not really",
"nomás"): no declaration of an emergency. Said by the caller themself ("this is an
emergency"), or reported with nothing said against it ("my tenant says it's an emergency"),
it still is; hazards named in the turn are judged by their own rules.
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

# Someone else's word: reported, called, thought, claimed.
_REPORTED = words(
    r"(?:reported|reports|called in|calls? it|called it|said|says|thinks?|thought|claims?|"
    r"claimed|told (?:me|us))(?: (?:it'?s|it was|it is|that|there'?s|there was|there is))?"
    r"(?: (?:an?|the|some))?(?: [\w']+){0,2} emergency",
    r"(?:reporto|dice|dijo|dicen|cree|creyo|llamo|aviso)(?: que)?(?: (?:es|era|hay|habia))?"
    r"(?: (?:una|un))?(?: \w+)? emergencia",
)
# Then made small by the caller: only a minor thing after all.
_MADE_SMALL = words(
    r"but(?: [\w']+){0,8} (?:it'?s|its|it is|it was|that'?s|that is) (?:just|only|really just|"
    r"nothing but|not (?:really )?(?:an? )?emergency)",
    r"but(?: [\w']+){0,8} (?:just|only) (?:an?|the|some)",
    r"not (?:really )?an emergency",
    r"pero(?: \w+){0,6} (?:nomas|nada mas|solo|solamente|no mas) (?:es|era)",
    r"(?:no es|no era) (?:una )?emergencia",
)


def disputed(norm: Normalised) -> bool:
    """ "Emergency" is said as someone else's word, and the caller then makes it small."""
    return found(_REPORTED, norm) and found(_MADE_SMALL, norm)
