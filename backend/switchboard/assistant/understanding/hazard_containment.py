"""When a hazard word names something already contained, done on purpose, only warned of, or
small now: the scopes a dispatcher hears past the word itself. English and Spanish, as
whole-word patterns over normalised text; `hazards` and `urgency` read them.

- a warning of what could happen ("the inspector wrote somebody could get electrocuted");
- a state the caller chose ("no water at all because I had the city shut it off");
- what is left now is small or only a mark ("now it just drips into a cup", "now there's a
  little black mark on the cover");
- water that never got in ("no water has come in, it's been dry");
- water caught or cut off ("I put a bucket under it", "ya cerramos la llave de ese lado");
- one small spark, once ("it gave a little spark when I unplugged the iron", "salió una
  chispita");
- checked and cleared by those who came ("the fire department's meter read zero, the detector
  was just expired", "dijeron que no había nada"): the whole turn, not only near the word.

Each yields to a hazard said in the present (`PRESENT_HAZARD`): "we shut the main off but
it's still pouring" stays an emergency.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from switchboard.assistant.understanding import alarm_own_fault as own_fault
from switchboard.assistant.understanding import hazard_not_current as not_current
from switchboard.assistant.understanding import water_put_right as put_right
from switchboard.assistant.understanding.hazard_scope_words import (
    ALL_CLEAR,
    FEELING_NOW,
    NOW_SCOPE,
    PRESENT_HAZARD,
)
from switchboard.assistant.understanding.mistaken_beliefs import unless_believed
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, found, negated, words

# What could happen, as a warning or a report, not as what is happening: the mention itself
# is the consequence ("could get electrocuted", "podría provocar un incendio").
_HARM = (
    r"(?:electrocuted|shocked|zapped|hurt|killed|burned|burnt|electrocute|shock)"
    r"|(?:start|cause|catch) (?:a )?fire"
)
WARNED = words(
    rf"(?:could|might|may|would|can) (?:\w+ )?(?:get|be|possibly get) (?:{_HARM})",
    rf"(?:could|might|may|would) (?:possibly )?(?:{_HARM})",
    r"(?:risk|danger|chance) of (?:\w+ )?(?:electrocution|shock|fire|getting electrocuted)",
    r"(?:podria|podrian|puede|pueden|se podria|se puede)(?: [a-z]+)? (?:electrocutar\w*|"
    r"electrocut\w*|quemar\w*|dar (?:un )?toque|provocar (?:un )?incendio|incendiar\w*)",
)
# A state the caller chose: the water or the power off because they had it turned off.
DELIBERATE = words(
    r"on purpose",
    r"a proposito",
    r"(?:because|since|cause|cuz) (?:i|we|the landlord|the owner|my \w+)(?: [\w']+){0,2} "
    r"(?:had|got|asked|called) (?:the city|the water company|the utility|the \w+ company|"
    r"them|someone|somebody|a plumber)(?: to)? (?:shut|turn|cut)",
    r"(?:i|we) (?:had|got) (?:the city|the water company|the utility|the \w+ company) "
    r"(?:to )?(?:shut|turn|cut) (?:it|the water|the gas|the power)(?: off)?",
    r"(?:porque|ya que) (?:la ciudad|el municipio|la compania|nosotros|yo)(?: [a-z]+){0,2} "
    r"(?:la |lo |el )?(?:cort\w+|cerr\w+|apag\w+)",
    r"(?:mande|pedi que|pedimos que|mandamos) (?:a )?(?:cortar|cerrar|apagar)",
)
# One small spark, told as past: a plug pulled or pushed once ("it gave a little spark when I
# unplugged the iron", "salió una chispita"). Not sparks that go on ("it sparks every time",
# "salen chispas"), which are the hazard itself.
_ONE_SPARK = (
    r"(?:gave|made|threw|let out|there was|saw|i saw|we saw) (?:a |one )(?:little |small |tiny |"
    r"quick |brief |single |teeny )(?:spark|pop|flash)",
    r"(?:a |one )(?:little |small |tiny |quick |brief |single |teeny )spark (?:when|as|once)",
    r"sparked (?:once|one time|a little|just once)(?: when (?:i|we|he|she) (?:unplugged|plugged|"
    r"pulled|yanked)\w*)?",
    r"(?:salio|salto|brinco|hubo|dio|hizo|se vio|vi|vimos|echo) (?:una |un )"
    r"(?:chispita|chispa chiquita|chispa pequena|chispa chica|chispazo chiquito|chisporroteo)",
)
# A "now" that keeps nothing current: what is left is small ("now it only drips a little",
# "ahora nomás gotea poquito") or only a mark ("now there's a little black mark on it"); and
# a spark that was small and once, wherever it is said.
SMALL_NOW = words(
    *_ONE_SPARK,
    r"(?:and |but |so )?now (?:it |it's |its |there's |theres )?(?:just|only|barely|merely)"
    r"(?: [\w']+){0,2} (?:drip\w*|a drip|a slow drip|a little|a bit|seeps?|seeping|weeps?)",
    r"(?:and |but |so )?now (?:there's|theres|there is|it has|it's got|there are) "
    r"(?:a |some |this )?"
    r"(?:(?:little|small|tiny|faint|black|brown|dark|burn|scorch|water) ){0,3}"
    r"(?:marks?|stains?|spots?|scorch(?: marks?)?|discolou?ration|smudges?)",
    r"(?:y |pero )?(?:ahora|ahorita) (?:ya )?(?:nomas|nada mas|namas|solo|solamente|apenas)"
    r"(?: [a-z]+){0,2} (?:gotea\w*|gotitas?|poquito|poquita|un poco|una gota)",
    r"(?:y |pero )?(?:ahora|ahorita) (?:ya )?(?:hay|tiene|quedo|quedaron) (?:una |unas |un )?"
    r"(?:mancha|manchas|marca|marcas|manchita)",
)
# Water that never got in ("no water has come in or anything, it's been dry").
STAYED_DRY = words(
    r"no (?:water|rain|leaks?) (?:has|have|is|ever)? ?(?:come|came|gotten|got|getting|coming|"
    r"leaked|leaking|dripped|dripping) (?:in|through|inside)",
    r"(?:it's|its|it has|everything's|everything has|it) (?:been|stayed|is still|stays) "
    r"(?:(?:totally|completely|bone) )?dry",
    # Dry again, said as the state now ("now there is brown stain but it is dry").
    r"(?:it's|its|it is|everything's|everythings|everything is)(?: (?:all|totally|completely|"
    r"bone))? dry(?! (?:rot|wall|cleaning|ice|spell|heat|air|skin))",
    r"(?:hasn't|has not|haven't|have not|didn't|did not) (?:leaked|dripped|let (?:any )?water in)",
    r"no (?:ha|han) (?:entrado|metido|caido|goteado) (?:nada de )?(?:agua)?",
    r"(?:sigue|esta|ha estado) (?:todo )?seco",
)
# Water caught in a container or cut off at a valve: what escapes is held, not spreading
# ("I put a bucket under it and it fills about once a day", "ya cerramos la llave de ese lado").
HELD_OR_SHUT = words(
    r"(?:put|placed|set|have|got|stuck|keep) (?:a |an |the |my |our )?(?:bucket|pan|pot|bowl|"
    r"cup|tray|container|tupperware|towel|trash can)s? under",
    r"(?:into|in|fills?|filling|catching it in|catches it in) (?:a |an |the )?(?:little |small )?"
    r"(?:bucket|pan|bowl|cup|container|tray)",
    r"(?:shut|closed|turned) (?:off )?the (?:valve|shut ?off) (?:to|for|on) (?:that|it|the)",
    r"(?:shut|turned|closed) (?:that|the) (?:line|side|zone|branch) off",
    # A rag or towel first ("ya le puse un trapo y una cubeta"): the water is caught either way.
    r"(?:le |les )?(?:puse|pusimos|tengo|tenemos) (?:una |un |unos |unas )?(?:cubeta|cubetita|"
    r"balde|bandeja|vasito|vaso|traste|toallas?|trapos?|bote|olla)",
    r"(?:cae|caen|gotea|va) (?:en|a) (?:una |un )?(?:cubeta|cubetita|balde|bandeja|vasito|vaso|"
    r"traste|bote|olla)",
    r"ya (?:cerramos|cerre|cerraron|cerro) (?:la )?(?:llave|valvula)",
    *put_right.NOT_IN_USE,  # "ya no la estamos usando"
)


def restored(norm: Normalised, said: tuple[re.Pattern[str], ...]) -> bool:
    """Heat or cooling that failed and works again, said after the failure ("it stopped
    yesterday, we reset it and it's been running fine since"): a visit to find out why, not
    a house going cold. Unless the failure is said again after it ("...then it quit again")."""
    clear = [m.start() for m in ALL_CLEAR.finditer(norm.text)]
    failed = [m.start() for p in said for m in affirmed(p, norm)]
    return bool(clear and failed) and max(clear) > max(failed)


# People arriving are not the water coming in ("we've got family coming in").
PEOPLE_BEFORE = re.compile(
    r"\b(?:family|guests?|company|people|relatives|kids|folks|visitors|friends|in-laws|"
    r"parents|everyone|everybody|someone|somebody|tech|plumber|crew|they|he|she|you|y'all|"
    r"familia|visitas?|invitados|ninos|parientes|tecnico|plomero)(?: \w+){0,1} $"
)

# What a question about water is about, said in a turn that answers it unprompted.
WATER_SUBJECT = words(
    r"water",
    r"rain\w*",
    r"sewage",
    r"leak\w*",
    r"agua",
    r"lluvia",
    r"drenaje",
    r"fuga",
)

# Checked and cleared by those who came, or the alarm's own fault: the meter read zero, they
# found nothing, it was a false alarm, the detector was expired ("the fire department said
# zero everywhere, the detectors were past their date", "dijeron que no había nada").
_RESPONDERS = (
    r"(?:fire ?(?:department|dept|fighters|men|marshal)|firemen|fdny|911|the gas company|"
    r"the utility|the (?:power|electric) company|they|the tech|the technician|the inspector)"
)
_DEVICE = r"(?:detectors?|alarms?|sensors?|monitors?|it|they|them)"
_BOMBEROS = (
    r"(?:los bomberos|el bombero|la compania|los de la compania|el de la compania|el tecnico|"
    r"el inspector|los del gas|el del gas)"
)
CHECKED_CLEAR = words(
    r"false alarms?",
    # Whoever reads the meter: the caller may say it without naming them.
    r"(?:reading|read|reads|showed|measured|registered|metered)(?: it was)? (?:zero|0|nothing|"
    r"no (?:gas|co|carbon monoxide|leaks?))(?: everywhere| anywhere| ppm| parts)?",
    r"said(?: it was)? (?:zero|0)(?: everywhere| anywhere| ppm| parts)?",
    # Found nothing: those who came, not the caller looking about ("I checked, found nothing").
    rf"{_RESPONDERS}(?: [\w']+){{0,6}} (?:said|says|told us|found|declared|confirmed|gave us)"
    r"(?: that)?(?: it was| it's| it is| everything was| everything's| everything is| we were|"
    r" we're| the house (?:was|is)| the building (?:was|is))? (?:safe|fine|ok|okay|clear|"
    r"all clear|nothing|no leak|no gas|zero|0)",
    rf"{_RESPONDERS}(?: [\w']+){{0,6}} (?:didn't|did not|couldn't|could not) (?:find|detect|"
    r"pick up|measure) (?:any|anything|a leak|any gas|any co|any carbon monoxide)",
    r"(?:gave|gave us|got) the all clear",
    # Tested by someone who came and found nothing ("they came out, tested everything, no
    # leak"); the caller's own look ("I checked the knobs and found nothing") is no all-clear.
    rf"{_RESPONDERS}(?: [\w']+){{0,4}} (?:tested|checked|inspected|metered|sniffed|went over)"
    r"(?: [\w']+){0,3} (?:and )?(?:found )?(?:no (?:leaks?|gas|co|carbon monoxide)|nothing)",
    rf"{_DEVICE} (?:was|were|is|are) (?:just |only |simply )?(?:expired|old|bad|faulty|defective|"
    r"malfunctioning|broken|past (?:its|their) (?:date|expiration(?: date)?|life|lifespan)|at "
    r"(?:the )?end of (?:its|their) life)",
    r"(?:it was|it's) (?:just |only )?the (?:detector|alarm|sensor)s? (?:itself|themselves)",
    r"falsa alarma",
    r"(?:marcaba|marco|salio|daba|dio|media|midio|estaba en|marcaron) (?:en )?(?:cero|0)",
    r"no (?:encontraron|hallaron|detectaron|midieron) (?:nada|gas|monoxido|ninguna fuga|ninguna)",
    r"(?:revisaron|checaron|probaron|midieron|revisaron todo)(?: [a-z]+){0,3} (?:y )?no "
    r"(?:habia|hay|hubo|salio) (?:nada|fuga|gas|monoxido|ninguna fuga)",
    rf"(?:(?:nos )?dijeron|{_BOMBEROS} (?:nos )?dijo) que (?:no (?:habia|hay|era) (?:nada|gas|"
    r"monoxido|fuga|peligro)|todo (?:estaba|esta) bien|(?:era|estaba|esta) (?:seguro|bien))",
    r"(?:detector|alarma|sensor)(?:es)?(?: [a-z]+){0,3} (?:estaba|estaban|ya estaba|ya estaban|"
    r"esta|estan) (?:vencid[oa]s?|caducad[oa]s?|viej[oa]s?|mal[oa]s?|descompuest[oa]s?|"
    r"defectuos[oa]s?)",
    r"era (?:el|la|los|las) (?:detector|alarma|pila|bateria|sensor)(?:es|s)?(?: nomas| nada mas| "
    r"mism[oa]s?)",
    rf"ya (?:vino|vinieron|llego|llegaron|paso|pasaron) {_BOMBEROS}(?: [a-z]+){{0,4}} y "
    r"(?:lo|la|los) (?:arreglo|arreglaron|reviso|revisaron|checo|checaron)",
    *own_fault.OWN_FAULT,
)
# "I unplugged it thinking it was broken": believed, not found.
CHECKED_CLEAR = unless_believed(CHECKED_CLEAR)
# Back after the clearing: again, or an alarm sounding ("tonight it's going off").
_BACK = words(
    r"again",
    r"otra vez",
    r"de nuevo",
    r"(?:is|are|it's|its|keeps?|kept|started|starts|they're) (?:\w+ )?(?:going off|beeping|"
    r"sounding|chirping|alarming)",
    r"(?:esta|estan|sigue|siguen|empezo a|empezaron a) (?:sonando|pitando|sonar|pitar)",
    *not_current.BACK,
)


def checked_and_cleared(norm: Normalised, mentions: Sequence[re.Pattern[str]] = ()) -> bool:
    """The turn tells of a hazard checked and cleared, or of the alarm's own fault, or of
    another household's hazard that spared ours (`hazard_not_current`), and nothing after that
    says it is back: no hazard named after the clearing, nothing said in the present ("the
    detector is going off again", "but I still smell gas"), and nobody still on the way."""
    cleared = [m.end() for m in affirmed(CHECKED_CLEAR, norm)]
    # Said safe by those who came; another household's hazard, ours spared.
    verdicts = not_current.verdicts(norm)
    cleared += [end for _, end in verdicts] + not_current.spared(norm)
    # Those called have not come yet: advice on the phone clears nothing.
    if not cleared or PRESENT_HAZARD.search(norm.text) or not_current.NOT_YET.search(norm.text):
        return False
    last = max(cleared)
    if any(m.start() >= last for p in mentions for m in affirmed(p, norm)):
        return False
    if any(m.start() >= last for m in affirmed(_BACK, norm)):
        return False
    feelings = verdicts + [
        m.span()
        for p in (FEELING_NOW, ALL_CLEAR, not_current.OFF_NOW, own_fault.QUIET_NOW)
        for m in p.finditer(norm.text)
    ]
    return not any(
        not negated(norm, m.start(), m.end()) and not any(a <= m.start() < b for a, b in feelings)
        for m in NOW_SCOPE.finditer(norm.text)
    )


# A mark that is only a mark: the caller says nothing about it is hot, smells or smokes now
# ("the scorch is old, nothing's hot, nothing smells", "la marca es vieja, no está caliente,
# no huele a nada"). A burn mark is a repair; heat or a smell now is the fire.
COLD_NOW = words(
    r"nothing(?:'s| is)? (?:hot|warm|smoking|burning)",
    r"nothing smells",
    r"(?:it's|it is|its|it|it's not|the \w+ is) (?:not|isn't|never|is not) (?:hot|warm)",
    r"(?:doesn't|does not|don't|do not|never) (?:smell|feel (?:hot|warm)|get (?:hot|warm))",
    r"no (?:smell|burning smell|heat|smoke) (?:at all|now|anymore|or anything)",
    # Each sign denied in a list ("old scorch marks. no smell, not warm, nothing plugged in").
    r"no (?:smell|odou?r|burning smell|smoke)",
    r"(?:not|isn't|is not|wasn't|never) (?:hot|warm)",
    r"(?:cold|cool) to the touch",
    r"(?:no|nada) (?:esta|se siente|se pone) calient\w*",
    r"nada (?:huele|esta caliente)",
    r"no (?:huele|hay olor|tiene olor|echa humo)",
    r"(?:esta|se siente) fri[oa] al tocar\w*",
)
# What is hot or burning now, whatever else is cold.
_LIVE_HEAT = words(
    r"smok\w+",
    r"glow\w*",
    r"arc\w*",
    r"spark\w*",
    r"(?:is|are|it's|gets|getting|feels) (?:really |very |super )?(?:hot|warm)",
    r"hot to the touch",
    r"humo",
    r"chispa\w*",
    r"(?:esta|se siente|se pone) calient\w*",
)


def cold_mark(norm: Normalised) -> bool:
    """A burn mark the caller says is cold and odourless now, and nothing hot, sparking or
    smoking is said: an old mark, not a fire."""
    return (
        COLD_NOW.search(norm.text) is not None
        and next(affirmed(_LIVE_HEAT, norm), None) is None
        and not PRESENT_HAZARD.search(norm.text)
    )


# A mark told as old ("an old burn mark on the switch plate", "it's been there since we moved
# in", "una mancha vieja"): a repair to look at, or a question, not a fire now.
_MARK = words(
    r"(?:burn|scorch|char|black|brown|smoke)(?:ed)? (?:marks?|spots?|stains?)",
    r"scorch(?:ed|ing)?",
    r"discolou?r(?:ed|ation|ing)",
    r"(?:mancha|marca)s? (?:negra|negras|quemad[oa]s?|de quemado)",
)
_OLD = words(
    r"old (?:\w+ )?(?:burn|scorch|char|black|brown|smoke|mark|marks|stain|stains|spot|spots)",
    r"(?:it's|its|it is|they're|theyre|they are|that's|thats) (?:really |pretty |very )?old",
    r"(?:been|was|were) there (?:for (?:years|ages|a long time|a while|forever|as long as)|"
    r"since (?:we|i|they) (?:moved in|bought|got)|forever)",
    r"(?:years|months|ages) (?:old|ago)",
    r"from (?:years ago|before (?:we|i)|the (?:last|previous|old) (?:owners?|tenants?))",
    r"(?:previous|last|old) (?:owners?|tenants?)",
    r"viej[oa]s?",
    r"de hace (?:anos|mucho|tiempo)",
    r"desde que (?:nos mudamos|compramos|llegamos)",
)
_SMELL = words(r"smell\w*", r"odou?rs?", r"stinks?", r"huele\w*", r"olor\w*")
MARK_REACH = 8  # tokens either side of a mark where its age may be told


def old_marks(norm: Normalised) -> list[tuple[int, int]]:
    """Around each mark told as old, with nothing hot, smoking or sparking said there: a
    hazard sign inside is the old mark itself."""
    spans = []
    for mark in _MARK.finditer(norm.text):
        at = norm.token_index(mark.start())
        lo = len(" ".join(norm.tokens[: max(0, at - MARK_REACH)]))
        hi = len(" ".join(norm.tokens[: at + 1 + MARK_REACH]))
        window = norm.text[lo:hi]
        live = any(lo <= m.start() < hi for p in (_LIVE_HEAT, _SMELL) for m in affirmed(p, norm))
        if _OLD.search(window) and not live:
            spans.append((lo, hi))
    return spans


# Weather given as the reason to move a visit ("forecast says rain all day tomorrow, can we
# move it to Monday?", "va a llover mañana, ¿la podemos cambiar para el lunes?"): weather to
# come, and a visit moved; not water coming in.
_WEATHER_AHEAD = words(
    r"forecast\w*",
    r"(?:supposed|going|gonna|expected|calling for|predicted) (?:to )?(?:rain|storm|snow|pour|"
    r"be (?:rainy|stormy|windy|icy))",
    r"(?:rain|storm|snow|storms|thunderstorms|wind|ice)(?: all day| all morning| all night)? "
    r"(?:tomorrow|tonight|this weekend|on \w+day|\w+day)",
    r"pronostico\w*",
    r"(?:va|van|dicen que va) a (?:llover|nevar|haber tormenta|caer tormenta)",
    r"(?:lluvia|tormenta|nieve)(?: todo el dia)? (?:manana|el \w+|esta noche)",
)
_MOVE_VISIT = words(
    r"(?:move|push|bump|shift|switch|change) (?:it|that|the (?:visit|appointment|appt|job|"
    r"install|repair)|my (?:visit|appointment|appt)|us)(?: back| out)? (?:to|till|until)",
    r"reschedul\w*",
    r"postpone\w*",
    r"(?:another|a different) day",
    r"rain ?check",
    r"(?:cambiar|mover|pasar|recorrer)(?:la|lo)? (?:la cita |la visita )?(?:para|al|a)",
    r"reprogram\w*",
    r"pospon\w*",
    r"otro dia",
)


def weather_moves_visit(norm: Normalised) -> bool:
    """The caller moves a visit because of weather to come: a scheduling change."""
    return found(_WEATHER_AHEAD, norm) and found(_MOVE_VISIT, norm)


# Water a gutter or a downspout spills outside ("the downspout is all clogged up and water's
# pouring over the side", "la canaleta está tapada y se desborda"): rain running where it
# should not on the outside of the house is a cleaning, not water coming in, unless the turn
# says it gets inside.
GUTTERS = words(
    r"gutters?",
    r"down ?spouts?",
    r"eaves ?troughs?",
    r"leaders? pipes?",
    r"canaletas?",
    r"canalone?s?",
    r"bajantes?",
)
# The gutter itself in trouble, not water running down to the street's gutter.
_GUTTER_TROUBLE = words(
    r"clogged",
    r"plugged",
    r"stopped up",
    r"backed up",
    r"blocked",
    r"full of (?:leaves|debris|gunk|junk|pine needles)",
    r"packed with",
    r"overflow\w*",
    r"spill\w*",
    r"over (?:the |its )?(?:side|sides|edge|edges|top|front|lip)",
    r"out (?:of )?the (?:seams|joints|corners|ends)",
    r"tapad[oa]s?",
    r"(?:se )?desborda\w*",
    r"rebalsa\w*",
    r"llen[oa]s? de (?:hojas|basura)",
)
_INSIDE = words(
    r"basement",
    r"inside",
    r"in(?:to)? (?:the|our|my) (?:house|home|garage|kitchen|bedroom|\w+ ?room|attic|crawl ?space)",
    r"ceilings?",
    r"(?:in|down|through|inside) (?:the |our |my )?walls?",
    r"(?:coming|getting|leaking|seeping|pouring) in",
    r"(?:through|around|under) (?:the |our |my )?(?:\w+ )?(?:windows?|doors?|roof)",
    r"foundation",
    r"crawl ?space",
    r"(?:on|across|all over) (?:the |our |my )?floor",
    r"sotano",
    r"adentro",
    r"dentro de (?:la|mi|nuestra) casa",
    r"(?:se (?:esta |estaba )?(?:mete|metiendo|metio)|entrando|entra) (?:el agua|agua|a la casa|"
    r"al|a la|en la)",
    r"paredes?",
)


def outside_spill(norm: Normalised) -> bool:
    """A gutter or a downspout overflowing outside, nothing said of water getting in."""
    gutter_trouble = found(GUTTERS, norm) and found(_GUTTER_TROUBLE, norm)
    return gutter_trouble and not found(_INSIDE, norm)
