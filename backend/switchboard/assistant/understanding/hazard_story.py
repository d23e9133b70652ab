"""When a hazard word tells a story rather than what is happening here now: it happened before
the caller's time in the house, at another house, in a year gone by, or once and not since.
English and Spanish regex fragments; `hazard_scope_words` joins them to the past scope, so a
mention near one is out of scope unless the turn says it is happening now ("the neighbours
had a gas leak last year and now I smell gas too" still pages).

- before the caller's time: "the sellers' disclosure said the basement flooded", "los dueños
  anteriores tuvieron una fuga";
- at another house: "the gas smell was the neighbour's", "fue en la casa de al lado";
- a year named as past: "back in 2031", "hace como dos años";
- not since: "it's been quiet since", "desde entonces ya no lo uso".
"""

from __future__ import annotations

# Whoever lived or sold there before: what they had is the house's history.
_BEFORE_US = (
    r"(?:previous|prior|former|old|last|original) (?:owners?|homeowners?|tenants?|occupants?)",
    r"(?:the |a )?(?:sellers?|seller's|sellers')(?: property)? disclosures?",
    r"(?:the |our )?sellers? (?:said|told us|disclosed|mentioned|admitted|had)",
    r"before (?:we|i|my \w+) (?:bought|purchased|closed on|moved in|moved here|owned|took over)",
    r"(?:people|family|folks|guy|lady|couple|man|woman|owners?) (?:who|that) (?:owned|lived in|"
    r"had|rented|lived at|lived) (?:it|the (?:house|place|home|unit)|here|this (?:house|place)) "
    r"before",
    r"(?:el|la|los|las) (?:duen[oa]s?|propietari[oa]s?|inquilin[oa]s?) "
    r"(?:anterior(?:es)?|de antes|pasad[oa]s?)",
    r"(?:el|la|los|las) (?:que|quienes) (?:vivian|vivia|rentaban|rentaba) (?:aqui |ahi )?antes",
    r"antes de que (?:la |lo )?(?:compraramos|compraran|compraramos|nos mudaramos|llegaramos)",
    r"antes de (?:comprarla|comprarlo|comprar la casa|mudarnos|que llegaramos)",
)
# Another household's hazard, told as what happened there ("it was my neighbour's", "the
# people next door had a fire"). Not water or gas coming from there to here: that is here.
_NEIGHBOURS = (
    r"(?:neighbou?rs?|neighbou?r's|neighbou?rs'|(?:people|house|guy|lady|man|woman|family|folks|"
    r"couple|tenants?|apartment|unit) next door)"
)
_VECINOS = (
    r"(?:vecin[oa]s?|casa de (?:al )?lado|casa de enseguida|casa de junto|(?:los|las) de (?:al )?"
    r"lado)"
)
_OTHER_HOME = (
    # Not the caller's own whereabouts ("I was at the neighbours' when my wife called").
    rf"(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?:was|were) (?:at |in )?"
    rf"(?:my |our |the |a )?{_NEIGHBOURS}",
    # Also placed further off ("my neighbor two doors down had sewage come up").
    rf"(?:my |our |the )?{_NEIGHBOURS}(?: (?!(?:said|says|told|tells|swears|thinks)\b)\w+){{0,3}} "
    r"(?:had|dealt with)",
    r"next door had",
    rf"happened (?:at|over at|in|to) (?:my |our |the )?(?:{_NEIGHBOURS}|another house|"
    r"a different house|someone else's house)",
    rf"(?:fue|era|fueron|eran) (?:en |con |de )?(?:la |el |los |las |mi |mis |nuestr[oa]s? )?"
    rf"(?:casa de (?:mi |la |el |los |las )?)?{_VECINOS}",
    rf"(?:la |el |los |las |mi |mis |nuestr[oa]s? ){_VECINOS} (?:tuvo|tuvieron|tenia|tenian)",
    r"(?:paso|sucedio|fue) en (?:otra casa|otro departamento|otro edificio)",
    # What happened to their things ("my neighbor's ac unit caught fire", "al vecino se le
    # quemó el aire"): theirs, not the caller's.
    # Their things, not ours told by them ("my neighbor says our ac unit caught fire").
    rf"(?:my |our |the ){_NEIGHBOURS}(?: (?!(?:our|us|says|said|told|tells)\b)"
    rf"[\w']+){{0,4}} (?:caught (?:on )?fire|burned|burnt|"
    r"went up in flames|blew up|exploded|flooded|burst|"
    # What came down of theirs ("my neighbors whole back porch roof caved in"); not what fell
    # onto ours ("the neighbour's tree came down on our roof").
    r"(?:caved|fell|came|blew|got ripped|got torn|was ripped|was torn) (?:in|down|off)"
    r"(?! (?:on|onto|into|through|across) (?:our|my|the house|us))|collapsed|gave way)",
    rf"(?:del|de mi|de mis|de la|de los|al|a la|a mi|a los) {_VECINOS}(?: [a-z]+){{0,3}} "
    r"(?:se (?:le |les )?(?:quemo|incendio|exploto|inundo|reviento)|agarro fuego|prendio fuego)",
    # Happened to them, in the dative ("a mi vecina se le metieron aguas negras", "a los de al
    # lado se les inundó el sótano"): whatever the verb, it befell their house.
    rf"(?:al|a la|a las|a los|a mi|a mis|a nuestr[oa]s?) {_VECINOS} (?:tambien )?se (?:le|les) "
    r"[a-z]+",
    # Their house, in the dative ("y se le inundó la casa"): ours is "se nos", "se me".
    r"se (?:le|les) [a-z]+ (?:toda )?(?:la|su|el) (?:casa|sotano|cochera|garaje|departamento|"
    r"apartamento|patio|cocina|bano|recamara|cuarto)",
    # What struck their place ("the storm dropped a tree right on my neighbors roof"): theirs,
    # not ours, unless it came on to ours too (a mention of its own).
    rf"(?:on|onto|into|through|across|in) (?:my |our |the )?{_NEIGHBOURS}(?: [\w']+){{0,2}} "
    r"(?:roof|house|home|place|garage|porch|shed|carport|deck|attic|yard|basement|kitchen)",
    r"(?:en|sobre) (?:el |la )?(?:techo|casa|cochera|patio|sotano) "
    rf"(?:de(?: mi| la| el| los| las)? |del )?{_VECINOS}",
    # In their own place ("the neighbours got sewage in their basement").
    rf"{_NEIGHBOURS}(?: [\w']+){{0,6}} (?:in|into|inside) (?:their|her|his) (?:own )?(?:house|"
    r"home|place|basement|yard|unit|apartment|garage|kitchen|bathroom|crawl ?space)",
)
# A year told as past ("back in twenty thirty one", "in 2029", "hace como dos años"):
# spoken years come apart ("20 31"), typed ones stay whole.
_YEARS_AGO = (
    r"back in (?:19|20) ?\d\d",
    r"(?:in|since|during) (?:the year )?(?:19|20)\d\d",
    r"en (?:el )?(?:ano )?(?:19|20)\d\d",
    r"hace (?:como |unos |unas |mas de |casi |ya |mucho |poco |algo de )+(?:un|una|unos|unas|"
    r"dos|tres|cuatro|cinco|varios|varias|\d+) (?:anos?|mes|meses|semanas?)",
    r"(?:about|like|almost|over|more than|around|a good) (?:a|one|two|three|a few|several|\d+) "
    r"(?:years?|months?|weeks?) ago",
)
# Nothing since ("it's been quiet since", "hasn't happened again", "desde entonces ya no lo
# uso"): the mention is what happened then.
_NOT_SINCE = (
    r"(?:it's|its|it has|everything's|everything has|all's|all has) been (?:quiet|fine|ok|okay|"
    r"good|normal|dry|silent) (?:ever )?since",
    r"(?:hasn't|has not|haven't|have not|hasnt|havent|didn't|did not) (?:been )?(?:used|touched|"
    r"plugged in|happened|gone off|sounded|sparked|smelled|leaked|flooded)(?: it| anything)?"
    r"(?: (?:ever )?since| again)",
    r"(?:never|not) (?:used|touched|plugged) (?:it|that|them)? ?since",
    r"(?:since then|ever since)(?: it's| its| it has| everything's| we've| i've| we| i)? "
    r"(?:been )?(?:fine|quiet|ok|okay|never|not used|haven't|hasn't)",
    r"desde entonces (?:ya )?(?:no|nada|todo (?:bien|normal)|ha estado bien|esta bien)",
    r"no (?:ha|han|hemos|he) vuelto a (?:pasar|sonar|salir|chispear|oler|usar\w*|conectar\w*)",
    r"ya no (?:lo |la |los |las )?(?:uso|usamos|use|conecto|conectamos|enchufo|enchufamos)",
)
PAST_STORY = (*_BEFORE_US, *_OTHER_HOME, *_YEARS_AGO, *_NOT_SINCE)

# The first heat of the season, its dust burning off: a smell every furnace makes, gone
# within the hour ("it smelled like burning dust", "olía a polvo quemado"). The dust is the
# sign, not the first time ("first time this fall, and the wiring is smoking" is a fire).
FIRST_HEAT = (
    r"dust(?:y)? (?:smell|burning(?: off)?|burn(?:ing)? off)",
    r"burn(?:ing|ed|t|s)? (?:off )?(?:the |all the |some )?dust",
    r"smell(?:s|ed)? (?:like|of) (?:burnt |burning |burned )?dust",
    r"(?:olor|olia|huele|olio) a polvo(?: quemado)?",
    r"polvo quemad[oa]",
    r"(?:se quema|se quemaba|se quemo|quemandose) el polvo",
)

# A "now" denied by what follows it ("ahorita no, pero ya está lento el lavabo", "right now
# no, but..."): it keeps nothing current.
NOW_DENIED = (
    r"(?:right now|now|for now|currently|ahorita|ahora|por ahora)(?: mismo)? (?:no|not|nada)"
    r"(?= (?:pero|but|y|and|just|only|nomas|solo)\b|$)",
)
