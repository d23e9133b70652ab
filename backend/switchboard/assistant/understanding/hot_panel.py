"""An electrical part running hot, told by what the caller feels, hears and smells rather than
named: a panel, breaker or fuse box (or its door or cover), an outlet, switch or plug that is
too hot to keep a hand on, that buzzes or hums loudly, or that gives off a smell the caller
can only liken to something melting or burning ("kinda like melted crayons", "like hot wax",
"huele a plástico derretido"). Any two of the three, said in the turn that names the part, are
an electrical fire in the making; one alone is not (a panel that hums, a box warm in a garage
that faces the sun). Each sign is judged on its own for negation and scope, so "it's warm but
no smell, no noise" never pairs a sign with the one denied.
"""

from __future__ import annotations

from switchboard.assistant.understanding.hazard_scope import out_of_scope
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, found, words

# The part, as callers name it; "the box" is the panel on a call about one.
PARTS = words(
    r"(?:electrical |electric |breaker |fuse |junction |power )?(?:panel|box)",
    r"breakers?",
    r"fuses?",
    r"outlets?",
    r"sockets?",
    r"plugs?",
    r"(?:light )?switch(?:es)?",
    r"(?:cover |wall |switch |outlet )?plates?",
    r"meter",
    r"caja(?: de (?:los )?(?:breakers?|breikers?|brekers?|fusibles|pastillas|luz))?",
    r"centro de carga",
    r"pastillas?",
    r"enchufes?",
    r"contactos?",
    r"apagador(?:es)?",
    r"tablero",
)
# Too hot to touch; "warm" is no sign.
_HOT = words(
    r"hot to (?:the )?touch",
    r"too hot to (?:touch|hold|keep)",
    r"(?:can't|cant|cannot|couldn't|couldnt|can not) (?:keep|hold|leave|put|rest) (?:your|my|a|"
    r"his|her|our) hands? (?:on|against|near)",
    r"(?:burning|scorching|blazing|crazy|super|really|very|so|way too|extremely) hot",
    r"hot like",
    # Said of the part, not of the day, the room or the water ("it's hot out in the garage",
    # "the water is hot").
    r"(?<!water )(?<!weather )(?<!day )(?<!outside )(?:is|it's|its|feels|felt|getting|gotten|"
    r"got|running|are) (?:real |really |very |so )?hot"
    r"(?! (?:out|outside|today|in here|in there|in the|up there|down there|water))",
    r"(?:esta|estan|se siente|se pone|se puso) (?:bien |muy |super )?(?:caliente|calientes|"
    r"hirviendo|ardiendo)",
    r"no se (?:puede|aguanta) (?:ni )?tocar",
    r"quema (?:al tocar|la mano|si la tocas|si lo tocas)",
)
# A loud buzz or hum from it.
_BUZZ = words(
    r"buzz(?:ing|es|ed)?",
    r"humm?(?:ing|s)",
    r"(?:zumb\w+|zumbido)",
)
# A smell likened to something melting or burning.
_SMELL = words(
    r"(?:smell\w*|odou?rs?|stinks?|stink(?:ing|s)|reek\w*)(?: [\w']+){0,4} "
    r"(?:melt(?:ed|ing)|burn(?:ed|t|ing)|scorch(?:ed|ing)|hot (?:plastic|wax|rubber|wires?))",
    r"(?:melt(?:ed|ing)|burn(?:ed|t|ing)|scorch(?:ed|ing)) (?:\w+ )?(?:smell|odou?r|stink)",
    r"(?:smell\w*|odou?r|stinks?)(?: [\w']+){0,4} (?:crayons?|candle wax|wax|plastic)",
    r"(?:huele|olor|apesta)(?: [\w']+){0,3} (?:a |como a )?(?:\w+ )?(?:quemad[oa]s?|"
    r"derretid[oa]s?|crayolas?|cera)",
)
_KINDS = (_HOT, _BUZZ, _SMELL)
# The signs belong together only when told close to one another.
_GAP = 30


def hot_panel(norm: Normalised) -> tuple[bool, bool]:
    """(now, only out of scope): two of the signs, each current, close together, with the part
    named; or two said only as past or prevention."""
    if not found(PARTS, norm):
        return False, False
    current: list[tuple[int, int]] = []  # (kind, token index)
    scoped: list[tuple[int, int]] = []
    for kind, pattern in enumerate(_KINDS):
        for match in affirmed(pattern, norm):
            at = norm.token_index(match.start())
            if out_of_scope(norm, match.start(), match.end()):
                scoped.append((kind, at))
            else:
                current.append((kind, at))
    if _paired(current):
        return True, False
    return False, _paired(current + scoped)


def _paired(signs: list[tuple[int, int]]) -> bool:
    return any(
        a_kind != b_kind and abs(a_at - b_at) <= _GAP
        for a_kind, a_at in signs
        for b_kind, b_at in signs
    )
