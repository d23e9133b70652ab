"""The vocabulary of hazards: what callers say about gas, smoke, water, heat and cold, in
English and Spanish, as whole-word patterns over normalised text. The rules that use them
live in `hazards`."""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

GAS = words(
    r"smell(?:s|ing|ed)? (?:like |of )?(?:natural |propane )?gas",
    r"gas (?:smell|odou?r)",
    r"gas leak(?:s|ing)?",
    r"leak(?:s|ing)? gas",
    r"rotten eggs?",
    r"hiss\w* (?:from |at |near )?"
    r"(?:the |my )?gas",
    r"huele a gas",
    r"olor a gas",
    r"fuga de gas",
    r"se sale el gas",
)
CO = words(
    r"carbon monoxide(?! (?:detectors?|alarms?|monitors?)\b)",
    r"(?:co|carbon monoxide) "
    r"(?:alarm|detector)s? (?:is |are |keeps? |just )?(?:going off|went off|beeping|sounding)",
    r"(?:alarma|detector) de monoxido(?: de carbono)? (?:esta )?"
    r"(?:sonando|suena|pitando|chillando)",
    r"(?:suena|sonando|esta sonando|pita|pitando) (?:la |el )?(?:alarma|detector) de monoxido",
    r"(?:hay|tenemos|huele a|intoxica\w+ (?:con|por)) monoxido",
)
# An alarm or detector sounding, whatever its label says, next to something that burns fuel
# ("the alarm by the furnace closet keeps going off"): carbon monoxide until shown otherwise.
# A chirp is a low battery or an expired unit, never this.
ALARM_SOUNDING = words(
    r"(?:alarm|detector|monitor)s?(?: [\w']+){0,8} (?:is |are |keeps? |just |started )?"
    r"(?:going off|went off|sounding|beeping|blaring|screaming|shrieking)",
    r"(?:alarma|detector)(?: [\w']+){0,8} (?:esta |sigue )?(?:sonando|suena|pitando|chillando)",
    r"(?:suena|sonando|esta sonando|pita|pitando) (?:la |el )?(?:alarma|detector)",
    r"(?:co|carbon monoxide|monoxido)(?: [\w']+){0,3} (?:is |keeps? |just )?(?:going off|went off|"
    r"sounding|beeping|blaring|screaming|shrieking|sonando|pitando)",
)
# Poisoning symptoms in the household: with something sounding, carbon monoxide.
CO_SYMPTOMS = words(
    r"dizzy",
    r"light ?headed",
    r"headaches?",
    r"nause\w+",
    r"throw\w* up",
    r"vomit\w*",
    r"passed out",
    r"mare\w+",
    r"dolor de cabeza",
    r"(?:me|le|nos|les) duele (?:mucho )?la cabeza",
    r"desmay\w+",
)
SOUNDING = words(
    r"going off",
    r"went off",
    r"beeping",
    r"blaring",
    r"screaming",
    r"shrieking",
    r"sounding",
    r"sonando",
    r"pitando",
    r"chillando",
)
FUEL_BURNING = words(
    r"furnace",
    r"boiler",
    r"water heater",
    r"(?:gas|space) heater",
    r"fireplace",
    r"(?:the )?heat (?:on|running)",
    r"calentador",
    r"caldera",
    r"calefaccion",
    r"chimenea",
)
# Signs that a fuel-burning appliance is spilling its exhaust into the home: soot, an exhaust
# smell, fumes rolling out. With someone ill, carbon monoxide; alone, worth one question.
COMBUSTION_SIGNS = words(
    r"soot",
    r"exhaust (?:smell|fumes)",
    r"smells? (?:like|of) (?:car )?exhaust",
    r"fumes",
    r"back ?draft\w*",
    r"hollin",
    r"tizne",
    r"humo (?:negro|de escape)",
    r"(?:huele|olor) a (?:humo|escape|mofle)",
    r"gases? (?:del|de la) (?:caldera|calentador|calefaccion|horno)",
)
# A carbon monoxide detector or alarm named without saying it is going off ("the CO detector
# expired", "install CO alarms"): worth one question, never a page by itself.
CO_MENTION = words(
    r"carbon monoxide",
    r"co (?:alarm|detector|monitor)s?",
    r"monoxido",
)
ELECTRICAL_FIRE = words(
    r"spark(?:s|ing|ed)?",
    r"chispas?",
    r"chispea\w*",
    r"burning (?:smell|plastic|wire)",
    r"smell(?:s|ing)? (?:like )?(?:something(?:'s| is)? )?burning",
    r"electrical fire",
    r"(?:outlet|panel|breaker|switch|wire|wires|plug|socket)s? (?:is |are )?"
    r"(?:smoking|melting|melted|burning|scorched|hot to the touch)",
    r"smoke (?:is )?coming (?:out )?(?:of|from)",
    r"there's smoke",
    r"smoking (?:outlet|panel)",
    # Fire seen at equipment ("the condenser is on fire", "flames coming out the top").
    r"(?:is|are|it's|was|caught|catching|catch|set) (?:on )?fire(?! (?:up|alarm|code|department|"
    r"place|pit|box|proof|rated|extinguisher|wood|ant))",
    r"(?:on|caught) fire",
    # Flames, not a burner's or pilot's flame, which is how a furnace works.
    r"flames(?: [\w']+){0,2} (?:coming|shooting|pouring|leaping|spreading|rolling|bursting|"
    r"everywhere|out of|from (?:the|under|behind|inside|in))",
    r"(?:see|seeing|saw|there's|there are|actual|big|real) flames",
    r"(?:esta |estan |se esta |se )?(?:incendiando|prendiendo en (?:fuego|llamas))",
    r"(?:en|salen|saliendo|echando|hechando|se ven|veo|hay) llamas",
    r"(?:salen|saliendo|echando|hay|se ve|veo) (?:fuego|lumbre)",
    r"se (?:prendio|incendio|quemo) (?:en )?(?:fuego|llamas)?",
    r"olor a quemado",
    r"huele a quemado",
    r"sale humo",
    r"cortocircuito",
    r"melted outlet",
)
SHOCK = words(
    r"(?:wire|line|cable)s?(?: [\w']+){0,12} (?:lying|laying|on the ground|across (?:the|our|my) "
    r"(?:driveway|yard|street|road|sidewalk|lawn))",
    r"(?:ripped|pulled|tore|knocked|snapped) (?:down |off )?(?:the |our )?"
    r"(?:wire|line|service line|power line|service drop)",
    r"(?:exposed|live|bare|hanging|downed) (?:electrical |power )?(?:wires?|lines?)",
    r"(?:got|getting|been) (?:a )?shock(?:ed)?",
    r"(?:got|get|getting|been|was|were|just) (?:bad(?:ly)? )?(?:zapped|electrocuted|jolted)",
    r"(?:shocked|zapped|electrocuted) (?:me|him|her|them|us|my \w+)",
    r"electrocut(?:ed|ing|ion)",
    r"me dio (?:un )?(?:toque|choque|corriente|descarga)",
    r"(?:le|les|nos) dio (?:un )?(?:toque|choque|corriente|descarga)",
    r"(?:se )?electrocut\w+",
    r"power line (?:is )?down",
    r"cables? (?:expuestos?|pelados?)",
    r"me dio (?:un )?(?:toque|choque)",
)
FLOOD = words(
    r"burst(?:ed)? (?:water )?(?:pipe|line)s?",
    r"(?:pipe|line|water heater|tank)s? "
    r"(?:has |have |just )?(?:burst|busted|exploded|split|blew)",
    r"busted pipe",
    r"flood(?:ing|ed|s)?(?! ?lights?)",
    r"water (?:is )?(?:everywhere|pouring|gushing|spraying|rushing|shooting|spewing|streaming|"
    r"cascading|jetting)",
    r"(?:over|up to|past) (?:my|our|the|his|her) (?:ankles|knees|shins)",
    r"(?:ankle|knee|shin)[ -]deep",
    r"agua hasta (?:los tobillos|las rodillas)",
    r"(?:spraying|gushing|pouring|shooting|spewing) (?:out )?water",
    r"water all over",
    r"(?:pipe|line)s?(?: [a-z]+){1,4} (?:burst|split|busted|blew)",
    r"water (?:is )?coming (?:in )?(?:through|from) the ceiling",
    r"water(?:'s| is| has)? (?:been )?(?:coming|pouring|leaking|dripping|running|gushing|raining) "
    r"(?:in |down )?"
    r"(?:through|from|out of|down) (?:the |my |our )?(?:\w+ )?(?:ceiling|walls?|roof|light)",
    r"can't (?:turn|shut) (?:off )?the water(?: off)?",
    r"inundaci\w+",
    r"inundad[oa]",
    r"se (?:revento|rompio|reventaron|rompieron) (?:una |la |el |un |uno de los |los |las )?"
    r"(?:tuberias?|pipas?|canos?|tubos?|mangueras?)",
    r"(?:esta )?cayendo (?:el |mucha )?agua",
    r"agua (?:esta )?(?:cayendo|chorreando|escurriendo)",
    r"tuberia rota",
    # Water spreading through the home, in Spanish.
    r"agua(?: [a-z]+){0,6} (?:ya )?(?:llego|llega|esta llegando|se paso|se esta pasando|se fue) "
    r"(?:a|hasta|para) (?:la |el |los |las )?(?:sala|cocina|cuarto|cuartos|recamaras?|pasillo|"
    r"comedor|alfombra|otro cuarto|otra recamara|sotano|garage|cochera)",
    r"agua por tod[oa] (?:el |la )?(?:cuarto|piso|pasillo|bano|sotano|garage|cochera|cocina|casa|"
    r"sala|recamara|departamento)",
    r"(?:alfombra|piso|carpeta|tapete)s?(?: de (?:la|el) [a-z]+)? (?:ya )?(?:esta |estan )?"
    r"(?:tod[oa]s? )?"
    r"(?:empapad[oa]s?|encharcad[oa]s?|inundad[oa]s?|nadando en agua)",
    r"(?:alfombra|piso|carpeta)s?(?: de (?:la|el) [a-z]+)? (?:ya )?(?:esta |estan )tod[oa]s? "
    r"mojad[oa]s?",
    # A tank, heater, hose or pipe giving way, whatever words come between.
    r"(?:calentador|boiler|tanque|tinaco|boiler|manguera|tuberia|tubo|pipa|cano|lavadora)"
    r"(?: [a-z]+){0,10} se (?:revento|rompio|reventaron|rompieron|estallo|exploto|partio|"
    r"zafo|solto)",
    r"se (?:revento|rompio|estallo|exploto|partio|zafo|solto) (?:el |la |mi |nuestro |nuestra )?"
    r"(?:calentador|boiler|tanque|tinaco|manguera|tuberia|tubo|pipa|cano)",
    # Rain or water pouring in now (not "rain coming in tonight").
    r"(?:rain|water)(?:'s| is| are)? (?:still )?(?:pouring|gushing|streaming|dumping|blowing) "
    r"(?:straight |right )?in(?:to|side)?",
    r"(?:rain|water)(?:'s| is| are)? (?:still )?coming (?:straight |right )?in (?:through|onto|on|"
    r"from|all over|everywhere)",
    r"sale mucha agua",
    r"agua por todas partes",
    # Water bursting up like a fountain, or getting into the house.
    r"(?:brota|brotando|broto|sale|saliendo|salta|saltando|echando) (?:el |mucha |harta )?agua"
    r"(?: [a-z]+){0,3} (?:como (?:fuente|chorro|rio|manguera|geiser)|a chorros)",
    r"agua (?:brotando|saliendo|saltando)(?: [a-z]+){0,3} (?:como (?:fuente|chorro|rio|"
    r"manguera|geiser)|a chorros)",
    r"(?:se (?:esta |estaba )?(?:metiendo|mete|metio)|(?:esta |ya )?entrando) (?:el |mucha |"
    r"harta )?agua (?:a|en|por|hasta) (?:la |el |mi |nuestra )?(?:casa|cochera|garage|garaje|"
    r"sala|cocina|cuarto|recamara|sotano|departamento|puerta)",
    r"(?:agua|inundando)(?: [a-z]+){0,14} (?:ya )?se (?:esta |estaba )?(?:metiendo|mete|metio) "
    r"(?:a|en|por|hasta) (?:la |el |mi )?(?:casa|cochera|garage|garaje|sala|cocina|cuarto|"
    r"recamara|sotano|departamento)",
)
ELECTRICS_NEAR_WATER = words(
    r"(?:electrical |breaker |fuse )?(?:panel|outlets?|breaker box|fuse box|wiring|wires|"
    r"electrical|plugs?|power strip|extension cords?)",
    r"enchufes?",
    r"panel electrico",
    r"cables",
    r"la luz",
    r"extensiones",
    r"extension(?:es)? electricas?",
    r"multicontactos?",
    r"regletas?",
    r"contactos",
)
HEAT_DAMAGE = words(
    r"smoking",
    r"melt(?:ed|ing)",
    r"scorch\w*",
    r"charred",
    r"blackened",
    r"hot to the touch",
    r"buzzing and hot",
    r"glowing",
    r"arcing",
    r"lumbre\w*",
    r"fuego",
    r"llamas?",
    r"flamas?",
    r"echando humo",
    r"humeando",
    r"derritiendo",
    r"derretid[oa]s?",
    r"chisporrote\w+",
    r"tronidos?",
    r"truena\w*",
    r"tronando",
)
ELECTRICAL_PARTS = words(
    r"outlets?",
    r"panel",
    r"breakers?",
    r"switch(?:es)?",
    r"wires?",
    r"plugs?",
    r"sockets?",
    r"cover plate",
    r"light fixture",
    r"enchufes?",
    r"cables?",
    r"contactos?",
    r"apagador(?:es)?",
    r"pastillas?",
    r"centro de carga",
    r"medidor de (?:luz|electricidad)",
    r"acometida",
    r"mastil",
)
WATER_ON_ELECTRICS = words(
    r"water (?:is )?(?:dripping |leaking |pouring |getting )?(?:on|in|into) (?:the |my )?"
    r"(?:electrical )?(?:panel|outlet|light fixture|breaker box|fuse box|light)",
    r"agua (?:en|sobre) (?:el |los )?(?:panel|enchufes?)",
    r"water(?: [a-z']+){0,5} (?:near|close to|up to|reaching|getting to|around) (?:the |my )?"
    r"(?:electrical )?(?:panel|outlets?|breaker box|fuse box|wiring|wires)",
    r"agua(?: [a-z]+){0,6} (?:llegando|cerca|entrando|llega) (?:al|a los|a las|del|de los|a)? ?"
    r"(?:panel|enchufes?|cables|breaker|caja de fusibles)",
)
SEWAGE = words(
    r"sewage",
    r"sewer (?:is )?(?:backup|backing up|backed up)",
    r"sewer line backup",
    r"(?:toilets|drains|everything) (?:are |is )?(?:backing up|backed up)",
    r"coming up (?:through|from|out of) (?:the )?(?:floor |basement |shower |tub )?drain",
    r"aguas? negras?",
    r"(?:saliendo|sale|brota|brotando|subiendo|regresando|se regresa) (?:el |la )?"
    r"(?:agua sucia|agua del drenaje|drenaje)",
    r"agua sucia (?:esta |sigue )?(?:saliendo|subiendo|regresando|brotando)",
    r"aguas residuales",
    r"drenaje (?:se )?regres\w+",
    r"se regresa el (?:agua|drenaje)",
    # What comes out says what it is: brown water with paper, or the cleanout overflowing.
    r"agua (?:cafe|negra|sucia|puerca|apestosa)(?: [a-z]+){0,2} con (?:papel|caca|popo|"
    r"excremento|heces|pedazos)",
    r"(?:botando|echando|aventando|sacando|tirando|escupiendo|saliendo) (?:agua (?:cafe|negra|"
    r"puerca)|caca|popo|excremento|heces)",
    r"(?:registro|coladera|drenaje|excusado|escusado|inodoro|taza)(?: [a-z]+){0,4} (?:se )?"
    r"(?:esta |sigue )?(?:desbordando|derramando|rebalsando|botando agua|tirando agua)",
    r"se (?:esta )?(?:desborda\w*|derrama\w*|rebalsa\w*) (?:el |la )?(?:registro|coladera|"
    r"drenaje|excusado|escusado|inodoro|taza)",
)
NO_HEAT = words(
    r"no heat",
    r"no (?:furnace|heater|boiler|heating)",
    r"(?:heat|heater|heating|furnace|boiler|heat pump)s? (?:is |has |just )?"
    r"(?:not working|isn't working|went out|is out|out|broken|broke|died|quit|down|stopped "
    r"working|won't (?:turn on|come on|start|kick on))",
    r"(?:sin|no (?:hay|tengo)) calefaccion",
    r"calefaccion no funciona",
    r"(?:se (?:nos |me |le |les )?(?:descompuso|apago|murio|paro|echo a perder|fue)|no "
    r"(?:funciona|prende|enciende|sirve|"
    r"calienta)) (?:el |la |nuestra |nuestro |mi )?(?:calefaccion|calentador(?! de agua)|caldera|"
    r"heater|boiler|furnace|horno de la casa)",
    r"(?:la |el )?(?:calefaccion|calentador(?! de agua)|caldera) "
    r"(?:se (?:nos |me |le |les )?(?:descompuso|apago|murio|fue)|no (?:funciona|prende|enciende|"
    r"sirve|calienta))",
    r"(?:heat|furnace) (?:won't|doesn't|isn't) (?:work|turn on|come on)",
    r"(?:radiators?|baseboards?|vents?|registers?) (?:are |is )?(?:ice |stone |dead |completely )?"
    r"cold",
    r"(?:furnace|heater|heat|heat pump|vents?) (?:is |are |keeps? )?blowing cold(?: air)?",
    r"(?:radiadores?|calefaccion) (?:estan? )?(?:helad[oa]s?|fri[oa]s?)",
    r"(?:calefaccion|caldera|calenton) (?:ya no (?:funciona|sirve|calienta|prende)|dejo de "
    r"(?:calentar|funcionar|servir|prender))",
)
FREEZING = words(
    r"freezing",
    r"frozen",
    r"below (?:zero|0|freezing)",
    r"\d+ below",
    r"minus \d+",
    r"in the (?:teens|single digits)",
    r"single digits",
    r"sub ?zero",
    r"(?:[0-9]|[12][0-9]|3[0-2]) degrees",
    r"(?:it's|its|it is) (?:like |only |about )?(?:[0-9]|[12][0-9]|3[0-2]) (?:out|outside)",
    r"bajo cero",
    r"congelando",
    r"helando",
    r"mucho frio",
    r"hace un frio",
)
NO_AC = words(
    r"no (?:ac|air|air conditioning|cooling)",
    r"(?:ac|air conditioner|air conditioning|central air|air|cooling|unit|condenser|heat pump|"
    r"mini ?split)s? (?:is |has |just |been |still |only |keeps |now ){0,3}"
    r"(?:not working|isn't working|went out|is out|broken|broke|died|quit|down|stopped "
    r"working|blowing (?:hot|warm) air|won't (?:turn on|cool|come on)|not cooling|isn't cooling|"
    r"doesn't cool|stopped cooling|not blowing cold|quit cooling|gave out|conked out)",
    r"(?:aire acondicionado|aire|clima|minisplit|refrigeracion)(?: central)? (?:no (?:esta )?"
    r"(?:funciona\w*|sirve|enfria\w*|prende)|se (?:nos |me )?descompuso)",
    r"(?:aire acondicionado|aire|clima|minisplit) (?:ya no (?:funciona|sirve|enfria|prende)|"
    r"dejo de (?:enfriar|funcionar|servir|prender)|(?:esta )?(?:echando|tirando|sacando) "
    r"aire caliente|se (?:murio|apago|paro))",
    r"no (?:tengo|hay|tenemos) aire",
    r"se (?:nos |me |le |les )?(?:descompuso|murio|apago|paro|fue|echo a perder) (?:el |la |mi |"
    r"nuestro |nuestra )?(?:aire acondicionado|aire|clima|minisplit|refrigeracion|unidad)",
)
EXTREME_HEAT = words(
    r"heat wave",
    r"extreme heat",
    r"(?:9[5-9]|1[0-2][0-9]) degrees",
    r"(?:it's|its|it is) (?:9[5-9]|1[0-2][0-9])(?! (?:am|pm))",
    r"(?:8[5-9]|9\d|1[0-2]\d)(?: degrees)? (?:in|inside) (?:the |my |our )?"
    r"(?:house|home|apartment|place|here)",
    r"(?:so|very|really|"
    r"extremely) hot",
    r"sweltering",
    r"boiling in here",
    r"ola de calor",
    r"(?:9[5-9]|1[0-2][0-9]) grados",
    r"(?:adentro|dentro de la casa|en la casa) (?:esta|hace|estamos) (?:a |como a |en )?"
    r"(?:8[5-9]|9[0-9]|1[0-2][0-9])",
    r"(?:9[0-9]|1[0-2][0-9]) (?:grados )?(?:adentro|dentro de la casa|en la casa)",
    r"mucho calor",
    r"hace un calor",
)
VULNERABLE = words(
    r"elderly",
    r"senior",
    r"(?:mom|mother|dad|father|grandma|grandpa|wife|husband) is "
    r"(?:[7-9][0-9]|1[01][0-9])",
    r"(?:[7-9][0-9]|1[01][0-9]) (?:years old|year old)",
    r"(?:newborn|baby|infant|babies|toddler)",
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:month|week)s? old",
    r"pregnant",
    r"disabled",
    r"on oxygen",
    r"(?:heart|medical|health|breathing) (?:condition|problems?|issues?)",
    r"bedridden",
    r"(?:my )?(?:grandma|grandmother|grandpa|grandfather)",
    r"(?:anciano|anciana|ancianos)",
    r"(?:tiene|de) (?:[7-9][0-9]|1[01][0-9]) anos",
    r"(?:mi |la |el )?(?:abuel(?:it)?[oa]s?|bisabuel(?:it)?[oa])",
    r"bebe",
    r"bebit[oa]s?",
    r"(?:de|tiene) (?:\d+|un|una) (?:meses|mes|semanas|semana)(?: de nacid[oa])?",
    r"mi (?:mama|papa|suegr[oa]|espos[oa]) (?:es|esta) (?:mayor|grande|enferm[oa]|en silla)",
    r"recien nacido",
    r"embarazada",
    r"mi (?:abuel[oa]|mama|papa) (?:es )?mayor",
    r"(?:elderly|old|aging|aged) (?:mother|father|mom|dad|parents?)",
    r"wheelchair",
    # Described by a condition rather than an age: the body cannot cope with heat or cold, or
    # a machine or treatment keeps someone going.
    r"(?:on |does |has |gets |getting |needs )?dialysis",
    r"(?:quadri|para|tetra|hemi)pleg\w+",
    r"paraly[sz]\w+",
    r"(?:can't|cannot|can not|doesn't|does not|unable to) (?:regulate|control) (?:his |her |their |"
    r"my |body )?(?:body )?temp\w*",
    r"(?:doesn't|does not|can't|cannot|don't|do not) sweat(?: right| properly| normally)?",
    r"(?:heart|lung|kidney|breathing) (?:condition|disease|failure|patient|trouble|problems?|"
    r"issues?)",
    r"(?:bad|weak) (?:heart|lungs)",
    r"pacemaker",
    r"chemo(?:therapy)?",
    r"(?:has|with|fighting|battling) cancer",
    r"copd",
    r"emphysema",
    r"asthma(?:tic)?",
    r"oxygen (?:tank|machine|concentrator)s?",
    r"ventilator",
    r"dementia",
    r"alzheimer'?s",
    r"diabetic",
    r"immuno ?compromised",
    r"special needs",
    r"medically fragile",
    r"hospice",
    r"(?:just had|recovering from|home from|out of) (?:the )?(?:surgery|hospital)",
    r"bed ?bound",
    r"(?:uses|with|on|w) (?:a )?walker",
    r"frail",
    r"premature",
    r"preemie",
    # Someone already suffering from the heat or the cold.
    r"heat (?:stroke|exhaustion)",
    r"hypothermi\w+",
    r"(?:is|are|seems?|looks?|getting|acting|feels?|feeling|been) (?:really |very |kind of |kinda |"
    r"a little |so )?(?:confused|disoriented|lethargic|limp|unresponsive|red|flushed|faint|"
    r"shivering|shaking|sick|ill)(?! of)",
    r"(?:heart|pulse) (?:is |keeps )?(?:racing|pounding)",
    r"(?:won't|will not|not|isn't|can't) (?:drink\w*|wake\w*|cool\w* down)",
    # Spanish.
    r"dialisis",
    r"(?:cuadri|para|tetra|hemi)plejic[oa]s?",
    r"paralitic[oa]",
    r"paralizad[oa]",
    r"silla de ruedas",
    r"no (?:puede )?(?:regula|regular|controla|controlar) (?:la |su )?temperatura",
    r"no suda",
    r"(?:enferm[oa]|problemas?|mal|malit[oa]) del? (?:corazon|pulmon\w*|rinon\w*)",
    r"marcapasos",
    r"quimio(?:terapia)?",
    r"(?:tiene|con) cancer",
    r"(?:usa|con|necesita|tiene) oxigeno",
    r"diabetic[oa]",
    r"demencia",
    r"alzheimer",
    r"postrad[oa]",
    r"encamad[oa]",
    r"en cama",
    r"discapacitad[oa]",
    r"andador[a]?",
    r"andadera",
    r"recien operad[oa]",
    r"golpe de calor",
    r"insolacion",
    r"(?:esta|se ve|anda|se siente|se puso) (?:bien |muy |medio |como |algo )*(?:confundid[oa]|"
    r"desorientad[oa]|rojo|roja|colorad[oa]|enferm[oa]|malit[oa]|debil|temblando|aturdid[oa])",
    r"no (?:quiere |puede )?(?:tomar|beber) (?:agua|liquidos)",
    r"le late (?:muy )?(?:rapido|fuerte) el corazon",
)
ROOF = words(
    r"roof (?:caved|collapsed|came down|blew off|is caving)",
    r"tree (?:fell )?(?:on|through) "
    r"(?:the |my |our )?(?:roof|house)",
    r"hole in (?:the |my |our )?roof",
    r"(?:see|seeing|can see) (?:the )?(?:daylight|sunlight|sky|light) (?:through|in) "
    r"(?:the |my |our )?(?:roof|attic|ceiling|decking|boards)",
    r"tarp (?:just )?(?:blew|flew|came|ripped|tore|got torn) (?:off|away)",
    r"se ve el cielo",
    r"se cayo el techo",
    r"(?:rain|water) (?:is )?pouring (?:in )?through (?:the |my )?(?:roof|ceiling)",
)
# Water that has stopped is no longer an emergency ("it was flooding yesterday but it's not
# leaking anymore"); gas, smoke and sparks are never talked down this way.
RESOLVED = words(r"(?:not|isn't|no longer) (?:leaking|flooding|dripping|backing up|coming in)"
                 r"(?: anymore| any more)?", r"(?:it|the leak|the water|it's) (?:has )?stopped",
                 r"under control", r"already fixed", r"ya no (?:sale|gotea|entra)",
                 r"ya (?:se )?(?:paro|arreglo)")  # fmt: skip
