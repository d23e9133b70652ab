"""The vocabulary of hazards: what callers say about gas, smoke, water, heat and cold, in
English and Spanish, as whole-word patterns over normalised text. The rules that use them
live in `hazards`. Spanish fragments live in `hazard_words_es`, who is vulnerable in
`vulnerable_people`."""

from __future__ import annotations

from switchboard.assistant.understanding import hazard_words_es as es
from switchboard.assistant.understanding.phrases import words

GAS = words(
    r"smell(?:s|ing|ed)? (?:like |of )?(?:natural |propane )?gas",
    r"gas (?:smell|odou?r)",
    r"gas leak(?:s|ing)?",
    r"leak(?:s|ing)? gas",
    r"rotten eggs?",
    r"hiss\w*(?: (?:noise|sound|coming|sounds?))?(?: (?:from|at|near|by|around|on|in))? "
    r"(?:the |my |our )?gas",
    *es.GAS,
)
CO = words(
    r"carbon monoxide(?! (?:detectors?|alarms?|monitors?)\b)",
    r"(?:co|carbon monoxide) "
    r"(?:alarm|detector)s? (?:is |are |keeps? |just )?(?:going off|went off|beeping|sounding)",
    *es.CO,
)
# An alarm or detector sounding, whatever its label says, next to something that burns fuel
# ("the alarm by the furnace closet keeps going off"): carbon monoxide until shown otherwise.
# A chirp is a low battery or an expired unit, never this.
ALARM_SOUNDING = words(
    r"(?:alarm|detector|monitor)s?(?: [\w']+){0,8} (?:is |are |keeps? |just |started )?"
    r"(?:going off|went off|sounding|beeping|blaring|screaming|shrieking)",
    r"(?:co|carbon monoxide|monoxido)(?: [\w']+){0,3} (?:is |keeps? |just )?(?:going off|went off|"
    r"sounding|beeping|blaring|screaming|shrieking|sonando|pitando)",
    *es.ALARM_SOUNDING,
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
    *es.CO_SYMPTOMS,
)
SOUNDING = words(
    r"going off",
    r"went off",
    r"beeping",
    r"blaring",
    r"screaming",
    r"shrieking",
    r"sounding",
    *es.SOUNDING,
)
FUEL_BURNING = words(
    r"furnace",
    r"boiler",
    r"water heater",
    r"(?:gas|space) heater",
    r"fireplace",
    r"(?:the )?heat (?:on|running)",
    *es.FUEL_BURNING,
)
# Signs that a fuel-burning appliance is spilling its exhaust into the home: soot, an exhaust
# smell, fumes rolling out. With someone ill, carbon monoxide; alone, worth one question.
COMBUSTION_SIGNS = words(
    r"soot",
    r"exhaust (?:smell|fumes)",
    r"smells? (?:like|of) (?:car )?exhaust",
    r"fumes",
    r"back ?draft\w*",
    *es.COMBUSTION_SIGNS,
)
# A carbon monoxide detector or alarm named without saying it is going off ("the CO detector
# expired", "install CO alarms"): worth one question, never a page by itself.
CO_MENTION = words(
    r"carbon monoxide",
    r"co (?:alarm|detector|monitor)s?",
    *es.CO_MENTION,
)
ELECTRICAL_FIRE = words(
    r"spark(?:s|ing|ed)?",
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
    r"melted outlet",
    *es.ELECTRICAL_FIRE,
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
    r"power line (?:is )?down",
    *es.SHOCK,
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
    r"(?:spraying|gushing|pouring|shooting|spewing) (?:out )?water",
    r"water all over",
    r"(?:pipe|line)s?(?: [a-z]+){1,4} (?:burst|split|busted|blew)",
    r"water (?:is )?coming (?:in )?(?:through|from) the ceiling",
    r"water(?:'s| is| has)? (?:been )?(?:coming|pouring|leaking|dripping|running|gushing|raining) "
    r"(?:in |down )?"
    r"(?:through|from|out of|down) (?:the |my |our )?(?:\w+ )?(?:ceiling|walls?|roof|light)",
    r"can't (?:turn|shut) (?:off )?the water(?: off)?",
    # Rain or water pouring in now (not "rain coming in tonight").
    r"(?:rain|water)(?:'s| is| are)? (?:still )?(?:pouring|gushing|streaming|dumping|blowing) "
    r"(?:straight |right )?in(?:to|side)?",
    r"(?:rain|water)(?:'s| is| are)? (?:still )?coming (?:straight |right )?in (?:through|onto|on|"
    r"from|all over|everywhere)",
    *es.FLOOD,
)
ELECTRICS_NEAR_WATER = words(
    r"(?:electrical |breaker |fuse )?(?:panel|outlets?|breaker box|fuse box|wiring|wires|"
    r"electrical|plugs?|power strip|extension cords?)",
    *es.ELECTRICS_NEAR_WATER,
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
    *es.HEAT_DAMAGE,
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
    *es.ELECTRICAL_PARTS,
)
WATER_ON_ELECTRICS = words(
    r"water (?:is )?(?:dripping |leaking |pouring |getting )?(?:on|in|into) (?:the |my )?"
    r"(?:electrical )?(?:panel|outlet|light fixture|breaker box|fuse box|light)",
    r"water(?: [a-z']+){0,5} (?:near|close to|up to|reaching|getting to|around) (?:the |my )?"
    r"(?:electrical )?(?:panel|outlets?|breaker box|fuse box|wiring|wires)",
    *es.WATER_ON_ELECTRICS,
)
SEWAGE = words(
    r"sewage",
    r"sewer (?:is )?(?:backup|backing up|backed up)",
    r"sewer line backup",
    r"(?:toilets|drains|everything) (?:are |is )?(?:backing up|backed up)",
    r"coming up (?:through|from|out of) (?:the )?(?:floor |basement |shower |tub )?drain",
    *es.SEWAGE,
)
NO_HEAT = words(
    r"no heat",
    r"no (?:furnace|heater|boiler|heating)",
    r"(?:heat|heater|heating|furnace|boiler|heat pump)s? (?:is |has |just )?"
    r"(?:not working|isn't working|went out|is out|out|broken|broke|died|quit|down|stopped "
    r"working|won't (?:turn on|come on|start|kick on))",
    r"(?:heat|furnace) (?:won't|doesn't|isn't) (?:work|turn on|come on)",
    r"(?:radiators?|baseboards?|vents?|registers?) (?:are |is )?(?:ice |stone |dead |completely )?"
    r"cold",
    r"(?:furnace|heater|heat|heat pump|vents?) (?:is |are |keeps? )?blowing cold(?: air)?",
    *es.NO_HEAT,
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
    *es.FREEZING,
)
NO_AC = words(
    r"no (?:ac|air|air conditioning|cooling)",
    r"(?:ac|air conditioner|air conditioning|central air|air|cooling|unit|condenser|heat pump|"
    r"mini ?split)s? (?:is |has |just |been |still |only |keeps |now ){0,3}"
    r"(?:not working|isn't working|went out|is out|broken|broke|died|quit|down|stopped "
    r"working|blowing (?:hot|warm)(?: air)?|won't (?:turn on|cool|come on)|not cooling|"
    r"isn't cooling|doesn't cool|stopped cooling|not blowing cold|quit cooling|gave out|"
    r"conked out)",
    *es.NO_AC,
)
EXTREME_HEAT = words(
    r"heat wave",
    r"extreme heat",
    r"(?:9[5-9]|1[0-2][0-9]) degrees",
    r"(?:it's|its|it is) (?:9[5-9]|1[0-2][0-9])(?! (?:am|pm))",
    r"(?:8[5-9]|9\d|1[0-2]\d)(?: degrees)? (?:in|inside) (?:the |my |our )?"
    r"(?:house|home|apartment|place|here)",
    r"(?:8[5-9]|9\d|1[0-2]\d)(?: degrees)? inside",
    r"(?:so|very|really|"
    r"extremely) hot",
    r"sweltering",
    r"boiling in here",
    *es.EXTREME_HEAT,
)
ROOF = words(
    r"roof (?:caved|collapsed|came down|blew off|is caving)",
    r"tree (?:fell )?(?:on|through) "
    r"(?:the |my |our )?(?:roof|house)",
    r"hole in (?:the |my |our )?roof",
    r"(?:see|seeing|can see) (?:the )?(?:daylight|sunlight|sky|light) (?:through|in) "
    r"(?:the |my |our )?(?:roof|attic|ceiling|decking|boards)",
    r"tarp (?:just )?(?:blew|flew|came|ripped|tore|got torn) (?:off|away)",
    r"(?:rain|water) (?:is )?pouring (?:in )?through (?:the |my )?(?:roof|ceiling)",
    *es.ROOF,
)
# Water that has stopped is no longer an emergency ("it was flooding yesterday but it's not
# leaking anymore"); gas, smoke and sparks are never talked down this way.
RESOLVED = words(r"(?:not|isn't|no longer) (?:leaking|flooding|dripping|backing up|coming in)"
                 r"(?: anymore| any more)?", r"(?:it|the leak|the water|it's) (?:has )?stopped",
                 r"under control", r"already fixed",
                 r"nothing(?:'s| is)? (?:leaking|flooding|dripping|backing up|coming in) "
                 r"(?:right now|now|at the moment)",
                 *es.RESOLVED)  # fmt: skip
