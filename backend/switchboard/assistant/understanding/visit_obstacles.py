"""Life in the way of a visit on file: a family emergency, the road or the weather, nobody home.

Known callers tell why the visit cannot happen as a story, not as "reschedule": "my mom just
got admitted to St Luke's", "my wife went into labor", "mi bebé amaneció con fiebre y la llevo
al pediatra", "I-70 is closed and I'm stuck up in Frisco", "they're calling for freezing rain
and I don't want your guys up there on the ice", "so nobody is gonna be home". Said beside a
visit on file (`visit_conflict.CONFLICT` takes these with the caller's own plans), the visit is
to be moved; said alone, by a caller with nothing booked, they ask for nothing. A family
emergency is the caller's, never a hazard in the house: these words page nobody. Someone
else's tradesman sent or come ("the landlord already sent his own guy", "el dueño ya mandó a su
técnico") makes the visit unneeded: a cancel (`visit_conflict.NEED_GONE`).
"""

from __future__ import annotations

# Someone of the family: "my mom", "my wife", "our baby", "mi bebé", "mi esposa".
_KIN = (r"(?:my|our|the) (?:mom|mother|mum|dad|father|wife|husband|partner|son|daughter|kid|"
        r"kids|child|children|baby|babies|boy|girl|grandma|grandmother|grandpa|grandfather|"
        r"grandson|granddaughter|sister|brother|aunt|uncle|mother in law|father in law|"
        r"fiance|fiancee|little one|toddler|newborn|infant)")  # fmt: skip
_PARIENTE = (r"(?:mi|mis|nuestro|nuestra|el|la) (?:mama|mami|madre|papa|papi|padre|esposa|esposo|"
             r"mujer|marido|hijo|hija|hijos|hijas|nino|nina|ninos|bebe|bebita|bebito|nene|nena|"
             r"abuela|abuelo|abuelita|abuelito|hermana|hermano|suegra|suegro|tia|tio)")  # fmt: skip

FAMILY_EMERGENCY = (
    # In hospital: "my mom just got admitted to St Luke's", "dad was rushed to the ER",
    # "my wife is in the hospital", "we're at the ER with my son"
    r"(?:got|was|been|is|being|just|gets|getting) (?:just )?(?:admitted|hospitali[sz]ed|rushed "
    r"(?:to|into)|taken to (?:the )?(?:hospital|er|emergency|icu|urgent care))",
    r"(?:in|at|to) the (?:hospital|er|emergency room|icu|urgent care|e r)(?![\w'])",
    # A birth: "my wife went into labor", "she's in labor", "having the baby", "dando a luz"
    r"(?:went|gone|going|go) into (?:labor|labour)",
    r"in (?:labor|labour)(?![\w'])",
    r"(?:having|had|delivering|delivered) (?:the|a|our|her) baby",
    r"(?:labor|labour) (?:started|came early)",
    r"(?:en|de) (?:labor de )?parto",
    r"(?:dando|dio|va a dar) a luz",
    r"se (?:le )?adelanto el parto",
    # Someone sick: "my baby has a fever", "my kid woke up sick", "the kids came down with the
    # flu", "I'm taking her to the pediatrician"
    rf"{_KIN}(?: [a-z']+){{0,2}} (?:is|got|woke up|came down|has|'s|was) (?:really |very |so |"
    r"super )?(?:sick|ill|with (?:a )?(?:fever|the flu|covid|a bug|strep)|a (?:high )?fever|"
    r"running a fever|throwing up)",
    r"(?:taking|take|bringing|bring|rushing|rush) (?:him|her|them|my \w+|our \w+|the (?:baby|"
    r"kids?)) (?:in )?to (?:the )?(?:doctor|pediatrician|er|hospital|urgent care|clinic)",
    r"family emergency|death in the family|(?:passed away|passed|died) (?:last night|this "
    r"morning|yesterday|today|suddenly)",
    # "mi mamá está internada", "la internaron", "está en el hospital", "mi bebé amaneció con
    # fiebre", "se enfermó el niño", "la llevo al pediatra", "una emergencia familiar"
    r"(?:esta|estan|quedo|quedaron) (?:internad[oa]s?|hospitalizad[oa]s?|en (?:el )?"
    r"(?:hospital|urgencias|emergencias))",
    r"(?:la|lo|los|las|me la|me lo) (?:internaron|hospitalizaron|operaron)",
    r"(?:amanecio|amanecieron|esta|estan|anda|andan|sigue|tiene|tienen|con) (?:con )?"
    r"(?:mucha )?(?:fiebre|calentura|temperatura alta)",
    rf"{_PARIENTE} (?:esta|se) (?:enferm[oa]|puso mal|enfermo)",
    r"(?:la|lo|los|las) (?:llevo|llevamos|voy a llevar|vamos a llevar|tengo que llevar|tenemos "
    r"que llevar) (?:al|a la|a) (?:pediatra|doctor|doctora|medico|hospital|urgencias|clinica)",
    r"emergencia familiar",
    r"(?:fallecio|murio|se nos fue) (?:mi|nuestra|nuestro|el|la)",
)

