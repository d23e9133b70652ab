"""Hazards told by their signs: what the caller sees, hears, smells and feels, when they name
no hazard at all. A dispatcher recognises sewage from dark, foul water rising in a tub by
itself, a live fixture from a tap that tingles to the touch, a burst pipe from water running
across a floor, a house without heat from ice indoors. Each sign is two parts said close
together (the thing, and what it does), so neither word alone is ever a hazard: "dirty
water" sitting in a slow sink, or a "buzz" from a panel nobody touched, stays routine.

English here; the Spanish vocabulary is kept in `hazard_words_es`, used by the rules of `hazards`,
and with the English in the topic modules drawn on here (`storm_openings`, `cold_in_numbers`).
"""

from __future__ import annotations

from switchboard.assistant.understanding import cold_in_numbers as cold
from switchboard.assistant.understanding import hazard_words_es as es
from switchboard.assistant.understanding import storm_openings as storm
from switchboard.assistant.understanding.phrases import words

NEAR = 10  # words between the two parts of a sign


def near(first: str, second: str, gap: int = NEAR) -> str:
    """Either part first, at most `gap` words apart."""
    return (
        rf"(?:{first})(?: [\w']+){{0,{gap}}} (?:{second})"
        rf"|(?:{second})(?: [\w']+){{0,{gap}}} (?:{first})"
    )


# --- Sewage: water that is foul by its smell or what floats in it, rising where it drains.
_FOUL = (
    r"(?:stinky|smelly|stinking|foul|reeking|nasty smelling|rank|putrid|poopy|filthy|brown|black|"
    r"murky) (?:\w+ )?water"
    r"|water (?:that |which )?(?:smells|stinks|reeks)"
    r"|(?:with|w /|w/|full of) (?:bits|chunks|pieces|toilet paper|poop|waste|crap|stuff floating)"
    r"|(?:smells?|smelling|stinks?|reeks?) (?:like |of )?(?:an? )?(?:sewer|sewage|septic|poop|"
    r"toilet|outhouse|porta ?potty)"
    r"|(?:toilet paper|poop|feces|human waste) (?:in|floating)"
)
_RISING = (
    r"(?:coming|comes|came|backing|backs|backed|bubbling|bubbles|bubbled|welling|wells|welled|"
    r"gurgling|gurgles|pushing|pushes|pushed|filling|filled|fills|boiling) (?:back )?up"
    r"|fill(?:s|ed|ing)? (?:up )?with"
    r"|rising|rose|overflow(?:s|ed|ing)?|spill(?:s|ed|ing)? (?:out|over|onto)"
)
SEWAGE_SIGNS = words(
    near(_FOUL, _RISING),
    near("|".join(es.SEWAGE_FOUL), "|".join(es.SEWAGE_RISING)),
)
# Water from the supply side: clean water under pressure, never sewage, unless the caller
# speaks of a drain, a toilet, dirt or a smell (`DIRTY_WATER`).
CLEAN_WATER_SOURCES = words(
    r"dishwasher",
    r"water heater",
    r"supply (?:line|hose|pipe)s?",
    r"ice ?maker",
    r"(?:fridge|refrigerator)",
    r"faucet",
    r"spigot",
    r"hose ?bib",
    r"(?:water )?(?:main|meter)",
    r"(?:front |back )?(?:yard|lawn|curb|sidewalk)",
    r"lavavajillas",
    r"calentador",
    r"refri(?:gerador)?",
    r"medidor",
)
DIRTY_WATER = words(
    r"drains?",
    r"toilets?",
    r"sewers?",
    r"sewage",
    r"septic",
    r"clean ?out",
    r"dirty",
    r"foul",
    r"brown",
    r"black",
    r"gr[ae]y water",
    r"smell\w*",
    r"stink\w*",
    r"poop\w*",
    r"backing up|backed up",
    r"coladeras?",
    r"drenajes?",
    r"registro",
    r"inodoros?",
    r"taza",
    r"excusado|escusado",
    r"sucia",
    r"negra",
    r"olor",
    r"apest\w+",
)

