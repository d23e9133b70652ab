"""What a question is about, by its words: the business's hours, its service area, a price,
whether a job is done, or other terms the owner answers (a licence, a warranty, papers such as a
certificate of insurance). `intent.detect_question` picks the one asked first."""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

# "Out for 6 hours", "a couple hours", "for hours": how long something went on, not opening hours.
HOURS = words(r"(?:your |business |office )?(?<![0-9] )(?<!few )(?<!couple )(?<!couple of )"
              r"(?<!several )(?<!many )(?<!for )(?<!some )(?<!half )(?<!an )(?<!of )hours",
              r"(?:open|work|available|answer)(?: [a-z]+)? 24 hours",
              r"(?:are|r) (?:you|u|y'?all|ya)(?: guys| all)? (?:even |still |ever )?open",
              r"(?:you|u|y'?all|guys|ya)(?: \w+)? open (?:on |during )?(?:the )?(?:today|"
              r"tomorrow|saturdays?|sundays?|sats?|suns?|weekends?|holidays?|evenings?|nights?|"
              r"late|early)",
              r"what time (?:do|are|r) (?:you|u|y'?all)(?: guys| all)? (?:open|close|closed)",
              r"what time do you (?:open|close)",
              r"when do you (?:open|close)", r"horario", r"(?:estan|esta) abiert\w+",
              r"a que hora (?:abren|cierran)",
              # "Are you closed on Sundays?", never "we just closed on a house" (bought it).
              r"closed on (?:the )?(?:weekends?|holidays?|(?:mon|tues|wednes|thurs|fri|satur|"
              r"sun)days?|sats?|suns?|christmas|thanksgiving|new year'?s|labor day|"
              r"memorial day|july 4th|the 4th)",
              r"(?:do|are) (?:you|u|y'?all)(?: guys| folks| all)? (?:ever |even |usually |still )?"
              r"(?:work|open)(?: on)? "
              r"(?:weekends?|saturdays?|sundays?|evenings?|nights?|holidays?)",
              r"what time (?:do|does|will) (?:you|u|y'?all|your (?:crew|guys|techs?))(?: guys)? "
              r"(?:start|begin|get going|get started|finish|stop|quit)(?! (?:the|on|my|our)\b)",
              r"(?:trabajan|abren|atienden|estan abiertos)(?: los| en| el)? (?:domingos?|sabados?|"
              r"fines? de semana|dias festivos|noches?)")  # fmt: skip
# Hours that are not the business's: someone else's ("during school hours", "our office
# hours") or a length of time ("for 3 hours", "a couple hours").
OTHERS_HOURS = words(r"during (?:the )?(?:[a-z]+ ){0,2}hours",
                     r"(?:our|my|their|his|her|school|class|visiting|quiet|store|shop) "
                     r"(?:[a-z]+ )?hours",
                     r"(?:[0-9]+|a few|few|a couple(?: of)?|couple(?: of)?|several|many|two|three|"
                     r"four|five|six|eight|twelve) (?:more )?hours")  # fmt: skip
# "Can you come out to Olathe?" asks about the area; "come out to the usual address" or
# "come out to my house" asks for a visit.
_NOT_A_PLACE = (
    r"(?! (?:my|our|us|me|it|this|that|your|his|her|a|an|fix|look|see|check)\b)"
    # "the Bronx" is a place; "the house", "the same address" are the caller's own.
    r"(?! the (?:house|home|job|site|property|address|place|office|same|usual|other|rental|"
    r"shop|building|apartment|condo|unit|basement|attic|roof|kitchen|garage|back|front|"
    r"\w+ (?:house|home|address|place))\b)"
)
# "do you even go out to Aurora", "do y'all still cover Katy": the asking word may come between.
# What follows "in" that is no place: a season, a language, a manner, the weather.
_NOT_A_TIME = (r"(?! (?:the )?(?:winter|summer|spring|fall|autumn|rain|snow|cold|heat|dark|"
               r"morning|mornings|evening|evenings|afternoon|night|nights|daytime|spanish|english|"
               r"person|stages|phases|bulk|stock|cash|writing|one|two|a day|an hour|general|"
               r"advance|house|town|time|order|case|place|between|half)(?![\w']))")  # fmt: skip