# The road or the trip home in the way: "I-70 is closed", "stuck up in Frisco", "snowed in",
# "my flight got delayed", "cerraron la carretera", "estoy atorado en Flagstaff".
ROAD = (
    r"(?:road|roads|highway|interstate|freeway|turnpike|pass|bridge|tunnel|i [0-9]+|"
    r"us [0-9]+|route [0-9]+|the [0-9]+) (?:is|are|'s|got|has been|have been|was|were) "
    r"(?:closed|shut down|shut|blocked|impassable|iced over|snowed over|washed out)",
    r"(?:closed|shut down) (?:the )?(?:road|roads|highway|interstate|freeway|pass|bridge|"
    r"i [0-9]+)",
    r"(?:i'm|im|i am|we're|we are|i got|we got|i'll be|we'll be|i've been|we've been) "
    r"(?:stuck|stranded|snowed in|iced in|trapped)(?![\w'])",
    r"(?:can't|cannot|can not|won't be able to|couldn't|not going to be able to) (?:get|make it)"
    r" (?:home|back|down|over|there|out of)",
    r"(?:flight|plane) (?:is |was |got |has been |keeps getting )?(?:delayed|cancell?ed|"
    r"grounded|diverted)",
    r"missed (?:my|our|the) (?:flight|plane|connection)",
    r"(?:cerraron|cerro|esta cerrada|estan cerradas|cerrada|cerradas) (?:la |las )?"
    r"(?:carretera|carreteras|autopista|freeway|calles|interestatal)",
    r"(?:carretera|autopista|interestatal|freeway) (?:esta|estan) (?:cerrad[oa]s?|bloquead[oa]s?)",
    r"(?:estoy|estamos|me quede|nos quedamos) (?:atorad[oa]s?|varad[oa]s?|atrapad[oa]s?|"
    r"atascad[oa]s?)",
    r"(?:cancelaron|se cancelo|retrasaron|atrasaron) (?:el|mi|nuestro) vuelo",
)

# Weather that keeps the crew off the job: "they're calling for freezing rain", "ice all over
# everything", "I don't want your guys up there on the ice", "va a caer aguanieve". A heat wave
# is a reason to want the visit, so only ice, snow and storms are here.
_BAD_WEATHER = (r"(?:freezing rain|sleet|ice storm|ice|snow ?storm|snow|blizzard|hurricane|"
                r"tropical storm|high winds?|thunderstorms?|storms?)")  # fmt: skip