# --- A live fixture: a tingle, buzz, bite or jolt felt when touching something.
# A buzz is a feeling only when felt ("felt a buzz"): a dimmer that buzzes is a noise.
_WHOM = r"(?:me|her|him|them|us|you|my \w+|our \w+)"
_FELT = (
    r"tingl(?:e|es|ed|ing|y)|zap(?:s|ped|ping)?|jolt(?:s|ed|ing)?|shock(?:s|ed|ing)?"
    r"|(?:felt|feel|feels|feeling|get|got|gets|getting) (?:a |this |that )?(?:little |small |"
    r"slight |weird |strong )?(?:buzz|buzzing|vibration|current|charge)"
    rf"|(?:buzz(?:es|ed)?|it (?:bit|bites)) {_WHOM}"
)
_TOUCHING = r"touch(?:es|ed|ing)?|grab(?:s|bed|bing)?|holding|held|hold|brush(?:ed)? against"
_LIVE_THING = (
    r"faucet|tap|sink|tub|bathtub|shower|pipes?|stove|oven|range|fridge|refrigerator|freezer|"
    r"washer|dryer|dishwasher|microwave|appliance|light switch|switch|outlet|plug|fixture|lamp|"
    r"fence|railing|rail|metal|panel|breaker box|cord|hot tub|pool|spa|handle|"
    r"mailbox|gutter|ladder|(?:ac|outside|outdoor|condensing) unit|condenser|hose"
)
# Thrown by the current: "it knocked him on his butt", "threw me back off the ladder".
_THROWN = (
    rf"(?:knocked|knocks|threw|throws|thrown|blew|blown|sent|sending) {_WHOM}"
    r"(?: [\w']+)? (?:down|back|backwards|off|across|flying|on (?:my|his|her|their|your) "
    r"(?:butt|back|ass|rear|behind))"
)
SHOCK_SIGNS = words(near(_FELT, _TOUCHING, 10), near(_FELT, _THROWN, 14))
LIVE_THINGS = words(_LIVE_THING)

