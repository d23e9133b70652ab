"""The Spanish half of the hazard vocabulary in `hazard_words`: regex fragments, one tuple per
word list there (and one per triage confirmation), joined to the English ones where they are
compiled."""

from switchboard.assistant.understanding import scorched_parts as scorched

GAS = (
    # However strong or foul the smell is said to be ("huele muy fuerte a gas", "apesta a
    # propano", "un olor bien feo como a gas").
    r"(?:huele|olor|apesta|peste|tufo)(?: (?:muy|bien|mucho|bastante|demasiado|fuerte|feo|"
    r"horrible|raro|poquito|un poco|como|algo)){0,3} a (?:gas|propano)",
    r"fuga de gas",
    r"se sale el gas",
    # The odorant, by what it smells like.
    r"huevos? podridos?",
    r"(?:silba|silbando|chifla|chiflando|silbido|silbidito|chiflido)(?: [a-z]+){0,4} (?:del|de la|"
    r"en el|en la|el|la) (?:gas|medidor de gas|linea de gas|tuberia de gas|tanque de gas)",
)

CO = (
    r"(?:alarma|detector) de monoxido(?: de carbono)? (?:esta )?"
    r"(?:sonando|suena|pitando|chillando)",
    r"(?:suena|sonando|esta sonando|pita|pitando) (?:la |el )?(?:alarma|detector) de monoxido",
    r"(?:hay|tenemos|huele a|intoxica\w+ (?:con|por)) monoxido",
)

ALARM_SOUNDING = (
    r"(?:alarma|detector)(?: [\w']+){0,8} (?:esta |sigue )?(?:sonando|suena|pitando|chillando)",
    r"(?:suena|sonando|esta sonando|pita|pitando) (?:la |el )?(?:alarma|detector)",
)

RESOLVED = (
    r"ya no (?:sale|gotea|entra)",
    r"ya (?:se )?(?:paro|arreglo)",
)

CO_SYMPTOMS = (
    r"mare\w+",
    r"dolor de cabeza",
    r"(?:me|le|nos|les) duele (?:mucho )?la cabeza",
    r"desmay\w+",
)

SOUNDING = (
    r"sonando",
    r"pitando",
    r"chillando",
)

FUEL_BURNING = (
    r"calentador",
    r"caldera",
    r"calefaccion",
    r"chimenea",
)

COMBUSTION_SIGNS = (
    r"hollin",
    r"tizne",
    r"humo (?:negro|de escape)",
    r"(?:huele|olor) a (?:humo|escape|mofle)",
    r"gases? (?:del|de la) (?:caldera|calentador|calefaccion|horno)",
)

CO_MENTION = (r"monoxido",)

ELECTRICAL_FIRE = (
    r"chisp(?:as?|itas?)",
    r"chispea\w*",
    r"(?:esta |estan |se esta |se )?(?:incendiando|prendiendo en (?:fuego|llamas))",
    r"(?:en|salen|saliendo|echando|hechando|se ven|veo|hay) llamas",
    r"(?:salen|saliendo|echando|hay|se ve|veo) (?:fuego|lumbre)",
    r"se (?:prendio|incendio|quemo) (?:en )?(?:fuego|llamas)?",
    # A burning smell however the verb is put ("empezó a oler a quemado", "todavía huele mucho
    # a quemado", "huele como a cable quemado").
    r"(?:olor|olorcito|huele|huelen|oler|oliendo) (?:muy |bien |bastante |mucho |muy fuerte |"
    r"fuerte |feo |horrible |como |raro )*a (?:quemado|(?:cable|plastico|hule)s? quemad[oa]s?)",
    # Smoke, or a little of it ("sale humito por las rejillas"), coming out of something.
    r"(?:sale|salen|saliendo|salia|salio|echa|echando|echo|avienta|aventando) (?:un poco de |"
    r"poquito |poquito de |algo de |mucho |harto |como )?(?:humo|humito|humareda)",
    r"(?:veo|se ve|hay|habia) (?:un poco de |poquito |algo de |mucho )?(?:humo|humito|humareda) "
    r"(?:saliendo|que sale|que salia)",
    r"(?:humo|humito|humareda) (?:esta |estaba )?(?:saliendo|sale|salia|salio) (?:de|del|por)",
    r"cortocircuito",
)