# The home and its rooms, said after "en el", "en la": never a town.
_HOME_ES = (
    r"(?:casa|bano|cocina|edificio|departamento|apartamento|techo|patio|garaje|sotano|"
    r"jardin|negocio|local|oficina|cuarto|recamara|sala|lavanderia|azotea|atico|"
    r"trabajo|tarde|manana|noche|dia|semana|fin|mes|ano|momento|mismo|lado|area|zona)"
)
_YOU = (r"(?:you|y'?all|you guys|you all|ya|u)(?: (?:even|ever|still|also|actually|usually|"
        r"normally))?")  # fmt: skip
AREA = words(r"service area", rf"do {_YOU} (?:service|serve|cover|work in|do work in|go out to)",
             rf"do {_YOU} (?:come out to|go to|come to){_NOT_A_PLACE}",
             rf"(?:go|come|travel|drive|get) (?:out )?as far as{_NOT_A_PLACE}",
             rf"do {_YOU} (?:go|come|travel|drive|work|do work) (?:up|down|over|out) (?:to|into|"
             rf"in){_NOT_A_PLACE}",
             # "do you guys go into manhattan"
             rf"do {_YOU} (?:go|come|travel|drive|work|do work) into{_NOT_A_PLACE}",
             rf"do {_YOU} (?:service|serve|cover|work|do work|come|go)(?: in| to| out to)?"
             r" (?!the |my |our |a |an |it |that |this |your )\w+ (?:\w+ )?(?:area|county|city)",
             r"(?:is|are) \w+(?: \w+)? in your (?:area|service area)",
             r"(?:go|come) (?:out )?(?:that far|out there)",
             r"are you in my area", r"(?:areas?|cities|towns|zip codes?) (?:do )?you (?:service|"
             r"cover|serve)", r"how far do you", r"(?:trabajan|van) (?:en|a|al)",
             # "¿van hasta Katy?", "¿dan servicio por el lado de Pasadena?", "¿llegan a Katy?"
             r"(?:van|llegan|vienen|salen|trabajan) (?:hasta|por el lado de|por la zona de)",
             r"(?:dan servicio|cubren|atienden) (?:por el lado de|por la zona de|(?:en|a|hasta|"
             r"por)(?! (?:la|el|mi|su) ))",
             # "¿ustedes dan servicio en el Bronx?": a town said with its article, never a
             # room or the caller's own place ("en el baño", "en la casa")
             rf"(?:dan servicio|cubren|atienden|trabajan|van|llegan) (?:en|a|hasta) (?:el|la) "
             rf"(?!{_HOME_ES}(?![\w']))[a-z]+",
             rf"come (?:all the way )?out to{_NOT_A_PLACE}",
             # "do y'all do roof repairs up in Roswell?": a job asked about in a place
             rf"do {_YOU} (?:do|service|work on|fix|install|repair|clean|handle)(?: [\w']+){{0,3}}"
             rf" (?:up|down|out|over) (?:in|to|by|near|around){_NOT_A_PLACE} \w+",
             # "do you do roofs in Roswell? right by the Marietta line": the place ends the
             # question (never "in winter", "in Spanish", "in person", "in the rain")
             rf"do {_YOU} (?:do|service|work on|fix|install|repair|clean|handle)(?: [\w']+){{0,3}}"
             rf" (?:in|around|near){_NOT_A_PLACE}{_NOT_A_TIME} [a-z]+(?: [a-z]+)?"
             r"(?=$| (?:right|by|near|area|off|close|or|too|also|and|just)(?![\w']))")  # fmt: skip
PRICE = words(r"how much", r"price", r"pricing", r"cost", r"costs", r"charge", r"fee", r"rates?",
              r"estimate", r"quote", r"ballpark",
              r"(?:usual|typical|rough|price|cost|going) range", r"range (?:for|on)",
              # "roughly what does it run to put in a charger", "what would that set me back",
              # "what are we looking at for a panel swap", "what'll it run"
              r"what (?:does|do|would|will|did|'ll|should) (?:it|that|this|one|they|those|these|"
              r"something like that|(?:a|an|the|my|our)(?: [a-z-]+){1,3})(?: usually| typically|"
              r" normally| generally| roughly)? (?:run|go for|set (?:me|us|you) back|come (?:to|"
              r"out to))",
              r"what(?:'ll| will| would) (?:it|that|this) (?:run|cost|set (?:me|us) back)",
              r"what (?:are|am|would) (?:we|i) (?:be )?looking at(?: (?:for|on|to|price|"
              r"cost|money)| \w+ ?wise)",
              r"cuanto (?:me |nos |le |les )?(?:cuesta|cobran|cobra|sale|costaria|seria|saldria|"
              r"vale|valdria|cobrarian|cobraria|sale mas o menos)",
              r"precio",
              r"cuesta", r"trip charge", r"service call fee")  # fmt: skip