# --- Water escaping now: moving across floors, out of walls, standing inches deep.
# Rain is water too once it is inside ("the rain is coming straight into the kitchen").
_SPREAD = (
    r"(?:water|rain|rainwater)(?: [\w']+){0,3} (?:is |are |keeps |it's |started |starting )?"
    r"(?:spreading|running|"
    r"flowing|pouring|coming|gushing|creeping|rushing|streaming|spilling|pooling|shooting)"
    r"(?: out)?(?: from)?(?: straight| right)? (?:across|over|along|all over|under|into|onto|down|"
    r"through|toward|"
    r"towards|out of) (?:the |my |our |a )?(?:\w+ )?(?:floor|floors|carpet|room|hallway|hall|"
    r"garage|basement|stairs|staircase|drywall|baseboards?|wall|walls|kitchen|living room|"
    r"bedroom|laundry room|crawl ?space|house)(?! drain)"
)
WATER_SPREADING = words(
    _SPREAD,
    # A fixture spilling over as the caller speaks ("it's still running over now", "the toilet
    # is overflowing and won't stop"); not one that did ("it overflowed last month"), nor one
    # full of leaves (a gutter, which `outside_spill` leaves outside anyway).
    # Never one spilling "a bit" (a little water round the base is a toilet to fix, not a flood).
    r"(?:it's|its|it is|is|are|they're)(?: still)? (?:overflowing|running over|spilling over)"
    r"(?! with (?:leaves|debris|pine|needles|gunk|junk))"
    r"(?! (?:a (?:bit|little|tad)|a little bit|slightly|some|just a (?:bit|little))(?![\w']))",
    r"(?:won't|wont|will not|doesn't|does not|can't|cannot) stop (?:overflowing|running over|"
    r"spilling over)",
    r"(?:\d+|an|a few|a couple(?: of)?|several) inch(?:es)? of (?:standing )?water "
    r"(?:spreading|rising|on the (?:\w+ )?floor|across|all over|covering|in (?:the |my |our )?"
    r"(?:basement|garage|kitchen|living room|bedroom|hallway|crawl ?space|house))",
    r"water(?: [\w']+){0,3} (?:is )?(?:spreading|rising) (?:fast|quickly|everywhere)",
    r"(?:carpet|floor|rug)s? (?:is |are )?(?:getting )?(?:soaked|squishing|underwater|swimming)",
    # A pipe or fitting spraying through a room, water not named ("it's still spraying all over
    # the basement"); a sprinkler on the lawn is no room.
    r"(?:it|its|it's|pipe|pipe's|line|line's|hose|valve)(?: is)? (?:still )?(?:spraying|gushing|"
    r"spewing|shooting) (?:water )?(?:all over|everywhere in|across|into) (?:the |my |our )?"
    r"(?:\w+ )?(?:basement|floor|kitchen|bathroom|laundry room|garage|wall|walls|house|room|"
    r"hallway|closet|cabinet)",
    # Water welling up into the house from under it ("water coming up out of the floor vents").
    r"water(?: [\w']+){0,2} (?:is |keeps )?(?:coming|bubbling|pouring|gushing|seeping) (?:up )?"
    r"(?:out of|through|from|up through) (?:the |our |my )?(?:floor|floorboards|subfloor|"
    r"(?:(?:heat|floor|air) )?(?:vents?|registers?)|baseboards)",
    # Rain or water coming into a room of the house from outside or above as the caller speaks
    # ("water coming into the attic", "rain's pouring into the bedroom"); a drip is not this.
    r"(?:water|rain)(?: is|'s| keeps)? (?:coming|getting|pouring|gushing|pooling|running) "
    r"(?:in(?:to)?|through) (?:the |my |our )?(?:attic|ceiling|bedroom|living room|kitchen|"
    r"house|room|upstairs|hallway|closet|den|nursery)(?! (?:last|a few|a couple|once|before))",
    # Water out of the room it started in ("the water is out in the hallway now").
    r"water(?: [\w']+){0,3} (?:is |are |'s |got |has got |has gotten )?(?:out|all over|everywhere) "
    r"(?:in|into|on|across|through) (?:the |my |our |his |her )?(?:\w+ )?(?:hallway|hall|floor|"
    r"carpet|bedroom|kitchen|living room|basement|garage|house|stairs)",
)
# A pipe giving way heard rather than seen: a pop or bang, then hissing or spraying.
_BANG = r"pop|popped|bang|banged|boom|crack|snap|clunk"
_HISS = r"hiss(?:es|ed|ing)?|spray(?:s|ed|ing)?|rushing water|water rushing|gush(?:es|ed|ing)?"
BURST_SOUNDS = words(near(_BANG, _HISS, 14))
IN_THE_WALLS = words(r"walls?", r"drywall", r"ceiling", r"pipes?", r"crawl ?space", r"floor")
# A ceiling holding water back.
CEILING_GIVING = words(
    r"ceiling(?: [\w']+){0,6} (?:is |keeps )?(?:sagging|bulging|bowing|ballooning|bubbling|"
    r"drooping|caving|coming down|about to (?:fall|collapse|give|come down))",
    r"(?:bulge|bubble|balloon) in (?:the |my |our )?ceiling",
    *storm.CEILING_FULL,
    r"ceiling(?: [\w']+){0,4} (?:has|have|got|there's) (?:a |this )?(?:big |huge |giant |large )?"
    r"(?:bubble|bulge|balloon|sag|belly)",
)
WATER_WORDS = words(r"water(?! heater)", r"dripping", r"drips", r"leak\w*", r"wet", r"soaked")
RAIN = words(
    r"rain\w*",
    r"storm\w*",
    r"pouring (?:outside|out there)",
    r"downpour",
    r"hail",
    *storm.RAIN_SAID,
)
FROM_ABOVE = words(
    r"ceiling", r"attic", r"roof", r"skylight", r"upstairs ceiling", *storm.CEILING_FULL
)
# The roof's own parts torn or broken open: water coming in then comes through the roof,
# rain said or not ("the wind tore the shingles and plywood off, water coming in").
ROOF_OPENED = words(
    r"shingles?",
    r"plywood",
    r"decking",
    # The roof's boards seen from inside, or a section torn back by the wind ("the wind
    # peeled a whole section back over the bedroom").
    r"(?:see|seeing|showing|exposed) (?:the )?(?:bare )?(?:boards|rafters|trusses|wood)",
    near(
        r"wind|gusts?|storm|hurricane|tornado",
        r"(?:peeled|peeling|tore|torn|tearing|ripped|ripping|blew|blown|lifted|pulled) "
        r"(?:[\w']+ ){0,4}(?:back|off|open|away|up)",
        6,
    ),
    r"(?:peeled|tore|ripped|blew|lifted) (?:a |the )?(?:whole |big )?(?:section|chunk|piece|"
    r"corner|part) (?:of it )?(?:back|off|open|away|up)",
    r"roof\w*",
    r"skylights?",
    r"flashing",
    r"techo",
    r"tejas?",
    r"tragaluz",
    r"domo",
    r"claraboya",
    *storm.OPENED_FROM_ABOVE,
)