SHOCK = (
    r"me dio (?:un )?(?:toque|choque|corriente|descarga)",
    # still giving shocks: "la secadora nos está dando toques", "la llave da toques", "le
    # acaba de dar uno fuerte"
    r"(?:(?:le|les|nos|me|te) )?(?:esta|estan|anda|andan|sigue|siguen) dando "
    r"(?:toques|choques|descargas|corriente)",
    r"(?:da|dan) (?:toques|choques|descargas|corriente)(?! (?:de|a) (?:la )?(?:risa|"
    r"miedo))",
    r"(?:le|les|nos|me|te) acaba de dar (?:un |una )?(?:toque|choque|descarga|uno|una)",
    r"(?:le|les|nos|me|te) (?:dio|pego|paso) (?:un |una |la )?(?:toque|choque|corriente|descarga)",
    r"(?:senti|sintio|sentimos|recibi|recibio|agarre|agarro) (?:un |una |la )?(?:toque|choque|"
    r"corriente|descarga)",
    r"(?:se )?electrocut\w+",
    r"cables? (?:expuestos?|pelados?)",
    # A line down: fallen from the pole, lying in the yard or the street.
    r"se (?:cayo|cayeron|vino abajo|vinieron abajo|revento|reventaron) (?:el |los |un |la )?"
    r"(?:cables?|lineas?|acometida)(?: de (?:la )?(?:luz|electricidad))?",
    r"(?:cables?|lineas?|acometida)(?: [a-z]+){0,8} (?:esta |estan |quedo |quedaron )?"
    r"(?:tirad[oa]s?|caid[oa]s?|colgando) (?:en|por|sobre) (?:el |la |mi |nuestro |nuestra )?"
    r"(?:patio|suelo|piso|calle|jardin|banqueta|pasto|nieve|entrada|cochera|techo)",
    r"me dio (?:un )?(?:toque|choque)",
)