OFFERED = words(r"do (?:you|y'?all|u)(?: guys| all| folks)? (?:just |also |ever |still )?"
                r"(?:do|install|fix|repair|work on|handle|replace|service|clean|offer|deal with|"
                r"inspect|put in|"
                # the fitter's verbs: "do you guys put up ceiling fans", "do y'all hang
                # fixtures", "do you mount TVs", "do you wire hot tubs", "do you swap out
                # breakers" (never "do you run specials", "do you set appointments")
                r"hook up|sell|put up|hang|mount|wire|rewire|swap out|change out|build|seal|"
                r"patch|tune up|upgrade|convert|relocate|haul away|take out|snake|unclog|flush|"
                r"reline|insulate)"
                # "do y'all deal with the adjuster", "do you do insurance work": how claims are
                # handled is a term for the owner (`OTHER_Q`), never a job done
                r"(?! (?:the |an? |my |our |your |with )?(?:insurance|insurers?|adjusters?|"
                r"claims?)(?![\w']))",
                # "would you guys handle fixing a burst pipe?": what the business takes on
                r"(?:would|will) (?:you|y'?all|u)(?: guys| all| folks| people)? (?:handle|"
                r"deal with|take care of|work on|take on)",
                r"is that something you",
                # "¿hacen instalaciones?" asks; "los tubos hacen unos golpes" tells a noise
                r"(?:hacen|instalan|reparan|arreglan)(?! (?:(?:un|unos|una|unas|mucho|muchos|"
                r"mucha|tanto|tantos|como|puro|bien|mal|ese|esos|este|estos) )*(?:ruidos?|"
                r"golpes?|golpeteos?|sonidos?|chillidos?|zumbidos?|tronidos?|ruiditos?|falta|"
                r"agua|humo|corto|chispas?|cosas raras|martillazos?)(?![\w']))",
                # "¿limpian drenajes?", "¿ustedes destapan coladeras?", "¿le dan mantenimiento
                # a minisplits?": the business's own work asked after (never "se limpian",
                # "no limpian bien", said of something else)
                r"(?<!se )(?<!no )(?<!que )(?:limpian|destapan|revisan|checan|cambian|reemplazan|"
                r"componen|sustituyen|colocan|cuelgan|montan|conectan|(?:le )?dan (?:mantenimiento|"
                r"servicio)) (?:a |al |los |las |"
                r"el |la |de |en )?(?!bien\b|mal\b|rapido\b)[a-z]+")  # fmt: skip