# --- The house itself turning dangerously cold.
INDOOR_COLD = words(
    r"(?:[0-9]|[1-4][0-9]|50) degrees (?:in|inside) (?:the |my |our |her |his )?"
    r"(?:house|home|apartment|apt|place|room|bedroom|kitchen|living room)",
    r"(?:it's|its|it is|house is|home is|apartment is) (?:down to |only |like )?"
    r"(?:[0-9]|[1-4][0-9]|50)(?: degrees)? (?:in here|inside|in the house)",
    r"(?:ice|frost) (?:in|on|inside) (?:the |my |our )?(?:[\w']+ ){0,2}"
    r"(?:toilet|bowl|sink|tub|windows?|walls?|kitchen|bathroom|house)",
    r"(?:ice|frost) (?:on|in) the inside",
    # The thermostat read out, not set ("the thermostat says 51", "el termostato marca 50").
    r"thermostat(?: [\w']+){0,3} (?:says|reads|shows|is reading|is showing|is saying) "
    r"(?:like |only |just |about )?(?:[0-9]|[1-4][0-9]|5[0-5])(?! (?:am|pm))",
    r"termostato(?: [a-z]+){0,3} (?:marca|dice|esta marcando|muestra) (?:como |nomas |solo )?"
    r"(?:[0-9]|[1-4][0-9]|5[0-5])",
    r"(?:see|seeing) (?:our|my|their|his|her) breath",
    r"pipes? (?:are |is )?(?:starting to |beginning to |about to )?(?:freez\w+|froze|frozen)",
    *cold.INDOOR_COLD,
)
# The heat not coming on, said as what it fails to do.
HEAT_NOT_ON = words(
    r"(?:heat|heater|heating|furnace|boiler|heat pump)s? (?:hasn't|haven't|hadn't|didn't|"
    r"isn't|won't|doesn't|never|has not|did not|will not|does not|is not) (?:\w+ )?"
    r"(?:come|came|coming|kick|kicked|kicking|turn|turned|turning|fire|fired|firing|start|"
    r"started|click|clicked|cycle|cycled) (?:on|up|back on)",
    r"(?:heat|heater|heating|furnace|boiler|heat pump)s? (?:has been|'s been|have been|been) "
    r"(?:dead|off|out)(?! (?:of|for the (?:summer|season)))",
    r"(?:heat|heater|heating|furnace|boiler|heat pump)s? (?:hasn't|haven't|has not|hadn't) "
    r"(?:worked|run|been on|been working|been running|fired|started|kicked in|cycled)"
    r"(?! (?:out|off|over))",
)
# Water from the plumbing rather than the sky: a burst pipe upstairs is a plumber's flood.
FLOOD_FROM_PLUMBING = words(
    r"pipes?",
    r"water heater",
    r"toilet",
    r"washer",
    r"washing machine",
    r"dishwasher",
    r"(?:unit|apartment|neighbou?rs?) (?:above|upstairs)",
    r"upstairs (?:bathroom|unit|apartment|neighbou?rs?|tub|shower)",
)

