"""Everyday English names for a trade's things, said with the words catalogues are written in.

A caller names the thing they have ("a chandelier", "the outside unit", "the flashing around
the chimney", "the disposer") or what it does wrong ("the air isn't getting cold"); a tenant's
catalogue lists a few general words ("light fixture", "AC", "roof", "disposal"). `with_trade_words`
adds the general word beside the caller's own, so either can meet the catalogue: a catalogue
that lists "chandelier" itself still finds it. All matching is over normalised text.
"""

from __future__ import annotations

import re

_GENERAL_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"(?<![\w']){pattern}(?![\w'])"), general)
    for pattern, general in (
        # Lighting
        (
            r"chandeliers?|sconces?|pendant lights?|pendants|track lights?|track lighting|"
            r"vanity lights?|porch lights?|flood ?lights?|under ?cabinet lights?",
            "light fixture",
        ),
        (r"(?:can|pot) lights?", "recessed lights"),
        # Lights that flicker (on their own, or dim when a big machine starts): a fault in the
        # circuit, not a fixture to put in.
        (
            r"(?:flicker\w*|dims?|dimming|blinks?|blinking) (?:\w+ ){0,2}(?:when|whenever|every "
            r"time|each time|anytime|any time) (?:\w+ ){1,4}(?:kicks? on|turns? on|comes? on|"
            r"runs|starts?(?: up)?|cycles? on)|(?:flicker\w*|parpadea\w*) (?:\w+ ){0,2}(?:cuando|"
            r"cada vez que|siempre que) (?:se )?(?:arranca|arrancan|prende|prenden|enciende|"
            r"encienden|empieza)|flicker\w*|parpade\w*",
            "wiring flickering",
        ),
        # Alarms to be hardwired: wires run to them, a wiring job. Not a thing already
        # hardwired ("our hardwired CO detector expired"), which is that thing's job.
        (
            r"(?:(?:be|been|get|gets|got|have|need|needs|want|wants|to|them|it|alarms|detectors)"
            r" hard ?wired|hard ?wir(?:e|es|ing)|cablear(?:los|las)?)",
            "wiring",
        ),
        # Outlets and the panel
        (r"receptacles?|gfis?", "outlet"),
        (r"load ?cent(?:er|re)|sub ?panel|breaker (?:panel|box)", "panel"),
        # Panel makes known for failing breakers, which inspectors and insurers want replaced:
        # the name alone says the panel ("one of those Federal Pacific ones", "a Zinsco").
        (
            r"federal pacific(?: electric)?|fpe|stab ?loks?|zinsco|sylvania zinsco|pushmatic|"
            r"challenger (?:panel|box|breakers?)",
            "panel",
        ),
        # Cooling: the machine outside, or air that does not get cold.
        (r"(?:outside|outdoor) (?:unit|condenser|compressor)|condenser(?: unit)?", "ac"),
        (
            r"(?:air|it|house|place|unit)(?: \w+){0,2} (?:is not|isn't|isnt|not|wasn't|won't|"
            r"doesn't|does not|aren't) (?:getting |blowing |putting out |staying |feeling )?"
            r"(?:very |any |that |real |really |as |so )?(?:cold|cool)",
            "ac cooling",
        ),
        (r"(?:blowing|blows|putting out) (?:warm|hot) air", "ac cooling"),
        # A vent that barely blows: the air the system moves, though no cold or heat is named
        # ("the back bedroom vent barely blows anything", "hardly any air out of that register").
        (
            r"(?:vents?|registers?|ducts?)(?: [\w']+){0,3} (?:barely|hardly|doesn't|does not|"
            r"isn't|won't|don't|do not|aren't|not|never|only) (?:\w+ )?(?:blows?|blowing|push\w*|"
            r"putting out|puts out|coming out|comes out)|(?:no|weak|barely any|hardly any|not "
            r"much|very little|little|zero) (?:air ?flow|air)(?: at all)? (?:coming )?(?:out of|"
            r"from|through|in) (?:the |that |a |our |my |one )?(?:[\w']+ ){0,2}(?:vents?|"
            r"registers?|ducts?|rooms?|bedrooms?)|(?:rejillas?|ventilas?|ductos?)(?: [\w']+){0,4} "
            r"(?:casi |apenas |ya )?no (?:echa|echan|sale|salen|tira|tiran|sopla|soplan)|"
            r"(?:casi |apenas )?(?:no )?sale (?:nada de |poco |poquito |muy poco )aire",
            # "airflow" between: a vent named just before is not read as half of a compound.
            "airflow ac",
        ),
        # A smell the air carries through the vents (old smoke, must, a pet): what it rides in
        # on is the ducts, a cleaning. Not a smell of something burning, of gas or of smoke,
        # which is a fault at its source.
        (
            r"(?<!burning )(?<!burnt )(?<!gas )(?<!electrical )(?<!plastic )(?:smells?|smelling|"
            r"smelly|stinks?|stinking|stench|odou?rs?|olor|huele)(?: (?!(?:burn\w*|gas|smoke|"
            r"smoky|fire|electrical|plastic|quemado|humo)(?![\w']))[\w']+){0,10} (?:through|from|"
            r"out of|comes out of|coming out of|por|de) (?:the |our |my |all the |all of the |"
            r"las |los )?(?:[\w']+ )?(?:vents?|ducts?|registers?|ductwork|rejillas?|ductos?|"
            r"ventilas?)|(?:vents?|ducts?|ductwork|registers?)(?: [\w']+){0,2} (?:smells?|"
            r"stinks?|smelling|stinking) (?:like |of )?(?!(?:burn\w*|gas|smoke|smoky|fire|"
            r"electrical|plastic)(?![\w']))",
            # Both words a catalogue names the air's way with, so a smell outweighs the heat
            # that carries it ("... every time the heat pushes air out of the registers").
            "duct vents",
        ),
        # A room that stays warm while the rest is fine: air that does not cool it. Not one
        # that never gets warm (the heat), nor a home said to be warm (the heat works).
        (
            r"(?:(?:room|rooms|bedroom|bedrooms|office|upstairs|downstairs|operatory|suite|floor|"
            r"side of the house)(?: (?!(?:not|never|doesnt|doesn't|dont|don't|didnt|didn't|isnt|"
            r"isn't|wont|won't|cant|can't|no|nunca)(?![\w']))[\w']+)? (?:(?:stays?|staying|gets?|"
            r"getting|runs?|running|keeps?) (?:way |really |very |so |always |still |too )?"
            r"(?:warm|hot|warmer|hotter|stuffy)|(?:is|are) (?:way |really |very |so |always |"
            r"still |too )?(?:hot|warmer|hotter|stuffy))|(?:cuarto|recamara|oficina|consultorio|"
            r"habitacion)(?: [\w']+){0,2} (?:se queda|sigue|se pone) (?:muy |bien )?"
            r"(?:caliente|calurosa?|caluroso))",
            "ac cooling",
        ),
        # The thermostat named by its make or by what it looks like ("one of those nest ones",
        # "the old round dial thing on the wall for the heat"). Not a bird's nest.
        (
            r"(?:google )?nest (?:ones?|thermostats?|learning|e)|(?:one of )?those nest|ecobee|"
            r"(?:round |little )?dial(?: thing| thingy)? on the wall|(?:thing|dial|box) on the "
            r"wall (?:for|that (?:runs|controls|sets)) the (?:heat|heating|ac|air|furnace)",
            "thermostat",
        ),
        # Heating: what a boiler or furnace warms a room through.
        (r"radiators?|baseboard (?:heaters?|heat|heating)|steam heat", "heating"),
        # Roofing: a roof's own parts.
        (
            r"(?:the|metal|chimney|roof|step|vent|aluminum|copper|lead|kick ?out) flashing|"
            r"flashing (?:around|on|by|near|at) (?:the |our |my )?(?:chimney|vent|skylight|"
            r"roof|wall|dormer)",
            "roof flashing",
        ),
        # An insurance adjuster coming: the damage looked at first, an inspection.
        (r"(?:insurance )?adjusters?|ajustador(?:es)?(?: del seguro)?", "roof inspection"),
        (r"soffits?|fascia|ridge vents?|ridge caps?|drip edges?|roof decking", "roof"),
        # Gutters described by a first-time owner: the metal things along the roof's edge,
        # troughs, rain pouring over their sides.
        (
            r"(?:metal |aluminum |tin )?(?:things?|troughs?|channels?|pipes?)(?: that)? "
            r"(?:run|runs|running|go|goes|going|hang|hangs|sit|sits)? ?(?:along|around|on|under) "
            r"(?:the )?(?:edges?|sides?|bottom|lip|eaves?) of the roof|troughs?|"
            r"(?:when|whenever|every time|each time|if) it (?:rains|pours|storms)(?: [\w']+){0,4} "
            r"(?:pours|pouring|spills|spilling|overflows?|overflowing|runs|running|comes|coming|"
            r"goes|going) (?:right |straight )?over (?:the )?(?:sides?|tops?|edges?)",
            "gutter",
        ),
        # A home being sold: the buyer's inspector wants the roof looked at and written up.
        (
            r"(?:buyers?'?s?|home|house) inspectors?|(?:write|writes|writing) (?:something|it|"
            r"that|a report) up|(?:write|writes) up a report|(?:selling|sell|listing|list) (?:the |"
            r"my |our |my \w+'s |my \w+s )?(?:house|home|place|property)",
            "roof inspection",
        ),
        # Plumbing
        (r"(?:garbage )?disposers?|insinkerator", "garbage disposal"),
        # The machine in the sink that grinds the food, named by what it does: "the grinder
        # thing in the kitchen sink", "the thing that chops up food scraps".
        (
            r"(?:food |garbage |sink )grinders?|grinder(?: thing| thingy| thingie)?(?=(?: [\w']+)"
            r"{0,3} (?:sink|drain))|(?:grinds?|chops?|grinding|chopping) (?:up )?(?:the )?"
            r"(?:food|scraps|food scraps|leftovers)",
            "garbage disposal",
        ),
        # Water that comes down through a ceiling, or in with the rain: a leak, whoever's.
        (
            r"(?:drips?|dripping|water|wet spots?)(?: [\w']+){0,5} (?:through|from|in|on|out of|"
            r"into) (?:the |our |my |a )?(?:[\w']+ ){0,3}ceilings?|ceilings?(?: [\w']+){0,2} "
            r"(?:drips?|dripping|is wet|gets wet|got wet)|(?:when|whenever|every time|each time|"
            r"anytime|any time|if) it (?:really )?(?:rains|pours|storms)(?: [\w']+){0,8} "
            r"(?:drips?|dripping|water (?:comes|coming|gets|getting) in)|(?:drips?|dripping|water "
            r"(?:comes|coming|gets|getting) in)(?: [\w']+){0,6} (?:when|whenever|every time|each "
            r"time|anytime|any time|if) it (?:really )?(?:rains|pours|storms)",
            "leak",
        ),
        # A drip is a small leak, whatever drips ("a drip under the bathroom sink"): said with
        # a catalogue's "leak" (a Spanish one's "fuga" has it as its English twin). Not a
        # roof's drip edge, nor drip irrigation.
        (r"(?:drips?|dripping|dripped|drippy)(?! (?:edges?|irrigation|lines?|system))", "leak"),
        # Water that runs where it should not, inside a wall or a floor: a leak, though the
        # caller never says the word ("water dribbles down inside the wall when I turn it on").
        (
            r"(?:water|it)(?: [\w']+){0,2} (?:dribbles?|dribbling|trickles?|trickling|seeps?|"
            r"seeping|drips?|dripping|runs|running|comes out|coming out|pours|pouring|sprays|"
            r"spraying|goes|going) (?:down |out |back )?(?:inside|into|in|behind|through) "
            r"(?:the |our |my )?(?:wall|walls|floor|crawl ?space)",
            "leak",
        ),
        # A drain that is slow, said of the water or of the fixture.
        (
            r"(?:goes|going|go|went|drains?|draining|drained) (?:down )?(?:really |very |super |"
            r"so |too |kind of |kinda )?(?:slow|slowly)|(?:sink|tub|bathtub|shower|basin|drain)"
            # where it is ("the tub in the kids bathroom that's slow")
            r"(?: (?:in|on|at|upstairs|downstairs) (?:the |my |our )?(?:[\w']+ )?[\w']+)?"
            r"(?: [\w']+){0,2} (?:is|are|has been|have been|'s|s|got|gets|getting|that's|thats|"
            r"that is|which is) (?:really |very |super |so |kind of |kinda )?slow(?: to drain)?",
            "slow drain",
        ),
        # The same told by the water: it sits there, or takes forever to go down ("the water
        # just sits there and takes forever to go down", "takes ages to drain").
        (
            r"(?:takes?|taking|took) (?:forever|ages|a long time|so long|a while|hours|all day) "
            r"(?:to |for it to )?(?:go down|drain|go away|empty)|water (?:just )?(?:sits|sitting|"
            r"stands|standing) (?:there|in (?:the |it|my |our )?(?:sink|tub|bathtub|basin|"
            r"shower)?)",
            "slow drain",
        ),
        # A sink, tub or shower backing up or full and not going down: a clogged drain, though
        # the caller never says "clog" ("kitchen sink is backing up, both sides full").
        (
            r"(?:sinks?|tubs?|bathtubs?|showers?|basins?|lavabos?|fregaderos?|tinas?|regaderas?)"
            r"(?: [\w']+){0,3} (?:is |are |keeps |keep |has been |started )?(?:backing up|backs "
            r"up|backed up|stopped up|not draining|won't drain|wont drain|doesn't drain|won't go "
            r"down|wont go down)",
            "drain clogged",
        ),
        # A camera or a scope run down a line is how a sewer line is looked at: "run a camera
        # down the main", "scope the line", "revisar la línea con la cámara". Not a camera
        # that watches the door.
        (
            r"(?:run|put|send|stick|push) (?:a |the |your |their )?(?:camera|scope) (?:down|"
            r"through|in|into)|camera (?:inspection |scope )?(?:down|through|in|into|of|on) "
            r"(?:the |our |my |it|that|there)|(?:video|camera) (?:line |sewer |pipe )?"
            r"inspection|scope (?:the |our |my )?(?:main |sewer |drain )?(?:line|sewer|main|"
            r"drain|pipe)s?|(?:linea|tuberia|drenaje|desague|cano|tubo)(?: [\w']+){0,5} "
            r"(?:con|por) (?:la |una |su )?camara|(?:meter|metan|meta|pasar|pasen|pase) "
            r"(?:la |una )?camara",
            "sewer line camera inspection",
        ),
        (r"commodes?", "toilet"),
        # What happens when it is flushed is the toilet's ("leaks at the base every time I
        # flush", "gotea cada vez que le jalo"), whatever the fault is called.
        (
            r"(?:when|whenever|every time|each time|after|anytime|any time|if) (?:i|we|you|someone|"
            r"somebody|anyone|anybody|the kids|they|he|she) flush(?:es|ed)?(?: it)?|"
            r"(?:cada vez que|cuando|siempre que|al) (?:le )?(?:jalo|jalas|jala|jalamos|jalan|"
            r"jalar|jalarle)(?: (?:la cadena|la palanca|el agua|al bano|al inodoro|al escusado))?|"
            r"(?:cada vez que|cuando|siempre que|al) (?:le )?(?:bajo|bajamos|bajan|bajar|bajarle) "
            r"(?:la palanca|el agua)",
            "toilet flush",
        ),
        # Water that will not get hot: the water heater, though the caller never names it.
        (
            r"(?:the )?(?:water|shower|showers|tap|taps) (?:won't|wont|doesn't|doesnt|does not|"
            r"isn't|isnt|is not|aren't|never|will not|don't|dont|do not|can't|cant) (?:ever )?"
            r"(?:(?:get |getting |gets |come out |coming out |stay |staying |run )?(?:hot|warm)|"
            r"heat up|heating up|warm up)|(?:only|just) (?:get |getting |have |got )?cold water|"
            r"(?:the )?water (?:is|comes out|coming out|runs|running|stays|goes) "
            r"(?:ice |freezing |ice-|stone |only |just |always )?cold|"
            r"(?:ran|run|runs|running) out of hot water",
            "no hot water heater",
        ),
        # Where a washing machine empties: a drain, whatever it is called.
        (
            r"stand ?pipes?|(?:washer|washing machine|laundry) (?:box|drain|outlet box)|"
            r"(?:caja|tubo) (?:de desague |del desague )?de la lavadora",
            "drain",
        ),
    )
)


def with_trade_words(text: str) -> str:
    """The text with the catalogue's general word said beside each everyday name for a thing."""
    for pattern, general in _GENERAL_WORDS:
        text = pattern.sub(lambda m, g=general: f"{m[0]} {g}", text)  # type: ignore[misc]
    return text
