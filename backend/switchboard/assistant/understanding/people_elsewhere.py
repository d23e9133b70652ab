"""Nobody is in the heat (or the cold): the people a failed air conditioner or furnace would
put at risk are somewhere else, so the failure is a repair to book, not a page.

Said two ways:
- the household left it: "we're at a hotel till it's fixed", "we took the baby to my
  mom's", "nobody's living there right now", "nos fuimos a un hotel";
- the failure is someone else's, at another home, and they are safe or staying with the
  caller: "my daughter's air conditioner died, she's fine, she's staying with us in Queens",
  "el aire de mi hija se descompuso, pero está bien, se está quedando con nosotros".

"She's fine" of one's own home is not enough ("my mom's 90, she says she's fine but it's 98
in there"), nor is staying with someone in the hot house ("my baby is staying with me in the
living room").
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, found, words

# Gone from the home that lost its cooling or heat, to a place of safety.
LEFT_IT = words(
    r"(?:staying|sleeping|stay|sleep|we're|were|we are|i'm|im|i am|she's|shes|he's|hes|they're|"
    r"theyre) (?:at|in) (?:a|the) (?:hotel|motel|cooling center|shelter|airbnb)",
    r"(?:went|go|gone|moved|headed|checked in|checked into|took (?:him|her|them|the \w+|my \w+)|"
    r"brought (?:him|her|them|the \w+)) (?:over )?(?:to|into) (?:a|the) (?:hotel|motel|"
    r"cooling center|shelter|airbnb)",
    r"(?:went|gone|moved|took (?:him|her|them|the \w+)|brought (?:him|her|them|the \w+)) "
    r"(?:over )?to (?:our|my) (?:place|house|apartment)",
    r"(?:nobody|no one|no body)(?:'s| is)? (?:living|staying|sleeping) "
    r"(?:there|in it|in the house)",
    r"(?:the )?(?:house|place|unit|apartment|home) is (?:empty|vacant|unoccupied)",
    r"(?:nos fuimos|se fue|se fueron|me fui) (?:a (?:un|el) (?:hotel|motel)|a casa de)",
    r"(?:la|lo|los|las) (?:llevamos|llevaron|lleve) (?:a (?:un|el) hotel|a (?:mi|nuestra) "
    r"casa|a casa de)",
    r"no hay nadie (?:en la casa|ahi|alli|viviendo)",
    r"(?:la casa|el departamento) (?:esta )?(?:vacia|vacio|sola|desocupad[oa])",
)
# The home with the failure is someone else's: whose the equipment is, or who lives there.
SOMEONE_ELSES = words(
    r"(?:her|his|their) (?:ac|a c|air|air conditioner|air conditioning|central air|unit|heat|"
    r"heater|furnace|boiler|heating|cooling|mini ?split)",
    r"(?:my|our) (?:\w+ )?(?:daughter|son|mom|mother|dad|father|sister|brother|aunt|uncle|"
    r"grandma|grandmother|grandpa|grandfather|friend|tenant|parents?|kids?|in ?laws?)(?: \w+)? "
    r"(?:lives|live|living)",
    r"(?:at|in) (?:my|our) (?:\w+ )?(?:daughter|son|mom|mother|dad|father|sister|brother|aunt|"
    r"uncle|grandma|grandmother|grandpa|grandfather|friend|tenant|parents)'?s?(?:'s)? "
    r"(?:house|place|apartment|home|condo)",
    r"(?:el aire|la calefaccion|el clima|el calenton|la caldera) de (?:mi|su) \w+",
    r"mi \w+ (?:que )?vive (?:en|por|alla)",
    r"en (?:la )?casa de (?:mi|su) \w+",
)
# Said to be safe, or staying with the caller, away from it.
SAFE = words(
    r"(?:she's|shes|he's|hes|they're|theyre|she is|he is|they are|everyone's|everyone is|"
    r"everybody's|everybody is) (?:totally |perfectly |doing )?(?:fine|ok|okay|safe|all right|"
    r"alright)",
    r"(?:staying|sleeping) (?:with|at) (?:us|me|our place|our house|my place|my house|ours)",
    r"(?:ella|el|ellos|ellas|todos|mi \w+) (?:esta|estan) bien",
    r"pero (?:ya )?(?:esta|estan) bien",
    r"se (?:esta |estan |va a |van a )?(?:quedando|quedar|queda|quedan) (?:con nosotros|conmigo|"
    r"en (?:mi|nuestra) casa|aqui)",
)
# "She's fine, but it's 98 in there": the safety said is taken back in the same breath.
_BUT_AFTER = re.compile(r"^\s*(?:for now )?(?:but|pero)\b")


def _safe(norm: Normalised) -> bool:
    return any(not _BUT_AFTER.match(norm.text[m.end() :]) for m in affirmed(SAFE, norm))


def people_elsewhere(norm: Normalised) -> bool:
    """Nobody is in the home whose cooling or heat failed: they left it, or it is someone
    else's home and they are safe or staying with the caller."""
    if next(affirmed(LEFT_IT, norm), None) is not None:
        return True
    return found(SOMEONE_ELSES, norm) and _safe(norm)
