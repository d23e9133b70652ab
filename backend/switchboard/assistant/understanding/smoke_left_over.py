"""A smoke smell left over from a fire that is out: "we had a little grease fire a few weeks
ago, it's totally out, but now the whole house smells like smoke coming out of the vents",
"tuvimos un incendio en la cocina hace un mes, ya se apagó, pero huele a humo por las
rejillas". Smoke soaks into ducts, carpets and walls; what is left is a smell carried by the
air, a cleaning, not a fire. It counts only when the fire is told as over (its day gone by,
put out, the fire department come and gone) and smoke is only smelled: smoke seen, sparks,
flames, a burning or burnt smell or a part too hot are signs of their own and still page
("the fire was out but now smoke is coming out of the outlet"), and so does a smoke smell at
wiring ("smells like smoke at the outlet again"), where the fire may be starting over.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_FIRE = r"(?:fire|blaze)"
_INCENDIO = r"(?:incendio|fuego|conato de incendio|lumbre)"
# The fire told as over: had, put out, days ago, the fire department come.
_FIRE_OVER = words(
    rf"(?:had|there was|there'd been) (?:a |an )?(?:[\w']+ ){{0,2}}{_FIRE}",
    rf"{_FIRE}(?: [\w']+){{0,8}} (?:ago|last (?:week|month|year|night|weekend))",
    rf"{_FIRE} (?:is|was|'s|s) (?:totally |completely |all |long |already )?(?:out|put out|over)",
    r"(?:put|got) (?:it|the fire) out",
    r"fire (?:department|dept|fighters|truck|trucks) (?:came|come|were|was|showed|put)",
    rf"(?:hubo|tuvimos|tuve|se nos hizo) (?:un |una )?(?:pequeno |pequena )?{_INCENDIO}",
    rf"{_INCENDIO}(?: [a-z]+){{0,6}} (?:hace|el (?:mes|ano) pasado|la semana pasada)",
    rf"(?:el|la) {_INCENDIO} (?:ya )?se apago",
    r"(?:vinieron|llegaron) los bomberos",
)
# Wiring, where a smoke smell may be a fire starting again.
_WIRING = words(
    r"outlets?|sockets?|plugs?|switch(?:es)?|panel|breakers?|fuse ?box|wires?|wiring|cords?|"
    r"fixtures?|enchufes?|contactos?|apagador(?:es)?|cables?|breikers?|pastillas"
)
# Smoke that is only smelled, with whatever the caller says it comes out of.
SMOKE_SMELLED = words(
    r"(?:smells?|smelled|smelling|stinks?|reeks?) (?:like |of )?(?:smoke|smoky)"
    r"(?: [\w']+){0,6}",
    r"(?:smoke|smoky|smokey) (?:smell|odou?r|stink)(?: [\w']+){0,6}",
    r"(?:smell|odou?r|stench) of smoke(?: [\w']+){0,6}",
    r"(?:huele|olor|oler|apesta) (?:mucho |bien |como )?a humo(?: [a-z]+){0,6}",
)


def smoke_left_over(norm: Normalised, fire_said: re.Pattern[str]) -> bool:
    """A fire told as over, and every mention of fire now is smoke smelled (or that fire's
    own story): the smell it left, not a fire."""
    if not found(_FIRE_OVER, norm):
        return False
    smelled = list(SMOKE_SMELLED.finditer(norm.text))
    if not smelled or any(_WIRING.search(m.group()) for m in smelled):
        return False
    around = [(m.start(), m.end()) for m in (*smelled, *_FIRE_OVER.finditer(norm.text))]
    return all(
        any(start <= m.start() < end for start, end in around)
        for m in fire_said.finditer(norm.text)
    )
