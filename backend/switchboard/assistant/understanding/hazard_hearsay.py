"""A hazard word in what others say: a warning of what could or would happen, passed on, and
what another company did elsewhere or before. English, as whole-word patterns over
normalised text; `hazard_scope` reads the warnings, `hazard_scope_words` joins the rest to
the past scope, so each yields to a hazard said in the present or with its "now".

- someone's claim of what can or will happen: "my neighbor swears those things can
  electrocute you when they hum", "the first guy said if I keep using a regular outlet my
  garage will catch fire", "the inspector told me the basement is going to flood";
- a review of another company: "their reviews say they flooded somebody's kitchen";
- another company's past work: "the last outfit, their repair literally melted a wire",
  "the other plumber flooded the laundry room";
- a joke ("my husband keeps joking that this is how people get electrocuted in the tub") and
  a written finding ("the inspection report has the words 'possible sewage intrusion'"): what
  follows them, to the end of the sentence, is said in jest or on paper, not seen now.

Not: what others report of now ("my neighbor said it smells like gas in our kitchen right
now", "my wife says the outlet is smoking"), nor a fixture that shocks whoever touches it
("she says the faucet will shock you if you touch it"): those are the hazard itself.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

# Someone else passing on a claim (not the caller's own fear: "I'm afraid it'll catch fire").
_CLAIMED = words(
    r"(?:said|says|say|saying|swears|swore|swear|swearing|claims|claimed|claiming|insists|"
    r"insisted|reckons|warned|warns|warning|told (?:me|us|him|her|them|my \w+)|"
    r"tells? (?:me|us|everyone|everybody)|telling (?:me|us|everyone|everybody)|according to)"
)
# What would follow, as a modal consequence: "can electrocute you", "will catch fire".
_CONSEQUENCE = words(
    r"(?:can|will|'ll|would|could|might|may|is going to|is gonna|are going to|are gonna|gonna|"
    r"going to)(?: (?:eventually|probably|definitely|easily|totally|actually|literally))?"
    r"(?: (?:get|be))? (?:electrocut\w*|shock\w*|zap\w*|catch (?:on )?fire|start (?:a )?fire|"
    r"burn (?:down|up)|go up in flames|blow up|explode|flood\w*|burst|cave in|collapse)"
)
# A touch that brings the shock: the fixture is live now, whoever says it.
_TOUCHED = re.compile(
    r"^(?: \w+){0,2} (?:if|when|whenever) (?:you|i|we|he|she|they|anyone|somebody|someone)"
    r"(?: \w+)? (?:touch|touches|grab|grabs|turn|turns|use|uses|open|opens)\b"
)
CLAIM_REACH = 16  # tokens from the claim to its consequence, within the sentence


def warned_by_others(norm: Normalised) -> list[tuple[int, int]]:
    """Where a consequence someone else claims is said ("... can electrocute you"): a hazard
    mention inside one is only warned of."""
    spans = []
    for claim in _CLAIMED.finditer(norm.text):
        at = norm.token_index(claim.start())
        ends = [b for b in norm.breaks if b > at]
        stop = min([*ends, at + 1 + CLAIM_REACH, len(norm.tokens)])
        limit = len(" ".join(norm.tokens[:stop]))
        for m in _CONSEQUENCE.finditer(norm.text, claim.end(), limit):
            if not _TOUCHED.match(norm.text[m.end() :]):
                spans.append(m.span())
    return spans


# Told in jest, or written in a report: the rest of the sentence is the joke or the finding.
_IN_JEST = words(
    r"(?:joking|joked|jokes|jokingly (?:says|said)|kidding|kidded|teasing|teased|"
    r"bromeando|bromea|bromeo|dice de broma|dijo de broma)(?: (?:that|about|que))?"
)
_ON_PAPER = words(
    r"(?:inspection|inspector's|inspectors|appraisal|appraiser's|disclosure|home inspection|the|"
    r"his|her|their|our) reports?(?: [\w']+){0,2} (?:says|said|has|had|mentions|mentioned|"
    r"lists|listed|flags|flagged|notes|noted|shows|showed|reads|calls out|called out)",
    r"inspector (?:wrote|noted|flagged|listed|wrote up|wrote down|put down|marked|checked)",
    r"(?:el )?(?:reporte|informe) de (?:la )?inspeccion (?:dice|decia|menciona|tiene|marca)",
)


def in_jest_or_on_paper(norm: Normalised) -> list[tuple[int, int]]:
    """From a joke or a report's finding to the end of its sentence: a hazard mention inside
    is someone's words, not what is happening now."""
    spans = []
    for pattern in (_IN_JEST, _ON_PAPER):
        for m in pattern.finditer(norm.text):
            at = norm.token_index(m.start())
            stop = min([b for b in norm.breaks if b > at] or [len(norm.tokens)])
            end = len(" ".join(norm.tokens[:stop]))
            # "He jokes about everything, but he got shocked": the joke ends at the "but".
            turn = _TURN.search(norm.text, m.end(), end)
            spans.append((m.end(), turn.start() if turn is not None else end))
    return spans


_TURN = words(r"but", r"pero", r"though", r"although", r"however", r"aunque")


# Another company, or its work: "the last outfit", "their repair", "the other plumber".
_OTHER_COMPANY = (
    r"(?:(?:the|my|our|that|this|a|an) )?(?:last|previous|other|old|former|first|second|"
    r"another|different|cheaper) (?:outfit|company|companies|contractor|guy|guys|plumber|"
    r"electrician|roofer|tech|technician|crew|place|shop|handyman|installer|hvac (?:company|"
    r"guy|outfit))"
)
_THEIR_WORK = r"(?:their|his|her|its|the) (?:repair|work|install|installation|job|fix|patch)"
# What that work did, in the past: "melted a wire", "flooded somebody's kitchen".
_DID = (
    r"(?:melted|burned|burnt|fried|scorched|shorted|flooded|caught (?:on )?fire|started a fire|"
    r"set (?:\w+ ){1,2}on fire|caused a (?:fire|flood|leak))"
)
OTHERS_WORK = (
    rf"{_OTHER_COMPANY}(?:'s)?(?: [\w']+){{0,5}} {_DID}",
    rf"{_THEIR_WORK}(?: [\w']+){{0,2}} {_DID}",
    # A review tells what happened to other customers: "their reviews say they flooded".
    r"(?:reviews?|yelp|ratings?|testimonials?|complaints?) (?:online )?(?:say|says|said|mention\w*|"
    r"talk about|complain\w* (?:about|that)|claim\w*)",
)
