"""A complaint about what our finished job left behind: "you all did a roof next door last week
and there's still roofing nails all over my driveway", "sus trabajadores dejaron clavos en mi
cochera". The owner's to answer (a message), never a new job to book nor a hazard to triage:
the nails, the scraps, the mess are not something happening to the house.

Both halves are needed: our work named as done ("you did", "your crew was here", "dejaron"),
and what was left of it lying about. "Nails in my tire" alone is no complaint of ours."""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_DEBRIS = (r"(?:roofing |old |loose )?(?:nails|screws|staples|debris|trash|garbage|junk|scraps|"
           r"shingles|shingle pieces|wire scraps|drywall dust|a mess|mess)")  # fmt: skip
_DEBRIS_ES = r"(?:clavos|tornillos|basura|escombro|escombros|tiradero|desorden|tejas|pedazos)"
_WE = (r"(?:you|y'?all|you all|you guys|your (?:crew|guys|workers|men|roofers|team|people|"
       r"installers|techs?)|the (?:crew|guys|workers|roofers) you sent)")  # fmt: skip

# Our job named as finished: "you all did a roof on last week", "your crew redid the Hendersons'
# roof", "the guys you sent were here Tuesday", "ustedes hicieron el techo de al lado".
OUR_FINISHED_JOB = words(
    rf"{_WE} (?:did|redid|finished|put on|put in|replaced|installed|tore off|worked on|were "
    r"(?:here|there|out here|working)|was (?:here|there|working))",
    r"(?:ustedes|sus (?:trabajadores|muchachos|techadores|empleados)) (?:hicieron|arreglaron|"
    r"cambiaron|instalaron|trabajaron|estuvieron)",
)
# What was left lying about: "there's still roofing nails all over my driveway", "they left
# nails in the yard", "dejaron clavos por toda la cochera".
LEFT_LYING = words(
    rf"(?:left|leaving|leave) (?:behind )?(?:a |the |their |all the |all their |all those )?"
    rf"{_DEBRIS}",
    rf"{_DEBRIS} (?:all over|everywhere|left|still (?:all over|everywhere|in|on|lying))",
    rf"(?:dejaron|tiraron) (?:un |el |los |las |sus |mucho |muchos )?{_DEBRIS_ES}",
    rf"{_DEBRIS_ES} (?:por todo|por todos lados|regados|tirados)",
)


def left_behind(norm: Normalised) -> bool:
    """Our finished job, and what it left lying about, complained of."""
    return found(OUR_FINISHED_JOB, norm) and found(LEFT_LYING, norm)