FLOOD = (
    r"inundaci\w+",
    r"inundad[oa]",
    r"se (?:(?:me|le|nos|les) )?(?:esta |estaba )?inund\w+",
    # "Se nos reventó", "se le rompió": to whom it happened may come between.
    r"se (?:(?:me|le|nos|les) )?(?:revento|rompio|reventaron|rompieron) "
    r"(?:una |la |el |un |uno de los |los |las )?"
    r"(?:tuberias?|pipas?|canos?|tubos?|tubitos?|mangu?eras?|mangu?eritas?)",
    r"(?:esta )?cayendo (?:el |mucha )?agua",
    # A jet of water: "está saliendo un chorro de agua bien fuerte".
    r"(?:sale|saliendo|echando|brota|brotando) (?:un )?chorro(?:te)? de agua",
    r"agua (?:esta )?(?:cayendo|chorreando|escurriendo)",
    r"tuberia rota",
    # The relief valve of a heater throwing out steam or boiling water ("la válvula del lado
    # está echando agua hirviendo y vapor sin parar"): the tank is overheating.
    r"valvula(?: [a-z]+){0,6} (?:esta |sigue |empezo a )?(?:echando|echar|sacando|botando|"
    r"tirando|aventando|soltando|escupiendo|saliendo|sale)(?: [a-z]+){0,2} (?:vapor|agua "
    r"(?:hirviendo|hirviente|muy caliente))",
    r"(?:sale|saliendo|echando|botando|tirando|soltando) (?:agua hirviendo|vapor)(?: [a-z]+){0,5} "
    r"(?:de la|por la) valvula",
    # Water spreading through the home, in Spanish.
    r"agua(?: [a-z]+){0,6} (?:ya )?(?:llego|llega|esta llegando|se paso|se esta pasando|se fue|va|"
    r"se va|ya va|esta yendo|se esta yendo) "
    r"(?:a|hasta|para) (?:la |el |los |las )?(?:sala|cocina|cuarto|cuartos|recamaras?|pasillo|"
    r"comedor|alfombra|otro cuarto|otra recamara|sotano|garage|cochera)",
    # Running across the floor now, the water said before it ("se salió el agua del calentador
    # y ya está corriendo por toda la sala", "el agua se está regando por el pasillo").
    r"agua(?: (?!no |nunca |ni |ya no )[a-z]+){0,12} (?:ya (?:esta |se esta |va |anda |se fue )?|"
    r"esta |sigue |anda |se esta |se va |empezo a |comenzo a )(?:corriendo|correr|regando|"
    r"regandose|regar|extendiendo|extendiendose|esparciendo|esparciendose|desparramando|"
    r"desparramandose|escurriendo|fluyendo) "
    r"(?:por|en|hacia|a|hasta) (?:tod[oa]s? )?(?:el |la |los |las |mi )?(?:sala|cocina|cuartos?|"
    r"recamaras?|pasillo|comedor|alfombra|piso|casa|sotano|garage|cochera|bano|departamento|"
    r"lavanderia|suelo)",
    r"agua por tod[oa] (?:el |la )?(?:cuarto|piso|pasillo|bano|sotano|garage|cochera|cocina|casa|"
    r"sala|recamara|departamento)",
    r"(?:alfombra|piso|carpeta|tapete)s?(?: de (?:la|el) [a-z]+)? (?:ya )?(?:esta |estan )?"
    r"(?:tod[oa]s? )?"
    r"(?:empapad[oa]s?|encharcad[oa]s?|inundad[oa]s?|nadando en agua)",
    r"(?:alfombra|piso|carpeta)s?(?: de (?:la|el) [a-z]+)? (?:ya )?(?:esta |estan )tod[oa]s? "
    r"mojad[oa]s?",
    # A tank, heater, hose or pipe giving way, whatever words come between.
    r"(?:calentador|boiler|tanque|tinaco|boiler|mangu?era|mangu?erita|tuberia|tubo|tubito|pipa|"
    r"cano|lavadora)(?: [a-z]+){0,10} se (?:(?:me|le|nos|les) )?(?:revento|rompio|reventaron|"
    r"rompieron|estallo|exploto|partio|"
    r"zafo|solto)",
    # A water heater emptying itself out ("el calentador del garaje se está vaciando").
    r"(?:calentador|boiler|tanque del calentador)(?: [a-z]+){0,4} se (?:(?:me|le|nos|les) )?"
    r"(?:esta |estaba |sigue |empezo a )?(?:vaciando|vacio|vaciar|salie\w+)",
    r"se (?:(?:me|le|nos|les) )?(?:revento|rompio|estallo|exploto|partio|zafo|solto) "
    r"(?:el |la |mi |nuestro |nuestra )?"
    r"(?:calentador|boiler|tanque|tinaco|mangu?era|mangu?erita|tuberia|tubo|tubito|pipa|cano)",
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

WATER_DEPTH = (
    r"agua hasta (?:los tobillos|las rodillas)",
    r"hasta (?:los tobillos|las rodillas)",
    r"(?<!de )(?:\d+|unas?|un par de|varios|varias) (?:pulgadas?|centimetros?|dedos|cm) "
    r"(?:de agua )?"
    r"(?:en|sobre|por todo) (?:el |la |mi )?(?:piso|suelo|sotano|garage|garaje|cochera|cuarto)",
)

HELD_IN_FIXTURE = (
    r"(?:regadera|ducha|tina|banera|lavabo|fregadero|tarja|coladera|drenaje|lavamanos)"
    r"(?: [a-z]+){0,6} (?:esta |sigue |anda )?(?:bien |muy |super )?(?:tapad[oa]|lent[oa]|"
    r"no (?:baja|drena|se va|traga)|(?:se )?tarda\w*(?: [a-z]+){0,2} en (?:bajar|drenar|irse))",
    r"(?:se queda|queda|se encharca|se estanca) (?:el )?agua (?:encharcada |estancada )?"
    r"(?:en|dentro de) (?:la |el )?(?:regadera|ducha|tina|banera|lavabo|fregadero|tarja)",
)

SPILLING_OVER = (
    r"(?:se )?(?:desborda\w*|derrama\w*|rebalsa\w*)",
    r"(?:se sale|se salio|saliendo|sale) (?:de|por encima de) (?:la |el )?(?:regadera|ducha|tina|"
    r"banera|lavabo|fregadero|tarja)",
    r"(?:por|en) todo el piso",
)

# The breakers, as Spanish speakers say and spell the English word.
_BREAKERS = r"(?:breakers?|breikers?|breiquers?|brekers?|breques?)"

ELECTRICS_NEAR_WATER = (
    r"enchufes?",
    # The breakers, however the English word is spelled ("la caja de los breikers").
    rf"(?:caja de (?:los )?)?{_BREAKERS}",
    r"caja de (?:los )?(?:fusibles|pastillas)",
    r"tablero electrico",
    r"centro de carga",
    r"panel electrico",
    r"cables",
    r"la luz",
    r"extensiones",
    r"extension(?:es)? electricas?",
    r"multicontactos?",
    r"regletas?",
    r"contactos",
)

HEAT_DAMAGE = (
    r"(?:se (?:esta |)?)?(?:poniendo|puso|pusieron) (?:negr[oa]s?|cafe|quemad[oa]s?)",
    r"lumbre\w*",
    r"fuego",
    r"llamas?",
    r"flamas?",
    r"echando humo",
    r"humeando",
    scorched.not_thawing(r"derritiendo|derretid[oa]s?"),
    r"chisporrote\w+",
    r"tronidos?",
    r"truena\w*",
    r"tronando",
)

ELECTRICAL_PARTS = (
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

# Where power is within reach of the water: the panel, outlets, and the strips and cords that
# lie on the floor ("la regleta", "el multicontacto", "las extensiones").
POWER_THINGS = (
    rf"(?:panel|enchufes?|cables|{_BREAKERS}|caja de (?:los )?(?:{_BREAKERS}|fusibles|pastillas)|"
    r"caja de fusibles|tablero(?: electrico)?|regletas?|multicontactos?|extension(?:es)?|"
    r"extension electrica|contactos)"
)
WATER_ON_ELECTRICS = (
    rf"agua (?:en|sobre) (?:el |los |la |las )?{POWER_THINGS}",
    r"agua(?: [a-z]+){0,6} (?:llegando|cerca|entrando|llega|llego|alcanza|alcanzo|esta llegando) "
    rf"(?:al|a los|a las|del|de los|de las|de|a)? ?(?:la |el |los |las |mis |nuestras? )?"
    rf"{POWER_THINGS}",
    # Reached as far as an appliance and what it is plugged into ("ya llegó hasta la secadora
    # y las extensiones que están en el piso").
    r"agua(?: [a-z]+){0,6} (?:ya )?(?:llegando|llega|llego|alcanza|alcanzo|esta llegando|se fue|"
    r"se paso) (?:hasta|hacia) (?:el |la |los |las |mis |nuestras? )?(?:[a-z]+ ){0,3}"
    rf"(?:y |con )?(?:el |la |los |las )?{POWER_THINGS}",
    # The water's path, then where it ends: "el agua está bajando por la pared ... justo donde
    # está la caja de los breakers y está chorreando por encima de la caja".
    # Where it lands is said with its place ("donde está", "encima de", "sobre"): "gotea el
    # lavabo y quiero cambiar los contactos" is two jobs.
    r"agua(?: [a-z]+){0,3} (?:bajando|cayendo|chorreando|escurriendo|goteando|metiendose|baja|"
    r"cae|chorrea|escurre|gotea)(?: [a-z]+){0,12} (?:donde esta|donde estan|sobre|encima de|"
    r"encima del|en|al|hacia|hasta|junto a|junto al|cerca de|cerca del|por) (?:la |el |los |las )?"
    rf"(?:caja de (?:los )?(?:{_BREAKERS}|fusibles|pastillas)|{_BREAKERS}|tablero electrico|"
    r"panel electrico|enchufes?|contactos)",
    # Through a light or a socket ("cae agua del techo por la lámpara, gotea por los focos").
    r"(?:(?:cae|cayendo|sale|saliendo|entra|entrando) agua|gotea|goteando|chorrea|chorreando|"
    r"escurre|escurriendo)(?: [a-z]+){0,6}? (?:por|de|del|desde) (?:la |el |los |las )?"
    r"(?:lamparas?|focos?|plafon|apagador(?:es)?|contactos?|enchufes?|ventilador de techo)",
    # The panel told by what is in it ("la caja gris, la que tiene todos los switches").
    r"agua(?: [a-z]+){0,6} (?:en|a|dentro de|sobre) (?:la|una) caja(?: [a-z]+){0,8} (?:con|donde "
    rf"estan|que tiene) (?:todos )?(?:los |las )?(?:switches|interruptores|{_BREAKERS}|pastillas|"
    r"fusibles|palanquitas)",
)

SEWAGE = (
    r"aguas? negras?",
    r"aguas? (?:sucias?|cafes?|puercas?|apestosas?) (?:y )?negras?",
    # The drain itself throwing dirty water out ("la coladera empezó a echar agua sucia").
    r"(?:registro|coladera|drenaje|excusado|escusado|inodoro|taza)(?: [a-z]+){0,4} "
    r"(?:empezo a |comenzo a |se puso a )?(?:echar|echando|botar|botando|aventar|aventando|"
    r"sacar|sacando|escupir|escupiendo) agua (?:sucia|cafe|negra|puerca|apestosa)",
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

# Sewage told by its signs, the two parts `hazard_signs` pairs: water foul by its colour or
# its smell ("agua café", "huele horrible a caño"), and water coming up where it drains ("está
# subiendo ... por la coladera"). "Sale" counts only out of a drain: brown water out of the
# shower head or a tap ("sale agua café de la regadera") is rust in the supply, not sewage.
SEWAGE_FOUL = (
    r"aguas? (?:(?:muy|bien|toda|todo|como) )?(?:cafe|cafes|cafesosa|negras?|sucias?|turbias?|"
    r"puercas?|apestosas?|oscuras?|lodosas?|color cafe|prietas?)",
    r"(?:huele|olor|apesta|peste|tufo|hedor|huela|oliendo)(?: (?:muy|bien|mucho|bastante|"
    r"demasiado|fuerte|feo|horrible|espantoso|asqueroso|como|algo)){0,3} a "
    r"(?:canos?|drenajes?|cloacas?|alcantarillas?|caca|popo|excremento|mierda|aguas? negras?|"
    r"fosa|letrina|bano sucio)",
    r"con (?:papel|caca|popo|excremento|heces|pedazos|mugre)",
)
_DRAIN = (
    r"(?:la |el |los |las )?(?:coladeras?|drenajes?|resumideros?|registros?|desagues?|canos?|"
    r"excusados?|escusados?|inodoros?|taza)"
)
SEWAGE_RISING = (
    r"(?:esta |estan |sigue |siguen |empezo a |empezaron a |comenzo a )?(?:subiendo|sube|suben|"
    r"subio|brota|brotan|brotando|broto|burbujea\w*|borbote\w*|regresando|rebos\w+|desbord\w+|"
    r"rebals\w+)",
    r"se (?:regresa|regresan|regreso|esta regresando)",
    r"(?:se )?(?:llena|llenan|lleno|llenando|llenandose)(?: (?:la|el|toda|todo) [a-z]+)? de",
    rf"(?:sale|salen|saliendo|salio|echa|echando|escupe|escupiendo)(?: [a-z]+){{0,3}} "
    rf"(?:por|de|del|desde) {_DRAIN}",
)

NO_HEAT = (
    r"(?:sin|no (?:hay|tengo)) calefaccion",
    r"calefaccion no funciona",
    r"(?:se (?:nos |me |le |les )?(?:descompuso|apago|murio|paro|echo a perder|fue)|no "
    r"(?:funciona|prende|enciende|sirve|"
    r"calienta)) (?:el |la |nuestra |nuestro |mi )?(?:calefaccion|calentador(?! de agua)|caldera|"
    r"heater|boiler|furnace|horno de la casa)",
    r"(?:la |el )?(?:calefaccion|calentador(?! de agua)|caldera) "
    r"(?:se (?:nos |me |le |les )?(?:descompuso|apago|murio|fue)|no (?:funciona|prende|enciende|"
    r"sirve|calienta))",
    r"(?:radiadores?|calefaccion) (?:estan? |siguen |se pusieron |han estado |(?:\w+ )?"
    r"(?:estan|esta) )?(?:bien |todos |completamente )?(?:helad[oa]s?|fri[oa]s?)",
    r"(?:calefaccion|caldera|calenton) (?:ya no (?:funciona|sirve|calienta|prende)|dejo de "
    r"(?:calentar|funcionar|servir|prender))",
)

FREEZING = (
    r"bajo cero",
    r"congelando",
    r"helando",
    r"mucho frio",
    r"hace un frio",
)

# Whose it is may come between ("el clima de mi papá se descompuso").
_WHOSE = r"(?: de (?:mi |la |el |nuestra |nuestro |su )?[a-z]+)?"
NO_AC = (
    rf"(?:aire acondicionado|aire|clima|minisplit|refrigeracion)(?: central)?{_WHOSE} "
    r"(?:no (?:esta )?"
    r"(?:funciona\w*|sirve|enfria\w*|prende)|se (?:nos |me |le |les )?descompuso)",
    rf"(?:aire acondicionado|aire|clima|minisplit)(?: central)?{_WHOSE} "
    r"(?:ya no (?:funciona|sirve|enfria|prende)|"
    r"dejo de (?:enfriar|funcionar|servir|prender)|(?:esta |nomas |nada mas |solo )?"
    r"(?:echando|tirando|sacando|echa|tira|saca) aire caliente|"
    r"se (?:nos |me |le |les )?(?:murio|apago|paro))",
    r"no (?:tengo|hay|tenemos) aire",
    # Nothing out of the vents ("no sale nada de aire por las rejillas", "no echa aire").
    r"no (?:sale|salia|echa|tira|avienta|sopla) (?:nada de |nadita de )?aire",
    r"(?:rejillas|ventilas|ventilaciones|ductos)(?: ya)? no (?:sale|salia|echan|tiran|avientan|"
    r"sueltan) (?:nada|aire)",
    r"se (?:nos |me |le |les )?(?:descompuso|murio|apago|paro|fue|echo a perder) (?:el |la |mi |"
    r"nuestro |nuestra )?(?:aire acondicionado|aire|clima|minisplit|refrigeracion|unidad)",
)

EXTREME_HEAT = (
    r"ola de calor",
    r"(?:9[5-9]|1[0-2][0-9]) grados",
    r"(?:adentro|dentro de la casa|en la casa|en el cuarto|en la recamara) (?:ya )?"
    r"(?:esta|hace|estamos) (?:a |como a |en )?"
    r"(?:8[5-9]|9[0-9]|1[0-2][0-9])",
    r"(?:9[0-9]|1[0-2][0-9]) (?:grados )?(?:adentro|dentro de la casa|en la casa)",
    # The heat outside said as people say it ("afuera están como a ciento diez").
    r"(?:afuera|aca afuera|alla afuera) (?:ya )?(?:esta|estan|estamos|hace|hay) (?:como |casi )?"
    r"(?:a |en )?(?:9[5-9]|1[0-2][0-9])(?! (?:anos|dolares|pesos|minutos|millas))",
    r"mucho calor",
    r"hace un calor",
)

ROOF = (
    r"se ve el cielo",
    r"se cayo el techo",
)

# Not a mode or a fitting named "de emergencia" ("dice calefacción de emergencia").
EMERGENCY_WORDS = (
    r"(?<!calefaccion de )(?<!calor de )(?<!luz de )(?<!modo de )(?<!salida de )"
    r"emergencia(?! (?:de servicio))",
)

CALM_WORDS = (
    r"sin prisa",
    r"no hay prisa",
)

PAST_SCOPE = (
    r"(?:en |el )?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre) (?:pasado|del ano pasado)",
    r"hubo",
    r"tuvimos",
    # The water already cleaned up or dried ("ya la limpiamos", "ya secamos todo").
    r"ya (?:(?:la|lo|las|los) )?(?:limpiamos|limpie|limpio|limpiaron|secamos|seque|seco|secaron|"
    r"recogimos|trapeamos|trapee)",
    r"ya (?:esta|quedo) (?:todo )?sec[oa]",
    r"(?:la|lo) (?:arreglo|arreglaron|repararon)",
    r"(?:el|este) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado",
    # A weekday told in the past tense ("el sábado se salió el agua").
    r"(?:el|este) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    r"(?: (?:en la|por la) (?:manana|tarde|noche))? (?:se (?:me |nos |le )?[a-z]+o|"
    r"[a-z]+(?:io|aron|ieron))",
    # Tightened or fixed by the caller and dried ("ya la apretamos y secamos todo").
    r"ya (?:la |lo )?(?:apretamos|aprete|apreto|arreglamos|arregle|cerramos|cerre)"
    r"(?: y (?:secamos|limpiamos|trapeamos|recogimos))?",
    r"(?:secamos|limpiamos|trapeamos) todo",
    r"(?:el|la) (?:ano|semana|vez|mes|primavera|invierno) pasad[oa]",
    r"hace (?:un|una|unos|unas|dos|tres|varios|varias|\d+) (?:anos?|mes|meses|semanas?)",
    # A story seen or heard elsewhere.
    r"en (?:las|el) (?:noticias|noticiero|tele|television)",
    r"(?:vi|lei|oi|escuche) (?:un|una) (?:video|reportaje|noticia|articulo)",
)

PREVENTIVE_SCOPE = (
    r"para que no",
    r"por si (?:acaso)?",
    r"evitar",
)

HYPOTHETICAL_SCOPE = (
    r"si (?:alguna vez|llega a|llegara a|pasa|pasara)",
    # A what-if in the present ("dice que si se revienta se nos inunda todo"): "sí" said as a
    # yes comes before what already happened ("sí, se reventó"), not before this.
    r"si (?:se )?(?:(?:me|nos|le|les|te) )?(?:revienta|rompe|truena|quiebra|raja|suelta|desborda|"
    r"inunda|cae|va a reventar|llegara a reventar)",
    r"en caso de",
    r"(?:la|el) (?:semana|mes|ano) que viene",
    r"(?:la|el) proxim[oa] (?:semana|mes|ano)",
)

VISIT_WISH = (
    r"(?:venir|vengan|pueden|puede|mandar|manden)(?: \w+){0,2} (?:la|el) (?:semana|mes) que viene",
)

ROUTINE_SCOPE = (
    # A brief smell when something lights ("nomás un ratito al prender la estufa").
    r"(?:nomas|nada mas|namas|solo|solamente) (?:por )?(?:un )?(?:ratito|momento|segundo|"
    r"segundito|rato|poquito)",
    r"al (?:prender|encender|arrancar|prenderse|encenderse|arrancarse)(?:la|lo)?",
    r"instalar",
    r"cambiar",
    r"cuando (?:puedan|tengan tiempo)",
)

ALL_CLEAR = (
    r"no (?:pasa|hay) nada (?:ahorita|ahora)",
    # That is over ("se nos inundó con el huracán pero eso ya quedó"): settled, whatever follows.
    r"(?:eso|todo eso) ya (?:quedo|paso|se arreglo|se resolvio|se seco)"
    r"(?! (?:inundad|mojad|tapad|roto|igual|peor))",
    r"todo (?:se ve|drena|funciona|jala) bien",
    r"todo (?:esta )?bien (?:ahorita|ahora|por ahora)",
    r"(?:ahorita |ahora |ya |por ahora )?(?:todo|ya|el aire|la calefaccion|la caldera|el clima|"
    r"el calentador) (?:funciona|sirve|jala|anda|prende|calienta|enfria|esta funcionando|"
    r"ha estado funcionando|ha funcionado|volvio a funcionar|volvio a prender) "
    r"(?:bien|perfecto|normal)",
    # Working again since ("desde entonces ha estado funcionando bien").
    r"(?:desde entonces|desde ahi|desde eso) (?:ya )?(?:funciona|ha funcionado|ha estado "
    r"funcionando|esta funcionando|jala|ha jalado|calienta|enfria) bien",
    # "Ahorita ya está bien": fine again now. Not "bien" as "very" ("está bien feo").
    r"(?:(?:ahorita|ahora) (?:ya )?|ya )(?:esta|estan|quedo|anda) bien"
    # Nor "bien" before how someone is taken ill ("ya está bien mareado", "bien caliente").
    r"(?! (?:fe[oa]|fuerte|mal|grave|hond[oa]|much[oa]|lleno|llena|mojad[oa]|inundad[oa]|"
    r"maread[oa]|enferm[oa]|caliente|acalorad[oa]|debil|palid[oa]|confundid[oa]|"
    r"desmayad[oa]|sudad[oa]|rar[oa]|asustad[oa]|malit[oa]))",
)

PRESENT_HAZARD = (
    r"cada vez (?:mas|peor)",
    r"(?:esta|sigue) (?:saliendo|cayendo|entrando|subiendo) (?:el |mucha )?agua",
)

VISIT_QUESTION = (
    r"(?:siguen|todavia|aun|si) (?:van a venir|vienen|viene|van a llegar|llegan)",
    r"a que hora (?:vienen|viene|llegan|llega|van a venir|va a venir)",
    r"(?:sigue|todavia esta|sigue en pie|esta en pie) (?:la |mi |nuestra )?cita",
)

FEELING_NOW = (
    r"(?:y |asi que )?(?:ahora|ahorita) (?:ya )?(?:me da miedo|tengo miedo|estoy (?:preocupad[oa]|"
    r"nervios[oa]|asustad[oa])|estamos (?:preocupad[oa]s|nervios[oa]s|asustad[oa]s)|quiero|"
    r"queremos|necesito|necesitamos)",
)

NOW_SCOPE = (
    r"ahorita",
    r"ahora",
    r"todavia",
)

ELECTRIC_THINGS = (
    r"(?:enchufad|conectad)[oa]s?",
    r"multicontactos?",
    r"extension(?:es)?",
    r"regletas?",
    r"enchufes?",
    r"contactos?",
    r"lamparas?",
)

CONFIRMS = {
    "gas": (
        r"huele",
        r"olor",
    ),
    "water": (
        r"sigue (?:saliendo|cayendo|entrando|subiendo|bajando|chorreando|escurriendo|brotando|"
        r"echando|goteando|corriendo)",
        r"no (?:encuentro|se donde esta) la llave(?: de paso)?",
        r"no (?:se|sabemos|sabe) (?:donde|como) se (?:cierra|apaga|corta)",
        r"no (?:la|lo) (?:encuentro|encontramos|hallo|hallamos)",
        r"ya (?:llego|llega|esta|paso) (?:a|al|hasta|en)",
        r"esta (?:saliendo|cayendo|entrando|subiendo|regresando)",
        r"cada vez (?:mas|peor)",
        r"ahorita",
    ),
    "heat": (
        r"caliente",
        r"humo",
        r"chispas?",
        r"quemad\w+",
    ),
    "co": (
        r"mare\w+",
        r"dolor de cabeza",
        r"sonando",
    ),
    "shock": (
        r"toque",
        r"hormigue\w+",
        r"entumid[oa]",
    ),
}
