"""A cancellation told outright, whatever "no" came before it.

Asked "Do you want me to cancel...?", a caller may say "no" to something else first: "no, I
thought about moving it but nah, just cancel it", "no no, go ahead and cancel it", "no, mejor
cancélela". The "no" turns down the thought aloud (moving it, waiting); the cancel said as an
order is the answer. Never a cancel only spoken of ("no, I wanted to cancel the other one"),
asked about ("should I cancel it?"), or refused ("no, don't cancel it", "please don't cancel").
"""

from __future__ import annotations

import re

# Where an order begins: the turn's start, or a word that turns to it ("but", "nah", "just").
_LEAD = (r"(?:^|[,.;!]\s*|\b(?:but|nah|naw|just|so|go ahead and|please|pls|plz|ok|okay|yeah|yes|"
         r"yep|actually|then|pero|mejor|nomas|nada mas|solo|si|entonces)\s+)")  # fmt: skip
_ORDER = re.compile(
    rf"{_LEAD}(?:just\s+|go ahead and\s+)?cancel\s+(?:it|that|them|the whole thing|everything|"
    r"the (?:appointment|appt|visit|booking|job))\b(?!\?)"
    rf"|{_LEAD}(?:cancel[eé]?(?:la|lo|nla)|canc[eé]l(?:ala|alo|ela|elo|enla)|cancele (?:la cita|"
    r"todo))\b",
    re.IGNORECASE,
)
_REFUSED = re.compile(r"\b(?:don'?t|do not|dont|no)\s+(?:just\s+)?cancel", re.IGNORECASE)


def told_to_cancel(text: str) -> bool:
    """Does the turn order the cancellation, past any "no" said before it?"""
    return _ORDER.search(text) is not None and _REFUSED.search(text) is None
