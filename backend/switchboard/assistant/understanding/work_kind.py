"""The kind of work a caller asks for, beside the thing it is done to: something wrong to fix,
or something to make bigger or better. A service named for an upgrade ("Panel upgrade") is not
the job when the caller reports a fault and asks for no upgrade: "the outlet sparked and the
breaker tripped, I want the outlet replaced" is the outlet repair. (An install service keeps
its thing: "the bathroom faucet drips" is still the faucet job.)"""

from __future__ import annotations

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
)


def is_upgrade(service: ServiceOption) -> bool:
    """A service named for making something bigger or better, not for fixing it."""
    return UPGRADE_NAME.search(fold(service.name)) is not None


def fault_to_fix(norm: Normalised) -> bool:
    """A fault reported and no upgrade asked for."""
    return next(affirmed(FAULT, norm), None) is not None and not found(UPGRADE_ASKED, norm)
