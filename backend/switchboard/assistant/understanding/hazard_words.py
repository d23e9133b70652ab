"""The vocabulary of hazards: what callers say about gas, smoke, water, heat and cold, in
English and Spanish, as whole-word patterns over normalised text. The rules that use them
live in `hazards`, the words that say a hazard is not happening now in `hazard_scope_words`.
Spanish fragments live in `hazard_words_es`, who is vulnerable in `vulnerable_people`."""

from __future__ import annotations

from switchboard.assistant.understanding import exhaust
from switchboard.assistant.understanding import hazard_plain_words as plain
from switchboard.assistant.understanding import hazard_words_es as es
from switchboard.assistant.understanding import live_lines_and_fixtures as fittings
from switchboard.assistant.understanding import scorched_parts as scorched
from switchboard.assistant.understanding import storm_openings as storm
from switchboard.assistant.understanding import water_put_right as put_right
from switchboard.assistant.understanding import water_rising as rising
from switchboard.assistant.understanding.phrases import words

# How strongly it smells, said between the smell and the gas ("smells really strong of gas",
# "reeks of propane"); never a place ("a smell near the gas stove" is not said to be gas).
_HOW_STRONG = (
    r"(?:(?:really|very|so|super|pretty|kind of|kinda|a little|a bit|slightly|strongly|strong|"
    r"bad|badly|heavily|faintly|like) ){0,3}"
)
GAS = words(
    rf"(?:smell|reek|stink|odou?r)(?:s|ing|ed)? {_HOW_STRONG}(?:like |of )?(?:natural |propane )?"
    r"(?:gas|propane)(?! (?:station|can|mileage|prices?|bill))",
    r"gas (?:smell|odou?r)",
    r"gas leak(?:s|ing)?",
    r"leak(?:s|ing)? gas",
    r"rotten eggs?",
    r"hiss\w*(?: (?:noise|sound|coming|sounds?))?(?: (?:from|at|near|by|around|on|in))? "
    r"(?:the |my |our )?gas",
    *es.GAS,
)
CO = words(
    # The device however named ("the carbon monoxide thing in the hallway"): sounding or
    # reading a number, below, not by its name alone.
    r"carbon monoxide(?! (?:detectors?|alarms?|monitors?|things?|sensors?|units?|boxe?s?|"
    r"devices?|readers?|plug ?ins?)\b)",
    r"(?:co|carbon monoxide) "
    r"(?:alarm|detector)s? (?:is |are |keeps? |just )?(?:going off|went off|beeping|sounding)",
    # Its place, or its reading, said in between ("our CO detector in the hall outside the
    # bedrooms is showing 112 and beeping").
    r"(?:co|carbon monoxide) (?:alarm|detector|monitor|thing|sensor|unit|box|device|plug ?in)s?"
    r"(?: [\w']+){0,10} (?:is |are |keeps? |"
    r"just |started )?(?:going off|went off|beeping|sounding|blaring|screaming|shrieking|"
    r"(?:showing|reading|says|saying|at) \d+)",
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
SMOKE_ALARM = words(
    r"smoke (?:alarm|detector)s?",
    r"(?:alarma|detector)(?:es)? de humo",
)
# Poisoning symptoms in the household: with something sounding, carbon monoxide.
CO_SYMPTOMS = words(
    r"dizzy",
    r"light ?headed",
    r"headaches?",
    r"nause\w+",
    r"(?:throw\w*|threw) up",
    r"vomit\w*",
    r"passed out",
    *es.CO_SYMPTOMS,
)
# The illness shared by the household ("me, my wife and my son all woke up dizzy", "todos
# tenemos dolor de cabeza"): next to something that burns fuel, the sign of carbon monoxide a
# dispatcher acts on without an alarm. A pet alone is not it (the dog throwing up is the dog).
SHARED_ILLNESS = words(  # "me, my wife and my son all", "5 of us have", "todos tenemos"
    r"(?:we|they|we've|we're|they've|they're) (?:all|both)",
    r"all (?:of us|of them|three of us|four of us|woke up|have|got|feel|felt)",
    r"(?:\d+|two|three|four|five|six|seven|eight|several|most|half|a few|a couple|both) of "
    r"(?:us|them) (?:have|has|had|got|are|were|feel|felt|woke|been|is)",
    r"(?:both|all) (?:of )?(?:the kids|my kids|the children|us)",
    r"every ?(?:one|body)(?: in the (?:house|home|family|apartment))?"
    r" (?:has|have|is|are|got|gets|get|getting|feels?|woke)",
    r"(?:whole|entire) (?:family|household|house)",
    r"me and my (?:wife|husband|son|daughter|kids?|partner|roommate|mom|dad)",
    r"my (?:wife|husband|partner) and (?:i|me|my)",
    r"todos (?:tenemos|estamos|nos|amanecimos|andamos|sentimos|tienen|estan)",
    r"(?:toda la familia|los dos|las dos|mi esposa y yo|mi esposo y yo|yo y mi \w+)",
    r"(?:los|mis) (?:ninos|hijos|ninas)",
    r"(?:\d+|dos|tres|cuatro|cinco|seis|varios|varias|casi todos|la mitad) (?:de nosotros )?"
    r"(?:tenemos|estamos|amanecimos|nos sentimos)",
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
    *exhaust.EXHAUST_SMELL,
    r"fumes",
    r"back ?draft\w*",
    # The flue or vent pipe come apart from the appliance or the chimney: its exhaust goes
    # into the house.
    r"(?:flue|vent pipe|exhaust pipe|chimney pipe|vent|flue pipe|pipe(?: [\w']+){0,12} "
    r"(?:chimney|flue))(?: [\w']+){0,4} (?:is |are |has |came |come |got )?(?:hanging loose|"
    r"loose|disconnected|not connected|came (?:off|apart|loose|down)|fell (?:off|down|apart)|"
    r"hanging|detached|separated|pulled (?:off|apart|out))",
    *es.COMBUSTION_SIGNS,
)
# A carbon monoxide detector or alarm named without saying it is going off ("the CO detector
# expired", "install CO alarms"): worth one question, never a page by itself.
CO_MENTION = words(
    r"carbon monoxide",
    r"co (?:alarm|detector|monitor)s?",
    *es.CO_MENTION,
)
_NOT_COOKING = (
    r"(?!(?: [\w']+){0,6} (?:toast|food|popcorn|coffee|cookies|pizza|dinner|lunch|breakfast|"
    r"rice|cooking|cooked|pan|pot|bacon|grill(?:ing)?))"
)
ELECTRICAL_FIRE = words(
    r"spark(?:s|ing|ed)?",
    r"burning (?:electrical |electric |plastic |rubber )?(?:smell|plastic|wire)",
    # Wiring's smell, burnt rather than burning ("smells like burnt wires, not dust").
    r"smell(?:s|ing)? (?:like |of )?(?:burnt|burned|melted|melting|hot) (?:wires?|wiring|"
    r"insulation|electrical)",
    r"(?:burnt|burned|melted|melting) (?:wire|wiring|insulation) (?:smell|odou?r|stink)",
    r"(?:electrical|electric) burning smell",
    r"smell(?:s|ing)? (?:like )?(?:something(?:'s| is)? )?burning",
    # Burnt rather than burning, of the house or a machine, not of the cooking.
    rf"(?:burnt|burned|scorched) (?:smell|odou?r){_NOT_COOKING}",
    # Said in the present: "it smelled kind of burnt for a minute, then went away" is gone.
    r"(?:smells|smelling|stinks) (?:really |very |kind of |kinda |a bit |a little |so )?"
    rf"(?:burnt|burned|scorched){_NOT_COOKING}",
    r"electrical fire",
    r"(?:outlet|panel|breaker|switch|wire|wires|plug|socket)s? (?:is |are )?"
    r"(?:smoking|melting|melted|burning|scorched|hot to the touch)",
    r"smoke (?:is |keeps |started |just started )?(?:coming|pouring|rolling|seeping|billowing|"
    r"curling|leaking) (?:out )?"
    r"(?:of|from|under|through|around|behind)",
    r"smoke (?:is |keeps |started |just started )?(?:coming|pouring|rolling|seeping|billowing|"
    r"curling|leaking) out(?: the| of the| from the)?(?! (?:\w+ )?(?:chimney|flue|stack|"
    r"exhaust|tailpipe|vent pipe|fireplace|grill|smoker))",
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
    # The current felt as a jolt or a zap ("got a jolt plugging in the lights").
    r"(?:got|get|gets|getting|took|felt|feel|feeling) (?:a |an )?(?:little |small |big |bad |"
    r"real |nasty |good |quick |sharp )?(?:jolt|zap|shock)s?(?! (?:of|from) (?:caffeine|energy|"
    r"coffee|the bill))",
    r"(?:got|get|getting|been|was|were|just) (?:bad(?:ly)? )?(?:zapped|electrocuted|jolted)",
    r"(?:shocked|zapped|electrocuted) (?:me|him|her|them|us|my \w+)",
    r"electrocut(?:ed|ing|ion)",
    r"power line (?:is )?down",
    *fittings.TORN_DOWN,
    *plain.SHOCK,
    *es.SHOCK,
)
FLOOD = words(
    r"burst(?:ed)? (?:water )?(?:pipe|line)s?",
    r"(?:pipe|line|water heater|tank)s? "
    r"(?:has |have |just )?(?:burst|busted|exploded|split|blew)",
    # A water heater emptying itself onto the floor.
    r"water heater(?:'s| is)? (?:\w+ )?(?:emptying|dumping) (?:itself |out |all |its water |"
    r"water )?(?:out|onto|on|all over|everywhere|across|into)",
    r"busted pipe",
    r"flood(?:ing|ed|s)?(?! ?lights?)",
    # "water's spraying", also typed without its apostrophe ("waters spraying out everywhere").
    r"water(?:'s|s)? (?:is )?(?:just |still |literally |now |really )?(?:everywhere|pouring|"
    r"gushing|spraying|rushing|shooting|spewing|"
    r"streaming|cascading|jetting)",
    r"(?:spraying|gushing|pouring|shooting|spewing) (?:out )?water",
    r"water all over",
    r"(?:pipe|line)s?(?: [a-z]+){1,4} (?:burst|split|busted|blew)",
    r"water (?:is )?coming (?:in )?(?:through|from) the ceiling",
    r"water(?:'s| is| has)? (?:been )?(?:coming|pouring|leaking|dripping|running|gushing|raining) "
    r"(?:in |down )?"
    r"(?:through|from|out of|down) (?:the |my |our )?(?:\w+ )?(?:ceiling|walls?|roof|light)",
    r"can't (?:turn|shut) (?:off )?the water(?: off)?",
    # A water heater's relief valve blowing steam or boiling water: the tank is overheating
    # and the water escaping scalds. A drip of warm water from it is a repair.
    r"(?:relief|pressure|t ?(?:and|&|n) ?p|pop ?off|safety) valve(?: [\w']+){0,6} (?:is |keeps |"
    r"started )?(?:spewing|spraying|shooting|blowing|pouring|gushing|spitting|discharging|dumping|"
    r"blasting|hissing)(?: out)? (?:(?:\w+ ){0,2}(?:steam|boiling|scalding)|steam)",
    # Rain or water pouring in now (not "rain coming in tonight").
    r"(?:rain|water)(?:'s| is| are)? (?:still |just |now |really )?(?:pouring|gushing|streaming|"
    r"dumping|blowing) (?:straight |right )?in(?:to|side)?",
    # Like a waterfall or a river, down a wall or through a window.
    r"(?:like )?an? (?:waterfall|river) (?:is )?(?:coming|pouring|running|flowing|rushing|going) "
    r"(?:down|through|in|into|across|over) (?:the |my |our )?(?:\w+ )?(?:wall|walls|stairs|"
    r"ceiling|window|windows|floor|room|hallway|basement|kitchen)",
    r"(?:rain|water)(?:'s| is| are)? (?:still )?coming (?:straight |right )?in (?:through|onto|on|"
    r"from|all over|everywhere)",
    *rising.FLOOD,
    *es.FLOOD,
    *plain.FLOOD_ES,
)
# How deep the water stands: a flood on a floor, but a clog in a shower or tub that holds it.
WATER_DEPTH = words(
    r"(?:over|up to|past) (?:my|our|the|his|her) (?:ankles|knees|shins)",
    r"(?:ankle|knee|shin)[ -]deep",
    # Inches of it on a floor ("it's maybe 2 inches on the floor already"), not a 2 inch crack.
    r"(?<!of )(?:\d+|a few|a couple(?: of)?|several|an?|half an?) inch(?:es)?"
    r"(?: of (?:standing )?water)?"
    r"(?: deep)? (?:on|across|covering|all over|in) (?:the |my |our )?(?:\w+ )?(?:floor|floors|"
    r"basement|carpet|garage|crawl ?space)",
    *es.WATER_DEPTH,
)
# Water held by the fixture it stands in, because its drain is slow or stopped ("the shower
# drains so slowly the water's over my ankles"); `SPILLING_OVER` says it has left it.
HELD_IN_FIXTURE = words(
    # Its room said in between ("the shower drain in the kids bathroom is super slow").
    r"(?:shower|tub|bathtub|sink|basin|drain)s?(?: drain)?(?: (?:in|on) (?:the|our|my)"
    r"(?: [\w']+){1,3})? (?:is |are |has been |keeps |gets )?"
    r"(?:super |really |real |very |so |pretty |extremely |too )?(?:slow|clogged|backed up|"
    r"stopped up|plugged|not draining|won't drain|doesn't drain|barely drains?|"
    r"draining slow(?:ly)?|drains? slow(?:ly)?|takes forever)",
    r"(?:slow|clogged|stopped up|plugged)(?: up)? (?:shower|tub|bathtub|sink|drain)",
    r"(?:stand|standing|stands) in (?:the )?(?:shower|tub|bathtub)",
    *es.HELD_IN_FIXTURE,
)
SPILLING_OVER = words(
    r"overflow\w*",
    r"spill\w*",
    r"over the (?:top|edge|side|rim|lip)",
    r"(?:onto|on|across|all over) the (?:\w+ )?(?:floor|carpet|rug|hallway)",
    r"out of the (?:shower|tub|bathtub|sink)",
    *es.SPILLING_OVER,
)
ELECTRICS_NEAR_WATER = words(
    r"(?:electrical |breaker |fuse )?(?:panel|outlets?|breaker box|fuse box|wiring|wires|"
    r"electrical|plugs?|power strips?|extension cords?|cords|surge protectors?)",
    *es.ELECTRICS_NEAR_WATER,
)
HEAT_DAMAGE = words(
    r"smoking",
    scorched.not_thawing(r"melt(?:ed|ing)"),
    r"scorch\w*",
    r"charred",
    r"blackened",
    r"hot to the touch",
    r"buzzing and hot",
    r"glowing",
    r"arcing",
    *scorched.HEAT_DAMAGE,
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
_DRIPPING = r"dripping|leaking|pouring|streaming|trickling|raining"
WATER_ON_ELECTRICS = words(
    *fittings.THROUGH_A_FITTING,
    r"water (?:is )?(?:dripping |leaking |pouring |getting )?(?:on|in|into) (?:the |my )?"
    r"(?:electrical )?(?:panel|outlet|light fixture|breaker box|fuse box|light)",
    r"water(?: [a-z']+){0,5} (?:near|close to|up to|reaching|getting to|around) (?:the |my )?"
    r"(?:electrical )?(?:panel|outlets?|breaker box|fuse box|wiring|wires)",
    # The water's path told first, then where it ends up ("water coming out the bottom of the
    # unit and running down the wall right into the breaker box"): the water, what it does,
    # where it goes. "A leak under the sink, and the breaker in the panel trips" has no path;
    # nor has "plugged into the outlet by the water softener".
    r"(?:water|rain|leak|leaking|dripping)(?! (?:heater|softener|filter|line|meter|bill|"
    r"pressure|main|tank|pump))(?: [\w']+){0,8}? (?:running|dripping|pouring|coming|getting|"
    r"seeping|leaking|flowing|spreading|creeping|pooling|trickling|splashing|streaming|"
    r"draining|going|gets|got|runs|drips|pours|comes|goes|went|ran|came|dripped)"
    r"(?: [\w']+){0,4} (?:into|onto|on|in|inside|over|behind|by|near|next to|toward|towards|"
    r"reaching|around) (?:the |my |our |his |her |their |a )?"
    r"(?:electrical |breaker |fuse |junction )?(?:panel|outlets?|breaker box|fuse box|"
    r"junction box|wiring|light fixture|light switch|power strips?|electric meter|extension "
    r"cords?|cords|plugs|surge protectors?)",
    # Where something is plugged in ("it's getting to where the power strip for the freezer is
    # plugged in on the floor"), the water named or not.
    r"(?:water|water's|waters|it|it's|its|rain)(?: [\w']+){0,3} (?:getting|gets|got|coming|"
    r"reaching|reached|"
    r"creeping|spreading|running|going|up) (?:close |right )?(?:(?:to|toward|towards|near|into|"
    r"under) )?where (?:the|my|our|his|her|their|all) (?:[\w']+ ){0,7}(?:is|are) plugged in",
    # Reached as far as an appliance and its cords ("it's reached the dryer and the extension
    # cords", "water's all around the freezer plug").
    r"(?:water|water's|waters|it|it's|its)(?: [\w']+){0,3} (?:reached|reaching|reaches|got to|"
    r"gotten to|getting to|gets to|all around|around|under) (?:the |my |our |all the )?"
    r"(?:[\w']+ ){0,3}(?:and )?(?:the |my |our |all the )?(?:extension cords?|power cords?|"
    r"cords|plugs?|power strips?|surge protectors?)",
    r"(?:water|water's|waters|rain)(?: [\w']+){0,3} (?:getting|reaching|reached|creeping|"
    r"spreading|up) (?:close "
    r"|right )?(?:to |toward |towards |near |under )?(?:the |my |our |all the )?(?:extension "
    r"cords?|cords|plugs|power strips?|surge protectors?)",
    # Water coming out through a fitting in the ceiling or wall ("it's dripping right out of
    # the light fixture"); "it" only for a liquid's verb ("it's coming from the outlet" may be a
    # buzz).
    rf"(?:(?:water|rain)(?: [\w']+){{0,3}} (?:is |'s )?(?:coming|running|{_DRIPPING})|"
    rf"(?:it|it's|its|it is)(?: still| right| now| just){{0,2}} (?:{_DRIPPING})) (?:right |"
    r"straight )?(?:out of|through|from|around) (?:the |a |our |my )?(?:\w+ )?(?:light fixture|"
    r"light|lamp|light switch|outlet|ceiling fan|can light|recessed light|smoke detector)s?",
    # The panel told by what is in it ("water dripping into the gray metal box in our basement,
    # the one with all the little switches in it").
    r"(?:water|rain|leak\w*|dripping)(?: [\w']+){0,6} (?:into|in|onto|on|inside) (?:the |a |that "
    r"|this |our |my )?(?:[\w']+ ){0,3}box(?: [\w']+){0,8} (?:with|has|full of) (?:all |a bunch "
    r"of |lots of )?(?:the |those |these )?(?:little |small |tiny |black |white )?(?:switches|"
    r"breakers|fuses)",
    *rising.WATER_ON_ELECTRICS,
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
ROOF = words(
    r"roof (?:caved|collapsed|came down|blew off|is caving)",
    r"tree (?:fell )?(?:on|through) "
    r"(?:the |my |our )?(?:roof|house)",
    r"hole in (?:the |my |our )?roof",
    r"(?:see|seeing|can see) (?:the )?(?:daylight|sunlight|sky|light) (?:through|in) "
    r"(?:the |my |our )?(?:roof|attic|ceiling|decking|boards)",
    r"tarp (?:just )?(?:blew|flew|came|ripped|tore|got torn) (?:off|away)",
    r"(?:rain|water) (?:is )?pouring (?:in )?through (?:the |my )?(?:roof|ceiling)",
    *storm.TREE_THROUGH,
    *es.ROOF,
)
# Water that has stopped is no longer an emergency ("it was flooding yesterday but it's not
# leaking anymore"); gas, smoke and sparks are never talked down this way.
RESOLVED = words(r"(?:not|isn't|no longer) (?:leaking|flooding|dripping|backing up|coming in)"
                 r"(?: anymore| any more)?", r"(?:it|the leak|the water|it's) (?:has )?stopped",
                 r"under control", r"already fixed",
                 r"nothing(?:'s| is)? (?:leaking|flooding|dripping|backing up|coming in) "
                 r"(?:right now|now|at the moment)",
                 *es.RESOLVED, *put_right.FIXED_SINCE)  # fmt: skip
# "emergency call fees" is a question about a kind of service, not a declaration.
EMERGENCY_WORDS = words(
    # Not a mode or a fitting named "emergency" ("the thermostat says emergency heat", "the
    # emergency light on the unit"): a label, not the caller's judgement.
    r"emergency(?! (?:call|calls|service|services|rates?|fees?|charges?|pricing|prices?|line|"
    r"number|hours|availability|heat|heating|mode|setting|light|lights|exit|brake|switch|"
    r"shut ?off|disconnect|generator|backup|kit|fund|room|contact|contacts))",
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
    r"cords",
    r"plugs",
    r"surge protectors?",
    *es.ELECTRIC_THINGS,
)
# What confirms each hazard when the caller answers its triage question in words.
# Whoever cannot find the shutoff ("she doesn't know where the shutoff is"): water still going.
_UNABLE = r"(?:don't|do not|doesn't|does not|can't|cannot|couldn't)"
CONFIRMS = {
    "water": words(
        r"still (?:\w+ )?(?:coming|going|leaking|dripping|pouring|running|spreading|backing|"
        r"rising|raining|gushing|spraying|bubbling|flowing|spewing|shooting|overflowing|filling)",
        # Gone past where it started ("the water is out in the hallway now").
        r"(?:out|spread|spreading|all over|into|reached|reaching|getting) (?:in |into |to |across "
        r"|onto )?(?:the|our|my|his|her) \w+(?: \w+)? now",
        r"(?:getting|gets) (?:worse|bigger|deeper|higher)",
        r"won't stop",
        r"(?:coming|pouring|dripping|spreading|rising|gushing|flowing) (?:in|now|fast|everywhere)",
        r"right now",
        r"(?:already|now) (?:over|up to|past|in|into|on|reached|reaching)",
        rf"{_UNABLE} (?:know where|find) (?:the |our |a )?(?:main )?(?:water )?(?:shut ?off|valve)",
        rf"{_UNABLE} (?:know )?(?:where|how) to (?:turn|shut) "
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
        *exhaust.EXHAUST_SMELL,
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