# "emergency call fees" is a question about a kind of service, not a declaration.
EMERGENCY_WORDS = words(
    r"emergency(?! (?:call|calls|service|services|rates?|fees?|charges?|pricing|prices?|line|"
    r"number|hours|availability))",
    r"emergencia(?! (?:de servicio))",
    r"urgent(?:e)?",
    r"urgently",
    r"911",
)
CALM_WORDS = words(
    r"no rush",
    r"no hurry",
    r"not in a hurry",
    r"whenever is fine",
    r"sin prisa",
    r"no hay prisa",
    r"can wait",
)

# The scope of a hazard mention: near it in its clause, these make it something other than a
# hazard happening now. Past ("the basement flooded last spring"), prevention or a
# hypothetical ("so we never flood again", "before it bursts"), an install or replacement
# ("replace the expired CO detector"), a brief recurring smell ("only for a minute when the
# heat first kicks on") or a caller who says it can wait. A rule hit in such a scope is not an
# emergency by itself: the meaning model, or one triage question, decides.
PAST_SCOPE = words(
    r"last (?:year|spring|summer|fall|autumn|winter|month|week|time|night's storm)",
    r"(?:last|this past) (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)",
    r"(?:en |el )?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre) (?:pasado|del ano pasado)",
    r"(?:in|during|after) (?:the|that) (?:spring|summer|fall|winter|big|last)"
    r"(?: (?:storm|flood|freeze|rain|hurricane))?",
    r"(?:years?|months?|weeks?) ago",
    r"back in (?:the )?(?:spring|summer|fall|winter|\d{4}|january|february|march|april|may|june|"
    r"july|august|september|october|november|december)",
    r"used to",
    r"(?:is|are|it's) safe now",
    r"(?:gas|utility|power|electric) company (?:came|was|were|has been) (?:out|here|by)",
    r"there was",
    r"we had",
    r"hubo",
    r"tuvimos",
    r"(?:fixed|repaired|took care of|shut off) (?:it|that|the leak)",
    r"(?:came|come) (?:out )?and fixed",
    r"(?:la|lo) (?:arreglo|arreglaron|repararon)",
    r"previously",
    r"once before",
    r"(?:el|la) (?:ano|semana|vez|mes|primavera|invierno) pasad[oa]",
    r"hace (?:un|una|unos|unas|dos|tres|varios|varias|\d+) (?:anos?|meses?|semanas?)",
)
PREVENTIVE_SCOPE = words(
    r"before it (?:\w+ )?(?:floods?|bursts?|freezes?|leaks?|happens|gets worse)",
    r"so (?:we|it|that|they|i) (?:never|don't|doesn't|won't|can't|do not|does not)",
    r"never (?:\w+ ){0,4}again",
    r"in case",
    r"prevent\w*",
    r"to avoid",
    r"if (?:it|there|we) ever",
    r"para que no",
    r"por si (?:acaso)?",
    r"evitar",
)
# What might happen or is planned ("if that happened", "while we're away", "the water is shut
# off next week"). A hazard said in the present outweighs it, as it does the past.
HYPOTHETICAL_SCOPE = words(
    r"if (?:that|this|it|one|something|anything) (?:ever )?(?:happens|happened|were to|did|does)",
    r"in the event",
    r"(?:scared|afraid|worried|paranoid|nervous) (?:about|of) (?:a |one |the |our |my )?"
    r"(?:[\w']+ )?\w+ing",
    r"while (?:we're|we are|i'm|i am|they're|we'll be|i'll be) (?:gone|away|out of town|"
    r"on vacation|traveling|travelling)",
    r"next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"(?:planned|scheduled) (?:shut ?off|outage|work|maintenance)",
    r"si (?:alguna vez|llega a|llegara a|pasa|pasara)",
    r"en caso de",
    r"(?:la|el) (?:semana|mes|ano) que viene",
    r"(?:la|el) proxim[oa] (?:semana|mes|ano)",
)
# A day asked for the visit ("can you come next monday", "is next week ok") is a scheduling
# wish, not the time of the hazard: it is left out before the scope is judged.
VISIT_WISH = words(
    r"(?:come|come out|be here|be out|stop by|visit|schedule|book|available|send someone|is|are)"
    r"(?: \w+)? next \w+",
    r"next \w+ (?:works?|is fine|is ok|is okay|would be|would work)",
    r"(?:venir|vengan|pueden|puede|mandar|manden)(?: \w+){0,2} (?:la|el) (?:semana|mes) que viene",
)
ROUTINE_SCOPE = words(
    r"install(?:ed|ing|ation)?",
    r"put in",
    r"hook(?:ing)? up",
    r"run (?:a|the|new|some)",
    r"replac\w+",
    r"upgrad\w+",
    r"expired",
    r"quote",
    r"estimate",
    r"new (?:gas|dryer|range|stove|line|detector|alarm)",
    r"only (?:for )?(?:a|about a)? ?(?:minute|second|few seconds|few minutes|moment|little)",
    r"(?:first|1st|when it) (?:starts|kicks on|turns on|comes on|fires up)",
    r"(?:each|every) (?:fall|year|winter|autumn|season|time it rains|storm)",
    r"(?:whenever|when|every time) it (?:rains|storms|pours)",
    r"(?:whenever|when) you (?:can|get a chance|have time)",
    # One cold room is a repair, not a house without heat.
    r"(?:the )?rest (?:of (?:the|them|the house) )?(?:is|are) "
    r"(?:warm|fine|ok|okay|working|heating)",
    r"(?:just|only) (?:one|a single) (?:room|vent|radiator|register|zone)",
    r"(?:room|bedroom|bathroom|office|upstairs|downstairs) only",
    r"static(?: electricity| shocks?)?",  # a carpet's spark is no wiring fault
    r"no rush",
    r"no hurry",
    r"instalar",
    r"cambiar",
    r"cuando (?:puedan|tengan tiempo)",
)
# The caller says nothing is happening now ("nothing's wrong right now", "todo está bien").
ALL_CLEAR = words(
    r"nothing(?:'s| is)? (?:wrong|happening|going on) (?:right )?now",
    r"nothing(?:'s| is)? (?:leaking|backing up|coming in)",
    r"(?:everything|it|the house|the home|we)(?:'s| is| are)? (?:safe|fine|ok|okay|normal|dry|"
    r"quiet) (?:now|right now)",
    r"no (?:water|rain|sewage) (?:is )?(?:getting|coming|leaking) in",
    r"(?:all|everything) (?:is |else )?(?:working|running|draining) (?:fine|normally|ok|okay)",
    r"(?:it was|it's) just (?:the |a )?(?:battery|dust)",
    # What failed before works now ("it's running fine now", "ours works fine").
    r"(?:it|it's|ours|ours is|everything|the (?:unit|system|furnace|boiler|heat|heater|ac|"
    r"air|heat pump))(?:'s| is)? (?:working|running|works|runs|heating|cooling|blowing cold)"
    r"(?: just)? (?:fine|great|ok|okay|normally|good|perfectly)",
    r"no (?:pasa|hay) nada (?:ahorita|ahora)",
    r"todo (?:esta )?bien (?:ahorita|ahora|por ahora)",
    r"(?:ahorita |ahora |ya |por ahora )?(?:todo|ya|el aire|la calefaccion|la caldera|el clima|"
    r"el calentador) (?:funciona|sirve|jala|anda|prende|calienta|enfria|esta funcionando) "
    r"(?:bien|perfecto|normal)",
)
# Said in the present, a flood or fire is happening whatever came before it ("we had a pipe
# burst and water is everywhere"); it outweighs a past marker, never prevention or a routine.
PRESENT_HAZARD = words(
    r"(?:water|it|sewage)(?:'s| is| are)? (?:still )?(?:everywhere|pouring|gushing|spraying|"
    r"rushing|shooting|spreading|rising|backing up|coming in|coming up|bubbling up)",
    r"(?:is|are|it's) (?:still )?(?:smoking|sparking|on fire)",
    r"(?:it's|is|keeps) getting (?:worse|bigger|deeper)",
    r"(?:is|are|it's) (?:still )?(?:flooding|overflowing|backing up)",
    r"cada vez (?:mas|peor)",
    r"(?:esta|sigue) (?:saliendo|cayendo|entrando|subiendo) (?:el |mucha )?agua",
)
# A question about the visit already booked ("are y'all still coming today after all that
# rain?", "¿siguen viniendo hoy?"): the weather in it is the reason for asking, not a hazard.
_WHO_COMES = (
    r"(?:y'all|you|you guys|you all|they|he|she|someone|somebody|anyone|the crew|the techs?|"
    r"the technicians?|the guys?|the roofers?|the plumbers?|the electricians?|the installers?|"
    r"your (?:crew|guys?|techs?|technicians?|team|man|people|roofers?|plumbers?|installers?))"
)
VISIT_QUESTION = words(
    rf"(?:are|is|will) {_WHO_COMES} still (?:coming|on|going|gonna|scheduled|showing|planning|"
    r"able|set|good|ok|okay|available|running)",
    rf"{_WHO_COMES} (?:are |is )?still (?:coming|on for|scheduled|showing up)",
    rf"what time (?:are|is|will|should i expect|do i expect|can i expect) {_WHO_COMES}",
    r"(?:is|are) (?:my|our|the) (?:appointment|appt|visit|job|install|inspection)s? still",
    r"still on for (?:today|tomorrow|this (?:morning|afternoon))",
    r"(?:siguen|todavia|aun|si) (?:van a venir|vienen|viene|van a llegar|llegan)",
    r"a que hora (?:vienen|viene|llegan|llega|van a venir|va a venir)",
    r"(?:sigue|todavia esta|sigue en pie|esta en pie) (?:la |mi |nuestra )?cita",
)
# "Again", "now", "right now" keep a mention current whatever else the turn says of the past.
NOW_SCOPE = words(
    r"right now",
    r"now",
    r"currently",
    r"still",
    r"as we speak",
    r"ahorita",
    r"ahora",
    r"todavia",
)