OTHER_Q = words(r"are you (?:licensed|insured|bonded)",
                r"(?:do|can|will|would) (?:you|y'?all|you guys|you all|ya|u) (?:take|accept)",
                # "is that covered?", "how long is your warranty?", "¿tiene garantía el
                # trabajo?": terms the owner answers
                r"(?:is|are|would|will) (?:that|it|this|those|these|the \w+) (?:be )?(?:covered|"
                r"included|guaranteed|warrantied|under warranty)", r"warrant(?:y|ies)",
                r"guarantee(?:s|d)? (?:your|the|that|it|its|their) (?:work|labor|job|repairs?)",
                r"(?:is|are) (?:there|you)", r"what (?:is|are)", r"do you have",
                # "¿cuánta garantía dan?", "¿aceptan tarjeta?", "¿tienen licencia?"
                r"(?:cuant[oa]s?|que|cual|cuales) (?:\w+ )?(?:dan|tienen|ofrecen|aceptan|"
                r"manejan)", r"(?:dan|tienen|ofrecen|aceptan|manejan) (?:(?:algun|algunos|"
                r"alguna|algunas|un|una) )?(?:garantia|licencia|seguro|tarjeta|financiamiento|"
                r"credito|descuentos?|planes? de pagos?|pagos? a plazos|pagos? mensuales|meses sin "
                r"intereses|promociones?|cupones?|rebajas?)",
                r"(?:estan|son) (?:asegurados|licenciados|certificados)",
                # Papers and terms for the owner: "can you provide a certificate of insurance",
                # "how long does that usually take", "¿nos pueden dar un comprobante de seguro?"
                r"(?:can|could|would|will|do) (?:you|y'?all|you guys|u)(?: all)? (?:provide|"
                r"supply|issue|furnish|send over|email)(?! (?:someone|somebody|a tech|"
                r"a technician|a plumber|an electrician|service)\b)",
                r"(?:certificate|proof) of (?:insurance|liability)", r"additional(?:ly)? insured",
                # Claims: "do y'all work with insurance companies on hail claims", "do you deal
                # with the adjuster directly", "¿trabajan con el seguro?", "el ajustador"
                r"(?:work|deal|go|talk|meet) (?:directly )?with (?:the |my |our |your )?"
                r"(?:insurance|insurers?|adjusters?)",
                r"(?:insurance|hail|storm|wind|roof) claims?", r"ajustador(?:es)?",
                r"(?:trabajan|tratan|hablan) (?:directamente )?con (?:el |la |mi )?(?:seguro|"
                r"aseguradora|ajustador)", r"reclamo(?:s)? (?:al|del|con el|de(?:l)?) seguro",
                r"how long (?:does|do|will|would|did) (?:that|it|this|they|those|the \w+)(?: "
                r"usually| normally| typically| generally)? take",
                r"(?:certificado|comprobante|constancia|poliza) de (?:seguro|responsabilidad)",
                # About the business's people: "do your technicians have fingerprint cards?",
                # "are your guys background checked?", "¿sus técnicos están certificados?"
                r"(?:do|does|are|is|have|has|can|will) (?:your|the|all your|all the) (?:techs?|"
                r"technicians?|guys|crews?|workers|employees|staff|people|plumbers?|"
                r"electricians?|installers?|roofers?|team|men)",
                r"(?:sus|los) (?:tecnicos|trabajadores|empleados|plomeros|electricistas|"
                r"muchachos) (?:tienen|estan|son|cuentan)",
                # Numbers and papers asked for: "what's your license number", "¿me podrían dar
                # el número de licencia?"
                r"(?:license|licence|registration|insurance|policy|contractor) (?:number|no|#)",
                r"numero de (?:licencia|registro|poliza|seguro|contratista)",
                # Ways to pay: "do you take Zelle?", "¿aceptan zelle o tarjeta?"
                r"(?:aceptan|acepta|reciben|toman) (?:\w+ )?(?:zelle|venmo|paypal|cash ?app|"
                r"tarjetas?|efectivo|cheques?|pagos?|credito|debito|transferencias?)",
                r"(?:pueden|puede|podrian|podria) (?:dar(?:nos|me)?|mandar(?:nos|me)?|enviar(?:nos|"
                r"me)?|proporcionar(?:nos|me)?) (?:un|una|el|la) (?:certificado|comprobante|"
                r"constancia|copia|poliza|factura)",
                r"cuanto (?:tiempo )?(?:tarda|tardan|se tarda|se tardan|toma|lleva|"
                r"demora)")  # fmt: skip
# A whole trade asked after by name ("do you also do electrical?", "¿hacen plomería?"): the
# trade, as tenants' settings name it.
TRADE_NAMES = {
    "electrical": words(r"electrical(?: work)?", r"electric work", r"electricians?", r"wiring",
                        r"(?:trabajos? )?electricos?", r"electricidad"),
    "plumbing": words(r"plumbing(?: work)?", r"plumbers?", r"plomeria", r"plomeros?"),
    "hvac": words(r"hvac", r"heating and (?:cooling|air)", r"air conditioning",
                  r"aire acondicionado", r"calefaccion", r"clima"),
    "roofing": words(r"roofing(?: work)?", r"roofs", r"roofers?", r"techos", r"techado"),
}  # fmt: skip


def trades_named(text: str) -> set[str]:
    """The trades the words name as a whole ("electrical", "plumbing", "roofing")."""
    return {trade for trade, pattern in TRADE_NAMES.items() if pattern.search(text)}


# Money back from someone else: a utility's rebate, a tax credit, an incentive.
REBATE = words(
    r"rebates?",
    r"tax credits?",
    r"(?:utility|state|federal|government) incentives?",
    r"reembolsos?",
    r"credito fiscal",
    r"subsidios?",
    r"(?:get|gets|getting) "
    r"(?:any )?(?:money )?back from (?:the )?(?:utility|state|government|city|irs)",
)
