"""The things a turn names that are not the job: a thing denied ("it's not the gutters"), a
thing said to work beside the one that does not ("the lights are on but the outlet is dead"),
a remedy the caller tried ("I poured hot water down it"), a thing the caller already replaced
("a bulb burned out but I already changed it"), a thing said to work when nothing is wrong, a
breaker told as tripped and reset beside the fault that tripped it, and the thing another
company comes to see ("I got another plumber coming Wednesday to quote the water heater"): the
job of someone else's visit, never ours."""

from __future__ import annotations

import re

from switchboard.assistant.understanding import breaker_reset, upkeep
from switchboard.assistant.understanding.normalise import Normalised

# "It's not the gutters, it's the chimney", "no es el calentador": the thing denied is not
# the job, whatever the turn names next.
_NOT_THIS = re.compile(
    r"(?<![\w'])(?:it's not|its not|it is not|it isn't|not|no es|no son|no era) "
    r"(?:really |actually |just |even |realmente |en realidad )?"
    r"(?:the|a|an|about the|my|our|your|el|la|lo del?|los|las|mi|mis) ([\w-]+)(?![\w'])"
)


# "The heat works, it's the AC", "la calefacción sí funciona, es el aire", "the lights are on
# but the outlet is dead": a thing said to work, then the thing that does not, is not the job.
# Only with the turn naming the other thing: "the heat works but it bangs" is still the heat.
_WORKS_NOT_THIS = re.compile(
    # The thing, and where it is ("the lights in the kitchen are on").
    # The article may go unsaid in a hurry ("scratch that, faucet's fine, it's the disposal").
    r"(?<![\w'])(?:(?:the|my|our|el|la|mi|los|las|mis) )?([\w-]+)(?: (?:in|on|at|by|upstairs|"
    r"downstairs|de la|del|en el|en la) (?:the |el |la )?[\w-]+)? "
    r"(?:(?:is |are |si |still |siguen |sigue |all |both )?(?:works|work|working|running|runs|"
    r"fine|ok|okay|on|funciona|funcionan|sirve|sirven|jala|jalan|prende|prenden|esta bien|"
    r"estan bien|"
    # What the thing is for, said to work ("disposal grinds fine", "the toilet flushes ok",
    # "el boiler calienta bien").
    r"(?!(?:is|was|has|does|says)(?![\w']))(?P<work>[a-z]{3,}s)(?: just)? (?:fine|ok|okay|great)|"
    r"(?P<obra>[a-z]{3,}(?:a|an|e|en)) bien)"
    r"(?: fine| ok| okay| great| bien)?) "
    r"(?:(?:it's|its|it is|es|son|the problem is|el problema es) (?:the|my|our|el|la|mi|los|las) |"
    # The other thing, not a place the first one serves ("the heat is on but the house isn't
    # getting warm" is still the heat).
    r"(?:but|pero) (?:the|my|our|el|la|mi|los|las|that|this|one) (?!(?:house|home|place|rooms?|"
    r"upstairs|downstairs|bedrooms?|apartment|basement|office|floor|store|shop|building|casa|"
    r"cuartos?|recamaras?|departamento|oficina|sala)(?![\w']))[\w-]+(?: [\w-]+){0,3} "
    r"(?:doesn't|does not|isn't|is not|won't|will not|no|don't|do not|aren't|are not|"
    r"(?:is|are|went|'s) (?:dead|out)|died|quit|stopped|esta muerto|esta muerta)(?![\w']))"
)


# What the caller already tried on it ("I poured hot water down it", "ya le eché agua
# caliente"): a remedy, never the job.
_TRIED = re.compile(
    r"(?<![\w'])(?:poured|pour|tried|used|ran|dumped|put|threw|eche|echamos|heche|le eche|"
    r"intente|intentamos|probe|probamos|use|usamos|puse|pusimos|le puse|tire|tiramos)"
    r"(?: [\w']+){0,4}? (?:(?:some |a (?:pot|kettle|bucket) of )?(?:hot|boiling) water|"
    r"agua (?:caliente|hirviendo|hirviente))(?![\w'])"
    # The caller's own unclogging that worked ("ya lo destapé con la bomba", "I plunged it").
    r"|(?<![\w'])(?:ya )?(?:lo|la|los|las) (?:destape|destapamos)(?![\w'])|"
    r"(?<![\w'])(?:i|we) (?:plunged|unclogged|snaked) (?:it|them)(?![\w'])"
)


