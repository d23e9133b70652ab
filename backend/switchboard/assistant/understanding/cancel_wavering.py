"""A cancellation said tentatively: asked about, or said with a condition, rather than asked for.

By text an identified caller's cancellation is made at once (engine/account.py), so the words
must ask for it. "If it rains tomorrow do I need to cancel?", "is there a fee to cancel?", "I
might need to cancel, I'll let you know", "¿cobran si cancelo?" ask about cancelling, or hold
it on a condition: those are confirmed first ("Do you want me to cancel...?"), as on a call.
"Please cancel tomorrow's appointment", "need to cancel, the breaker fixed it", "cancele la
cita de mañana" ask for it.
"""

from __future__ import annotations

import re

# A question, a condition, a maybe, or a question about the cost or the rules of cancelling.
_WAVERS = re.compile(
    r"\?|¿"
    r"|\b(?:if|whether|in case|unless|might|maybe|may have to|may need|possibly|probably"
    r"|what happens|do i (?:need|have) to|should i|should we|can i|could i|is it ok(?:ay)? to"
    r"|fee|charge|cost|penalty|policy|let you know|not sure|thinking (?:about|of))\b"
    r"|\b(?:si (?:llueve|no|tengo|hay|cancelo|cancelamos)|a lo mejor|tal vez|quiz[aá]s?|puede que"
    r"|cobran|cargo|multa|le aviso|les aviso|no s[eé] si|estoy pensando)\b",
    re.IGNORECASE,
)


def wavers(text: str) -> bool:
    """Does the caller ask about cancelling, or hold it on a condition, rather than ask for it?"""
    return _WAVERS.search(text) is not None
