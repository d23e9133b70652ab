"""Who is vulnerable to a failed furnace, air conditioner or water supply: the very young
and the old, people whose body or a machine cannot keep them safe, and anyone already
suffering from heat or cold. In English and Spanish, as whole-word patterns over normalised
text; the rules in `hazards` read them with the heat, cold or water outage they go with."""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

_ENGLISH = (
    r"elderly",
    r"senior",
    r"(?:mom|mother|dad|father|grandma|grandpa|wife|husband)(?: is|'s) (?:almost |nearly |over )?"
    r"(?:[7-9][0-9]|1[01][0-9])(?! (?:degrees|percent|minutes|miles|dollars|bucks))",
    r"(?:[7-9][0-9]|1[01][0-9]) (?:years old|year old)",
    r"(?:he's|hes|she's|shes|he is|she is|they're|they are) (?:almost |nearly |over |like )?"
    r"(?:[7-9][0-9]|1[01][0-9])(?! (?:degrees|percent|minutes|miles|dollars|bucks))",
    r"(?:newborns?|baby|infants?|babies|toddlers?|preschoolers?|little ones|preemies)",
    # Young children looked after together: a room of them in the heat is a dispatcher's page.
    r"(?:little|young|small) (?:kids|children|ones)",
    r"(?:pre ?school|day ?care|child ?care|nursery school|kindergarten|head start)"
    r"(?! (?:teacher'?s? (?:lounge|office)|office|parking lot))",
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:month|week)s? old",
    r"pregnant",
    r"disabled",
    r"on oxygen",
    r"(?:heart|medical|health|breathing) (?:condition|problems?|issues?)",
    r"bedridden",
    r"(?:my )?(?:grandma|grandmother|grandpa|grandfather)(?:'s)?",
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
    # A recent operation, or one on the heart whenever it was ("came home from heart surgery
    # last week", "had bypass surgery two weeks ago"): the body cannot yet cope.
    r"(?:just|recently) had (?:(?:a|an|his|her|my|major|\w+) ){0,2}(?:surgery|operation)",
    r"(?:home|back|out|released|discharged) from (?:the )?(?:\w+ )?(?:surgery|operation|hospital)",
    r"recovering from (?:(?:a|an|his|her|my|major|\w+) ){0,2}(?:surgery|operation|stroke|"
    r"heart attack)",
    r"(?:heart|open heart|bypass|cardiac|valve) (?:surgery|operation)",
    r"(?:surgery|operation) (?:last week|yesterday|this week|recently|a (?:few days|week|couple "
    r"(?:of )?weeks) ago|\d+ (?:days|weeks) ago)",
    r"post ?op",
    r"(?:just had|recovering from|had) a (?:stroke|heart attack)",
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
    # The first signs of heat illness, however put ("he's getting dizzy", "feeling
    # lightheaded", "she threw up", "he passed out").
    r"dizz(?:y|iness)",
    r"light ?headed(?:ness)?",
    r"woozy",
    r"nause(?:ous|ated|a)",
    r"(?:throwing|threw) up",
    r"vomit\w*",
    r"(?:passed|passing) out",
    r"faint(?:ed|ing)",
    r"(?:can't|cannot|can not|having (?:a hard time|trouble)|hard to) (?:breathe|breathing)",
    r"short of breath",
    # Confusion heard on the phone: heat or cold already affecting the mind.
    r"(?:not|isn't|wasn't|aren't|stopped) making (?:a lot of |a whole lot of |much |any )?sense",
    r"talking (?:gibberish|nonsense|funny|strange|weird)",
    # The same question again and again: the mind already slipping in the heat or the cold.
    r"(?:asking|saying|repeating|telling)(?: me| us)? (?:the same (?:thing|question|story)s?|"
    r"(?:him|her)self)(?: [\w']+){0,2} (?:over and over|again and again|(?:like )?\d+ times)",
    r"slurring(?: (?:his|her|their))?(?: words)?",
    r"(?:won't|will not|not|isn't|can't) (?:drink\w*|wake\w*|cool\w* down)",
)
_SPANISH = (
    r"(?:anciano|anciana|ancianos)",
    r"(?:tiene|de) (?:[7-9][0-9]|1[01][0-9]) anos",
    r"(?:mi |la |el )?(?:abuel(?:it)?[oa]s?|bisabuel(?:it)?[oa])",
    r"bebes?",
    r"bebit[oa]s?",
    r"(?:ninos|ninas|criaturas) (?:chiquitos|chiquitas|pequenos|pequenas|chicos|de kinder)",
    r"(?:chiquitos|chiquillos|pequenitos|nenes|nenas)",
    r"(?:guarderia|kinder|kinder ?garden|preescolar|estancia infantil)",
    r"(?:de|tiene) (?:\d+|un|una) (?:meses|mes|semanas|semana)(?: de nacid[oa])?",
    r"mi (?:mama|papa|suegr[oa]|espos[oa]) (?:es|esta) (?:mayor|grande|enferm[oa]|en silla)",
    r"recien nacido",
    r"embarazada",
    r"mi (?:abuel[oa]|mama|papa) (?:es )?mayor",
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
    # An operation lately, or on the heart ("lo operaron del corazón la semana pasada").
    r"(?:lo|la|me|le) (?:operaron|acaban de operar)",
    r"(?:cirugia|operacion) (?:del? corazon|de corazon abierto|de bypass)",
    r"(?:acaba de|recien) (?:salir|salio|llegar|llego) del hospital",
    r"(?:salio|sali|regreso|llego) del hospital",
    r"(?:acaba de tener|tuvo) (?:una )?(?:cirugia|operacion|un infarto|un derrame)",
    # Heat illness beginning ("se está mareando", "anda mareado", "vomitó", "se desmayó").
    r"mare(?:ad[oa]s?|ando|o|os)",
    r"vomit\w*",
    r"se (?:desmayo|desmaya|esta desmayando|quiere desmayar)",
    r"(?:le|me|nos) falta (?:el )?aire",
    r"no (?:puede|podia) respirar",
    r"golpe de calor",
    r"insolacion",
    r"(?:esta|se ve|anda|se siente|se puso) (?:bien |muy |medio |como |algo )*(?:confundid[oa]|"
    r"desorientad[oa]|rojo|roja|colorad[oa]|enferm[oa]|malit[oa]|debil|temblando|aturdid[oa]|"
    r"acalorad[oa]|sofocad[oa])",
    r"no (?:quiere |puede )?(?:tomar|beber) (?:agua|liquidos)",
    r"le late (?:muy )?(?:rapido|fuerte) el corazon",
    r"no (?:esta )?(?:habla|hablando) (?:bien|claro|coherente|con sentido)",
    r"(?:dice|diciendo|habla) (?:puras )?(?:cosas sin sentido|incoherencias|incoherente)",
    r"no se le entiende",
    r"arrastra (?:las|sus) palabras",
)
VULNERABLE = words(*_ENGLISH, *_SPANISH)
