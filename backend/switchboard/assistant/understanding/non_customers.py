"""Who is calling, when it is not a customer with a job at their home, and what each wants.

A receptionist sorts these callers at once: a supplier ("your order is ready for pickup",
"el pedido ya está listo para recoger") and an official ("this is the city building inspector
about the permit on Logan") have business for the owner, and so does the owner's own family
("it's Mike's wife, he's not picking up his cell"): a message, never a booking, even when the
call names a job or a day (the inspection to move is the inspector's, not a visit). A job
seeker leaves a message too, and so does a local crew asking for work ("I run a roofing crew,
looking for subcontract work"). Someone selling labour to the business (a staffing agency, a
recruiter, a crew from out of town looking to sub after a storm) is making a pitch, declined
like any other (`intent.SALES`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.owner_whereabouts import WHEREABOUTS, asked_where
from switchboard.assistant.understanding.phrases import found, words

# Suppliers and others with business for the owner: a message, never a booking.
VENDOR = words(r"(?:calling|call)(?: for \w+)? (?:about|regarding|on) (?:an? |the |your |our |his |"
               r"her |their )?(?:[a-z'-]+ ){0,2}(?:invoice|bill|account|statement|payment|order|"
               r"delivery|shipment|balance)",
               r"(?:past due|overdue|outstanding) (?:invoice|balance|account|bill|payment)",
               r"invoice (?:number|#)", r"(?:about|regarding) invoice",
               r"(?:supply|supplies|wholesale|distributors?|distributing)"
               r"(?: (?:company|co|house))?",
               r"accounts (?:payable|receivable)", r"(?:your|the) (?:parts?|order) (?:is|are) "
               r"(?:ready|in|here)", r"(?:rep|representative|account manager) (?:from|with|at)",
               r"factura", r"(?:proveedor|distribuidora)",
               # Someone calling from a company's back office: "this is Cheryl from the
               # warranty department at Summit Shingle", "le hablo del departamento de garantías".
               r"(?:from|with|in) (?:the )?(?:warranty|claims?|billing|accounting|shipping|"
               r"credit|collections|purchasing|receivables) (?:department|dept|team|office|desk)",
               r"(?:del|en el) departamento de (?:garantias?|reclamos|reclamaciones|cobranzas?|"
               r"facturacion|contabilidad|compras|envios)",
               # An order the owner placed, waiting at the counter: "his order is ready for
               # pickup", "el pedido del señor Ortiz ya está listo", "lo puede pasar a recoger"
               r"(?:your|his|her|their|the boss's|the owner's) order (?:for|of|with)"
               r"(?: [\w-]+){1,4} (?:is|are|came) (?:ready|in|here)",
               r"ready (?:for|to be) (?:will call|picked up|pick ?up)(?: at (?:the )?(?:counter|"
               r"will call|front desk|branch|store))",
               r"(?:su|el|del|un) pedido(?! (?:de (?:servicio|cita|visita)))",
               r"(?:listos?|listas?) para (?:recoger|recogerse|que (?:lo|la|los|las) recojan|"
               r"pasar por (?:el|ella|ellos|ellas))",
               r"(?:al )?mostrador de (?:la )?(?:tienda|sucursal|bodega)",
               # A supply house said in Spanish: "habla Ramiro de Suministros del Golfo", "le
               # llamo de la ferretería" (never "no tengo suministro de agua")
               r"(?:habla|soy|le habla|le hablo|le llamo|llamo|le hablamos|le escribo|hablamos)"
               r"(?: [a-z]+){0,3} (?:de|del) (?:la |el )?(?:suministros|materiales|ferreteria|"
               r"distribuidora|refaccionaria|maderera|proveedora|casa de materiales)",
               # What the owner ordered has come in: "the tankless he ordered came in", "ya
               # llegaron los calentadores que pidió" (never "... que pidió el técnico para mi
               # casa", a customer asking after their own job)
               r"(?:he|she|the owner|the boss|your boss) (?:special )?ordered(?: [a-z0-9]+){0,3} "
               r"(?:came in|arrived|is in|are in|got in|showed up|is ready|are ready|is here|"
               r"are here|has arrived|have arrived)",
               # ... or is late: "the two water heaters he ordered won't be in till Tuesday",
               # "what she ordered is on backorder", "lo que pidió no llega hasta el martes"
               r"(?:he|she|the owner|the boss|your boss) (?:special )?ordered(?: [a-z0-9]+){0,3} "
               r"(?:won't|wont|will not|isn't|isnt|aren't|arent|is not|are not|didn't|didnt|"
               r"did not|can't|cant) (?:be |going to be |gonna be )?(?:in|here|ready|arrive|"
               r"come in|ship|make it|show up)",
               r"(?:he|she|the owner|the boss|your boss) (?:special )?ordered(?: [a-z0-9]+){0,3} "
               r"(?:is|are|got|went|has been|have been) (?:on )?(?:back ?order(?:ed)?|delayed|"
               r"held up|pushed back)",
               r"(?:el|la|los|las|lo)(?: [a-z0-9]+){0,6} que (?:pidio|encargo|ordeno) no "
               r"(?:llega|llegan|va a llegar|van a llegar|estara|estaran|viene|vienen|sale|salen)",
               r"(?:llego|llegaron|ya estan?|tenemos|ya tenemos) (?:el|la|los|las|lo|sus?)"
               r"(?: [a-z0-9]+){0,6} que (?:pidio|encargo|ordeno|mando pedir|nos pidio|nos "
               r"encargo)(?! (?:el tecnico|su tecnico|el plomero|para mi|para la casa|para "
               r"nosotros))")  # fmt: skip
# A customer's own dealings with a supply house: "I bought a faucet from the plumbing supply
# store", "I'm in the supply business myself". The supply words there name no caller.
SHOPPED_AT_SUPPLY = words(
    r"(?:bought|got|picked up|purchased|ordered|buy|get|pick up|purchase|order)(?: [\w-]+){0,4} "
    r"(?:from|at) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:supply|supplies|wholesale|distributors?)"
    r"(?: (?:store|house|place|company|co))?",
    r"(?:i'm|im|i am|i work|we're|we are|work) in (?:the )?(?:[a-z]+ )?(?:supply|supplies|"
    r"wholesale|distribution) (?:business|industry|trade)",
    r"(?:compre|compramos|consegui|conseguimos)(?: [\w-]+){0,4} en (?:la |una )?(?:[\w-]+ )?"
    r"(?:ferreteria|distribuidora|casa de materiales)",
)


def vendor_calling(norm: Normalised) -> bool:
    """A supplier or a back office with business for the owner (never a customer's own
    purchase at a supply house)."""
    return VENDOR.search(SHOPPED_AT_SUPPLY.sub(" ", norm.text)) is not None


APPLICANT = words(r"hiring",
                  r"looking for (?:a )?(?:job|work|employment)", r"(?:apply|applying) for",
                  r"job (?:opening|openings|posting|listing|application)", r"(?:send|drop off|"
                  r"email) (?:you )?(?:my|a) (?:resume|application)", r"work for (?:you|your)",
                  r"any (?:openings|positions)", r"(?:open|available) positions?",
                  r"(?:estan|estan ustedes) contratando", r"(?:busco|buscando) (?:un )?trabajo",
                  r"(?:pedir|solicitar) (?:un )?(?:trabajo|empleo)", r"vacantes?",
                  r"buscan (?:trabajadores|tecnicos|ayudantes)",
                  # a crew after work of its own ("looking for subcontract work"); sold labour
                  # is a pitch before this is heard (`labour_offered`)
                  r"looking for (?:some |any |more |steady )?(?:sub|subcontract|"
                  r"subcontracting|contract) work",
                  r"(?:buscamos|andamos buscando) (?:un )?trabajo")  # fmt: skip

_WORKERS = (
    r"(?:techs?|technicians|workers|labou?r(?:ers)?|helpers|crews?|plumbers|"
    r"electricians|roofers|installers|apprentices|journeymen|staff|talent|people)"
)
_PREPARED = r"(?:pre ?screened|screened|vetted|qualified|licensed|certified|experienced|skilled)"
# Labour sold to the business: the agency, what it places, and crews that follow storms.
LABOUR_OFFERED = words(
    # "I'm Jordan with TradeForce Staffing", "a recruiting firm", "una agencia de personal"
    r"staffing(?: agency| company| firm| solutions| services| group| partner)?",
    r"(?:recruiting|recruitment|placement|temp|temporary labou?r|headhunting|talent) (?:agency|"
    r"firm|company|service|services|partner|group|solutions)",
    r"(?:i'm|i am|we're|we are) (?:an? )?(?:\w+ )?(?:recruiters?|headhunters?)",
    # "we place pre-screened HVAC techs with shops", "we supply licensed electricians to
    # contractors", "we can send you vetted helpers"
    rf"(?:we|i) (?:place|supply|provide|staff|send|furnish|match|connect|pair|can send you|"
    rf"can get you)(?: {_PREPARED})*(?: (?:hvac|plumbing|electrical|roofing|construction|"
    rf"trade|temp))? {_WORKERS}(?: \w+){{0,3}} (?:with|to|for|at) (?:(?:hvac|plumbing|"
    rf"electrical|roofing|trade|local|small) )?(?:shops|companies|contractors|businesses|"
    rf"outfits|you|your (?:shop|company|business))",
    # A crew offering to work under the business: "we're looking to sub for somebody local",
    # "we've got two crews ready to go", "we followed the hail up here"
    r"(?:looking|want|wanting|hoping|trying|here|happy|glad|able) to (?:sub|subcontract)"
    r"(?: (?:out|in))?(?: (?:for|to|under|with) (?:somebody|someone|anybody|anyone|you|your|a|"
    r"local|companies|contractors))?",
    r"(?:sub|subcontract)(?:ing)? (?:for|under) (?:somebody|someone|anybody|anyone|you|y'?all|"
    r"your (?:company|shop|outfit)|a local)",
    r"subcontract(?:ing|or|ors)? (?:work|opportunit\w+|help|crews?)(?! (?:on|at) my)",
    r"(?:we|i)(?:'ve| have| got|'ve got| run| operate| own| bring| brought)? (?:a|one|two|"
    r"three|four|five|several|a couple(?: of)?|[0-9]+) (?:full |extra |more )?(?:\w+ )?crews? "
    r"(?:ready|available|lined up|on standby|standing by|that can|looking for work|out of|"
    r"from|up here|in town)",
    r"(?:followed|chasing|chase|follow) (?:the )?(?:hail|storms?|hurricane|weather)",
    # "ofrecemos personal calificado", "somos una cuadrilla de Dallas", "buscamos subcontratos"
    r"agencia de (?:empleo|empleos|personal|reclutamiento|colocacion|trabajadores)",
    r"(?:ofrecemos|proveemos|le mandamos|les mandamos|le enviamos|les enviamos|le conseguimos) "
    r"(?:personal|tecnicos|trabajadores|ayudantes|cuadrillas)",
    r"(?:somos|tenemos|traemos) (?:una|dos|tres|cuatro|varias|[0-9]+) cuadrillas?",
    r"(?:trabajar|trabajo|trabajamos) (?:como|de) subcontratistas?",
    r"(?:buscamos|buscando|ofrecemos) (?:trabajo de |trabajos de )?subcontrat\w+",
)

# An official with business about a job's permit or inspection (or a public utility's
# paperwork), self-introduced: "this is
# Rick with the city of Denver building inspections", "I'm the county electrical inspector",
# "le hablo del departamento de permisos de la ciudad". Someone quoting one ("the city
# inspector said my panel has to go") is a customer.
_OFFICE = (
    r"(?:building|permits?|permitting|inspections?|inspection services|code|code "
    r"enforcement|planning|development services|fire marshal'?s?|licensing)"
)
_PUBLIC = r"(?:city|county|town|village|state|township|borough|parish)"
_TRADE_OR_PUBLIC = r"(?:city|county|town|state|building|electrical|plumbing|mechanical|fire|code)"
# A building office by its work: "the Aurora building department", "the county permit office".
_DEPARTMENT = (
    r"(?:[a-z]+ ){0,2}(?:building|buildings|permits?|permitting|inspections?|code enforcement|"
    r"zoning) (?:department|dept|division|office|bureau)"
)
_DEPARTMENT_OF = (
    r"(?:buildings|building inspections?|building and safety|permits|code enforcement|"
    r"licenses and inspections|inspections|inspectional services)"
)
# A public utility's or health office's desk, with the paperwork a contractor files there
# (backflow test reports, grease trap and cross-connection records): "Marcus Lee with the city
# of Pasadena water department", "Dana from public works". Named with its department word:
# "from the city water" is where a home's water comes from.
_UTILITY_OFFICE = (
    r"(?:(?:water|sewer|wastewater|water and sewer|water and wastewater|water resources|"
    r"water quality|utilities|utility|public utilities|stormwater|environmental|environmental "
    r"health|public health|health|cross connection|backflow|fire prevention) (?:department|dept|"
    r"division|office|bureau|authority|district|services|board|commission|program)|public "
    r"(?:works|health)(?: (?:department|dept|division|office))?|(?:bureau|office|division) of "
    r"fire prevention)"
)
# Where the office is one the caller was in touch with, not the one they speak for.
_NOT_TOLD_OF = "".join(
    f"(?<!{w} )"
    for w in ("letter", "notice", "call", "email", "phone", "talked", "spoke", "spoken",
              "working", "worked", "dealing", "permit", "violation", "citation", "someone",
              "somebody", "guy", "man", "lady", "woman", "the inspector", "an inspector", "they",
              "approval")
)  # fmt: skip
OFFICIAL = words(
    # (not a paper or a call from them, quoted by a customer: "a letter from the city of
    # Mesa code enforcement")
    r"(?<!letter )(?<!letters )(?<!notice )(?<!ticket )(?<!citation )(?<!violation )"
    r"(?<!warning )(?<!call )(?<!email )(?<!fine )"
    rf"(?:with|from|at|for) the (?:city|county|town|village|state|township|borough)"
    rf"(?: of(?: [a-z]+){{1,2}})?(?: (?:building|electrical|plumbing|mechanical))? {_OFFICE}",
    rf"(?:with|from|at) (?:[a-z]+ )?(?:city|county|town|township) {_OFFICE}",
    # The office said straight after the name, as a badge reads: "this is Ken Alvarez, city
    # of Mesa building inspections", "Pat Hughes here, Polk County permitting"
    rf"(?:this is|i'm|i am|it's|my name is)(?: [a-z'-]+){{1,3}} (?:here )?(?:the )?"
    rf"(?:{_PUBLIC} of(?: [a-z]+){{1,2}}|(?:[a-z]+ ){{1,2}}{_PUBLIC})"
    rf"(?: (?:building|electrical|plumbing|mechanical))? {_OFFICE}",
    # A town's office named by the town alone: "this is Mark Ruiz with Lakewood building
    # inspection", "it's Dee from Arvada code enforcement" (never "from Home Depot building
    # supply": a building office's work is named)
    r"(?:this is|i'm|i am|it's|my name is)(?: [a-z'-]+){1,3} (?:with|from|at) (?:the )?"
    r"(?:[a-z]+ ){1,2}(?:building (?:inspections?|inspection services|inspectors?|permits?|"
    r"permitting|department|dept|division|safety)|code enforcement|(?:permits?|permitting) "
    r"(?:office|department|dept|division))",
    rf"[a-z]+ here(?: with| from)? (?:the )?(?:{_PUBLIC} of(?: [a-z]+){{1,2}}|(?:[a-z]+ )"
    rf"{{1,2}}{_PUBLIC})(?: (?:building|electrical|plumbing|mechanical))? {_OFFICE}",
    r"(?:i'm|i am|this is|it's)(?: [a-z]+){0,2} (?:the |your |an? )?(?:city |county |town |"
    r"state |building |electrical |plumbing |mechanical |fire |code )+(?:inspector|"
    r"official|marshal)(?! (?:said|says|told|found|flagged|wrote|noted|failed|wants|came|"
    r"was|is|has|had)\b)",
    r"(?:de|del) (?:la )?(?:ciudad|condado|municipio)(?: de [a-z]+)? (?:del? )?(?:departamento "
    r"de )?(?:inspecciones|permisos|construccion|obras publicas|desarrollo urbano)",
    r"(?:del|de la) (?:departamento|oficina) de (?:inspecciones|permisos|construccion|"
    r"obras publicas|desarrollo urbano)",
    # "habla Ken Alvarez, de inspecciones de la ciudad de Mesa"
    r"(?:soy|le habla|habla|me llamo)(?: [a-z]+){1,3} (?:de|del departamento de|de la oficina "
    r"de) (?:inspecciones|permisos|construccion|obras publicas|desarrollo urbano) (?:de la "
    r"ciudad|del condado|del municipio|municipal)",
    r"(?:soy|le habla|habla) (?:el |la )?inspector(?:a)?(?: de la ciudad| del condado| "
    r"municipal)?(?! (?:dijo|me dijo|nos dijo|encontro|reprobo))",
    # The title before the name, as an official introduces himself: "this is inspector Ray
    # Collins", "le habla la inspectora Salinas" (never "the inspector said", a customer's)
    rf"(?:this is|i'm|i am|it's|my name is|le habla|habla|soy) (?:{_TRADE_OR_PUBLIC} )?"
    rf"inspector(?:a)? [a-z]+(?! (?:said|says|told|found|flagged|wrote|wants|came|was|is|has|"
    rf"had|dijo|encontro|reprobo)\b)",
    # The office named by its work, introduced by the caller: "carla with the Aurora building
    # department", "Ray Collins with the Department of Buildings" (never "I talked with the
    # building department", "a letter from the department of buildings")
    rf"(?:this is|i'm|im|i am|it's|my name is|calling|here)(?: [a-z'-]+){{0,4}} "
    rf"{_NOT_TOLD_OF}(?:with|from) (?:the )?(?:{_DEPARTMENT}|(?:[a-z]+ )?(?:department|dept) "
    rf"of {_DEPARTMENT_OF})",
    # A utility's office, introduced by the caller: "this is Marcus Lee with the city of
    # Pasadena water department", "Dana here from Tarrant County public health" (never "the
    # city water department shut off my water", "I got a call from the water department")
    rf"(?:this is|i'm|im|i am|it's|my name is|calling|here)(?: [a-z'-]+){{0,4}} "
    rf"{_NOT_TOLD_OF}(?:with|from) (?:the )?(?:{_PUBLIC} of (?:[a-z]+ ){{1,2}}|(?:[a-z]+ )"
    rf"{{0,2}}{_PUBLIC} )?{_UTILITY_OFFICE}",
    # "le hablo del departamento de agua de la ciudad", "soy Marcos, de obras públicas"
    r"(?:soy|le habla|habla|le hablo|le llamo|me llamo)(?: [a-z]+){0,3},? (?:de|del) (?:la )?"
    r"(?:departamento|oficina|division) de (?:agua|aguas|agua potable|servicios publicos|"
    r"salud|salud publica|drenaje|alcantarillado)(?: (?:de la ciudad|del condado|del municipio|"
    r"municipal|de [a-z]+))?",
    r"(?:soy|le habla|habla|le hablo|le llamo|me llamo)(?: [a-z]+){0,3},? (?:de|del) (?:las )?"
    r"obras publicas",
)

_KIN = (r"(?:wife|husband|mom|mama|momma|mommy|mother|dad|daddy|father|son|daughter|sister|"
        r"brother|girlfriend|boyfriend|fiance|fiancee|partner|mother in law|"
        r"father in law)")  # fmt: skip
_PARIENTE = (r"(?:esposa|esposo|mujer|senora|mama|mami|papa|hijo|hija|hermana|hermano|novia|"
             r"novio|suegra|suegro)")  # fmt: skip
# The caller says whose family they are: "I'm Mike's wife", "it's his mom", "soy la esposa de
# Miguel", "soy su hermana".
KIN_OF = words(
    rf"(?:i'm|i am|this is|it's|its)(?: [a-z]+){{0,3}} (?:[a-z]+'?s|his|her|the owner's|"
    rf"the owners|the boss's|the bosses|your boss's|your bosses) {_KIN}",
    # "soy la esposa de Miguel", "habla la señora Carmen Hernández, la mamá de Rogelio"
    rf"(?:soy|habla|le habla|me llamo)(?: [a-z]+){{0,4}} (?:la |el )?{_PARIENTE} (?:de|del) "
    rf"(?:[a-z]+|el dueno|el jefe|su jefe)",
    rf"soy su {_PARIENTE}",
    # Married to him, said so: "this is Nora, I'm married to the owner", "I'm married to
    # Kenny", "estoy casada con el dueño"
    r"(?:i'm|im|i am)(?: [a-z]+)? (?:married|engaged) to (?:the owner|the boss|your boss|him|"
    r"[a-z]+)",
    r"(?:estoy|soy) (?:casada|casado|comprometida|comprometido) con (?:el dueno|el jefe|su jefe|"
    r"[a-z]+)",
)
# Family news for him, passed on: "just tell him his mom called about Sunday dinner", "let her
# know her husband is home", "dígale que su mamá llamó". A customer's message never names the
# owner's family.
FAMILY_NEWS = words(
    rf"(?:tell|let|remind) (?:him|her|[a-z]+)(?: know)?(?: that)? (?:his|her) {_KIN} (?:called|"
    r"took|is|was|fell|had|has|got|needs|wants|said|says|asked|went|came|will|can't|won't)",
    rf"(?:digale|dile|avisele|avisale|diganle|digale a [a-z]+) que su {_PARIENTE}",
    # ... or asked to call them: "just tell him to call his mama", "have her call her husband",
    # "dígale que le llame a su mamá"
    rf"(?:tell|ask|have|remind) (?:him|her|[a-z]+) (?:to )?(?:call|ring|text) (?:his|her) "
    rf"{_KIN}",
    rf"(?:digale|dile|diganle|pidale) que (?:le )?(?:llame|marque|hable) a su {_PARIENTE}",
)
# ... of someone at the business who cannot be reached: "he's not picking up his cell", "I
# can't get ahold of him", "no me contesta el celular".
UNREACHABLE = words(
    r"(?:he's|hes|he is|she's|shes|she is|he|she) (?:not|isn't|wasn't|won't|isnt|wasnt|wont|"
    r"hasn't been|hasnt been|not been) (?:picking up|answering|responding|returning)",
    r"(?:can't|cannot|couldn't|cant|couldnt|not able to) (?:reach|get ahold of|get a hold of|"
    r"get hold of|get through to|raise) (?:him|her)",
    # "I can't get him on his cell", "couldn't get her on the phone"
    r"(?:can't|cannot|couldn't|cant|couldnt|not able to) (?:get|catch) (?:him|her) on (?:his|"
    r"her|the) (?:cell ?phone|cell|phone|mobile)",
    # "his cell phone goes straight to voicemail", "her phone keeps going to voicemail",
    # "his phone must be dead"
    r"(?:his|her) (?:cell ?phone|cell|phone|mobile)(?: (?:is|must be|keeps|just|has been|"
    r"seems|been))* (?:(?:off|dead|turned off|switched off)|(?:going|goes|go|rolling|rolls|"
    r"sent|going right|going straight|goes straight|goes right|goes directly|going directly) "
    r"(?:straight |right |directly )?to (?:voicemail|voice mail|the voicemail|his voicemail|"
    r"her voicemail))",
    # "tiene el celular apagado", "su celular se va directo al buzón"
    r"(?:tiene|trae) (?:el|su) (?:celular|telefono|cel) (?:apagado|muerto|sin pila)",
    r"(?:su|el) (?:celular|telefono|cel) (?:esta apagado|se va|manda|me manda|cae|me cae)"
    r"(?: (?:directo|derecho|directamente))? ?(?:al buzon|a buzon|apagado)?",
    r"no (?:me )?(?:contesta|responde)(?: (?:el|su) (?:celular|telefono|cel))?",
    r"no (?:lo|la) (?:puedo|pude|he podido) (?:localizar|contactar|encontrar)",
)
# A message asked for in so many words: "can you get him a message", "pass her a message",
# "¿le puede pasar un recado?"
MESSAGE_ASKED = words(
    r"(?:get|give|pass|send|relay|take) (?:him|her|them|the owner|the boss|[a-z]+) a message",
    r"(?:get|pass|relay|send) a message (?:to|along to|on to) (?:him|her|them|the owner|"
    r"the boss|[a-z]+)",
    r"(?:pasar|dar|dejar|mandar)(?:le)? (?:un )?(?:recado|mensaje)",
    r"(?:le )?(?:puede|podria|pueden|podrian) (?:pasar|dar|dejar|mandar) (?:un )?(?:recado|"
    r"mensaje)",
)


# A crew after work for itself: "looking for subcontract work this summer", "buscamos trabajo
# como subcontratistas". It asks the owner for work as a job seeker does.
SEEKING_WORK = words(
    r"looking for (?:some |any |more |steady |extra )?(?:sub|subcontract|subcontracting|contract"
    r"|side)? ?(?:work|jobs)",
    r"(?:buscamos|busco|buscando|andamos buscando|ando buscando) (?:un |algo de )?(?:trabajo|"
    r"chamba|jale)",
)
# What sells labour rather than asks for work: an agency, or a crew that follows the weather
# from out of town ("we followed the hail up here", "out of state", "venimos siguiendo las
# tormentas").
_SOLD = words(
    r"staffing",
    r"(?:recruiting|recruitment|placement|temp|headhunting|talent) (?:agency|firm|company|"
    r"service|services|partner|group|solutions)",
    r"recruiters?",
    r"headhunters?",
    r"agencia",
    r"hail",
    r"storms?",
    r"hurricanes?",
    r"tornado(?:es)?",
    r"granizo",
    r"tormentas?",
    r"huracan(?:es)?",
    r"out of (?:state|town)",
    r"up here",
    r"(?:de|del) otro estado",
    r"de fuera",
)


def labour_offered(text: str) -> bool:
    """Staff, recruiting or a crew to sub, offered to the business: a pitch. A local crew
    asking for work ("I run a roofing crew, looking for subcontract work, can the owner call
    me?") is not: it leaves word as a job seeker does. `text`: the normalised turn."""
    if LABOUR_OFFERED.search(text) is None:
        return False
    return SEEKING_WORK.search(text) is None or _SOLD.search(text) is not None


def for_the_owner(norm: Normalised, service_named: bool) -> bool:
    """An official about a permit or an inspection, or the owner's family with word for him:
    a message for the owner, whatever job or day the call names. Family is heard only with
    no job of their own named ("I'm Tom's wife, our furnace is out" is a customer)."""
    if official(norm):
        return True
    return owners_family(norm) and not service_named


def official(norm: Normalised) -> bool:
    """An official about a permit, an inspection or a utility's paperwork, introduced as one."""
    return found(OFFICIAL, norm)


def owners_family(norm: Normalised) -> bool:
    """ "It's Dave's mom, he isn't answering", "is Dale there? this is his mother", "tell him
    his mom called": someone the owner knows without a surname, or word from them."""
    if found(FAMILY_NEWS, norm):
        return True
    asked = (
        found(UNREACHABLE, norm)
        or found(MESSAGE_ASKED, norm)
        or found(ASKED_FOR, norm)
        or asked_where(norm)  # "is Kenny out on a roof somewhere?"
    )
    if found(FAMILIAR, norm):
        # "hi it's me, it's Terri, is Rick around? his cell keeps going to voicemail": known
        # to him by voice, asking for him by name where his own phone did not reach him.
        return found(ASKED_FOR, norm) and found(UNREACHABLE, norm)
    return found(KIN_OF, norm) and asked


# Someone who expects to be known by voice: "hi it's me, it's Terri", "soy yo, Lupe".
FAMILIAR = words(r"^(?:(?:hi|hey|hello|hola|oye) )?(?:it's|its) me(?: again)? (?:it's|its) [a-z]+",
                 r"^(?:(?:hola|oye|bueno) )?soy yo (?:soy |habla )?[a-z]+")  # fmt: skip


# Asking for him: "is he there?", "is Tony around?", "¿está Ramiro?"
ASKED_FOR = words(
    r"is (?:he|she|[a-z]+) (?:there|around|in|available|on a job|out on a call)",
    r"(?:esta|se encuentra) (?:el|ella|[a-z]+)(?: por ahi| ahi| disponible)?",
)
# The number to call back, asked for and not yet said: "I need the contractor to call me",
# "have him give me a call", "necesito que el contratista me llame"
CALL_ME = words(
    r"(?:need|want|would like|'d like|like|have|get|ask|tell) (?:the [a-z]+|him|her|them|"
    r"someone|somebody|[a-z]+) (?:to )?(?:(?:call|ring|phone|text) (?:me|us)|give (?:me|us) a "
    r"(?:call|ring))(?: back)?(?: (?:asap|please|today|right away|when (?:he|she) can))?",
    r"que (?:el [a-z]+ |alguien |el |ella )?(?:me|nos) (?:llame|llamen|marque|marquen|"
    r"regrese la llamada)(?: por favor)?",
)


def _ends_with(pattern: re.Pattern[str], norm: Normalised) -> bool:
    """The turn stops at the pattern's last match, or a few words after it ("all day")."""
    said = list(pattern.finditer(norm.text))
    return bool(said) and len(norm.text[said[-1].end() :].split()) <= 3


def only_asks_for_a_message(norm: Normalised) -> bool:
    """ "Can you get him a message?", "is he there? his phone's dead" with nothing after it:
    what to tell him is still to come."""
    if any(_ends_with(p, norm) for p in (MESSAGE_ASKED, UNREACHABLE, ASKED_FOR)):
        return True
    # "... I can't get him on his cell, this is his mother Joanne": who is calling, said last.
    said_last = list(KIN_OF.finditer(norm.text))
    before = norm.text[: said_last[-1].start()] if said_last else ""
    return _ends_with(KIN_OF, norm) and any(
        _ends_with(p, replace(norm, text=before.rstrip()))
        for p in (UNREACHABLE, ASKED_FOR, WHEREABOUTS)
    )


def number_to_come(norm: Normalised) -> bool:
    """ "... I need the contractor to call me": the turn stops at asking for a call, and the
    number to call is the next thing said (the line called from may not be it)."""
    return _ends_with(CALL_ME, norm)