WEATHER = (
    rf"(?:calling for|forecast(?:ing)?|predicting|supposed to (?:get|have|be)|expecting|"
    rf"there's going to be|going to be) (?:a |some |more |an )?(?:[a-z]+ )?{_BAD_WEATHER}",
    r"(?:ice|snow|sleet) (?:all over|everywhere|on everything|covering)",
    r"(?:iced|snowed) over|covered in (?:ice|snow)|(?:too|really|super|so) (?:icy|slick|"
    r"slippery|windy|wet|stormy) (?:to|for|up there|out there|out)",
    # The crew's safety: "I don't want your guys up there on the ice", "don't want nobody
    # falling off my roof"
    r"(?:don't|do not|dont) want (?:your|the|y'?all's|you|anyone|anybody|nobody|someone|"
    r"somebody|them|him|a)(?: [a-z']+){0,2} (?:up (?:there|on)|on (?:the|my|that) (?:roof|ice|"
    r"ladder)|falling|slipping|getting hurt|out in)",
    r"(?:va a|van a) (?:caer|haber) (?:aguanieve|hielo|nieve|tormenta|granizo)",
    r"(?:hay|esta todo con|todo tiene) (?:hielo|nieve)",
    r"no quiero que (?:se )?(?:suban|se caigan|se resbalen|se lastimen|anden)",
)

# Someone else's tradesman came or was sent, so the need is gone (`visit_conflict.NEED_GONE`):
# "the landlord already sent his own guy", "the HOA had their plumber out", "another company
# came and did it", "el dueño de la casa ya mandó a su técnico", "ya vino otro plomero".
_TRADESMAN = (r"(?:guy|guys|tech|techs|technician|plumber|electrician|roofer|hvac guy|ac guy|"
              r"handyman|contractor|maintenance(?: guy| man| person| crew)?|crew|company|"
              r"person|people|someone|somebody)")  # fmt: skip
_TECNICO = (r"(?:tecnico|tecnicos|plomero|plomeros|electricista|electricistas|muchacho|"
            r"muchachos|trabajador|trabajadores|gente|persona|handyman|compania|empresa|"
            r"mantenimiento)")  # fmt: skip
OTHERS_CAME = (
    r"(?:landlord|landlady|owner|property manager|management|manager|hoa|super|"
    r"superintendent|building|home warranty|warranty company|insurance) (?:already |just |"
    rf"finally )?(?:sent|had|got|called|brought)(?: in| out| over)? (?:his|her|their|its|a|an|"
    rf"the)(?: own)?(?: [a-z]+)? {_TRADESMAN}",
    rf"(?:another|a different|some other|other) {_TRADESMAN} (?:already )?(?:came|come|did|fixed|"
    r"took care|showed up|was out|came out|came by)",
    r"(?:dueno|duena|casero|casera|propietario|propietaria|administrador|administradora|"
    r"encargado|encargada|manager|mantenimiento)(?: de (?:la|el|los) [a-z]+)? (?:ya )?"
    rf"(?:mando|trajo|llamo|consiguio|envio)(?: a)? (?:su|sus|un|unos|otro|otros)(?: propio)? "
    rf"{_TECNICO}",
    rf"ya (?:vino|vinieron|paso|pasaron|llego|llegaron) (?:el|los|otro|otros|un|su|sus) "
    rf"{_TECNICO}(?: (?:del|de la) (?:dueno|duena|casero|casera|propietario|administracion))?",
)