# A smell carried by the water itself ("the hot water smells like rotten eggs", "the well
# water has a sulfur smell") is the water's chemistry (a water heater's anode, a well), not
# a gas leak: unless the caller speaks of gas or of what burns it too.
WATER_SMELL = words(
    r"(?:hot |cold |tap |well |shower |faucet |sink |bath |the |our |my )water(?! heater)"
    r"(?: [\w']+){0,4} (?:smells?|stinks?|reeks?|has (?:a|an|this|that) (?:\w+ ){0,2}"
    r"(?:smell|odou?r|stink))",
    r"(?:smell|odou?r|stink) (?:is |comes )?(?:only )?(?:in|from) (?:the |our |my )?"
    r"(?:hot |tap |well )?water(?! heater)",
)
GAS_SOURCES = words(
    r"gas",
    r"propane",
    r"hiss\w*",
    r"meter",
    r"stove",
    r"range",
    r"oven",
    r"burners?",
    r"furnace",
    r"pilot",
    r"dryer",
    r"fireplace",
)

# The gas odorant by what it reminds the caller of (skunk, sulfur), at something that burns
# gas ("un olor fuertísimo como a zorrillo en el sótano donde está el boiler"); a skunk
# outside is no such smell.
_GAS_APPLIANCE = (
    r"boiler|furnace|water heater|stove|range|dryer|gas line|gas pipe|yellow (?:pipe|line)|"
    r"meter|pilot|ovens?|burners?|cooktop|fireplace|(?:gas |oven |stove |dryer )?hook ?ups?|"
    r"gas (?:valve|connection|cock)|caldera|calentador|calefaccion|estufa|tubo amarillo|"
    r"medidor|piloto|horno|hornillas?|quemador(?:es)?|tuberia de gas|linea de gas|llave del gas"
)
_ODORANT = r"skunk|skunky|sulfur|sulphur|sulfury|zorrillo|mofeta|azufre"
ODORANT_AT_GAS = words(
    near(
        r"(?:smell\w*|odou?r|stink\w*|reek\w*|olor|huele|apesta)(?: [\w']+){0,4} "
        rf"(?:{_ODORANT})"
        # Or named first: "a really strong sulfur smell in the back by the boiler".
        rf"|(?:{_ODORANT})(?: like| type| kind of)? (?:smell|odou?r|stink)",
        _GAS_APPLIANCE,
        14,
    )
)
# Gas by what the smell is like: a burner left on that never lit ("smells like when someone
# leaves a burner on without lighting it", "huele como cuando se queda la estufa abierta sin
# prender"). A burner that burns something (toast, dust) smells of burning, not of this.
_UNLIT = (
    r"unlit|not lit|isn't lit|without (?:lighting|igniting|a flame)|(?:didn't|doesn't|won't|"
    r"not|never) (?:light|catch|ignite|lit|caught)|before it (?:lights|catches|ignites)|"
    r"(?:left|leaves|leave|leaving) (?:\w+ ){0,2}(?:on|open) (?:without|and not|but not|with no)"
    r"|sin (?:prender|encender|flama|fuego|lumbre|chispa)|no (?:prende|prendio|enciende|encendio)"
    r"|(?:abierta|abierto|abiertas) sin"
)
UNLIT_BURNER_SMELL = words(
    # The smell compared to it, so said after "like" ("smells like when someone leaves a
    # burner on"): a pilot that won't light beside a musty smell is two things.
    # "Like" is often lost before "when" ("a smell in the hallway like when you turn a burner
    # on and it doesn't light"): the moment it is likened to stands for it.
    r"(?:smell\w*|odou?r|stink\w*|reek\w*|olor|huele\w*|apesta) (?:[\w']+ ){0,4}(?:like|as if|as "
    r"though|como|a|when|cuando)(?: [\w']+){0,6} "
    rf"(?:(?:{_GAS_APPLIANCE})(?: [\w']+){{0,6}} (?:{_UNLIT})|(?:{_UNLIT})(?: [\w']+){{0,3}} "
    rf"(?:{_GAS_APPLIANCE}))",
    r"(?:smell\w*|olor|huele) (?:like |of |a |como a? ?)(?:an? |the |una |la )?(?:gas|unlit) "
    r"(?:stove|burner|range|oven|cooktop|estufa|hornilla)",
)

