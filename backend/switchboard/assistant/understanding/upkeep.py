"""Upkeep: a check-up asked for (ahead of a season, or by its own name) is the tenant's
tune-up, maintenance or inspection service, unless something is wrong now; and something wrong
now is never filed under that check-up service."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.hazard_scope_words import ALL_CLEAR
from switchboard.assistant.understanding.history import PIVOT, history_marker, told_as_history
from switchboard.assistant.understanding.model import Extracted, ServiceOption
from switchboard.assistant.understanding.normalise import Normalised, fold
from switchboard.assistant.understanding.phrases import affirmed, found, words

# A check-up asked for ahead of a season ("want ours checked before summer", "que revisen la
# caldera antes de que empiece el frío"): the tenant's maintenance service, when it has one and
# nothing is said to be wrong now, whatever failed before (a neighbour's scare, last winter).
_CHECK = (
    r"check(?:ed|ing)?|check ?up|look(?:ed|ing)? (?:(?:it|them|things|everything) )?(?:at|over)|"
    r"(?:take|have|get|give it) a (?:look|peek)|go(?:ne)? over|inspect\w*|serviced|servicing|"
    r"tune\w*|revis\w*|cheque\w*|chequ\w*|checar|chequen|mantenimiento|afinacion|inspeccion|"
    r"(?:echen|echarle|echarles|eche) (?:un )?(?:ojo|vistazo|ojito)|"
    # A trade's view of how a thing stands, not a fix: "a roofer's opinion before closing",
    # "an assessment", "que lo evalúen".
    r"opinion|assess\w*|evalu\w*|valoracion"
)
_AHEAD = (
    r"before (?:the |this |that |next )?(?:summer|winter|fall|spring|autumn|season|heating season|"
    r"cooling season|cold weather|hot weather|cold|heat|hurricane season|storm season|"
    r"rainy season|next (?:big )?(?:one|storm)|"
    # Weather on its way: "before the hurricane gets here", "ahead of the storm".
    r"(?:the |this |that )?(?:storm|hurricane|tropical storm|freeze|hard freeze|ice storm|"
    r"winter storm|snow(?:storm)?|cold snap|heat wave))"
    r"|ahead of (?:the |this |that )?(?:storm|hurricane|tropical storm|freeze|winter storm|"
    r"cold snap|heat wave)"
    r"|before (?:it|things|the weather) (?:gets?|starts?(?: getting)?|turns?) (?:\w+ )?"
    r"(?:hot|cold|warm|chilly)"
    r"|before (?:we|i) (?:start|turn|fire|need)(?: \w+){0,3}"
    # Ready for someone who is coming to live there ("before she moves in").
    r"|before (?:she|he|they|the baby|my \w+|our \w+) (?:gets? here|arrives?|moves? in|"
    r"comes? home)"
    r"|(?:ahead of|for) (?:the )?(?:summer|winter|season)|pre ?season|annual|yearly"
    # A house changing hands: "before closing", "before we buy", "antes de comprar"; not the
    # business's own closing ("before we close up for the day").
    r"|before (?:the )?(?:closing|close of escrow|escrow|sale|purchase|inspection period ends)"
    r"(?! (?:time|up|for the day|tonight|today))"
    r"|before (?:we|i|they) (?:close|buy|sell|list|close on|move in)"
    r"(?! (?:up|for the day|tonight|today))"
    r"|antes de (?:cerrar (?:la compra|el trato)|comprar\w*|vender\w*|la compra|la venta|firmar|"
    r"la escritura|escriturar|mudarnos|que nos mudemos)"
    r"|antes (?:de|del) (?:que )?(?:empiece |llegue |entre |comience |haga |pegue )?"
    r"(?:el |la |las )?(?:frio|calor|invierno|verano|temporada|huracan|tormenta|helada|"
    r"lluvias|ola de calor)|anual|cada ano"
)
CHECKUP_WISH = words(
    rf"(?:{_CHECK})(?: [\w']+){{0,10}} (?:{_AHEAD})",
    rf"(?:{_AHEAD})(?: [\w']+){{0,6}} (?:{_CHECK})",
    # Upkeep asked for by its own name, whatever the season: "maintenance on the heat pump";
    # never named to deny it ("it's the repair I need, not an inspection").
    r"(?:gets?|needs?|wants?|do|schedule|book|like|due for|time for|overdue for)"
    r"(?: (?!(?:not|no|never|nunca)(?![\w']))[\w']+){0,3} "
    r"(?:maintenance|tune ?ups?|check ?ups?|servicing|inspection)",
    # The thing to have tuned: "I'd like the heat pump tuned up", "get both boilers serviced".
    r"(?:get|have|want|like|need)(?: [\w']+){1,4} (?:tuned(?: up)?|serviced|maintained)",
    # A look-over of something that works ("want someone to look ours over", "have somebody
    # check it all over"): an inspection, not "look at", which is how a fault is brought up.
    r"(?:get|have|want|wants|like|need)(?: [\w']+){0,3} (?:to )?(?:look|check) "
    r"(?:it|them|things|everything|ours|mine|it all|the \w+|our \w+|my \w+) (?:all )?over",
    r"(?:a|an) (?:once ?over|look ?over|going ?over)",
    r"(?:hacer|necesit[oa]|necesitamos|quier[oe]|queremos|pide|piden|toca|le toca)(?: \w+){0,3} "
    r"(?:mantenimiento|afinacion|inspeccion)",
    # The visit turned into a check-up: "can we make it a tune-up instead", "mejor que sea un
    # mantenimiento".
    r"(?:make|switch|change|turn) (?:it|that|this|the (?:visit|appointment|job|booking))"
    r"(?: (?:to|into))? (?:just )?(?:a |an )?(?:maintenance|tune ?up|check ?up|inspection)",
    r"(?:maintenance|tune ?up|check ?up|inspection) instead",
    r"(?:mejor|que sea|cambiarlo a|cambiarla a|en vez de eso)(?: \w+){0,2} (?:un |una )?"
    r"(?:mantenimiento|afinacion|inspeccion)",
)
# Due by the time gone since the last one: "it's working fine, it's just been like two years",
# "been a while since anyone serviced it". A check-up wish only where the catalogue has one by
# its name (a sewer service that lists "camera inspection" is no check-up of a water heater).
DUE_BY_TIME = words(
    r"(?:it's|its|it has|it|has|just) (?:just )?been (?:like |about |almost |over |nearly |"
    r"more than |a good )?(?:a (?:year|couple (?:of )?years|few years|while)|(?:two|three|four|"
    r"five|six|[0-9]+|a couple|a few) (?:years?|yrs?))(?: since| now| and| so|$)"
)
# A look-over asked for with no season named ("can someone come look the roof over", "give it
# a once over", "que lo revisen"): a check-up only beside a word that nothing is wrong now
# (`SAID_FINE`), or a reason that is not a fault (`LOOK_MOTIVE`), since "come look at my AC"
# alone is most often about a fault the caller has not told yet.
LOOK_OVER = words(
    # Asked of someone else: "I checked the breakers", "ya revisé" are the caller's own look.
    r"(?<!i )(?<!we )(?<!ya )(?<!yo )(?:check|inspect|examine|assess|evaluate|revise|revisen|"
    r"revisar|revisarlo|revisarla|checar|chequen|cheque)(?![\w'])",
    r"(?<!i )(?<!we )(?:look|looks|looking) (?:(?:it|them|things|everything|the \w+) )?(?:at|over)",
    r"(?:take|have|get|give it|give them) a (?:look|peek)|(?:a |an )?once ?over|check ?up",
    r"(?:get|getting|have|having|want|need) (?:it|them|that|(?:the|their|our|my) \w+(?: \w+)?) "
    r"(?:checked|looked at|inspected)",
    # "I'd feel better if somebody looked": someone asked to look, with nothing after.
    r"(?:somebody|someone|anybody|anyone|a roofer|a pro|a professional) (?:to )?(?:looked|"
    r"checked|look|check)(?: (?:at )?(?:it|them|ours|mine|the \w+))?(?: (?:over|too|just to be "
    r"sure))?$",
    r"(?:come|comes|coming|stop by and|swing by and|go) (?:out )?(?:and )?(?:look|see)",
    r"make sure (?:it|its|it's|they|they're|everything|everythings|the \w+|nothing|there)",
    # Asked of someone, with nothing after: "I'd like someone to make sure", "que alguien se
    # asegure".
    r"(?:someone|somebody|you|y'all|you guys|a pro|a professional|an expert|a roofer|a tech) "
    r"(?:to )?(?:come (?:out )?(?:and |to )?)?make sure",
    r"(?:alguien|ustedes) (?:que )?(?:se asegure|se aseguren|me confirme|nos confirme)",
    r"(?:vengan|venga|venir) a (?:ver|revisar|checar)|(?:echen|echarle|eche) (?:un )?"
    r"(?:ojo|vistazo|ojito)",
)
# Nothing wrong now, said of the thing or of where a fault would show ("the attic is bone dry",
# "nothings leaking inside", "ours is running fine"): it outweighs a fault someone feared.
SAID_FINE = words(
    ALL_CLEAR.pattern,
    r"nothing(?:s|'s| is)? (?:leaking|dripping|wet)(?: inside| in the house| anywhere)?",
    r"(?:it|its|it's|the attic|attic|the ceiling|inside|everything|everythings|the basement)"
    r"(?:'s| is| was| stayed| stays)? (?:totally |completely |all |still )?(?:bone )?dry",
    r"no (?:hay |tiene |tienen |vimos |vi |he visto |hemos visto |encontramos |notamos )?"
    r"(?:ninguna |ningun |nada de )?(?:goteras?|fugas?|agua)(?: adentro)?|"
    r"(?:esta|sigue|quedo) (?:todo )?seco",
    # Looked for and not found: "we didn't see any leaks", "haven't noticed any water inside".
    r"(?:didn't|didnt|did not|haven't|havent|have not|never|don't|dont|do not) (?:\w+ )?"
    r"(?:see|seen|find|found|notice|noticed|spot|spotted|have|had) any (?:\w+ )?(?:leaks?|water|"
    r"drips?|dripping)",
    # Looked at and fine: "ours looks ok from the ground", "the roof seems fine".
    r"(?:ours|mine|it|everything|our \w+|my \w+|the \w+)(?: still| all)? (?:looks?|seems?|looked|"
    r"seemed) (?:ok|okay|fine|good|alright|all right|normal|intact)",
    # No fault since it was put right: "a handyman patched it and it hasn't leaked since".
    r"(?:hasn't|hasnt|has not|haven't|havent|have not|didn't|did not) (?:\w+ )?(?:leaked|dripped|"
    r"tripped|clogged|backed up|flickered|acted up|given (?:us|me) (?:any )?trouble)"
    r"(?: \w+){0,3} (?:since|after that|again)",
    r"no (?:ha|han) vuelto a (?:gotear|fallar|taparse|tapar)|desde entonces (?:no|ya no)",
    r"(?:ahora|ahorita|ya) (?:si )?(?:funciona|sirve|jala|anda|enfria|calienta|esta funcionando) "
    r"(?:bien|normal|perfecto)",
)
# Working again after someone put it right: "it's blowing cold again", "back to normal", "ya
# enfría otra vez". Said of a thing that failed, it is all clear now.
BACK_WORKING = words(
    r"(?:it's|its|it is|it|they're|theyre|they are|the \w+(?: is|'s)?) (?:back )?(?:working|"
    r"running|cooling|heating|blowing cold|blowing cool|kicking on|coming on|draining|flushing)"
    r"(?: fine| normally| ok| okay)? again",
    r"(?:it's|its|it is|everything's|everything is) back to (?:normal|working|cooling|heating)",
    r"(?:ya )?(?:funciona|sirve|enfria|calienta|prende|jala) (?:bien )?(?:otra vez|de nuevo)",
    r"(?:volvio|regreso) a (?:funcionar|enfriar|calentar|prender)",
)
# Why the caller wants it looked at, when nothing is wrong: to know how it stands, for peace
# of mind, for an insurance claim ("can someone look and tell us if it needs replacing").
LOOK_MOTIVE = words(
    r"(?:tell|let) (?:us|me)(?: know)? (?:if|whether|what|how)",
    r"(?:see|know) (?:if|whether) (?:it|they|the \w+) (?:needs?|has to|should)",
    r"peace of mind|(?:so|so that) (?:i|we) can (?:sleep|relax|stop worrying)|"
    r"(?:i'd|id|i would|we'd|wed|we would|i'll|ill) (?:just )?(?:feel|sleep|rest) better|"
    r"(?:just )?to be (?:safe|sure)|just in case|(?:for|with) (?:the |my |our )?insurance",
    r"para (?:estar|quedarme|quedarnos) tranquil\w*|por si acaso|para (?:el|la) (?:seguro|"
    r"aseguranza)|para saber si",
)
# A look-over that is no check-up: the cause of what happened sought ("look at why it did
# that", "fix whatever is causing it"), or the thing's replacement asked for ("give us a quote
# on a replacement"; not "tell us if it needs replacing", which is the check-up's question).
LOOK_FOR_A_CAUSE = words(
    r"(?:why|how come) (?:it|they|that|this|the \w+)|what(?:'s| is| was)? (?:causing|caused|"
    r"made|making)|whatever(?:'s| is)? causing|(?:por que|porque) (?:se|lo|la|paso|hizo)|"
    r"que (?:lo |la )?(?:causo|esta causando|provoco)",
    # A fault that passed, looked at so it does not come back: its cause is what is sought.
    r"(?:so|so that|to make sure|make sure) (?:it|this|that|the \w+) (?:doesn't|does not|won't|"
    r"will not|don't|never|doesnt|wont) (?:happen|do that|go out|quit|trip|fail)(?: \w+)? again",
    r"(?:para )?que no (?:vuelva|se vuelva) a (?:pasar|fallar|apagarse|botarse)|"
    r"(?:para )?que no se repita",
)
REPLACEMENT = words(r"replac\w+|(?:a|the) new one|(?:cambiar|reemplazar)(?:lo|la|los|las)?")
_IF_IT_NEEDS = words(
    r"(?:if|whether) (?:it|they|the \w+|we)(?: \w+){0,2} (?:needs?|has to|have to|should)"
    r"(?: to)?(?: be)? (?:replac\w+|redone)",
    r"si (?:hay que|tienen que|tiene que|necesita|necesitan|se debe|debemos) (?:cambiar|"
    r"reemplazar)\w*",
)
# A mark on a ceiling or wall is water that got in, though dry now ("a brown ring on the ceiling
# after that storm, it's dry now"): a leak to find, unless told as old ("the stain's old,
# probably from before we bought the place").
WATER_MARK = words(
    r"(?:stains?|rings?|spots?|water ?marks?|discolou?ration|bubbles?|bubbling)(?: [\w']+){0,4} "
    r"(?:ceiling|wall|drywall)s?|(?:ceiling|wall)(?: [\w']+){0,3} (?:stains?|stained|spots?)",
    r"manchas?(?: [\w']+){0,4} (?:techo|pared|plafon|cielo raso)",
)
OLD_MARK = words(
    r"(?:stains?|rings?|spots?|marks?|it|its|it's)(?:'s| is| are| was| looks)? (?:really |pretty "
    r"|very )?old",
    r"from before (?:we|i|they)|(?:previous|last|former) owners?|been there (?:for )?(?:years|"
    r"forever|since)",
    r"(?:mancha|manchas) (?:es |son |esta |estan |se ve )?(?:vieja|viejas|antigua|antiguas)|"
    r"de (?:antes|los duenos anteriores)",
)
# Something wrong now, which makes a check-up a repair.
# Too small for the load, said in the present tense only ("it barely keeps up", "the unit
# can't keep up"): of now, whatever story of last summer came before it in the same breath.
# Said of the machine, never of people ("we can't keep up with orders").
_CANT_KEEP_UP = (
    r"(?:it|it's|its|unit|system|ac|air|furnace|heater|heat|boiler|compressor|one|thing)"
    r"(?: just| still| really| even| now)? (?:(?:barely|hardly|can't|cant|cannot|can barely|"
    r"can hardly|doesn't|does not|isn't|is not|never) (?:keeps?|keeping|keep) up|(?:struggles|"
    r"is struggling) to keep up)"
)
_SAID_OF_NOW = re.compile(_CANT_KEEP_UP)
FAULT_NOW = words(
    _CANT_KEEP_UP,
    r"(?:not|isn't|won't|doesn't|stopped|quit) (?:working|cooling|heating|running|turning on|"
    r"coming on|come on|turn on|kick on|kicking on|start|starting|blowing)",
    r"broken|broke down",
    # A part found damaged: "the contactor looked burnt", "the wires are all melted".
    r"(?:looked|looks|look|is|was|were|are|got|'s|s) (?:all |kind of |kinda |a little |pretty )?"
    r"(?:burnt|burned|melted|scorched|charred|fried)",
    # Said of the machine, never of a person ("my husband died last year").
    r"(?:it|its|it's|that|unit|system|furnace|boiler|ac|air|heater|heat|compressor|motor|pump|"
    r"fan|blower|thermostat|one)(?: just| finally| completely)? (?:died|quit|conked out|gave out)"
    r"(?: on (?:us|me))?",
    r"se (?:descompuso|descompusieron|quemo|quemaron)",
    r"leak(?:s|ing|y)?",
    r"drip(?:s|ping|ped)?",
    r"(?:blowing|blows) (?:warm|hot|cold)",
    r"no (?:heat|cooling|air|hot water)",
    r"(?:making|makes) (?:a |this |that )?(?:\w+ )?(?:noise|sound)",
    r"(?:breaker|fuse|pastilla)s?(?: [\w']+){0,4} (?:trip\w*|blew|blow\w*|pop\w*)",
    r"(?:keeps|kept) tripping",
    r"no (?:funciona|sirve|enfria|calienta|prende)",
    r"gotea\w*",
    r"hace (?:un )?ruido",
    # A sound it makes now: "it's kinda loud now", "the blower squeals", "suena feo".
    r"(?:is|its|it's|been|getting|got|kinda|kind of|pretty|really|super|so|very|too) "
    r"(?:loud|louder|noisy|noisier)",
    r"(?:rattl|squeal|screech|grind|buzz|clank|clunk)(?:es|s|ing|ed)?",
    # Said now only: "someone knocked on the door" is no sound of the machine, nor
    # "adjusters keep knocking on doors".
    r"(?:bang|knock|thump)(?:s|ing)?(?! (?:on|at) (?:the |our |my |your |people's |every |all "
    r"the |everyone's |their )?(?:doors?|windows?))",
    r"suena (?:feo|raro|fuerte|mucho)|(?:muy |bien )?ruidoso",
    # Knocks and bangs, in Spanish said as blows the thing gives ("hace unos golpes fuertes",
    # "golpetea", "truena cuando prende").
    r"(?:hace|hacen|da|dan|pega|pegan|se oyen|se escuchan|oigo|escucho) (?:unos |muchos |"
    r"como )?(?:golpes|golpazos|tronidos|trancazos|chasquidos)|golpete\w+|(?:truena|truenan)",
)
_UPKEEP = ("tune", "maintenance", "check", "checkup", "inspection", "inspect", "mantenimiento",
           "revision", "afinacion", "preventive", "preventivo")  # fmt: skip


def upkeep_service(
    catalogue: tuple[ServiceOption, ...], by_name: bool = False
) -> ServiceOption | None:
    """The catalogue's check-up service: a tune-up, maintenance or an inspection; `by_name`,
    only one named so (a "Sewer line service" that lists "camera inspection" is the sewer's
    own look, not a look at whatever the caller names)."""
    for service in catalogue:
        said = fold(" ".join((service.name, *(() if by_name else service.keywords))))
        said = said.replace("-", " ")
        if any(re.search(rf"(?<![\w']){w}", said) for w in _UPKEEP):
            return service
    return None


def checkup(norm: Normalised, catalogue: tuple[ServiceOption, ...]) -> Extracted[str] | None:
    """The check-up service, for a check-up asked for ahead of a season or by its name, or a
    look-over asked for beside a word that all is fine now (or a reason that is no fault)."""
    wished = found(CHECKUP_WISH, norm)
    due = not wished and found(DUE_BY_TIME, norm)
    look_over = found(LOOK_OVER, norm)
    if not wished and not due and not look_over:
        return None
    if due and upkeep_service(catalogue, by_name=True) is not None:
        wished = True
    upkeep = upkeep_service(catalogue, by_name=not wished or due)
    if upkeep is None:
        return None
    said_fine = found(ALL_CLEAR if wished else SAID_FINE, norm) or found(BACK_WORKING, norm)
    if not wished and not _looked_over_as_a_checkup(norm, said_fine):
        return None
    if (wished and said_fine) or not _fault_now(norm):
        return Extracted(upkeep.id, 0.8)
    # A look-over: all fine said after the fault feared ("she thought the roof was leaking
    # ... the attic is bone dry"), not before the fault found ("the attic is dry but the
    # ceiling is leaking").
    if said_fine and _last(SAID_FINE, norm) > max(m.start() for m in _faults_now(norm)):
        return Extracted(upkeep.id, 0.8)
    return None


def _looked_over_as_a_checkup(norm: Normalised, said_fine: bool) -> bool:
    """A look-over asked for as a check-up: beside a word that all is fine, or a reason that is
    no fault; not to find a cause, nor for a replacement, nor for a fresh mark of water."""
    if not said_fine and not found(LOOK_MOTIVE, norm):
        return False
    if found(LOOK_FOR_A_CAUSE, norm):
        return False
    if found(WATER_MARK, norm) and not found(OLD_MARK, norm):
        return False
    assessed = [(m.start(), m.end()) for m in _IF_IT_NEEDS.finditer(norm.text)]
    return all(
        any(a <= m.start() < b for a, b in assessed) for m in REPLACEMENT.finditer(norm.text)
    )


def _last(pattern: re.Pattern[str], norm: Normalised) -> int:
    return max((m.start() for m in pattern.finditer(norm.text)), default=-1)


# A fault somebody already put right ("found the leak and fixed it", "ya la arreglaron").
_PUT_RIGHT = words(
    r"(?:fixed|repaired|patched|sealed|replaced|took care of|sorted(?: out)?) (?:it|that|them|"
    r"the (?:\w+ ){0,2}\w+)",
    r"(?:it|that)(?:'s| is| was| got) (?:been )?(?:fixed|repaired|taken care of)",
    r"(?:la|lo|las|los) (?:arregl|repar|cambi|compus)(?:aron|o|amos|imos)|ya (?:quedo|esta) "
    r"(?:bien|arreglad\w+)",
)


_NOW_AFTER = re.compile(r"(?: [\w']+){0,2} (?:now|these days|lately|ahora|ahorita)(?![\w'])")


def _told_as_past(norm: Normalised, m: re.Match[str]) -> bool:
    """A fault in a clause told in the past ("Con Ed came out last week and found the leak
    and fixed it"): a marker of time gone by earlier in its clause, with no "now" between,
    or a word later in its clause that it was put right."""
    if _NOW_AFTER.match(norm.text, m.end()) or _SAID_OF_NOW.fullmatch(m[0]):
        return False  # "... but it's kinda loud now": the fault itself is said of now
    index = norm.token_index(m.start())
    clause_at = len(" ".join(norm.tokens[: norm.clause_start(index)]))
    later = [b for b in norm.breaks if b > index]
    clause_end = len(" ".join(norm.tokens[: min(later)])) if later else len(norm.text)
    if _PUT_RIGHT.search(norm.text, m.end(), clause_end):
        return True
    marker = history_marker(norm.text, clause_at, m.start())
    return marker is not None and not PIVOT.search(norm.text, marker.end(), m.start())


def _faults_now(norm: Normalised) -> list[re.Match[str]]:
    """Something wrong now: said, not denied, not told as history ("a leak last spring",
    "last week they found a leak and fixed it")."""
    # A fault word inside a word that all is fine ("nothing's dripping") is no fault.
    fine = [(f.start(), f.end()) for f in SAID_FINE.finditer(norm.text)]
    return [
        m
        for m in affirmed(FAULT_NOW, norm)
        if not told_as_history(norm.text, m.end())
        and not _told_as_past(norm, m)
        and not any(a <= m.start() < b for a, b in fine)
    ]


def _fault_now(norm: Normalised) -> bool:
    return bool(_faults_now(norm))


def for_a_fault(
    norm: Normalised, said_now: Normalised, catalogue: tuple[ServiceOption, ...]
) -> tuple[ServiceOption, ...]:
    """With something wrong now, the check-up service is not the job ("the furnace stopped
    working, we never got maintenance on it" is a furnace repair); a fault told as history
    ("we had a leak last year, now we want an inspection") is not one now: `said_now` is the
    turn without the history it tells."""
    upkeep = upkeep_service(catalogue)
    if upkeep is None or found(ALL_CLEAR, norm):
        return catalogue
    if not _fault_now(said_now):
        return catalogue
    return tuple(s for s in catalogue if s is not upkeep)


# A thing said to work, beside a word that nothing is wrong ("nothing wrong right now, lights are
# on, everything works", "no pasa nada, las luces prenden"): it shows all is well, it is not the
# job, which the caller names elsewhere (the old panel the insurer wants replaced).
_SAID_WORKING = re.compile(
    r"(?<![\w'])(?:the |my |our |all the |all my |el |la |los |las |mis )?([\w-]+) "
    r"(?:(?:are|is|'re|still|all) (?:still |all )?(?:on|working|fine)|"
    # "lights all work fine", "the outlets both work ok"
    r"(?:all |still |both )?works?(?: fine| ok| okay| good| great)?|"
    r"(?:siguen |sigue )?(?:prenden|prende|funcionan|funciona))(?![\w'])"
)


def working_things(norm: Normalised) -> list[int]:
    """Where, in a turn saying nothing is wrong, each thing said to work starts."""
    # "The AC works fine but it rattles", "el aire funciona bien pero quiero que lo cambien":
    # the thing that works is the job when a fault, a look or a replacement is asked of it.
    if not found(ALL_CLEAR, norm) or _fault_now(norm):
        return []
    if found(REPLACEMENT, norm) or found(LOOK_OVER, norm):
        return []
    return [m.start(1) for m in _SAID_WORKING.finditer(norm.text)]


# How a thing works, said in a word that is also a trade's ("everything drains fine", "todo
# drena bien"): within a word that all is well, the verb names no job.
_WORKING_VERB = words(r"drains?|drained|draining|drena|drenan|flows?|flowing")


def working_verbs(norm: Normalised) -> list[int]:
    """Where each verb of working starts inside what says all is well."""
    clear = [(m.start(), m.end()) for m in ALL_CLEAR.finditer(norm.text)]
    return [
        v.start()
        for v in _WORKING_VERB.finditer(norm.text)
        if any(a <= v.start() < b for a, b in clear)
    ]
