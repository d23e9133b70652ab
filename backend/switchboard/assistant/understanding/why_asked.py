"""The caller asks why the name on the account is wanted: "why do you even need my name",
"you got my number right there", "¿para qué quiere mi nombre?".

Asked while the assistant checks who is calling about a visit on file, this is no question
for the owner: the answer is the reason (only the account holder hears or changes the visit),
and the call goes on with the name if it was given in the same breath.
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_YOU = r"(?:you|u|y'?all|you guys|ya)"
WHY_THE_NAME = words(
    rf"why (?:do|does|would|did|should) {_YOU}(?: even| really| still)? (?:need|want|have to "
    r"have|ask for|ask) (?:my|the|a|our|his|her) (?:name|last name|full name|info|"
    r"information|details)",
    rf"{_YOU} (?:got|have|already have|already got|can see) my (?:number|phone|phone number|"
    r"info|name)(?: right)?(?: there| on file| on the screen)?",
    r"(?:para que|por que) (?:necesita|necesitan|quiere|quieren|ocupa|ocupan|pide|piden) "
    r"(?:mi|el|su) (?:nombre|apellido)",
)


def why_the_name(norm: Normalised) -> bool:
    return found(WHY_THE_NAME, norm)
