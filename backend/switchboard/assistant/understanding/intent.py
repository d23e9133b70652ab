"""What the caller wants from this turn. Rules are ordered: stopping texts and wrong numbers
first, then emergencies (a hazard outranks everything else said in the same breath), then
changes to an existing job, hand-offs, sales calls, repeats, questions, new work, greetings."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.asked_in_own_words import (
    PRICE_ASKED,
    WHEN_ASKED,
    WHERE_ASKED,
)
from switchboard.assistant.understanding.booked_visit import (
    ASKS_WHEN,
    FORGOTTEN,
    NOT_NEEDED,
    ON_THE_BOOKS,
    OTHER_TIME,
    STILL_ON,
)
from switchboard.assistant.understanding.complaints import left_behind
from switchboard.assistant.understanding.growth_pitch import FOUND_US, growth_pitch
from switchboard.assistant.understanding.model import Context, Extracted, Intent, QuestionTopic
from switchboard.assistant.understanding.non_customers import (
    APPLICANT,
    MESSAGE_ASKED,
    for_the_owner,
    labour_offered,
    vendor_calling,
)
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.not_the_job import OTHERS_VISIT
from switchboard.assistant.understanding.owner_needed_now import NOW_OR_NEVER
from switchboard.assistant.understanding.phrases import affirmed, found, words
from switchboard.assistant.understanding.price_terms import PRICE_MATCH
from switchboard.assistant.understanding.question_topics import (
    AREA,
    HOURS,
    OFFERED,
    OTHER_Q,
    OTHERS_HOURS,
    PRICE,
    REBATE,
)
from switchboard.assistant.understanding.reach_and_days import DAYS_ASKED, REACH
from switchboard.assistant.understanding.status_asked import STATUS
from switchboard.assistant.understanding.timeprefs import OPENINGS
from switchboard.assistant.understanding.visit_alone import told_alone
from switchboard.assistant.understanding.visit_conflict import (
    CANT_KEEP,
    conflict,
    need_gone,
    visit_said,
)
from switchboard.assistant.understanding.visit_instead import visit_moved_unnamed
from switchboard.assistant.understanding.visit_named import LOST_TRACK, MOVED_TO, VISIT_NAMED
from switchboard.assistant.understanding.visit_told import (
    APPOINTMENT_UNNEEDED,
    HAVE_ANYTHING,
    OFF_THE_SCHEDULE,
    TAKE_IT_OFF,
)
from switchboard.assistant.understanding.weekdays import WEEKDAY_NAMES
from switchboard.assistant.understanding.work_asked import WORK_ASKED

STOP = words(r"stop (?:texting|messaging|sending|calling|contacting)(?: me)?", r"unsubscribe",
             r"don't (?:text|message|contact|call) me", r"remove me from", r"opt(?: me)? out",
             # "take me off your list" stops texts; "take me off the schedule for tomorrow"
             # takes a visit off the books (`visit_told.TAKE_IT_OFF`), a cancel
             r"take (?:me|us) off(?! (?:(?:the|your|my|our) |for )?(?:schedule|calendar|books|"
             r"route|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\w']))",
             r"no me (?:escriban|manden|envien|llamen)", r"dejen? de "
             r"(?:escribir|mandar|enviar|llamar)", r"darme de baja")  # fmt: skip
# Carrier keywords alone on a text are opt-outs (messaging records them before we see them).
SMS_KEYWORDS = {"stop", "stopall", "unsubscribe", "end", "quit", "cancel", "revoke", "optout"}
WRONG_NUMBER = words(r"wrong number", r"didn't mean to call", r"dialed (?:the )?wrong",
                     r"numero equivocado", r"me equivoque de numero", r"called by mistake",
                     r"butt dial\w*", r"pocket dial\w*",
                     # "you texted the wrong person", "sorry wrong chat", "wrong # lol"
                     r"(?:texted|messaged|called|dialed|text|message|sent (?:this|that|it) to) "
                     r"(?:the )?wrong (?:person|number|chat|contact|thread)",
                     r"(?:sorry|oops|whoops|my bad|perdon|disculpe?) wrong (?:person|chat|contact|"
                     r"thread|#)", r"wrong #",
                     # "sorry, meant to text my sister", "that text wasn't meant for you"
                     r"(?:meant|supposed) to (?:text|message|call|send (?:this|that|it) to) (?:my|"
                     r"someone else|somebody else|a friend)",
                     r"(?:wasn't|was not|isn't|is not) (?:meant|supposed to be|intended) for you",
                     r"(?:se|me|nos) equivoc\w* de (?:numero|persona)",
                     r"numero (?:incorrecto|equivocado)")  # fmt: skip
_APPT_WORDS = r"appointment|appt|visit|booking|service call"
# "My flight got cancelled", "the game was canceled": something else called off, no request.
CANCEL = words(r"cancel(?:l?ing)?", r"(?<!got )(?<!get )(?<!gets )(?<!was )(?<!were )(?<!been )"
               r"(?<!is )(?<!are )cancell?ed", r"cancel(?:ar|a|e|en|emos)(?:la|lo|las|los)?",
               r"don't need (?:you|someone|anyone) to come", r"call off", r"no longer need",
               r"ya no necesito",
               # "so I guess I don't need you": the visit itself is no longer wanted.
               r"(?:don't|do not|won't|will not) need (?:you guys|you all|y'?all|you|anyone|"
               rf"anybody|someone|somebody|the (?:{_APPT_WORDS}|tech\w*))(?! to (?!come))"
               r"(?: anymore| any more)?",
               r"ya no (?:la|lo|los) necesit\w+",
               # "no need to come out anymore", "ya no es necesario que vengan", "ya no vamos a
               # necesitar la visita": the visit itself called off
               r"no need (?:for (?:you|anyone|anybody|someone|somebody|the tech\w*) )?to come"
               r"(?: out| by| over)? (?:anymore|any more|after all)",
               r"ya no (?:es necesario|hace falta|necesito|necesitamos|ocupo|ocupamos) que "
               r"(?:vengan|venga|pasen|pase|vinieran|viniera|manden)",
               r"ya no (?:la |lo |los )?(?:vamos a|voy a) (?:necesitar|ocupar)"
               r"(?: (?:la|el|su) (?:cita|visita|servicio|tecnico|plomero|"
               r"electricista))?")  # fmt: skip
_FROM_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|the [0-9]+\w*"
_APPT = r"(?:appointment|appt|visit|booking|service call|time slot)"
RESCHEDULE = words(r"reschedul\w*", r"bump (?:it|my|the|tomorrow'?s|today'?s)",
                   rf"(?:push|move|bump|shift) (?:\w+'s |(?:{_FROM_DAY})s )?{_APPT}",
                   rf"(?:push|move|bump|shift)(?: (?:it|that|my|the|our|this|tomorrow's|"
                   rf"today's|friday's|monday's))?(?: {_APPT})? (?:back|out|up|forward|to|till|"
                   rf"until)", rf"(?:change|switch) (?:my|the|our) {_APPT}",
                   r"(?:mover|cambiar|pasar) (?:mi|la) (?:cita|visita)",
                   r"re schedul\w*", r"move (?:my|the|our) (?:appointment|visit|"
                   r"booking)", r"move (?:my|the|our|it)(?: [a-z]+){0,3} (?:to|until)",
                   r"change (?:my|the|our) (?:appointment|time|visit|booking)",
                   r"different (?:time|day)", r"push (?:it|that|my appointment) back",
                   r"can't make (?:it|that)", r"won't be (?:home|there|able)",
                   r"cambiar (?:mi|la) cita", r"reprogramar", r"mover (?:mi|la) cita",
                   r"another (?:day|time)", r"later (?:time|day)",
                   # "push my tune up appt back", "move our water heater visit"
                   rf"(?:push|move|bump|shift|change|switch) (?:my|the|our|\w+'s|(?:{_FROM_DAY})s)"
                   rf"(?: [a-z]+){{0,3}} {_APPT}",
                   # "something came up, I need to move it"
                   r"(?:need|have|want|got|going) to (?:move|push|bump|shift) (?:it|that|this)"
                   r"(?! (?:to the|into|out of|over|away|in)\b)",
                   r"no voy a (?:estar|poder)",
                   # moved by an amount: "can we push it 1 week", "bump it back a couple days",
                   # "postpone the install two weeks", "¿la podemos recorrer una semana?"
                   r"(?:push|move|bump|shift|delay|postpone|put off) (?:it|that|this|them|"
                   r"(?:my|the|our)(?: [a-z-]+){1,3})(?: back| out)? (?:by )?(?:a|an|one|1|two|2|"
                   r"three|3|a "
                   r"couple(?: of)?|a few|few|half a) (?:days?|weeks?|hours?|months?)(?![\w'])",
                   r"postpon\w* (?:it|that|this|them|my|the|our)(?![\w'])",
                   # "I need to put that off", "can we put it off till next week", "put off the
                   # appointment": the visit postponed
                   r"(?:need|have|want|got|going|gonna|gotta|like|can|could|should|would|let's|"
                   r"lets|please)(?: to)?(?: we| you| i| u)? put (?:it|that|this|them) off"
                   r"(?![\w'])",
                   rf"put off (?:my|the|our|tomorrow'?s|today'?s)(?: [a-z-]+){{0,2}} {_APPT}",
                   r"(?:recorrer|pasar|mover|posponer|aplazar|atrasar)(?:la|lo)? (?:una|un|un par "
                   r"de|unos|unas|1|dos|2|tres|3) (?:semanas?|dias?|horas?)",
                   r"(?:posponer|aplazar|recorrer|atrasar) (?:mi|la|nuestra) (?:cita|visita)",
                   # "can we push the panel job from Tuesday to Friday"
                   rf"(?:push|move|bump|shift|switch|change)(?: [a-z'-]+){{0,4}} from "
                   rf"(?:{_FROM_DAY}) (?:to|till|until)")  # fmt: skip
# "¿La podemos cambiar?", "quiero moverla": the pronoun is the visit, unless the turn names a
# job and no visit ("quiero cambiarlo antes" of an old water heater is a replacement).
RESCHEDULE_PRONOUN = words(r"(?:la|lo) (?:podemos|puede|pueden|podria|podrian|quiero|puedo|"
                           r"quisiera) (?:cambiar|mover|pasar|posponer|recorrer|aplazar|"
                           r"atrasar)",
                           r"(?:cambiar|mover|pasar|posponer|recorrer|aplazar|atrasar)"
                           r"(?:la|lo)",
                           # asked outright: "mejor cámbiemela para el viernes", "muévala",
                           # "pásenmela al lunes" ("pásela bien" wishes a good day)
                           r"(?:cambi|muev|recorr|pospong|aplac|atras|reprogram)(?:e|en|a|an)"
                           r"(?:me|nos)?(?:la|lo)(?![a-z])",
                           r"pas(?:e|en|a|an)(?:me|nos)?(?:la|lo) (?:para|al|a las|a la|hasta)",
                           r"(?:cambiar|mover|pasar|posponer|recorrer|aplazar|atrasar|reprogramar)"
                           r"(?:me|nos)(?:la|lo)")  # fmt: skip
_VISIT_WORDS = words(r"citas?", r"visitas?", r"appointments?")
_AGENT = r"(?:(?:live|real|actual|human) )?agent"
HUMAN = words(r"(?:talk|speak|speaking) (?:to|with) (?:a |an |the |your )?(?:someone|somebody|"
              r"real|live|actual|human|person|owner|tech|technician|manager|him|her|boss|"
              r"plumber|electrician|dispatcher|office|agent|representative|anyone)",
              r"real person", r"human being", r"live (?:person|agent)", r"representative",
              r"operator", r"transfer me", r"hablar con (?:una persona|alguien|el dueno|"
              r"un humano)", r"put me through",
              r"(?:somebody|someone|anyone|a person) (?:i|we) (?:can|could) (?:talk|speak)",
              r"(?:get|give) me (?:a )?(?:human|person|real person)",
              r"(?:a|real|actual) human", r"is (?:mike|the owner|the boss) (?:there|"
              r"around|available)",
              # An agent asked for ("agent please", "can I get an agent", "connect me to a live
              # agent"); someone else's agent ("the sellers agent said afternoons work", "my
              # insurance agent", "the listing agent has a lockbox") asks for nobody.
              rf"^(?:an? |un )?{_AGENT}(?: please| now| por favor)?$",
              rf"(?:get|give|want|need|connect|transfer|put)(?: me| us)?(?: to| with| "
              rf"through to)? (?:an?|some|your|one of your) {_AGENT}",
              # "can I speak to Mike", "quiero hablar con el señor Hernández": a named person
              r"(?:can|could|may) i (?:talk|speak) (?:to|with) (?!my |our )\w+",
              r"(?:i want|i'd like|i need|i would like|let me) (?:to )?(?:talk|speak) (?:to|with) "
              r"(?!my |our )(?:mr|mrs|ms|the owner|\w+ directly)",
              r"(?:quiero|quisiera|puedo|podria|necesito|me gustaria) hablar con(?! mis? )",
              r"(?:me comunica|comuniqueme|paseme|me pasa|me puede pasar) con",
              *NOW_OR_NEVER)  # fmt: skip
SALES = words(r"\bseo\b", r"google (?:listing|business|ranking|reviews)", r"marketing",
              r"merchant services", r"credit card processing", r"business (?:loan|funding)",
              r"we help (?:businesses|contractors|plumbers)", r"(?:lower|reduce) your rates",
              r"(?:extended )?(?:car |auto |vehicle )warranty", r"lead generation",
              r"(?:more|new) leads", r"calling on behalf of", r"special offer for your business",
              r"partnership",
              r"advertis\w+", r"website (?:design|redesign)", r"top of google",
              # A business's map listing sold to it ("your Google Maps profile"); never the
              # caller's street that "doesn't show on Google Maps yet"
              r"google maps (?:listing|profile|ranking|rankings|presence|page|pin|reviews)",
              r"(?:search|map) (?:rankings?|results)", r"walk you through",
              r"(?:free|quick) (?:report|audit|demo|consultation|analysis)",
              r"(?:we|i) (?:help|work with) (?:local )?(?:electricians|plumbers|contractors|"
              r"roofers|hvac|home service|trades)", r"(?:solar|energy) (?:program|savings)",
              r"(?:your|the) business listing",
              # An offer made to the business: what it would buy, who there does the buying.
              r"(?:cut|lower|reduce|slash|lock in) your(?: [\w-]+){0,3} (?:fees|rates|costs|"
              r"bills?|premiums|spend)",
              r"(?:we're|we are|we|i'm|i am) (?:offering|giving)(?: [\w-]+){0,3} (?:contractors|"
              r"companies|businesses|shops|plumbers|electricians|roofers|trades\w*)",
              r"for (?:local |small )?(?:trades?|hvac|plumbing|electrical|roofing|home service|"
              r"contracting|service) (?:companies|businesses|contractors|pros|shops)",
              r"who (?:handles|does|makes|is in charge of|takes care of) (?:the |your )?"
              r"(?:purchasing|buying|procurement|marketing|advertising|vendor decisions)",
              r"who should i (?:send|email|pitch|address)", r"statement analysis",
              r"mock ?ups?", r"fleet discount",
              # Search ranking sold to the business: "you're not in the Google map pack", "we
              # can get you top 3 in 60 days", "lo ponemos en la primera página de Google"
              r"(?:map|local|maps) pack",
              r"(?:get|put|rank|bring|move) (?:you|your (?:business|company|shop|site|website|"
              r"listing|page))(?: \w+)? (?:in |on |to |into |at )?(?:the )?(?:top (?:3|three|5|"
              r"five|10|ten|spot|position|results)|top of (?:google|the (?:search|map|results|"
              r"rankings))|(?:first|1st) page|page (?:one|1)|number one on|#1 on)",
              r"(?:primer lugar|primeros lugares|primera pagina|top \w+) (?:de|en) google",
              r"posicionamiento(?: web| en google| local)?",
              r"(?:perfil|ficha|listado) (?:de|en) google",
              r"(?:agencia|empresa) de (?:marketing|mercadotecnia|publicidad)",
              # Leads sold to the business: "we send electricians pre-qualified solar leads for
              # $45/lead", "exclusive roofing leads", "le mandamos clientes potenciales"
              # the job the leads come for may take several words: "pre-qualified EV charger
              # install leads"
              r"(?:pre ?qualified|qualified|exclusive|verified)(?: [a-z]+){0,4} leads",
              r"(?:solar|roofing|hvac|plumbing|electrical|homeowner)(?: install| installation|"
              r" repair| service)? leads",
              r"(?:per|/|each) lead(?! (?:pipes?|paint|line|service|pipe\w*))",
              # the trade may come with its town: "we send Denver electricians ... leads"
              r"(?:we|i) (?:send|sell|provide|deliver|bring|get|generate) (?:local |(?!the |our "
              r"|my |his |her |their |your )[a-z]+ )?(?:electricians|plumbers|contractors|"
              r"roofers|hvac (?:companies|contractors)|businesses)(?: [a-z-]+){0,4} (?:leads|"
              r"customers|jobs|appointments|calls)",
              r"(?:clientes potenciales|prospectos) (?:calificados|exclusivos)",
              # the buyers promised and the leads given away to start: "homeowners ready to
              # buy", "first 5 leads are free", "los primeros 5 clientes gratis"
              r"(?:homeowners|customers|buyers|clients) (?:who are )?ready to (?:buy|hire|sign|"
              r"book)", r"ready to buy (?:homeowners|customers|buyers|clients)",
              r"(?:first|1st) (?:[0-9]+|one|two|three|five|ten|few|couple) (?:[a-z]+ )?leads",
              r"(?:free|trial) leads",
              r"(?:clientes potenciales|prospectos) (?:gratis|de prueba)")  # fmt: skip
# A call back asked for instead of a visit booked now: "please have someone call me", "ask
# Mike to give me a call", "can the owner call me back", "que me llamen", "pídale que me llame".
CALL_BACK = words(
    r"(?:have|get|ask|tell) (?:someone|somebody|him|her|them|the owner|the boss|the manager|"
    r"(?!a |an |the |me |it |us )[a-z]+) (?:to )?(?:(?:call|ring|phone|text|get back to) "
    r"(?:me|us)|give (?:me|us) a (?:call|ring))(?: back)?",
    r"(?:can|could|would) (?:someone|somebody|the owner|the boss|he|she) (?:please )?(?:call|"
    r"ring|phone) (?:me|us) back",
    r"(?:que|pidale que|digale que|dile que) (?:alguien |el |ella )?(?:me|nos) (?:llame|llamen|"
    r"marque|marquen|hable|hablen|regrese la llamada)",
    r"llamenme",
    r"llameme",
)
# Someone with word for the owner: a message, never a booking.
MESSAGE = words(CALL_BACK.pattern, r"leave (?:a |him a |her a |them a )?message", r"take a message",
                r"pass (?:along|on) (?:a |the |my )?message",
                r"(?:tell|let) (?:him|her|them|the owner|the boss|mr \w+|ms \w+|mrs \w+)"
                r"(?: know)?(?: that)? (?!about (?:a|my|the) (?:leak|clog|job))",
                r"(?:dejar(?:le)?|dejarle) (?:un )?(?:recado|mensaje)",
                r"(?:digale|dile|avisele|avisale|comuniquele)(?: a \w+)? que",
                # "I want the owner to call me", "can the owner call me": a call back from
                # the business about something, asked for instead of a visit.
                # "we need the owner to confirm he can take the job and send us his quote"
                r"(?:want|need|like|have|get|can|could|would|will) (?:the|your) (?:owner|boss|"
                r"manager|office)(?: to)? (?:(?:call|ring|phone|get back to|reach out to) (?:me|"
                r"us)|confirm|send (?:me|us)|approve|accept|sign off|let (?:me|us) know)",
                # A warranty or insurance company sending work, its terms for the owner to
                # settle: "this is Janelle with HomeGuard Warranty, do you accept our
                # dispatches", "a claim at a policyholder's home".
                # Never "looked at for the insurance": a company's name, not a purpose.
                r"(?:with|from|at) (?!(?:the|a|an|your|my|our|any|their) )"
                r"(?:(?!(?:for|the|to|by|on)(?![\w']))[a-z]+ ){1,2}"
                r"(?:home )?(?:warranty|insurance)(?: company| co| group)?"
                r"(?! (?:on|for) (?:my|our|the|this) )",
                r"policy ?holders?(?:'s)?",
                r"(?:accept|accepts|take|takes) (?:our |warranty |insurance )?(?:dispatch|"
                r"dispatches|work orders?|referrals)",
                r"(?:de|con|del) (?:la )?(?:aseguradora|compania de (?:seguros|garantias?))",
                # "quiero que el señor Hernández me llame", "have Mr. Ortiz call me back"
                r"que (?:el|la) (?:senor|senora|sr|sra|don|dona|ingeniero|licenciado) [a-z]+"
                r"(?: [a-z]+)? (?:me|nos) (?:llame|llamara|hable|hablara|marque|contacte)",
                r"(?:want|need|like|have|get|ask) (?:mr|mrs|ms|miss|dr) [a-z]+ (?:to )?(?:call|"
                r"ring|phone|text|get back to) (?:me|us)",
                r"(?:que )?(?:el dueno|el jefe|el encargado|alguien)(?: me| nos)? (?:llame|llamara|"
                r"hable|hablara|devuelva|devolviera|regrese|regresara|marque|marcara|contacte|"
                r"contactara|confirme|confirmara|mande|mandara|envie|enviara|conteste|contestara|"
                r"responda|respondiera|autorice|apruebe)",
                # "quisiera que me regresaran la llamada", "can someone give me a call back"
                r"(?:me|nos)(?: \w+)? (?:regres|devuelv|devolv)\w* (?:la )?llamada",
                r"(?:regresarme|devolverme|regresarnos|devolvernos) la llamada",
                r"(?:the|your) (?:owner|boss|manager)(?: to)? (?:give|gives) (?:me|us) a "
                r"(?:call|ring)",
                )  # fmt: skip
# A question in form, whatever its topic: answered from the business's data or taken as a
# message, never answered with a booking question.
QUESTION_FORM = words(r"(?:i was |i'm |just |was )?wondering (?:if|whether|about)",
                      r"quick question", r"(?:i have|i've got|got) a question",
                      r"(?:wanted|want) to (?:ask|know|find out|check) (?:if|whether|about|what|"
                      r"how)", r"curious (?:if|whether|about)", r"can you tell me",
                      r"^(?:(?:hi|hello|hey|yes|yeah|um|so|ok|okay|oh)(?: there)? )*"
                      r"(?:do|does|are|is|what|how|who|why)"
                      r" (?:you|your|y'?all|you guys|you all|the|they|techs?|technicians?)"
                      # "hi how y'all doing": a greeting, not a question about the business
                      r"(?<!how you)(?<!how y'all)(?<!how yall)(?<!how you guys)(?<!how you all)"
                      r"(?! (?:doing|doin|doin'|been)(?![\w']))",
                      # "I am calling to ask you do payment plan", "texting to find out if..."
                      r"(?:calling|call|writing|texting|here|reaching out) to (?:ask|find out|"
                      r"see if|know if|check if)(?![\w'])",
                      r"una pregunta", r"queria (?:preguntar|saber)", r"me (?:puede|podria) "
                      r"decir",
                      # Asked after the caller's situation ("I'm on a fixed income, do you folks
                      # give a discount", "if the claim is approved, do you deal with the
                      # adjuster"): a question about the business, wherever it comes
                      r"(?:do|does) (?:you|y'?all|ya|u)(?: folks| guys| all| people)? "
                      r"(?!(?:need|want|wanna|mind|think|mean|remember|see|hear|understand)\b)"
                      r"(?!have (?:anything|any ?time|an opening|a slot|time|availability|room)\b)"
                      r"[a-z]+",
                      r"(?:ustedes|uds) (?:aceptan|dan|ofrecen|manejan|trabajan con|facturan|"
                      r"hacen descuentos?|tienen (?:descuentos?|garantia|seguro|licencia|"
                      r"financiamiento|planes))")  # fmt: skip
# Asking for a visit in so many words: a question in the same breath does not stop the booking.
BOOK = words(r"(?:book|schedule|set up|make|get) (?:an? |the )?(?:appointment|visit|service call|"
             r"time|someone|somebody|tech|technician)",
             r"(?:like|want|need|get|looking for|wanted) (?:a |an |to get a |to get an )?"
             r"(?:quote|estimate|bid|inspection)", r"send (?:someone|somebody|a tech|"
             r"a plumber|an electrician|a technician)", r"come (?:out|by|over) (?:and|to|today|"
             r"tomorrow|this(?! (?:far|way|direction)\b)|next|on)",
             r"(?:agendar|programar|hacer) (?:una )?cita",
             r"manden a (?:alguien|un tecnico|un plomero)")  # fmt: skip
# A request phrased as a question ("can you come out tomorrow?") asks for a visit.
VISIT_REQUEST = words(r"(?:can|could|would) (?:you|someone|somebody|a tech|y'?all|you guys) "
                      r"(?:come|send|fix|look|stop|swing|make it|get (?:out|here|over)|install|"
                      r"put in|replace|repair|clean|hook up|check|inspect|service|unclog|snake|"
                      r"take a look|take care)",
                      r"(?:do|would) you have (?:anything|any time|an opening|a slot|time)",
                      # "do you have thursday at eleven", "you guys got anything tomorrow at
                      # 9am", "¿tienen el jueves a las 11?": a time asked for, not a question.
                      rf"(?:do |would |could )?(?:you|y'?all|you guys|ya|u) (?:have|got) "
                      rf"(?:(?:anything|something|a (?:slot|spot|time|opening)) )?"
                      rf"(?:(?:on|at|for|this|next|this coming) )?(?:today|tonight|tomorrow|tmrw|"
                      rf"tmr|{WEEKDAY_NAMES}|[0-9]{{1,2}}(?::[0-9]{{2}})? ?(?:am|pm|oclock))"
                      # ("do you have sunday hours" asks about the business)
                      r"(?!s? (?:hours?|service|off|calls?)(?![\w']))",
                      rf"(?:tiene|tienen|tendra|tendran) (?:algo |lugar |espacio )?(?:para )?"
                      rf"(?:el |este |hoy|manana)(?:{WEEKDAY_NAMES}|\b)",
                      r"how soon can", r"when can (?:you|someone|somebody)",
                      r"(?:earliest|soonest) (?:you|someone|available|time|appointment)",
                      r"(?:can|could) (?:i|we) (?:book|schedule|get)",
                      # "¿pueden venir mañana?", "¿podrían mandar a alguien?"
                      r"(?:pueden|puede|podrian|podria|podran|podra) (?:venir|mandar|enviar|"
                      r"pasar|revisar|checar|arreglar|instalar|cambiar)(?!(?:le)? (?:un |el |mi )?"
                      r"(?:recado|mensaje|aviso))",  # "¿le puede pasar un recado?" asks a message
                      r"cuando (?:pueden|puede|podrian|podria) (?:venir|pasar)",
                      OPENINGS.pattern)  # fmt: skip
REPEAT = words(r"repeat (?:that|it|yourself|please)", r"say (?:that|it) again", r"come again",
               r"what did you (?:say|just say)", r"didn't (?:catch|hear|get|understand)",
               r"pardon(?: me)?", r"repite\w*", r"como dijo", r"(?:diga|digalo|dime) otra vez",
               # "sorry, what time are you open" asks a question, not for a repeat
               r"can you repeat", r"(?:sorry|excuse me) what(?! (?:time|day|days|about|is|are|"
               r"do|does|kind|if|hours)\b)", r"what was that",
               r"no (?:le )?(?:escuche|entendi)")  # fmt: skip
# "Again" words ask for a repeat only as the whole turn: "el calentador otra vez" is the
# water heater again, "it clogged one more time" a problem.
REPEAT_ALONE = words(r"^(?:sorry |what |perdon |como )?(?:otra vez|one more time|huh|again)"
                     r"(?: please| por favor)?$")  # fmt: skip
NEW_JOB = words(r"need (?:a|an|someone|somebody|help|service|you|to)",
                r"(?:someone|somebody|anyone|you|a tech|a plumber|an electrician) (?:to )?come",
                r"come (?:out|by|over|"
                r"and|take)", r"(?:book|schedule|set up|make) (?:an? )?(?:appointment|visit|"
                r"service|time)", r"(?:leak|leaking|leaky|clog|clogged|broken|broke|not working|"
                r"isn't working|stopped working|won't|replace|replaced|install|installed|repair|"
                r"fix|fixed|backed up|dripping|running|tripping|flickering|dead|out)",
                r"get (?:a|an|someone|somebody) (?:out|over)", r"necesito", r"no funciona",
                r"gotea", r"tapad[oa]", r"arreglar", r"cita", r"looking for (?:a|someone)",
                # Something that stopped working, said in Spanish: "el calentador no prende"
                r"no (?:prende|enciende|sirve|calienta|enfria|arranca|jala)",
                r"se (?:descompuso|rompio|quemo|trabo)", r"dejo de (?:funcionar|servir)",
                r"descompuest[oa]",
                r"want(?:ed)? (?:a|an|to get|someone|to have|to book|to schedule)",
                r"i'd like (?:a|an|to|someone)", r"(?:an|a new) appointment")  # fmt: skip
GREETING = words(r"hi", r"hello", r"hey", r"hiya", r"good (?:morning|afternoon|evening)", r"hola",
                 r"buenos dias", r"buenas(?: tardes| noches)?", r"yes hello", r"hi there",
                 r"hey there", r"howdy", r"is this", r"anyone there")  # fmt: skip


_TOPICS = (
    (HOURS, QuestionTopic.HOURS),
    (DAYS_ASKED, QuestionTopic.HOURS),
    (WHEN_ASKED, QuestionTopic.HOURS),
    (AREA, QuestionTopic.SERVICE_AREA),
    (REACH, QuestionTopic.SERVICE_AREA),
    (WHERE_ASKED, QuestionTopic.SERVICE_AREA),
    (PRICE, QuestionTopic.PRICE),
    (PRICE_ASKED, QuestionTopic.PRICE),
    (OFFERED, QuestionTopic.SERVICE_OFFERED),
)


def topics_asked(norm: Normalised) -> list[QuestionTopic]:
    """Every topic the turn asks about, in the order asked ("do you go to Olathe? how much
    for a drain? are you open Saturdays?": the area, the price, the hours)."""
    text = norm.text
    # Blanked to the same length, so each topic's position still says which came first.
    ours = OTHERS_HOURS.sub(lambda m: " " * len(m.group()), text)
    # "Another plumber is coming to quote the water heater": what another company's visit is
    # for asks us nothing.
    text = OTHERS_VISIT.sub(lambda m: " " * len(m.group()), text)
    ours = OTHERS_VISIT.sub(lambda m: " " * len(m.group()), ours)
    # "Does Xcel still give a rebate, and how much would I get back?": the money a utility or
    # the government gives is theirs to say, never the price of our job.
    # "Do you guys price match?": another company's figure, a term for the owner.
    theirs = found(REBATE, norm) or found(PRICE_MATCH, norm)
    asked = sorted(
        (m.start(), i, t)
        for i, (p, t) in enumerate(_TOPICS)
        if not (theirs and t is QuestionTopic.PRICE)
        and (m := p.search(ours if t is QuestionTopic.HOURS else text))
    )
    return list(dict.fromkeys(t for _, _, t in asked))


def detect_question(norm: Normalised) -> Extracted[QuestionTopic] | None:
    # The question asked first is the topic: "do you install solar panels, we got a quote
    # from a solar company" asks whether the job is done, not its price.
    if asked := topics_asked(norm):
        return Extracted(asked[0], 0.85)
    if (found(REBATE, norm) or found(PRICE_MATCH, norm)) and (
        norm.question_mark or found(QUESTION_FORM, norm)
    ):
        return Extracted(QuestionTopic.OTHER, 0.7)  # for the owner to answer, or the utility
    if (norm.question_mark and found(OTHER_Q, norm) and not found(OPENINGS, norm)) or (
        found(QUESTION_FORM, norm) and not found(VISIT_REQUEST, norm)
    ):
        return Extracted(QuestionTopic.OTHER, 0.6)
    return None


# "Is this Bristol Plumbing?", "¿hablo con la plomería?": checking who answered, the whole turn.
WHO_ANSWERED = re.compile(
    r"^(?:(?:hi|hello|hey|yes|yeah|um|uh|oh|hola|bueno|buenas|buenos dias|oiga|si)(?: there)? )*"
    r"(?:is this|is that|am i (?:speaking|talking) (?:to|with)|have i reached|did i reach|"
    r"who(?:'s| is) (?:this|that|calling|speaking)|who am i (?:speaking|talking) (?:to|with)|"
    r"con quien hablo|quien habla|"
    r"hablo con|estoy hablando con|es (?:la|el) |llame a)(?: [a-z'&]+){0,5}$"
)


def _only_greeting(norm: Normalised) -> bool:
    rest = GREETING.sub("", norm.text)
    leftovers = [t for t in rest.split() if t not in {"yeah", "yes", "um", "there", "so", "oh"}]
    return norm.text != rest and not leftovers


# A visit of ours told about in passing (`visit_told`): whether there is one, and taken off.
_HAVE_ANYTHING = words(*HAVE_ANYTHING)
_UNNEEDED = words(*APPOINTMENT_UNNEEDED)
_TAKE_IT_OFF = words(*TAKE_IT_OFF)
_OFF_THE_SCHEDULE = words(*OFF_THE_SCHEDULE)


def detect_intents(
    norm: Normalised, context: Context, emergency: bool, service_named: bool
) -> list[Extracted[Intent]]:
    """All intents present, most important first."""
    out: list[Extracted[Intent]] = []
    text = norm.text
    if context.channel == "sms" and text in SMS_KEYWORDS:
        return [Extracted(Intent.STOP, 0.99)]
    if found(STOP, norm):
        out.append(Extracted(Intent.STOP, 0.9))
    if found(WRONG_NUMBER, norm):
        out.append(Extracted(Intent.WRONG_NUMBER, 0.9))
    if emergency:
        out.append(Extracted(Intent.EMERGENCY, 0.9))
    elif for_the_owner(norm, service_named):  # the inspection to move is not a visit of ours
        out.append(Extracted(Intent.MESSAGE, 0.8))
    on_file = (
        visit_said(norm, ON_THE_BOOKS, VISIT_NAMED)
        or context.visit_told
        or visit_moved_unnamed(norm, context)
    )
    moved = on_file and (found(OTHER_TIME, norm) or found(MOVED_TO, norm))
    status = (
        found(STATUS, norm)
        or found(STILL_ON, norm)
        or found(_HAVE_ANYTHING, norm)
        or (on_file and any(found(p, norm) for p in (FORGOTTEN, ASKS_WHEN, LOST_TRACK)))
    )
    if (
        any(True for _ in affirmed(CANCEL, norm))
        or (on_file and found(NOT_NEEDED, norm))
        or found(_UNNEEDED, norm)
        or (on_file and any(True for _ in affirmed(_TAKE_IT_OFF, norm)))
        or any(True for _ in affirmed(_OFF_THE_SCHEDULE, norm))
        # "push tomorrow's appt to saturday? the heat came back on but the pipes bang": the
        # trouble gone by itself is no cancel when the caller asks to move the visit.
        or (on_file and not moved and not found(RESCHEDULE, norm) and need_gone(norm))
    ):
        out.append(Extracted(Intent.CANCEL, 0.85))
    if (
        found(RESCHEDULE, norm)
        or (found(RESCHEDULE_PRONOUN, norm) and (not service_named or found(_VISIT_WORDS, norm)))
        or moved
        or found(CANT_KEEP, norm)
        # "tengo la cita mañana pero me toca trabajar": kept from it, so moved (unless the
        # caller only asks when it is, "I'm at work, is the guy coming today?")
        or (on_file and not status and conflict(norm) and not need_gone(norm))
    ):
        out.append(Extracted(Intent.RESCHEDULE, 0.85))
    changed = any(i.value in {Intent.CANCEL, Intent.RESCHEDULE} for i in out)
    if status or (not changed and told_alone(norm, NEW_JOB, BOOK, VISIT_REQUEST, QUESTION_FORM)):
        # "I got you guys coming out tomorrow at ten for the AC", and nothing more: the visit
        # is asked after (read back once the caller is identified), never booked again.
        out.append(Extracted(Intent.APPOINTMENT_STATUS, 0.85))
    if found(HUMAN, norm):
        out.append(Extracted(Intent.HUMAN, 0.85))
    pitched = FOUND_US.sub(" ", text)
    if SALES.search(pitched) or growth_pitch(pitched) or labour_offered(pitched):
        out.append(Extracted(Intent.SALES, 0.8))
    if found(APPLICANT, norm) or found(WORK_ASKED, norm):
        out.append(Extracted(Intent.JOB_APPLICANT, 0.8))
    if vendor_calling(norm):
        out.append(Extracted(Intent.VENDOR, 0.75))
    if found(MESSAGE, norm) or found(MESSAGE_ASKED, norm) or left_behind(norm):
        out.append(Extracted(Intent.MESSAGE, 0.75))
    if found(REPEAT, norm) or found(REPEAT_ALONE, norm):
        out.append(Extracted(Intent.REPEAT, 0.85))
    if detect_question(norm) is not None:
        out.append(Extracted(Intent.QUESTION, 0.8))
    if found(NEW_JOB, norm) or service_named or found(VISIT_REQUEST, norm):
        out.append(Extracted(Intent.NEW_JOB, 0.75 if found(NEW_JOB, norm) else 0.6))
    if not out and (_only_greeting(norm) or WHO_ANSWERED.search(norm.text)):
        out.append(Extracted(Intent.GREETING, 0.9))
    return out


def visit_requested(norm: Normalised) -> bool:
    return found(BOOK, norm) or found(VISIT_REQUEST, norm)