# Nobody home to let the crew in: "so nobody is gonna be home", "no one will be there",
# "no va a haber nadie en la casa".
NOBODY_HOME = (
    r"(?:nobody|no one|noone|no body)(?: is|'s|'ll| will| is going to| gonna)? (?:be )?"
    r"(?:home|there|here|around) (?:to (?:let|open)|then|tomorrow|today|that day|all day)",
    r"(?:nobody|no one|noone)(?: is| will|'ll)? (?:going to |gonna )?be (?:home|there|here|"
    r"around)",
    r"(?:won't|will not|isn't going to|is not going to) be (?:anyone|anybody) (?:home|there|"
    r"here|around)",
    r"(?:nobodys|nobody's|no one's|noones)(?: going to| gonna)? be (?:home|there|here|around)",
    # Whoever lets the crew in can't be there: "the tenant just texted me she can't be there
    # tomorrow", "my mom won't be home Friday" (a time after "until" is the wish: RIDE)
    r"(?:she|he|they|(?:my|our|the) (?:tenant|tenants|renter|renters|mom|mother|dad|father|"
    r"daughter|son|wife|husband|sister|brother|neighbor|neighbour|roommate|caregiver))"
    r"(?: just)? (?:can't|cant|cannot|can not|won't|will not|isn't going to|is not going to|"
    r"won't be able to) be (?:there|home|here|around)(?! (?:till|til|'til|until|before))",
    # Sick in the house, nobody let in: "my tenant tested positive for covid", "doesn't want
    # anyone in the house this week", "no quiere que entre nadie"
    # The caller away at the visit's time: "there's no way I'll be home", "I won't be home
    # tomorrow", "I'm not gonna be there" (never "until 3", a time wished: RIDE)
    r"(?:no way|there's no way|theres no way) (?:i'll|ill|i will|i can|i could|we'll|we can|"
    r"i'm gonna|i'm going to|i'd) (?:be|make it|get) (?:home|there|back)",
    r"(?:i|we) (?:won't|will not|can't|cant|cannot|can not|wont) (?:be|make it) (?:home|back)"
    r"(?! (?:till|til|'til|until|before|by))",
    r"(?:i'm|im|i am|we're|we are) (?:not|never) (?:gonna|going to) (?:be|make it) (?:home|there|"
    r"back)(?! (?:till|til|'til|until|before|by))",
    r"(?:tested|testing|test came back|came back) positive",
    r"(?:has|have|got|caught|came down with) (?:covid|the flu|flu|strep|norovirus|a stomach "
    r"bug|something contagious)",
    r"(?:doesn't|does not|don't|do not|dont) want (?:anyone|anybody|people|someone|somebody|"
    r"nobody|strangers|workers) (?:in|inside|over|coming|at) (?:the|her|his|their|my|our)? ?"
    r"(?:house|home|apartment|unit|place|over|in)",
    r"(?:no quiere|no quieren) que (?:entre|venga|pase) nadie",
    r"(?:salio|salieron|dio|dieron) positivo",
    r"no (?:va a haber|habra|va a estar|hay) nadie(?: en (?:la )?casa| para (?:abrir|recibir))?",
)

# Away with them all day: "I'm gonna be up there all day", "I'll be with her at the hospital
# until tonight", "voy a estar allá todo el día". Where the caller will be, never a time wished.
AWAY_ALL_DAY = (
    r"(?:i'll|i will|i'm going to|im going to|i am going to|we'll|we will|we're going to) be "
    r"(?:up |over |down |out )?(?:there|here|with (?:her|him|them|my \w+)|at (?:the|her|his) "
    r"\w+)(?: [a-z]+){0,2} (?:all day|all night|the whole day|all weekend|until (?:tonight|"
    r"late|tomorrow))",
    r"(?:voy|vamos) a estar (?:alla|alli|ahi|con (?:ella|el|ellos|mi \w+)|en el hospital)"
    r"(?: [a-z]+){0,2} (?:todo el dia|toda la noche|hasta (?:la noche|tarde|manana))",
)

# Someone the caller needs and cannot have before a time: a ride, a driver, a helper to be
# there. "my daughter has to drive me and she can't till the afternoon", "my ride fell
# through", "my son-in-law has to be here and he doesn't get off till 5", "mi hija me tiene que
# llevar y no puede hasta la tarde", "no tengo quien me lleve". The hour they can is the
# wish, so it is left outside the match (`visit_conflict.unwished_spans`).
_HELPER = (rf"(?:{_KIN}|(?:my|our) (?:ride|driver|neighbor|neighbour|friend|caregiver|aide|"
           r"nurse|helper|roommate|son in law|daughter in law|grandkid|grandson|"
           r"granddaughter))")  # fmt: skip
_AYUDA = (rf"(?:{_PARIENTE}|(?:mi|nuestro|nuestra) (?:vecin[oa]|amig[oa]|yerno|nuera|nieto|"
          r"nieta|enfermera|cuidador[a]?))")  # fmt: skip
