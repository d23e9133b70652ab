"""A visit already on the books, said as such, and what the caller wants done with it.

"I have the tune-up scheduled for Monday", "y'all are coming Wednesday", "tengo cita el jueves":
the day said there is the visit's, not a wish. With another time asked for in the same turn
("can we do Thursday instead", "is there anything after 5", "¿se puede el viernes?") the call
is a reschedule; with the visit no longer wanted ("it's fixed, I don't need it") a cancel.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from switchboard.assistant.understanding.model import Context, Extracted, TimeWindow
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words
from switchboard.assistant.understanding.timeprefs import parse_time
from switchboard.assistant.understanding.visit_conflict import (
    CLAUSE_ENDS,
    unwished_spans,
    visit_on_file,
    visit_said,
)
from switchboard.assistant.understanding.visit_named import VISIT_NAMED, named_visit_span

_APPT_WORDS = r"appointment|appt|visit|booking|service call"
_DAY = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|this (?:morning|"
        r"afternoon|evening|week)|next week|lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
        r"manana|hoy")  # fmt: skip
# Whoever is expected at the door: "you guys", "a guy", "your tech", "the crew".
# "the AC guy", "your drain tech": one word may say which trade.
_VISITOR = (r"(?:you|u|y'?all|you guys|you all|someone|somebody|a guy|a man|(?:a|an|your|the)"
            r"(?: [a-z]+)? (?:guy|man|tech\w*|crew|plumber|electrician|roofer|installer|"
            r"team))")  # fmt: skip

# The house's things a visit of ours is for: "a furnace appointment", "an ac repair visit".
_HOUSE_THING = (r"(?:furnace|boiler|heater|water heater|heat|heating|hvac|ac|a/c|air|cooling|"
                r"thermostat|duct|plumbing|plumber|drain|sewer|toilet|sink|pipe|roof|roofing|"
                r"gutter|electrical|electrician|electric|panel|wiring|generator|outlet|repair|"
                r"maintenance|tune-up|tune up|service|inspection|install|estimate)")  # fmt: skip
# The work the visitor comes to do: "coming to fix the roof", "supposed to come do my inspection".
_WORK = (r"(?:do|fix|look at|check|check on|inspect|clean|work on|repair|install|service|replace|"
         r"take a look at|tune up|finish)")  # fmt: skip
# Days as texted: "u have me thurs", "booked for weds".
_DAY_SHORT = r"tues?|thurs?|thu|fri|weds?|sat|mon"
_SPANISH_DAY = r"manana|hoy|lunes|martes|miercoles|jueves|viernes|sabado|domingo"
# Who booked it: the caller, or someone of theirs ("my wife booked you guys").
_BOOKER = (r"(?:i|we|my (?:wife|husband|partner|son|daughter|mom|mother|dad|father|landlord|"
           r"roommate|tenant|boss|assistant)|she|he)")  # fmt: skip
# Whose home it may be when someone calls for them.
_HOUSEHOLD = (r"(?:my|our) (?:mom|mother|mum|dad|father|parents|grandma|grandmother|grandpa|"
              r"grandfather|wife|husband|aunt|uncle|sister|brother|tenant|neighbor|"
              r"neighbour)")  # fmt: skip
ON_THE_BOOKS = words(
    # "u have me thurs for the kitchen drain", "you guys have us down for Friday"
    rf"(?:you|u|y'?all|you guys) (?:have|got|had) (?:me|us)(?: down| booked| scheduled)?"
    rf" (?:for |on |this |next )?(?:{_DAY}|{_DAY_SHORT})(?![\w'])",
    # "I booked somebody for the leak", "my wife booked you guys for the water heater"
    rf"{_BOOKER} (?:already )?(?:booked|scheduled) (?:you|u|y'?all|you guys|you all|somebody|"
    r"someone|a tech\w*|a plumber|an electrician|a guy|your (?:guy|tech\w*|crew|plumber|"
    r"electrician))(?![\w'])",
    r"(?:you|u|y'?all|you guys) (?:have|got|had|put) (?:me|us) (?:down|booked|scheduled|"
    r"in|on the (?:books|schedule|calendar))",
    r"(?:i'm|im|i am|we're|we are) (?:booked|scheduled|down|on (?:the|your) (?:schedule|books|"
    r"calendar)) for",
    # "hi I'm calling about my appointment", "texting about our visit tomorrow": the call is
    # about a visit of ours (never "about my doctor's appointment": a word between is theirs)
    rf"(?:calling|call|texting|writing|reaching out|checking|asking|here) (?:about|on|"
    rf"regarding|re|in regards to) (?:my|our) (?:{_APPT_WORDS})(?![\w'])",
    r"(?:llamo|llamando|escribo|pregunto) (?:por|sobre|acerca de) (?:mi|nuestra) cita",
    # "I think I'm on for tomorrow morning for the panel": on the schedule, said short
    rf"(?:i'm|im|i am|we're|we are) on for (?:{_DAY}|{_DAY_SHORT})(?![\w'])",
    rf"(?:i|we|i've|we've) (?:have|got|had) (?:a|an|my|the|our)(?: [a-z]+){{0,3}} (?:{_APPT_WORDS}|"
    r"inspection|install|installation|estimate) (?:with (?:you|u|y'?all)|scheduled|booked|set up)",
    rf"my(?: [a-z]+){{0,3}} (?:{_APPT_WORDS}) (?:is|was) (?:for|on|at|set for)",
    r"(?:i|we|i've|we've) (?:have|got|had) (?:a|an|my|the|our)"
    r"(?: (?!needs?|wants?|and)[a-z-]+){1,4} (?:scheduled|booked)(?![\w'])",
    # "I have the 9am roof repair today", "we've got the tune-up on Thursday": a visit of ours
    # named by its day or hour
    # texted without the subject: "got the ac appt tmrw at 10" (never "you got the 9am...?")
    r"(?:(?:i|we|i've|we've) (?:have|got|had)|(?<!you )(?<!u )(?<!y'all )(?<!ya )got) "
    r"(?:the|my|our|your)(?: (?!needs?|wants?|and|but)"
    r"[a-z0-9-]+){0,3} (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|repair|install|installation|inspection|"
    # "I have the panel upgrade tomorrow", "we've got the water heater swap on Friday"
    r"tune ?up|service|cleaning|estimate|appointment|appt|visit|upgrade|replacement|swap|"
    r"rewire|hookup|hook up)(?: [a-z-]+){0,2} (?:today|"
    r"tomorrow|tonight|this (?:morning|afternoon|evening)|(?:on |this |next )?(?:mon|tues|"
    rf"wednes|thurs|fri|satur|sun)day|(?:on |this |next )?(?:{_DAY_SHORT}))(?![\w'])",
    # "I have an appointment Saturday morning for the AC", "we got a visit with y'all on Monday":
    # an appointment with no other word before it, said with its day
    # and named by the house's thing it is for: "got a furnace appointment tomorrow morning"
    # (never "a hair appointment", the caller's own)
    rf"(?:(?:i|we|i've|we've) (?:have|got|had)|(?<!you )(?<!u )(?<!y'all )(?<!ya )got) (?:a|an)"
    rf"(?: {_HOUSE_THING}){{0,2}} (?:{_APPT_WORDS})(?: (?:with|w|for) (?:you|u|"
    rf"y'?all|you guys|the|my|our)(?: [a-z-]+)?)? (?:on |this |next |for )?(?:{_DAY}|"
    rf"{_DAY_SHORT})(?![\w'])",
    # "my AC repair is booked for Thursday", "the panel job is scheduled on the 3rd"
    r"(?:my|our|the)(?: [a-z-]+){1,3} (?:is|was) (?:booked|scheduled|set up) (?:for|on|at)",
    # "my thermostat install is friday at 10", "our furnace tune-up is on Tuesday": a job of
    # ours said with its day
    # "my panel appt is tmrw morning", "our visit is on Friday"
    r"(?:my|our)(?: [a-z-]+){0,3} (?:install|installation|repair|inspection|tune ?up|service|"
    rf"cleaning|estimate|replacement|job|{_APPT_WORDS}) (?:is|was) (?:on |this |next |for )?"
    rf"(?:{_DAY})",
    r"(?:mi|nuestra|la) (?:cita|visita|instalacion|reparacion|limpieza|revision)(?: [a-z]+){0,3}"
    rf" (?:es|era|esta) (?:el |este |para el )?(?:{_DAY})",
    # "I had a guy coming Friday", "we got y'all coming out Wednesday", and texted without the
    # subject, "got the AC guy coming tmrw" (never "you got someone coming?", asked of us)
    r"(?:(?:i|we|i've|we've) (?:have|got|had)|(?<!you )(?<!u )(?<!y'all )(?<!ya )got) "
    rf"{_VISITOR}(?: \w+){{0,2}} (?:coming|scheduled|"
    r"booked|due|supposed to come)",
    # Someone of the caller's, asked for by them: "texting for my mom, she has the plumber
    # coming tomorrow", "my dad's got you guys coming Friday"
    rf"(?:{_HOUSEHOLD}|she|he)(?:'s got| has| had| got|'s| is having| was having) "
    rf"{_VISITOR}(?: \w+){{0,2}} (?:coming|scheduled|"
    r"booked|due|supposed to come)",
    # "you have somebody coming out tomorrow at ten", "y'all got a tech scheduled for Monday":
    # the business's own visit told back to it, with its day (never "do you have someone...")
    rf"(?<!do )(?<!did )(?<!if )(?<!can )(?<!could )(?:you|u|y'?all|you guys|you all) (?:have|"
    rf"got|had) {_VISITOR}(?: \w+){{0,2}} (?:coming|scheduled|booked|due|supposed to come)"
    rf"(?: (?:out|over|by))?(?: (?:on|this|next|for))? (?:{_DAY})(?![\w'])",
    # "y'all are coming Wednesday", "your tech is supposed to come tomorrow"
    # "the plumber is supposed to come at 2 today": an hour may come before the day; and the
    # job may come before it too, "y'all are supposed to come do my roof inspection this morning"
    rf"(?:{_VISITOR} (?:are|is|'re|were|was)|you're|youre) (?:coming|scheduled|booked|due|"
    rf"supposed to come)(?: (?:out|over|by))?"
    rf"(?: (?:to )?{_WORK} (?:my|the|our|that|this|your)(?: [a-z-]+){{0,3}})?"
    # and where: "you're coming out to my rental tomorrow", "... over to my mom's house Friday"
    rf"(?: to (?:my|our|the|his|her|their)(?: [a-z'-]+){{1,2}})?"
    rf"(?: at [0-9]{{1,2}}(?::[0-9]{{2}})?(?: ?[ap]m)?)?"
    rf"(?: (?:on|this|next))? (?:{_DAY})",
    # Without its day, said as what the visit is for: "y'all are coming out to look at my
    # roof" (never asked, "when are you coming out...", nor a condition, "if you're coming")
    rf"(?<!when )(?<!if )(?<!whether )(?:{_VISITOR} (?:are|is|'re)|you're|youre) (?:coming|"
    rf"supposed to come|scheduled to come)(?: (?:out|over|by))? to {_WORK} (?:my|the|our)"
    r"(?![\w'])",
    # "I was told somebody would be coming out today", "you told me the tech would come"
    r"(?:i was|we were|(?:you|y'?all|they) told (?:me|us)) (?:told )?(?:that )?"
    rf"{_VISITOR} (?:would|was going to|were going to|will|'d|is going to) (?:be )?(?:coming|come|"
    r"be here|be out|show up|stop by|swing by)",
    # "mi mamá tiene al plomero mañana", "tenemos a su técnico el jueves": the one expected,
    # with the day (never "tengo al plomero aquí", someone at the door now)
    r"(?:tengo|tenemos|tiene|tienen) (?:al|a los|a su|a sus|a uno de sus) (?:plomeros?|"
    r"tecnicos?|electricistas?|techadores?|instaladores?|muchachos?)(?: de ustedes)? (?:para |el "
    rf"|este )?(?:{_DAY})(?![\w'])",
    # "tengo cita el jueves", "tenemos una visita mañana", "el plomero viene el lunes"
    r"(?:tengo|tenemos|teniamos|tenia) (?:una |la |mi |nuestra )?(?:cita|visita)",
    # "I booked the sewer line thing with you guys", "we set up a tune-up with y'all"
    r"(?:i|we) (?:already )?(?:booked|scheduled|set up|made)(?: [a-z-]+){0,5} with (?:you|u|"
    r"y'?all|you guys|you all|your)(?![\w'])",
    r"(?:agende|agendamos|agendo|programe|programamos|programo|hice|hicimos|hizo)(?: \w+){0,5} "
    r"con ustedes",
    # "I booked a gutter cleaning a while ago", "we scheduled the AC tune up": the caller's own
    # booking of a job of ours ("I booked a flight" names no job)
    r"(?:i|we) (?:already )?(?:booked|scheduled|set up|made) (?:a|an|my|the|our)"
    rf"(?: [a-z-]+){{0,3}} (?:{_APPT_WORDS}|tune ?up|check ?up|cleaning|inspection|install|"
    r"installation|estimate|repair|service call)(?![\w'])",
    # "hice una cita", "sacamos cita" (never "hicimos una reparación", done by ourselves)
    r"(?:hice|hicimos|saque|sacamos) (?:una |la |mi |nuestra )?(?:cita|visita)",
    r"(?:agende|agendamos|programe|programamos|reserve|reservamos) (?:una|la|mi|nuestra) (?:cita|"
    r"visita|limpieza|revision|instalacion|reparacion)",
    r"(?:ustedes|el tecnico|el plomero|el electricista|su tecnico) (?:viene|vienen|iba a venir|"
    rf"iban a venir|va a venir|van a venir) (?:el |este |para el )?(?:{_DAY})",
)
# Another time wanted for it: "can we do later today instead", "a different day", "earlier?",
# "could we do the week after", "is there anything at 5", "¿se puede el viernes?".
OTHER_TIME = words(
    r"instead", r"(?:a )?(?:different|another|other|new) (?:day|time|date|slot)",
    r"(?:later|earlier) (?:today|tomorrow|that day|in the (?:day|week|afternoon|morning))",
    r"anything (?:later|earlier|sooner)",
    # the visit itself put at another time: "could it be the same day just later like four",
    # "can it be Thursday instead", "would that be possible a bit earlier"
    rf"(?:can|could|would) (?:it|that|this) (?:be|happen|go)(?: (?:on|at|for))?(?: (?:the|a))? "
    rf"(?:same day|later|earlier|bit (?:later|earlier)|little (?:later|earlier)|{_DAY}|"
    r"[0-9]{1,2}(?![0-9]))(?![\w'])",
    r"(?:just|a bit|a little|little) (?:later|earlier) (?:(?:like|say|around|about|at) )?"
    r"[0-9]{1,2}(?![0-9])",
    # "any chance he can come earlier", "could they get here sooner"
    r"(?:come|be here|be there|get here|get there|show up|make it|do it|stop by) (?:any |a bit |"
    r"a little )?(?:earlier|later|sooner)",
    r"(?:can|could) (?:we|you|u) (?:do|make it) (?:it )?"
    r"(?:later|earlier|another|a different)",
    # and asked the other way round: "any chance we could do monday"
    rf"(?:(?:can|could|would) (?:we|you|u|y'?all|you guys|i)|(?:we|you|u|y'?all|you guys|i) "
    rf"(?:can|could)) (?:do|make it|try|go with|switch to|"
    rf"have it|get it)(?: (?:on|for|out))?(?: (?:the|a|this|next|that))? (?:{_DAY}|week|"
    r"weekend|[0-9]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)",
    r"(?:is there|do you have|have you got|you got|y'?all got) (?:anything|something|any "
    r"(?:openings?|slots?|times?|availability)|an? (?:opening|slot|spot))",
    # a moving verb on the visit said as a pronoun: "we should push it", "can we move it"
    r"(?:can|could|should|would|need to|have to|want to|gotta|like to|let's|lets)(?: we| you| "
    r"i| u| y'?all)? (?:move|push|bump|shift|change|switch) (?:it|that|this|them)"
    r"(?! (?:to the|into|out of|over|away|in)\b)",
    r"se (?:puede|podria|pudiera)(?: (?:hacer|cambiar|pasar|mover|dejar))?(?: (?:para|a))? "
    rf"(?:el|la|al|otro|otra|mas|en|{_SPANISH_DAY})(?![\w'])", r"(?:otro|otra) (?:dia|hora|fecha)",
    r"(?:pueden|puede|podrian|podria) (?:venir|ser|pasar) (?:el|la|otro|otra|mas|en)",
    # "¿la pueden hacer el lunes mejor?", "¿lo podrían pasar para el martes?"
    r"(?:la|lo) (?:pueden|puede|podrian|podria|podemos) (?:hacer|pasar|cambiar|mover|dejar)"
    r"(?: para)? (?:el|la|otro|otra)",
)  # fmt: skip
# The visit no longer wanted, said of it as a pronoun: "it's fixed, so I don't need it".
NOT_NEEDED = words(
    r"(?:don't|do not|won't|will not|no longer) need (?:it|that|them|him|the visit)"
    r"(?: anymore| any more| now)?",
    # "so I won't be needing it", "we're not gonna need y'all after all"
    r"(?:won't|will not|wont|not|no longer) (?:be needing|(?:gonna|going to) need) (?:it|that|"
    r"them|him|you|y'?all|you guys|the visit)",
    r"ya no (?:la|lo) (?:necesito|necesitamos|ocupo|ocupamos)",
    r"ya no (?:hace|va a hacer) falta",
)

# Its day or hour asked after, of the visit just named: "which day is it?", "¿qué día era?".
ASKS_WHEN = words(
    r"(?:which|what) (?:day|date|time) (?:is|was|'s) it",
    r"when (?:is|was|'s) it",
    # asked indirectly: "she didn't write down what day it was", "can you tell me which day it is"
    r"(?:which|what) (?:day|date|time) (?:it|that) (?:is|was|'s)",
    r"(?:que|cual) (?:dia|fecha) (?:es|era|fue)",
    r"a que hora (?:es|era)",
    # "my wife wants to know what time exactly", "what time should I expect him": the hour of
    # the visit just named, asked after
    r"(?:know|tell (?:me|us|her|him)|find out|ask|check|confirm) (?:what|which) (?:time|day|date|"
    r"hour)(?! (?:works|is good|is best|would|you (?:open|close)))",
    r"(?:what|which) (?:time|day) (?:exactly|roughly|about|more or less)",
    r"(?:what|which) time (?:should|do|can) (?:i|we|she|he) (?:expect|look for|be (?:home|"
    r"there|ready))",
    r"(?:saber|decir(?:me|nos|le)?|preguntar|confirmar) (?:a que hora|que dia|la hora)",
    # The hour to pass on to whoever opens the door: "what time should I tell my tenant to
    # expect you", "what time do I tell the renters", "a qué hora le digo a mi inquilino que
    # los espere"
    r"(?:what|which) time (?:should|do|can|shall) (?:i|we) (?:tell|let|text|give|say to) "
    r"(?:my|the|our|her|him|them)(?: [a-z-]+){0,2}(?= to (?:expect|look for|be)| (?:know|that|"
    r"you|y'?all|they|the)(?![\w'])|$)",
    r"a que hora (?:le|les) (?:digo|aviso|decimos|avisamos)",
)
# Its day or hour forgotten: "I can't remember if it was Thursday", "no me acuerdo a qué hora".
FORGOTTEN = words(
    r"(?:can't|cannot|can not|don't|do not|didn't) (?:remember|recall)",
    r"(?:forgot|forget|not sure|unsure) (?:if|when|what|which|whether)",
    r"no (?:me )?(?:acuerdo|recuerdo)",
    # "she didn't write it down", "I lost the confirmation text"
    r"(?:didn't|did not|never|forgot to) (?:write|jot|note|put) (?:it |that )?down",
    r"(?:lost|deleted|misplaced|can't find) (?:the|my|your) (?:confirmation|reminder)",
    r"(?:lost|deleted|misplaced|can't find) (?:the|my|your) (?:text|email|message)(?![\w'])",
    r"no (?:lo |la )?(?:apunte|anote|apunto|anoto)",
    r"se me olvido",
    r"(?:ya )?olvide",
)
# Whether it still holds: "just making sure y'all are still coming", "is the AC guy still on".
# The visit named by its job: "my tune up", "the drain cleaning", "nuestra cita".
_VISIT_JOB = (rf"(?:{_APPT_WORDS}|tune ?up|check ?up|cleaning|inspection|install|installation|"
              r"estimate|repair|service|job)")  # fmt: skip
STILL_ON = words(
    rf"{_VISITOR}(?: [a-z-]+)? (?:is|are|'re) still (?:coming|on|showing up|scheduled|good)",
    # "my tune up is still on for thursday", "is the furnace repair still happening tomorrow"
    rf"(?:my|our|the)(?: [a-z-]+){{0,2}} {_VISIT_JOB} (?:is |'s )?still (?:on|happening|"
    r"scheduled|booked|set|good)",
    r"(?:is|are) (?:the|your|my|our) (?:[a-z-]+ ){0,2}(?:guy|guys|tech\w*|man|crew|plumber|"
    r"electrician|roofer|installer|team) still (?:coming|on|showing up|scheduled)",
    r"(?:sigue|siguen|todavia|aun) (?:en pie|viene|vienen|va a venir|van a venir)",
    # "is someone still coming today?", "are you guys still coming out", and of the one
    # expected, "is he still coming"
    r"(?:is|are) (?:someone|somebody|anyone|anybody|you|y'?all|you guys|you all|they|he|she) "
    r"still (?:coming|showing up|on for)(?! (?:home|back)\b)",
    # "¿sí viene hoy el plomero?", "¿ya vienen los muchachos?": whether the one expected comes
    # (a condition, "si viene el plomero, que revise el lavabo", names no day before him)
    r"(?:si (?:viene|vienen|va a venir|van a venir|llega|llegan|pasa|pasan) (?:hoy|manana|"
    r"ahorita)|ya (?:viene|vienen|va a venir|van a venir|llega|llegan))(?: siempre)? "
    r"(?:ustedes|(?:el|la|los|su|sus) (?:plomero|tecnico|electricista|"
    r"techador|instalador|muchacho|muchachos|senor|trabajador|trabajadores|gente))(?![\w'])",
    # "quería confirmar si siempre viene el técnico", "¿siempre sí vienen mañana?", "para saber
    # si todavía va a venir el plomero": whether the one expected still comes ("siempre" as
    # Mexican Spanish says "still"; a bare condition, "si viene el plomero", is no question)
    r"(?:(?:confirmar|saber|preguntar|checar|verificar) si|si siempre|siempre si) (?:siempre |"
    r"si |todavia |aun )?(?:viene|vienen|va a venir|van a venir|llega|llegan|pasa|pasan)"
    r"(?: (?:hoy|manana))? (?:ustedes|(?:el|la|los|su|sus) (?:plomero|tecnico|electricista|"
    r"techador|instalador|muchacho|muchachos|senor|trabajador|trabajadores|gente))(?![\w'])",
    # "I wanted to make sure it's still on", "just checking we're still good for today"
    r"(?:make sure|making sure|check|checking|confirm|see|know) (?:if |whether |that )?(?:it's|"
    r"its|it is|that's|thats|that is|we're|we are|i'm|im|i am) still (?:on|happening|good|"
    r"scheduled|booked)",
    # Whether it was ever booked: "did I actually get booked for Friday", "am I on the
    # schedule", "I never got a confirmation text", "¿sí quedé agendada?", "no me llegó la
    # confirmación".
    r"(?:did|do) (?:i|we) (?:actually |really |even )?(?:get|got) (?:booked|scheduled|put (?:down|"
    r"in|on the schedule))",
    r"(?:am i|are we) (?:actually |really |even )?(?:booked|scheduled|"
    r"on (?:the|your) (?:schedule|books|calendar))",
    r"(?:did|have) (?:you|y'?all|you guys) (?:actually |really |even )?(?:book|schedule|put) "
    r"(?:me|us)",
    r"never (?:got|received|gotten) (?:a|the|my|any) (?:confirmation|reminder)",
    r"(?:si )?(?:quede|quedamos|quedo mi cita|quedo la cita) (?:agendad[oa]s?|apuntad[oa]s?|"
    r"registrad[oa]s?|confirmad[oa]s?)",
    r"no (?:me|nos) llego (?:la|el|ninguna?) (?:confirmacion|mensaje de confirmacion)",
)


def booked_clause(norm: Normalised) -> tuple[int, int] | None:
    """The character span that states a visit on the books: from its words to the end of its
    clause ("but", "pero", "so", a question) — the days and hours in it are the visit's."""
    m = ON_THE_BOOKS.search(norm.text)
    if m is None:
        return named_visit_span(norm)
    start_token = norm.token_index(m.start())
    end_token = norm.token_index(m.end() - 1) + 1
    while end_token < len(norm.tokens):
        if end_token in norm.breaks or norm.tokens[end_token] in _CLAUSE_ENDS:
            break
        end_token += 1
    start = len(" ".join(norm.tokens[:start_token])) + (1 if start_token else 0)
    end = len(" ".join(norm.tokens[:end_token]))
    return start, end