# "emergency call fees" is a question about a kind of service, not a declaration.
EMERGENCY_WORDS = words(
    r"emergency(?! (?:call|calls|service|services|rates?|fees?|charges?|pricing|prices?|line|"
    r"number|hours|availability))",
    r"urgent(?:e)?",
    r"urgently",
    r"911",
    *es.EMERGENCY_WORDS,
)
CALM_WORDS = words(
    r"no rush",
    r"no hurry",
    r"not in a hurry",
    r"whenever is fine",
    r"can wait",
    *es.CALM_WORDS,
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
    r"(?:fixed|repaired|took care of|shut off) (?:it|that|the leak)",
    r"(?:came|come) (?:out )?and fixed",
    r"previously",
    # A story of someone else's absence ("their pipes burst while they were gone"); ours
    # ("while we were away") is often how a caller comes home to a flood now.
    r"while (?:they|he|she) (?:were|was) (?:gone|away|out of town|on vacation|traveling|"
    r"travelling)",
    r"once before",
    *es.PAST_SCOPE,
)
PREVENTIVE_SCOPE = words(
    r"before it (?:\w+ )?(?:floods?|bursts?|freezes?|leaks?|happens|gets worse)",
    r"so (?:we|it|that|they|i) (?:never|don't|doesn't|won't|can't|do not|does not)",
    r"never (?:\w+ ){0,4}again",
    r"in case",
    r"prevent\w*",
    r"to avoid",
    r"if (?:it|there|we) ever",
    # Ready for someone coming to live there ("before she moves in"). Not "before I leave for
    # work": that is when the visit is wanted, whatever is happening now.
    r"before (?:she|he|they|the \w+|my \w+|our \w+) (?:gets? here|arrives?|moves? in)",
    *es.PREVENTIVE_SCOPE,
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
    *es.HYPOTHETICAL_SCOPE,
)
# A day asked for the visit ("can you come next monday", "is next week ok") is a scheduling
# wish, not the time of the hazard: it is left out before the scope is judged.
VISIT_WISH = words(
    r"(?:come|come out|be here|be out|stop by|visit|schedule|book|available|send someone|is|are)"
    r"(?: \w+)? next \w+",
    r"next \w+ (?:works?|is fine|is ok|is okay|would be|would work)",
    *es.VISIT_WISH,
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
    *es.ROUTINE_SCOPE,
)
# The caller says nothing is happening now ("nothing's wrong right now", "todo está bien").
ALL_CLEAR = words(
    r"nothing(?:'s| is)? (?:wrong|happening|going on)(?: with (?:it|them|the \w+))? (?:right )?now",
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
    *es.ALL_CLEAR,
)
# Said in the present, a flood or fire is happening whatever came before it ("we had a pipe
# burst and water is everywhere"); it outweighs a past marker, never prevention or a routine.
PRESENT_HAZARD = words(
    r"(?:water|it|sewage)(?:'s| is| are)? (?:still )?(?:everywhere|pouring|gushing|spraying|"
    r"rushing|shooting|spreading|rising|backing up|coming in|coming up|bubbling up)",
    r"(?:is|are|it's) (?:still )?(?:smoking|sparking|on fire)",
    r"(?:it's|is|keeps) getting (?:worse|bigger|deeper)",
    r"(?:is|are|it's) (?:still )?(?:flooding|overflowing|backing up)",
    *es.PRESENT_HAZARD,
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
    *es.VISIT_QUESTION,
)
# "Again", "now", "right now" keep a mention current whatever else the turn says of the past.
NOW_SCOPE = words(
    r"right now",
    r"now",
    r"currently",
    r"still",
    r"as we speak",
    *es.NOW_SCOPE,
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
    r"plugged in",
    *es.ELECTRIC_THINGS,
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
        r"(?:already|now) (?:over|up to|past|in|into|on|reached|reaching)",
        r"(?:don't|do not|can't|cannot|couldn't) (?:know where|find) (?:the |our )?(?:main )?"
        r"(?:water )?(?:shut ?off|valve)",
        r"(?:don't|do not|can't|cannot|couldn't) (?:know )?(?:where|how) to (?:turn|shut) "
        r"(?:it|the water|that)(?: off)?",
        r"(?:can't|cannot|couldn't) (?:get|make) it (?:to )?stop",
        *es.CONFIRMS["water"],
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
        *es.CONFIRMS["heat"],
    ),
    "gas": words(r"smell\w*", r"stinks?", r"odou?r", *es.CONFIRMS["gas"]),
    "co": words(
        r"dizzy",
        r"headaches?",
        r"nause\w+",
        r"sick",
        r"throw\w* up",
        r"going off",
        r"beeping",
        *es.CONFIRMS["co"],
    ),
    "shock": words(
        r"shock\w*",
        r"zap\w*",
        r"spark\w*",
        r"live",
        r"exposed",
        r"down",
        r"tingl\w*",
        r"numb",
        *es.CONFIRMS["shock"],
    ),
}
