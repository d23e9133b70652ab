"""Hazard words told as someone's line of work: "before that I did three years of emergency
flood calls for a restoration company", "I've got experience in water damage restoration",
"trabajé cuatro años en una compañía de restauración de incendios". A job seeker, a supplier
or a customer telling what they do for a living names floods, fires or emergencies they
worked on elsewhere, never one at this home now: those words are hidden from the hazard rules
and the meaning model, as the business's own name is (`business_name`).

Only the work itself is hidden, up to the kind of work it is ("calls", "restoration",
"work") and the employer after it: "I do flood restoration for a living and now my own
basement is flooding" still pages, and so does "this is an emergency".
"""

from __future__ import annotations

from switchboard.assistant.understanding.business_name import blank_matches
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

_COUNT = (
    r"(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|a few|a couple(?: of)?|a couple|several|many|some|like [0-9]+|about [0-9]+|"
    r"almost [0-9]+|over [0-9]+)"
)
_SPELL = r"(?:years?|yrs?|months?|summers?|seasons?|winters?)"
# What the work was, as a trade says it: "emergency flood calls", "fire restoration".
_WORK = (
    r"(?:calls|service calls|work|jobs|restoration|mitigation|remediation|cleanup|clean up|"
    r"response|dispatch|dispatching|claims|adjusting|contracting|service)"
)
# More of it, joined on: "flood mitigation and emergency response"
_MORE_WORK = rf"(?: (?:and|or|plus)(?: [a-z'-]+){{0,2}}? {_WORK})*"
# Who it was done for: "for a restoration company", "with a disaster outfit", "at ServiceMaster"
_EMPLOYER = (
    r"(?: (?:for|with|at) (?:a|an|the|some|this|that)(?: [a-z'-]+){0,3} (?:company|co|outfit|"
    r"contractor|crew|firm|shop|business|department|dept|agency|franchise))?"
)
# Where the work was this home, not a job: "did two years of flood cleanup in this basement".
_HERE = r"(?! (?:in|at|on) (?:my|our|this|the) (?:house|home|basement|place|building|unit|apt))"
_WORKER = r"(?:i|we|he|she|they|i've|ive|we've|he's|she's|they've)"
# The words between the telling and the kind of work, never a clause of now ("three months of
# flooding now, needs cleanup" keeps its flood).
_BETWEEN = (
    r"(?: (?!(?:now|right|still|is|are|was|were|it|its|it's|and|but|so|then|currently|today|"
    r"tonight|again|here|there|everywhere|coming|going|getting|y|pero|ahora|ahorita|esta|"
    r"estan|sigue)(?![\w']))[a-z0-9'-]+)"
)
# The same in Spanish: "restauración de incendios", "llamadas de emergencia por inundaciones"
_OBRA = (
    r"(?:restauracion|mitigacion|limpieza|llamadas|trabajos?|reparaciones|servicio de "
    r"emergencias?)"
)
_DE_QUE = (
    r"(?: (?:de|por|en) (?:[a-z]+ ){0,2}?(?:restauracion|inundaciones|incendios?|fugas?|"
    r"emergencias?|agua|fuego|gas|danos|limpieza|mitigacion|drenajes?))"
)
LINE_OF_WORK = words(
    # "I did three years of emergency flood calls", "with 10 years of restoration work"
    rf"(?:did|done|spent|put in|worked|logged|got|with|bring|bringing) {_COUNT} {_SPELL}"
    rf"(?: of)?(?: (?:experience|doing|in|on|with|running|working))?{_BETWEEN}{{0,4}}? {_WORK}"
    rf"{_MORE_WORK}{_EMPLOYER}{_HERE}",
    # "I worked for a fire restoration company", "I'm with a water damage outfit"
    rf"(?:{_WORKER}|i'm|im|i am|i was) (?:worked|work|works|was working|been working|used to work|"
    rf"with|employed)(?: (?:for|at|with))? (?:a|an|the|some)(?: [a-z'-]+){{1,3}} (?:company|"
    rf"outfit|contractor|firm|business|agency|franchise)",
    # "I did emergency flood calls", "he used to do fire restoration", "we've done gas work"
    rf"{_WORKER}(?: have| had| also| mostly| mainly| just)? (?:did|done|do|doing|used to do|"
    rf"was doing|been doing|worked|work|was working|been working|used to work|ran|run|used "
    rf"to run){_BETWEEN}{{0,4}}? {_WORK}{_MORE_WORK}{_EMPLOYER}{_HERE}",
    # "experience in water damage restoration", "a background in emergency response"
    rf"(?:experience|background|certified|certification|trained|training)"
    rf" (?:in|with|doing|on|for){_BETWEEN}{{0,3}}? {_WORK}{_MORE_WORK}{_EMPLOYER}",
    # "trabajé cuatro años en una compañía de restauración de incendios", "hice tres años de
    # llamadas de emergencia por inundaciones", "tengo experiencia en limpieza de inundaciones"
    rf"(?:trabaje|trabajaba|he trabajado|estuve trabajando|trabajo|hice|he hecho|hacia)"
    rf"{_BETWEEN}{{0,3}}? (?:en|con|para|de) (?:una |un |la |el )?(?:compania|empresa|"
    rf"contratista|cuadrilla|{_OBRA}){_DE_QUE}+",
    rf"experiencia (?:en|con|de|haciendo){_BETWEEN}{{0,2}}? {_OBRA}{_DE_QUE}*",
)


def without_line_of_work(norm: Normalised) -> Normalised:
    """`norm` with every telling of someone's line of work blanked, token for token, so
    clause breaks and offsets stay where they were."""
    return blank_matches(norm, LINE_OF_WORK)
