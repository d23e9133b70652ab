"""A "no" that goes on about the job, answering "Would you like to book a visit?": "no no el
viejo todavía funciona nomás que ya está muy viejo" from a caller who has just said they want
the old heater swapped and bought the new one. The "no" puts right something the caller
thinks was assumed (that the thing is broken); the rest tells more of the job, and nothing
in it turns the visit down. A decline says why it is one: thanks, only asking, not now or
later, no need, the price, thinking it over ("no thanks", "no, just wanted a price", "no, not
right now", "no, we'll wait till spring", "no, ahorita no, gracias").
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_NO = frozenset(("no", "nope", "nah", "naw", "not", "nel"))
# What turns a visit down, in English and Spanish.
DECLINE_SAID = words(
    r"thanks?",
    r"thank you",
    r"thx",
    r"gracias",
    r"(?:just|only) (?:asking|wondering|checking|curious|looking|getting|wanted|needed|a "
    r"question|a price|pricing)",
    r"(?:solo|nomas|nada mas|namas) (?:preguntaba|pregunto|queria saber|era (?:una )?pregunta|"
    r"el precio|para saber)",
    r"(?:not|no) (?:now|yet|today|right now|this time|for now|at the moment|ahorita|por ahora|"
    r"todavia|aun|hoy|necesito|hace falta|ocupo|need|needed|necessary|interested|worth)",
    r"(?:ahorita|por ahora|por el momento|todavia|aun|hoy) no",
    r"later",
    r"luego",
    r"despues",
    r"mas (?:adelante|tarde)",
    r"wait\w*",
    r"esper\w+",
    r"don't need",
    r"dont need",
    r"too (?:expensive|much|pricey|high)",
    r"(?:muy |bien |algo )?car[oa]",
    r"i'm (?:good|fine|ok|okay|all set)",
    r"im (?:good|fine|ok|okay)",
    r"(?:estoy|estamos) bien",
    r"maybe",
    r"probably",
    r"quizas?",
    r"tal vez",
    r"a lo mejor",
    r"think\w*",
    r"pensar\w*",
    r"lo pienso",
    r"somebody else",
    r"someone else",
    r"otra (?:compania|empresa|persona)",
    r"never ?mind",
    r"olvidelo",
    r"bye",
    r"adios",
)


def no_then_the_job(norm: Normalised) -> bool:
    """A "no" first, then at least four words of the caller's own, none of them a decline."""
    tokens = norm.tokens
    if not tokens or tokens[0] not in _NO:
        return False
    rest = [t for t in tokens if t not in _NO]
    return len(rest) >= 4 and not found(DECLINE_SAID, norm)
