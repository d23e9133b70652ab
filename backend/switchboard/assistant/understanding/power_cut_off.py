"""An electrical warning sign told as what a thing did before its power was cut, and left off
since: "the breaker that was sparking is still flipped off, we haven't touched it", "it
smelled burnt but it's been switched off since Thursday", "the outlet sparked so I flipped the
breaker off", "el contacto echó chispas y lo dejamos desconectado", "estaba echando chispas,
bajé la pastilla y sigue apagada".

A dispatcher hears a hazard contained: the sign is in the past (was sparking, sparked,
smelled burnt, echó chispas) and the power to the thing is off now by the caller's hand. That
is a repair to book, not a fire to page about. It holds only for the sign told in the past
with the power said off (`POWER_OFF`): a sign said in the present ("it's still smoking", "it
smells burnt even with the breaker off") and any fire or flames stay an emergency, whatever
the power is; so does power the caller cannot cut ("I can't get the breaker to shut off").
"""

from __future__ import annotations

from switchboard.assistant.understanding.hazard_scope_words import PRESENT_HAZARD
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, found, words

_THING = (
    r"(?:it|that|them|this|the (?:breaker|breakers|power|switch|circuit|main|outlet|plug|"
    r"disposal|unit|panel|fuse|thing)|everything)"
)
_OFF_VERB = r"(?:flipped|switched|turned|shut|cut|kicked|left|kept|killed)"
# The power to the thing is off now, by the caller's hand, and left so.
POWER_OFF = words(
    rf"(?:still|been|stayed|stays|left|kept|is|are|it's|its|remains?) (?:still )?{_OFF_VERB} off",
    rf"(?:flipped|switched|turned|shut|cut|killed) {_THING}(?: [\w']+)? off",
    rf"(?:flipped|switched|turned|shut|cut) off {_THING}",
    r"(?:killed|cut) (?:the )?(?:power|breaker|circuit|electricity)",
    rf"unplugged {_THING}",
    r"(?:it's|its|is|been|left it|kept it|stays|still) unplugged",
    r"(?:haven't|have not|havent|didn't|did not) (?:touched|turned) (?:it|them)(?: back on)?",
    r"(?:lo|la|los|las) (?:desconecte|desconectamos|apague|apagamos|baje|bajamos|dejamos "
    r"desconectad[oa]s?|dejamos apagad[oa]s?|tenemos desconectad[oa]s?|tenemos apagad[oa]s?)",
    r"(?:baje|bajamos|apague|apagamos) (?:la pastilla|las pastillas|el breaker|el breiker|"
    r"el interruptor|la luz|la corriente)",
    r"(?:sigue|siguen|esta|estan|ha estado|queda|quedo) (?:todavia )?(?:desconectad[oa]s?|"
    r"apagad[oa]s?)",
)
# A sign of electrics running hot or arcing, as a caller tells it.
_SIGN = words(
    r"spark\w*",
    r"smok\w*",
    r"smell\w*",
    r"smelt",
    r"stank",
    r"stunk",
    r"arc(?:ed|ing)",
    r"chispa\w*",
    r"chispe\w*",
    r"humo",
    r"olio",
    r"olia",
)
# The sign told as what it did then: a past form, or "was"/"estaba" just before it.
_PAST_FORM = words(r"\w+ed", r"smelt", r"stank", r"stunk", r"olio", r"olia", r"chispeo")
_PAST_BEFORE = words(
    r"was",
    r"were",
    r"had",
    r"had been",
    r"kept",
    r"gave off",
    r"estaba",
    r"estaban",
    r"echo",
    r"hecho",
    r"salio",
    r"salieron",
    r"hizo",
)
_FIRE = words(r"fire", r"flames?", r"fuego", r"llamas?", r"incendio", r"lumbre")
_BACK = 4  # tokens before a sign where its "was" may be ("was making a burning smell")
_NEXT_TELLING = {"and", "but", "now", "so", "then", "y", "pero", "ahora", "luego"}
_REACH = 6  # tokens after a sign that belong to its telling ("smelled burnt", "sparking")


def cut_off_signs(norm: Normalised) -> list[tuple[int, int]]:
    """Spans of the signs told in the past, when the turn says the power is off now and
    nothing is said burning, on fire or going on."""
    if next(affirmed(POWER_OFF, norm), None) is None:
        return []
    if found(_FIRE, norm) or found(PRESENT_HAZARD, norm):
        return []
    spans = []
    for sign in _SIGN.finditer(norm.text):
        at = norm.token_index(sign.start())
        before = _telling_before(norm.tokens[max(0, at - _BACK) : at])
        if not (_PAST_FORM.fullmatch(sign.group()) or _PAST_BEFORE.search(before)):
            return []  # a sign in the present ("it still smells burnt"): not contained
        # From the telling's first word ("was making a burning smell"), so a hazard word
        # said around the sign is inside it.
        first = at - len(before.split())
        start = len(" ".join(norm.tokens[:first])) + (1 if first else 0)
        end = len(" ".join(norm.tokens[: at + 1 + _REACH]))
        spans.append((start, end))
    return spans


def _telling_before(tokens: tuple[str, ...]) -> str:
    """The words before a sign in its own telling: not past "and", "but" or "now" ("there was
    a spark and now it smells" tells the smell in the present)."""
    cut = max((i + 1 for i, t in enumerate(tokens) if t in _NEXT_TELLING), default=0)
    return " ".join(tokens[cut:])


def told_cut_off(norm: Normalised) -> bool:
    """The turn tells of electrics that sparked or smelled before the power was cut, and left
    off since: nothing to ask about now."""
    return bool(cut_off_signs(norm))
