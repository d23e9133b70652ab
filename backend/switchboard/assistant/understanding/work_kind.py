"""The kind of work a caller asks for, beside the thing it is done to: something wrong to fix,
or something to make bigger or better. A service named for an upgrade ("Panel upgrade") is not
the job when the caller reports a fault and asks for no upgrade: "the outlet sparked and the
breaker tripped, I want the outlet replaced" is the outlet repair. (An install service keeps
its thing: "the bathroom faucet drips" is still the faucet job.)"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.model import ServiceOption
from switchboard.assistant.understanding.normalise import Normalised, fold
from switchboard.assistant.understanding.phrases import affirmed, found, words

UPGRADE_NAME = words(r"upgrades?", r"actualizaci\w+", r"ampliaci\w+")
UPGRADE_ASKED = words(
    r"upgrad\w*",
    r"(?:more|bigger|larger|enough) (?:power|amps|capacity|room|circuits|space)",
    r"\d+ amps?",
    r"handle (?:it|the|a|an|more)",
    r"actualizar|ampliar",
)
# What a thing does wrong, said now.
FAULT = words(
    r"drips?|dripping|leak(?:s|ing|y)?|flicker\w*|blink\w*|tripp\w*|trips|dead|cracked|broken|"
    r"broke|jammed|stuck|spark\w*|burnt|burned|buzz\w*|humm\w*|clogged|backed up|"
    r"(?:not|isn't|won't|doesn't|stopped|quit) (?:working|cooling|heating|running|turning on|"
    r"coming on|come on|turn on|kick on|kicking on|start|starting|blowing|draining|flushing|"
    r"shutting off)",
    r"no (?:funciona|sirve|enfria|calienta|prende)|gotea\w*|parpade\w*|se (?:bota|botan)",
    r"se (?:quemo|quemaron)|quemad[oa]s?|chispe\w+|(?:echo|echa|saco|saca|avento) chispas",
)


def is_upgrade(service: ServiceOption) -> bool:
    """A service named for making something bigger or better, not for fixing it."""
    return UPGRADE_NAME.search(fold(service.name)) is not None


def fault_to_fix(norm: Normalised) -> bool:
    """A fault reported and no upgrade asked for."""
    return next(affirmed(FAULT, norm), None) is not None and not found(UPGRADE_ASKED, norm)


# The thing the caller asks to have worked on ("could someone check the wiring?") decides
# between two things the turn names, one of them only a symptom ("the lights dim").
_ASK = re.compile(
    r"(?<![\w'])(?:check|look at|look over|fix|repair|replace|inspect|rewire|redo|upgrade|"
    r"swap out|go over|need|get|want|schedule|book|install|put in|hook up|necesito|quiero|"
    r"revisar|revisen|arreglar|arreglen|cambiar|cambien|reparar|instalar|instalen) "
    r"(?:out |over )?(?:the |my |our |all the |some |a |an |el |la |los |las |mi |mis )?"
    r"([\w']+(?: [\w']+)?)"
)
# A thing the caller has bought to be put in ("my wife bought an ecobee, can you put it in?",
# "compré una mezcladora, ¿me la instalan?"): the thing is the job, not the system it runs
# (the heat it controls) nor the one it replaces.
_BOUGHT = re.compile(
    r"(?<![\w'])(?:(?:bought|purchased|ordered|picked up|compre|compramos|compro|pedi|pedimos|"
    r"consegui|conseguimos)(?: us| me| myself)?|"
    r"got(?: us| me)?(?= (?:a |an |the )?(?:brand )?new)) "
    r"(?:a |an |the |un |una |el |la )?(?:brand new |new |nuevo |nueva )?([\w']+(?: [\w']+)?)"
)
_PUT_IN = words(
    r"(?:put|hook|set|wire) (?:it|them|that|this|one) (?:in|up)|install(?:ed)? (?:it|them|that|"
    r"this|one)|mount (?:it|them)|instal(?:arlo|arla|arlos|arlas)|"
    r"(?:lo|la|los|las) (?:pueden|puede|podrian|podria) (?:instalar|poner|conectar)|"
    r"(?:me|nos|se) (?:lo|la|los|las) (?:instalan|instala|pone|ponen|conectan|conecta)|"
    r"poner(?:lo|la|los|las)|conectar(?:lo|la|los|las)"
)


def asked_for(text: str) -> set[str]:
    """The words of the thing the caller asks to have worked on, in normalised text."""
    asked = {w for m in _ASK.finditer(text) for w in m[1].split()}
    if _PUT_IN.search(text):
        asked |= {w for m in _BOUGHT.finditer(text) for w in m[1].split()}
    return asked