# A correction also starts another thought here ("tengo cita el martes, mejor el miércoles").
_CLAUSE_ENDS = CLAUSE_ENDS | {"mejor", "actually", "wait", "sorry"}


def without_booked_clause(norm: Normalised) -> Normalised | None:
    """The turn without the clause that states the visit on the books, or None when it has
    none: what is left says the time wanted ("... but can we do Friday after 3"). The visit
    named by its reminder or the time the caller cannot keep, and what is in its way ("kid has
    a tournament tmrw"), go too (`visit_conflict`)."""
    span = booked_clause(norm)
    if span is not None and not visit_said(norm, ON_THE_BOOKS, VISIT_NAMED):
        span = None  # "tengo cita con el doctor": the appointment in the way, not ours
    if span is None and not visit_on_file(norm):
        return None
    merged: list[tuple[int, int]] = []
    for start, end in sorted(([span] if span else []) + unwished_spans(norm)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    # From the last span to the first, so the earlier offsets still hold.
    for start, end in reversed(merged):
        norm = without_span(norm, start, end)
    return norm


def without_span(norm: Normalised, start: int, end: int) -> Normalised:
    first = norm.token_index(start)
    last = norm.token_index(end - 1) + 1 if end > start else first
    gone = last - first
    tokens = norm.tokens[:first] + norm.tokens[last:]
    breaks = {b if b < first else b - gone for b in norm.breaks if not first < b < last}
    # The removed clause ends one: a negation or a range never reaches across it.
    breaks.add(first)
    return replace(
        norm,
        text=" ".join(tokens),
        tokens=tokens,
        breaks=frozenset(b for b in breaks if 0 < b < len(tokens)),
    )


# "Could we do the week after": the week after the visit's, not after this one.
WEEK_AFTER = words(r"(?:the )?week after(?! next)", r"(?:la )?semana (?:siguiente|despues)")


def time_wanted(norm: Normalised, context: Context) -> Extracted[TimeWindow] | None:
    """The time the caller asks for. A visit on the books named in the turn ("I have the
    tune-up Monday, can we do Thursday") has its own day and hour: they are never the wish.
    What the rest of the turn says is; "the week after" is the week after the visit's."""
    rest = without_booked_clause(norm)
    if rest is None:
        return parse_time(norm, context)
    wish = parse_time(rest, context)
    if wish is not None:
        return wish
    booked = parse_time(norm, context)
    if booked is None or not found(WEEK_AFTER, rest):
        return None
    day = booked.value.earliest.date()
    monday = day + timedelta(days=7 - day.weekday())
    tz = ZoneInfo(context.timezone)
    start = datetime.combine(monday, time(0), tzinfo=tz)
    return Extracted(TimeWindow(start, start + timedelta(days=7)), 0.7)
