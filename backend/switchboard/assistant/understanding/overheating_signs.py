"""Equipment overheating towards a fire, told by what the caller hears, smells and sees rather
than named: any two of a crackling or sizzling sound, the smell of something electric run too
hot ("smells like a hair dryer that's been on too long", "huele a motor quemado") and a haze
or wisps of smoke in the air, said close together. Each alone is worth no page (a crackle in
a duct, a hot smell at the first start of the season); together they are an electrical fire
starting. A fire meant to burn (a fireplace, a grill, a wood stove) crackles and smokes by
design, and the turn that names one is left to the other rules.
"""

from __future__ import annotations

from switchboard.assistant.understanding.hazard_signs import near
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_CRACKLE = r"crackl(?:ing|es|ed|e)|sizzl(?:ing|es|ed|e)|chisporroteo|tronidito|truena como chispas"
# The smell of an electric thing run hot, by what it reminds the caller of.
_HOT_SMELL = (
    r"(?:smell\w*|odou?r|stinks?)(?: like| of)? (?:an? |the )?(?:hair ?dryer|blow ?dryer|"
    r"hot (?:motor|iron|wires?|wiring|electronics|plastic)|overheat\w* (?:motor|wires?|wiring|"
    r"electronics|appliance)|burning (?:rubber|wires?|wiring|motor|plastic)|electrical fire)"
    r"|(?:huele|olor|apesta) (?:a |como a )?(?:motor|cable|cables|plastico) (?:quemad[oa]s?|"
    r"caliente|derretid[oa]s?)"
)
_HAZE = (
    r"haze|hazy|smoky|smokey|wisps? of smoke|a little smoke|some smoke|smoke in|smoke coming|"
    r"humito|humo"
)
OVERHEATING = words(
    near(_CRACKLE, _HOT_SMELL, 20),
    near(_CRACKLE, _HAZE, 20),
    near(_HOT_SMELL, _HAZE, 16),
)
# A fire meant to burn: its crackle and smoke are no fault.
_MEANT_TO_BURN = words(
    r"fireplace",
    r"fire ?pit",
    r"wood ?stove",
    r"campfire",
    r"bonfire",
    r"grill",
    r"smoker",
    r"chimenea",
    r"fogata",
    r"asador",
)


def meant_to_burn(norm: Normalised) -> bool:
    """The turn names a fire meant to burn (its crackle and smoke are not these signs)."""
    return found(_MEANT_TO_BURN, norm)