_UNTIL = r"(?:till|til|'til|until|before|unless it's)"
RIDE = (
    rf"{_HELPER}(?: [a-z']+){{0,2}} (?:has to|needs to|have to|has got to|gotta|is going to|is "
    r"gonna|will|usually|always) (?:drive|take|bring|give) (?:me|us|him|her|them)",
    rf"{_HELPER}(?: [a-z']+){{0,2}} (?:drives|takes|brings) (?:me|us) (?:everywhere|around|there)",
    r"(?:i|we) (?:need|don't have|dont have|have no|lost|got no) (?:a )?(?:ride|driver|"
    r"way (?:to get|there|home))",
    r"(?:my|our) (?:ride|driver) (?:fell through|cancell?ed|bailed|can't|cannot|isn't|won't)",
    r"(?:i|we) (?:don't|dont|do not|can't|cannot|can not) drive(?![\w'])",
    # A helper who can't before a time: "she can't till the afternoon", "he doesn't get off
    # till 5", "my son can't be here until after 3"
    rf"(?:she|he|they|{_HELPER})(?: [a-z']+){{0,2}} (?:can't|cant|cannot|can not|won't be able to"
    rf"|isn't able to|doesn't get off|does not get off|isn't off|won't be off|won't be here|"
    rf"won't be home|won't get here)(?: (?:come|be here|be there|get here|get there|make it|do "
    rf"it|get off(?: work)?|leave(?: work)?))?(?= {_UNTIL})",
    r"(?:me|nos) (?:tiene|tienen|va|van) (?:que|a) (?:llevar|traer)",
    rf"{_AYUDA}(?: [a-z]+){{0,2}} (?:me|nos) (?:lleva|trae|llevan|traen)",
    r"no (?:tengo|tenemos) (?:quien|como|con quien) (?:me |nos )?(?:lleve|traiga|ir|llegar)",
    rf"(?:ella|el|ellos|y|pero|{_AYUDA})(?: [a-z]+){{0,2}} no (?:puede|pueden|sale|salen|"
    r"va a poder|van a poder)(?: (?:venir|llegar|estar|salir|del trabajo))?(?= (?:hasta|antes de))",
)

# The children to fetch or mind: school out early or closed, nobody else to get them. "the
# school just sent out early dismissal for monday and I'm the only one who can get the kids",
# "daycare is closed tomorrow", "I have to pick up my son", "salen temprano de la escuela",
# "no hay clases", "tengo que recoger a los niños". Never the school as a place ("I'm a
# teacher at the school", "the school across the street").
_CHILDREN = (r"(?:the |my |our )?(?:kids|children|son|daughter|boys|girls|little ones?|baby|"
             r"grandkids|grandson|granddaughter)")  # fmt: skip
_NINOS = r"(?:a )?(?:los|mis|las|nuestros) (?:ninos|ninas|hijos|hijas|nietos|chamacos|chiquillos)"
CHILDREN = (
    r"early (?:dismissal|release|pick ?up)",
    r"(?:school|schools|daycare|day care|preschool|kindergarten)(?: is| are| got| was| will be|"
    r"'s)? (?:closed|cancell?ed|out early|letting out early|getting out early|off)",
    r"(?:a )?(?:snow day|half day|no school|teacher work day|in-service day)(?![\w'])",
    r"(?:the )?only one (?:who|that) can (?:get|pick up|grab|watch|take care of|stay with|"
    rf"be with) {_CHILDREN}",
    rf"(?:have|has|got|need|gotta|going) to (?:pick up|go get|get|grab|watch|babysit) {_CHILDREN}"
    r"(?! (?:a|an|some|new|the)(?![\w']))",
    r"(?:salen|sale|salida) (?:temprano|mas temprano)(?: de (?:la )?(?:escuela|clases|guarderia))?",
    r"no (?:hay|van a tener|tienen) (?:clases|escuela)",
    r"(?:la )?(?:escuela|guarderia) (?:esta |va a estar )?cerrada",
    rf"(?:tengo|tenemos) que (?:recoger|ir por|cuidar|ir a recoger) {_NINOS}",
)

OBSTACLES = (*FAMILY_EMERGENCY, *ROAD, *WEATHER, *NOBODY_HOME, *AWAY_ALL_DAY, *RIDE, *CHILDREN)
