"""An aside the caller sets aside themselves: "the city has our street torn up redoing the
water main, which is a whole mess, but anyway that's not why I'm calling, I want a new faucet",
"pero no le llamo por eso". What comes before such words is small talk about something else;
what the call is about comes after them. A hazard named in the aside is not the caller's now,
unless it is said there in the present ("water is pouring in ... but that's not why I'm
calling" still pages).
"""

from __future__ import annotations

from switchboard.assistant.understanding.hazard_scope_words import PRESENT_HAZARD
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

_CALLING = (
    r"(?:calling|calling about|calling for|writing|writing about|texting|texting about|"
    r"messaging|reaching out|here)"
)
SET_ASIDE = words(
    rf"(?:that's|thats|that is|it's|its|which is|this is) not (?:why|what) (?:i'm|im|i am|we're|"
    rf"we are) {_CALLING}",
    r"(?:that's|thats|that is|it's|its) not (?:the reason|why) (?:i|we) (?:called|am calling|"
    r"wrote|texted|reached out)",
    r"(?:that's|thats|that is) (?:a )?(?:separate|different|whole other|another) (?:thing|story|"
    r"issue|matter|problem)",
    r"(?:pero |y )?(?:no )?(?:le |les )?(?:llamo|hablo|escribo|llame) (?:no )?por eso",
    r"(?:eso )?no es por (?:eso|lo) que (?:le |les )?(?:llamo|hablo|escribo|llame)",
    r"no (?:le |les )?(?:llamo|hablo|escribo) por eso",
)


def aside_ends(norm: Normalised) -> int | None:
    """Where the last aside the caller set aside ends (the start of the words setting it
    aside), or None; an aside that says a hazard in the present is never set aside."""
    last = None
    for m in SET_ASIDE.finditer(norm.text):
        last = m
    if last is None or PRESENT_HAZARD.search(norm.text, 0, last.start()):
        return None
    return last.start()


def after_the_aside(norm: Normalised) -> str:
    """The turn from the words setting an aside aside: what the call is about."""
    end = aside_ends(norm)
    return norm.text if end is None else norm.text[end:]