# Electrics near water, for a flood confirmed by triage or by the model ("dripping out of the
# light fixture", "el charco llegó al multicontacto").
ELECTRIC_THINGS = words(
    r"light fixtures?",
    r"(?:ceiling |overhead )?lights?",
    r"outlets?",
    r"(?:electrical |breaker |fuse )?(?:panel|box)",
    r"breakers?",
    r"extension cords?",
    r"power strips?",
    r"wiring",
    r"multicontactos?",
    r"extension(?:es)?",
    r"regletas?",
    r"enchufes?",
    r"contactos?",
    r"lamparas?",
)
# What confirms each hazard when the caller answers its triage question in words.
CONFIRMS = {
    "water": words(
        r"still (?:\w+ )?(?:coming|going|leaking|dripping|pouring|running|spreading|backing|"
        r"rising|raining)",
        r"(?:getting|gets) (?:worse|bigger|deeper|higher)",
        r"won't stop",
        r"(?:coming|pouring|dripping|spreading|rising|gushing|flowing) (?:in|now|fast|everywhere)",
        r"right now",
        r"sigue (?:saliendo|cayendo|entrando|subiendo)",
        r"(?:already|now) (?:over|up to|past|in|into|on|reached|reaching)",
        r"(?:don't|do not|can't|cannot|couldn't) (?:know where|find) (?:the |our )?(?:main )?"
        r"(?:water )?(?:shut ?off|valve)",
        r"(?:don't|do not|can't|cannot|couldn't) (?:know )?(?:where|how) to (?:turn|shut) "
        r"(?:it|the water|that)(?: off)?",
        r"(?:can't|cannot|couldn't) (?:get|make) it (?:to )?stop",
        r"no (?:encuentro|se donde esta) la llave(?: de paso)?",
        r"no (?:se|sabemos|sabe) (?:donde|como) se (?:cierra|apaga|corta)",
        r"no (?:la|lo) (?:encuentro|encontramos|hallo|hallamos)",
        r"ya (?:llego|llega|esta|paso) (?:a|al|hasta|en)",
        r"esta (?:saliendo|cayendo|entrando|subiendo|regresando)",
        r"cada vez (?:mas|peor)",
        r"ahorita",
    ),
    "heat": words(
        r"hot",
        r"warm(?:er)?",
        r"hotter",
        r"smok\w+",
        r"spark\w*",
        r"burn\w*",
        r"melt\w*",
        r"louder",
        r"crackl\w+",
        r"caliente",
        r"humo",
        r"chispas?",
        r"quemad\w+",
    ),
    "gas": words(r"smell\w*", r"stinks?", r"odou?r", r"huele", r"olor"),
    "co": words(
        r"dizzy",
        r"headaches?",
        r"nause\w+",
        r"sick",
        r"throw\w* up",
        r"going off",
        r"beeping",
        r"mare\w+",
        r"dolor de cabeza",
        r"sonando",
    ),
    "shock": words(
        r"shock\w*",
        r"zap\w*",
        r"spark\w*",
        r"live",
        r"exposed",
        r"down",
        r"toque",
        r"tingl\w*",
        r"numb",
        r"hormigue\w+",
        r"entumid[oa]",
    ),
}