# --- Wiring overheating, told by smell or by the lights: an outlet or panel that smells of
# fish, hot plastic or ozone (what heated wiring gives off), and half the house's lights
# gone bright while the other half dims (a lost neutral).
_ELECTRIC_SMELL = (
    r"(?:fishy|fish|ozone|hot plastic|melted plastic|melting plastic|electrical|burnt|burned|"
    r"scorched|chemical) (?:\w+ )?(?:smell|odou?r|stink)"
    r"|smell(?:s|ing)? (?:like |of )?(?:fish|ozone|hot plastic|melted plastic|burnt|scorched)"
)
_ELECTRIC_PART = (
    r"outlets?|sockets?|plugs?|switch(?:es)?|panel|breakers?|breaker box|fuse box|wiring"
)
# Equipment with a motor and its wiring: an electrical smell there is its wiring burning.
_EQUIPMENT = r"air handler|blower(?: motor)?|compressor|condenser|(?:ac|a c|hvac) unit|attic unit"
ELECTRIC_SMELL = words(
    near(_ELECTRIC_SMELL, _ELECTRIC_PART, 8),
    near(
        r"(?:burnt|burned|burning|scorched|melted|melting) (?:electrical|electric|wire|wiring) "
        r"(?:smell|odou?r|stink)",
        _EQUIPMENT,
        10,
    ),
)
# Arcing heard at a part, or its cover browning from the heat behind it ("the outlet is
# crackling and the plate is turning brown"); a crackling fireplace is no such part.
_ARC_PART = rf"{_ELECTRIC_PART}|(?:cover |switch |outlet )?plates?"
_ARC_SIGN = (
    r"crackl(?:ing|es|ed)|sizzl(?:ing|es|ed)|turn(?:ing|ed|s)? (?:brown|black)"
    r"|discolou?r(?:ed|ing)|burn marks?"
)
ARCING = words(
    rf"(?:{_ARC_PART})(?: [\w']+){{0,6}} (?:{_ARC_SIGN})",
    rf"(?:{_ARC_SIGN})(?: sound| noise)? (?:from|in|at|behind|inside|on|around) "
    rf"(?:the |my |our |a )?(?:\w+ )?(?:{_ARC_PART})",
)
LIGHTS = words(r"lights?", r"bulbs?", r"lamps?")
HALF_THE_HOUSE = words(
    near(
        r"(?:super |really |very |too |extra |way )?bright(?:er)?",
        r"dim(?:mer|ming)?|barely (?:on|lit)|faint",
        12,
    )
)
SIDES = words(r"(?:one|other|half|left|right|back|front) (?:side|half)", r"half (?:of )?the")

# --- Water breaking out of the ground: the service line burst outside.
GROUND_BURST = words(
    r"(?:geyser|fountain|water) (?:is )?(?:shooting|spraying|gushing|bubbling|spouting|pouring|"
    r"coming) (?:up )?(?:out of |from |in |through )?(?:the |our |my )?(?:front |back )?"
    r"(?:yard|lawn|ground|sidewalk|street|driveway|grass)",
    r"(?:geyser|fountain) (?:\w+ ){0,3}(?:yard|lawn|ground|sidewalk|street|driveway|meter)",
    # Said in two parts: the place, then the water welling up out of it.
    near(
        r"water (?:is |was |keeps |started |starting )?(?:bubbling|gushing|shooting|spraying|"
        r"welling|spouting|pouring|boiling) (?:up|out)",
        r"(?:front |back )?(?:yard|lawn|ground|sidewalk|street|driveway|grass|curb)"
        r"|(?:water )?meter(?: box| lid| pit| cover)?",
    ),
    # The ground itself welling up, the water unnamed ("the front yard by the sidewalk is
    # bubbling up like a fountain", "a river running down the curb").
    near(
        r"(?:is |are |keeps |started |starting )?(?:bubbling|gushing|welling|spouting|boiling|"
        r"shooting) up|(?:a|like a) (?:fountain|geyser)|(?:a|like a) river (?:running|flowing|"
        r"going|coming|down)|river (?:running|flowing) down",
        r"(?:front |back )?(?:yard|lawn|sidewalk|driveway|curb|gutter)|(?:water )?meter"
        r"(?: box| lid| pit| cover)?",
        8,
    ),
)
# A sprinkler line has its own valve and feeds nothing in the house: a broken head is routine.
IRRIGATION = words(r"sprinklers?", r"sprinkler (?:head|line|system)s?", r"irrigation")