# Work done to the thing already named ("maybe flush it out", "drain and flush it", "clean
# them out"): a verb on "it", never a job of its own ("flush" is no toilet, "drain" no drain).
_WORK_ON_IT = re.compile(
    # ("every time I flush it, it leaks" is how a toilet is told: see trade_words)
    r"(?<![\w'])(?<!when i )(?<!when we )(?<!time i )(?<!time we )(?<!if i )(?<!after i )"
    r"(flush|drain|vacuum|clean)(?:ed|ing|es|s)?"
    r"(?: and (?:flush|drain|clean|check)(?:ed|ing|es|s)?)? (?:it|them|that|this one)"
    r"(?: out)?(?![\w'])"
)


# Another company's visit and what it is for: "another plumber coming wednesday to quote the
# water heater", "a different outfit is coming to look at the roof", "viene otro plomero a
# cotizar el calentador". The thing it comes for is not the job asked of us.
OTHERS_VISIT = re.compile(
    r"(?<![\w'])(?:another|a different|some other|a second|the other|(?:an|one) other|otro|otra)"
    r" (?:plumbers?|electricians?|roofers?|compan(?:y|ies)|outfits?|contractors?|guys?|techs?|"
    r"technicians?|crews?|handyman|shops?|places?|plomeros?|tecnicos?|electricistas?|"
    r"compania|empresa|senor)"
    r"(?: [\w']+){0,6}? (?:to|for|a|para) (?:quote|bid on|estimate|price|look at|"
    r"check(?: out| on)?|inspect|see about|fix|replace|service|"
    r"give (?:me |us )?(?:a )?(?:quote|price|estimate|bid) (?:on|for)|"
    r"cotizar|revisar|checar|ver|arreglar|cambiar)"
    r" (?:the|my|our|a|an|her|his|el|la|los|las|mi|su) [\w-]+"
    r"(?: (?!and|but|so|make|can|could|then|is|was|y|pero)[\w-]+)?(?![\w'])"
)


# A thing the caller says they already put right themselves ("a bulb burned out last week but
# I already changed it", "se quemó un foco nada más pero ya lo cambié"): done, not the job.
# Not one still at fault after it ("I already replaced it and it still flickers").
_ALREADY_DONE = re.compile(
    r"(?<![\w'])(?:a|an|the|my|one|un|una|el|la|mi) ([\w-]+)(?: [\w']+){0,4}? "
    r"(?:(?:but|and|pero|y) )?(?:(?:i|we|yo) )?(?:already|ya) (?:lo |la |los |las )?(?:i |we )?"
    r"(?:replaced|changed|swapped|fixed|cambie|cambiamos|reemplace|reemplazamos|arregle|"
    r"arreglamos)(?: (?:it|them|that|out|already))*"
    r"(?!(?: [\w']+){0,4} (?:still|again|sigue|siguen|todavia|otra vez|but|pero)(?![\w']))"
)


def denied_things(norm: Normalised) -> set[int]:
    """Token indexes of the things the caller says the job is not, or tried on it."""
    denied_ = {
        norm.token_index(m.start(1))
        for pattern in (_NOT_THIS, _WORKS_NOT_THIS, _ALREADY_DONE)
        for m in pattern.finditer(norm.text)
    } | {norm.token_index(at) for at in upkeep.working_things(norm) + upkeep.working_verbs(norm)}
    # "No es el calentador, es el tubo de arriba del calentador": the thing denied stays
    # denied wherever the turn names it again, there only to say where the job is.
    named = {norm.tokens[i] for i in denied_ if i < len(norm.tokens)}
    denied_ |= {i for i, token in enumerate(norm.tokens) if token in named and len(token) > 3}
    denied_ |= breaker_reset.reset_breakers(norm)
    # Its work said with it ("the toilet flushes ok"): the verb names it too ("flush").
    denied_ |= {
        norm.token_index(m.start(group))
        for m in _WORKS_NOT_THIS.finditer(norm.text)
        for group in ("work", "obra")
        if m.group(group)
    }
    for m in _WORK_ON_IT.finditer(norm.text):
        denied_ |= set(range(norm.token_index(m.start()), norm.token_index(m.end() - 1)))
    for m in (*_TRIED.finditer(norm.text), *OTHERS_VISIT.finditer(norm.text)):
        denied_ |= set(range(norm.token_index(m.start()), norm.token_index(m.end() - 1) + 1))
    return denied_
