"""When a hazard word is no longer this house's, now: cleared by those who came, put right
since, or at another house that spared ours. English and Spanish, as whole-word patterns over
normalised text; `hazard_scope_words` and `hazard_containment` join them to the scopes they
already read, so each yields to a hazard said again, or in the present, after it.

- cleared by someone who came and looked (the fire department, the utility, an electrician,
  a plumber): "they shut off that breaker and said it was safe", "the readings were zero",
  "nos dijeron que ya no hay peligro";
- put right since, told after the mention: "se salió el agua del calentador y ya lo
  cambiamos, pero ahora gotea la llave" (the "now" is the next thing), "we had it replaced";
- another household's, ours spared: "a mi vecina se le metieron aguas negras, a nosotros no
  nos pasó nada", "the neighbours got sewage in their basement, ours was fine".

Not: the clearing followed by the hazard back ("they said it was fine but the smell is back",
"dijeron que no había nada pero otra vez huele a gas"), nor the neighbour's water coming into
ours ("the neighbour's sewage is coming into our yard").
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, words

# Someone who came to look: an authority or a professional, or a call that brought someone
# out ("we called the gas company and they came out", "vinieron los de la luz y revisaron").
RESPONDER = words(
    r"fire ?(?:department|dept|fighters?|men|marshal|truck|crew)",
    r"firemen",
    r"fdny",
    r"911",
    r"police",
    r"(?:gas|power|electric|water|utility) (?:company|co|utility|crew|guy|guys|man|men|people)",
    r"(?:the|a|an) utility",
    r"(?:an?|the|our|their) (?:licensed |master )?(?:electrician|plumber|inspector|technician|"
    r"tech|hvac (?:tech|guy|company)|gas fitter|contractor)s?",
    r"(?:we|i|my \w+) called (?:\w+ ){1,3}(?:and )?(?:they|he|she|someone|somebody) "
    r"(?:came|come|showed up|sent)",
    r"(?:they|he|she|someone|somebody|a guy|a man|a crew) (?:came|come|showed up)"
    r"(?: out| over| by)?(?: \w+){0,3} (?:and )?(?:checked|tested|inspected|looked|metered|"
    r"went over|went through)",
    r"(?:los |el |unos )?bomberos?",
    r"(?:la |una )?compania(?: de (?:gas|luz|la luz|agua|electricidad))?",
    r"(?:los|el|la) de (?:la luz|el gas|gas|la compania|la ciudad|la cfe|protecci[oó]n civil)",
    r"(?:los|el) del gas",
    r"(?:un |el |la |los )?(?:electricista|plomero|tecnico|inspector|inspectora)s?",
    r"(?:vino|vinieron|llego|llegaron|paso|pasaron) (?:\w+ ){0,3}(?:y )?(?:revis|checa|chec|"
    r"midi|prob)\w*",
)
# What they said: safe, fine, no danger, back in, the readings nothing ("said it was safe but
# to get an electrician in", "told us there's no danger", "dijeron que ya no hay peligro").
_SAID = (
    r"(?:said|says|told (?:us|me|them|her|him)|confirmed|assured (?:us|me)|determined|"
    r"declared)(?: that)?"
)
# Not a permission while waiting for them ("said it's fine to wait inside until they get
# here"), nor a remark ("said it was ok that we called").
_SAFE = (
    r"(?:safe|fine|ok|okay|all clear|clear|all good|normal|under control|not dangerous)"
    r"(?! (?:that|to (?:leave|get out|evacuate|go outside|wait)|until|till|as long as|if|"
    r"unless)\b)"
)
VERDICT = words(
    rf"{_SAID}(?: it| everything| the (?:house|home|building|room|place|outlet|panel|line|"
    rf"wiring|unit|furnace|boiler|heater|stove))?(?: was| is|'s| were| are|'re)?(?: now)?"
    rf"(?: (?:perfectly|totally|completely|all))? {_SAFE}(?: (?:for )?(?:right )?now)?",
    rf"{_SAID}(?: we| you| i)(?: were| are|'re| was| could| can)(?: now)? (?:safe|fine|ok|okay|"
    r"go back in|stay)",
    rf"{_SAID} there(?: was|'s| is| were)? no (?:danger|risk|leak|gas|fire|hazard|problem|issue|"
    r"co|carbon monoxide)",
    rf"{_SAID} (?:it's|it is|it was) safe to",
    r"(?:let|allowed) (?:us|me|them) (?:go )?back (?:in|inside|into)",
    # The readings, whoever took them ("the readings were zero", "los niveles salieron en cero").
    r"(?:readings?|levels?|numbers|meters?)(?: were| was| came back| came out| showed| read)"
    r"(?: all)? (?:0|zero|normal|fine|nothing|clean|negative)",
    r"(?:no|0|zero) (?:readings?|co readings?|gas readings?)",
    # The device's own fault, as they judged it ("it's probably an old alarm").
    r"(?:it's|it is|it was|was) (?:probably |likely |most likely |just |only )+(?:an? |the )?"
    r"(?:old|bad|faulty|expired|defective|dying|broken|malfunctioning) (?:detector|alarm|sensor|"
    r"unit|battery)s?",
    r"(?:(?:nos|me|les) )?(?:dijeron|dijo|confirmaron|confirmo|aseguraron|aseguro) que"
    r"(?: [a-z]+){0,3} (?:ya )?(?:no (?:hay|habia|es|era|existe|existia) (?:ningun |nada de )?"
    r"(?:peligro|riesgo|nada|fuga|gas|monoxido|problema)|(?:es|era|esta|estaba|quedo) "
    r"(?:segur[oa]|bien|en orden|normal)|(?:todo )?(?:esta|estaba|quedo) (?:bien|en orden|"
    r"normal)|(?:podemos|podiamos|se puede|se podia) (?:regresar|volver|entrar|usar))",
    r"(?:nos|me) dejaron (?:regresar|volver|entrar|pasar)",
    r"(?:las lecturas|los niveles|el medidor|el aparato)(?: [a-z]+){0,2} (?:salieron|salio|"
    r"dieron|dio|marcaron|marco|estaban|estaba) (?:en )?(?:cero|0|normal(?:es)?|bien)",
)


# Those called have not come yet: what they said is advice on the phone, not a clearing.
NOT_YET = words(
    r"(?:until|till|before) (?:they|he|she|someone|somebody|the \w+|a \w+|an \w+|y'all|you)"
    r"(?: \w+)? (?:gets?|arrives?|comes?|shows? up|can come|come out|get here|gets here)",
    r"on (?:their|his|her|the) way",
    r"hasta que (?:lleguen|llegue|vengan|venga)",
    r"(?:vienen|viene|van) en camino",
)


# What the senses report after a clearing is the hazard now, whatever was said of it before
# ("said the panel was fine, but tonight it smells like burning", "pero huele a humo").
SENSED_AFTER = words(
    r"smell\w*",
    r"stinks?",
    r"burn\w*",
    r"smok\w+",
    r"spark\w*",
    r"fumes",
    r"sewage",
    r"buzz\w*",
    r"hiss\w*",
    r"huele\w*",
    r"olor\w*",
    r"oler",
    r"humo",
    r"chispa\w*",
    r"quemad\w*",
    r"aguas negras",
)


def _sensed_after(norm: Normalised, end: int) -> bool:
    return any(m.start() >= end for m in affirmed(SENSED_AFTER, norm))


def verdicts(norm: Normalised) -> list[tuple[int, int]]:
    """Where a clearing by someone who came is said: a verdict after a responder named, and
    nothing sensed after it. Its own "now" ("said it's safe for now") keeps nothing current."""
    first = RESPONDER.search(norm.text)
    if first is None or NOT_YET.search(norm.text):
        return []
    return [
        m.span()
        for m in affirmed(VERDICT, norm)
        if m.start() >= first.end() and not _sensed_after(norm, m.end())
    ]


# A "now" that tells what is switched off, not a hazard ("nothing's on in that room now", "ya
# no hay nada conectado ahorita"): it keeps nothing current after a clearing.
OFF_NOW = words(
    r"nothing(?:'s| is)? (?:on|plugged in|running|turned on|connected|hooked up)"
    r"(?: in (?:that|the|this) \w+)? (?:right )?now",
    r"(?:the )?(?:power|breaker|circuit|gas|water|electricity|everything)(?:'s| is)? (?:still )?"
    r"(?:off|shut off|turned off)(?: (?:in|to|for) (?:that|the|this) \w+)? (?:right )?now",
    r"(?:ahorita|ahora) (?:ya )?(?:no hay nada|no tenemos nada) (?:prendido|conectado|enchufado)",
    r"(?:ya )?no (?:hay|tenemos) nada (?:prendido|conectado|enchufado)"
    r"(?: en (?:ese|el|este) cuarto)? (?:ahorita|ahora)",
    r"(?:ahorita|ahora) (?:ya )?(?:esta|tenemos|dejamos) (?:todo )?(?:apagad[oa]|cortad[oa])",
)

# Put right since, by the caller or by someone ("ya lo cambiamos", "we had it replaced", "they
# fixed it"): a past marker, so that a "now" after it is the next thing, not the hazard.
REMEDY_DONE = (
    r"(?:we|i|they|he|she) (?:already )?(?:replaced|fixed|repaired|swapped|changed) (?:it|that|"
    r"them|the whole thing)",
    r"(?:we|i) (?:had|got) (?:it|that|them|the whole thing) (?:replaced|fixed|repaired|swapped)",
    r"(?:it|that)(?:'s| has| was| got)(?: been)? (?:already )?(?:replaced|fixed|repaired)",
    r"ya (?:lo |la |los |las )?(?:cambiamos|cambie|cambiaron|cambio|reemplazamos|reemplace|"
    r"reemplazaron|reemplazo|reparamos|repare|arreglo|arreglaron|compusimos|compusieron)",
    r"ya (?:quedo|esta|se) (?:arreglad[oa]|reparad[oa]|cambiad[oa]|arreglo|compuso)",
    r"(?:lo|la) (?:mandamos|mande) (?:a )?(?:arreglar|cambiar|reparar)",
    # Unblocked and mopped since ("ya lo destapamos con el chupón", "we plunged it").
    r"(?:we|i|they|he|she) (?:already )?(?:unclogged|plunged|unplugged|snaked|cleared) (?:it|that|"
    r"them|the (?:toilet|drain|line|sink|tub))",
    r"ya (?:lo |la |los |las )?(?:destapamos|destape|destaparon|destapo|secamos|seque|secaron|"
    r"limpiamos|limpie|limpiaron|trapeamos|trapee)",
)

# Ours only feared for, beside another household's hazard ("now I'm worried we're next",
# "scope ours before anything happens", "no nos vaya a pasar lo mismo"): not ours, not now.
OURS_FEARED = (
    r"(?:ours|we|we're|mine|our (?:house|place|home|basement|line|side))(?: is| are|'s| will be|"
    r"'ll be| could be| might be)? (?:next|going to be next|gonna be next)",
    r"before (?:anything|something|it|that) (?:happens|does)(?: to (?:us|ours|our \w+|mine))?",
    r"(?:will|'ll|could|might|may|is going to|is gonna|would) happen to (?:us|ours|our \w+|mine)",
    r"(?:nos|me) (?:vaya|va) a pasar (?:lo mismo|a nosotros)",
    r"(?:que|no) nos (?:pase|toque) (?:lo mismo|a nosotros)",
    r"antes de que (?:nos )?(?:pase|suceda) (?:algo|lo mismo)",
    r"(?:seguimos|siguen) nosotros",
)
# Ours spared, beside another household's hazard ("nothing happened to us", "ours was fine",
# "a nosotros no nos pasó nada").
OURS_SPARED = words(
    r"nothing (?:happened|came in|got in) (?:to us|to ours|at ours|at our (?:place|house|home)|"
    r"here|on our side|in ours|in our (?:house|basement|home))",
    # The house, not the people ("we're ok" is said of people beside a flood).
    r"(?:ours|our (?:house|place|home|basement|side))(?: was| is)? (?:fine|ok|okay|dry|spared|"
    r"not affected|unaffected)",
    r"we (?:were|got) (?:lucky|spared)",
    r"we (?:weren't|were not) (?:affected|hit)",
    r"(?:we|ours|our (?:house|basement|home)) (?:stayed|remained) (?:dry|fine|ok|okay)",
    r"we (?:didn't|did not) get (?:any|anything|hit)",
    r"a nosotros no (?:nos )?(?:paso|entro|llego|afecto|toco) nada",
    r"(?:a nosotros|nosotros|en nuestra casa|en la nuestra|aqui) no (?:nos )?(?:paso|entro|toco|"
    r"llego|afecto)",
    r"(?:nuestra casa|la nuestra|en nuestra casa) (?:esta|quedo|sigue) bien",
    *OURS_FEARED,
)
# Another household named ("my neighbour", "la vecina", "next door").
OTHER_HOUSEHOLD = words(
    r"neighbou?rs?",
    r"neighbou?r's",
    r"neighbou?rs'",
    r"next door",
    r"vecin[oa]s?",
    r"casa de (?:al )?lado",
    r"(?:los|las) de (?:al )?lado",
)


def spared(norm: Normalised) -> list[int]:
    """Where the caller says theirs was spared, when the turn names another household."""
    if OTHER_HOUSEHOLD.search(norm.text) is None:
        return []
    return [m.end() for m in OURS_SPARED.finditer(norm.text) if not _sensed_after(norm, m.end())]


# Back after a clearing: the smell or the water returned, getting stronger. Not the people
# ("they're coming back tomorrow to replace it").
_WHAT_CAME_BACK = (
    r"(?:it|the (?:smell|odou?r|stench|fumes|water|leak|sparks?|sparking|alarm|beeping|burning|"
    r"smoke))"
)
BACK = (
    rf"{_WHAT_CAME_BACK}(?:'s| is| has| came| comes| keeps coming| started coming)?(?: come)? "
    r"back",
    r"(?:returned|started again|starting again|getting (?:stronger|worse))",
    r"(?:volvio|regreso) (?:el olor|la peste|el humo|el agua|la fuga|el pitido|a (?:oler|salir|"
    r"sonar|pitar|chispear|gotear|echar|meterse|entrar))",
    r"(?:huele|esta|sigue) (?:mas )?fuerte",
)

# Back now after a past or a fix, said in the present ("they fixed it but tonight it's
# buzzing", "ya lo arreglaron pero se está inundando otra vez"): it keeps a mention current
# whatever past or remedy comes before it. Not a past again ("it flooded again last week").
AGAIN_NOW = (
    r"(?:tonight|today|this (?:morning|afternoon|evening)),? (?:it's|it is|its|there's|there is|"
    r"they're|the \w+(?:'s| is| are)) (?:\w+ing|back)",
    r"(?:is|are|it's|its|they're|keeps?) (?:\w+ing|back)(?: \w+){0,3} (?:again|all over again)",
    r"(?:se )?(?:esta|estan|sigue|siguen) \w+(?:ando|iendo)(?: \w+){0,3} (?:otra vez|de nuevo)",
    r"(?:otra vez|de nuevo) (?:se )?(?:esta|estan|sigue|siguen) \w+(?:ando|iendo)",
    r"(?:hoy|esta (?:noche|manana|tarde)) (?:otra vez |de nuevo )?(?:se )?(?:esta|estan) "
    r"\w+(?:ando|iendo)",
)
