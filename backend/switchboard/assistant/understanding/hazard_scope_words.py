"""When a hazard is not happening now, in words: the past, prevention, a hypothetical, an
install, an all-clear, a question about the booked visit; and the words that keep a mention
current ("now", "still", a flood said in the present). English and Spanish, as whole-word
patterns over normalised text; `hazards` reads a mention's scope with them."""

from __future__ import annotations

from switchboard.assistant.understanding import hazard_callouts as callouts
from switchboard.assistant.understanding import hazard_days_gone as days_gone
from switchboard.assistant.understanding import hazard_hearsay as hearsay
from switchboard.assistant.understanding import hazard_not_current as not_current
from switchboard.assistant.understanding import hazard_story as story
from switchboard.assistant.understanding import hazard_words_es as es
from switchboard.assistant.understanding import water_put_right as put_right
from switchboard.assistant.understanding.mistaken_beliefs import unless_believed
from switchboard.assistant.understanding.phrases import words

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
    r"(?:years?|months?|weeks?|winters?|summers?|springs?|falls?|seasons?) ago",
    # "About three years back", "a while back": not "back in" (a month follows, below).
    r"(?:years?|months?|weeks?|winters?|summers?|a while|a ways) back(?! (?:in|up|on|out))",
    r"back in (?:the )?(?:spring|summer|fall|winter|\d{4}|january|february|march|april|may|june|"
    r"july|august|september|october|november|december)",
    # A year said short ("back in forty seven", "back in '19"); not "back in ten minutes".
    r"back in '?\d{2}(?![\d:])(?! (?:minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|"
    r"months?|years?|am|pm|a m|p m|o'clock|or so))",
    r"used to",
    r"(?:last|this past) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)",
    r"(?:fixed|tightened|patched|replaced) it (?:myself|ourselves|already)",
    r"(?:is|are|it's) safe now",
    r"(?:gas|utility|power|electric) company (?:came|was|were|has been) (?:out|here|by)",
    r"there was",
    r"we had",
    r"(?:fixed|repaired|took care of|shut off) (?:it|that|the leak)",
    r"(?:already |we |i )?(?:cleaned|mopped|dried|sucked|vacuumed) (?:it |that |everything |"
    r"the water |all )?(?:all )?up",
    r"(?:already )?(?:dried|cleaned) (?:it|everything|the water) out",
    r"(?:came|come) (?:out )?and fixed",
    r"previously",
    # A story of someone else's absence ("their pipes burst while they were gone"); ours
    # ("while we were away") is often how a caller comes home to a flood now.
    r"while (?:they|he|she) (?:were|was) (?:gone|away|out of town|on vacation|traveling|"
    r"travelling)",
    r"once before",
    # A story seen or heard elsewhere ("I saw on the news a man got electrocuted").
    r"(?:on|in) the news",
    r"news (?:story|report|article)",
    # Not "saw about an inch of water": that is seen here.
    r"(?:read|heard) about",
    r"(?:read|heard|saw|seen|watched) (?:an article|a story|a video|a report)",
    *es.PAST_SCOPE,
    # Before the caller's time, at another house, a year gone by, nothing since.
    *story.PAST_STORY,
    # Put right since ("ya lo cambiamos", "we had it replaced").
    *not_current.REMEDY_DONE,
    # A holiday or season gone by ("last Thanksgiving week"); a day gone by is read within
    # its clause (`hazard_days_gone.gone_by`).
    *days_gone.SEASON_GONE,
    # The reason someone already came out ("the gas company came out Monday for a smell").
    *callouts.CAME_FOR,
    # Another company's work, or its reviews ("their repair literally melted a wire").
    *hearsay.OTHERS_WORK,
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
    # A failure only feared ("terrified her AC is going to quit in the heat wave").
    *days_gone.FEARED_FAILURE,
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
    # Running new wiring or pipe, not running a business ("I run a home daycare").
    r"(?<!\bi )(?<!\bwe )(?<!\bshe )(?<!\bhe )(?<!\bthey )run (?:a|the|new|some)",
    r"replac\w+",
    r"upgrad\w+",
    r"expired",
    r"quote",
    r"estimate",
    r"new (?:gas|dryer|range|stove|line|detector|alarm)",
    r"only (?:for )?(?:a|about a)? ?(?:minute|second|few seconds|few minutes|moment|little)",
    # A brief whiff that goes ("for just a second when the burner lights, then it's gone").
    r"for (?:just |only )?(?:a|one) (?:quick |brief |split )?(?:second|moment|sec)",
    r"(?:quick|brief|little|faint|tiny) whiff",
    r"then (?:it's gone|it goes away|it clears|goes away)",
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
    *story.FIRST_HEAT,
    *es.ROUTINE_SCOPE,
    *put_right.WHEN_USED,  # "cuando desagua se regresa el agua"
)
# The caller says nothing is happening now ("nothing's wrong right now", "todo está bien").
ALL_CLEAR = words(
    r"nothing(?:'s|s| is)? (?:wrong|happening|going on)(?: with (?:it|them|the \w+))? "
    r"(?:right )?now",
    r"nothing(?:'s| is)? (?:leaking|backing up|coming in)",
    # Also typed without the apostrophe ("everythings dry now and fine").
    r"(?:everything|everythings|it|its|the house|the home|the basement|we)(?:'s| is| are)? "
    r"(?:all )?(?:safe|fine|ok|okay|normal|dry|quiet|dried out|dried up|cleaned up) "
    r"(?:now|right now)",
    r"no (?:water|rain|sewage) (?:is )?(?:getting|coming|leaking) in",
    r"(?:all|everything) (?:is |else )?(?:working|running|draining) (?:fine|normally|ok|okay)",
    # Looked at, or used, and fine ("everything looks fine now", "everything drains fine for us
    # right now", "they're all working fine").
    r"(?:everything|everythings|it|its|it's)(?: else)? (?:looks|seems|looking) (?:fine|ok|okay|"
    r"good|normal)(?: (?:right )?now)?",
    r"(?:all|everything|everythings|it|ours)(?: else)? (?:drains|works|runs|flows) (?:fine|ok|okay|"
    r"normally|great|good)",
    r"(?:they're|theyre|they are) (?:all )?(?:working|running|draining) (?:fine|ok|okay|normally)",
    r"(?:it was|it's) just (?:the |a )?(?:battery|dust)",
    # What failed before works now ("it's running fine now", "ours works fine").
    r"(?:it|it's|ours|ours is|everything|both(?: of them)?|they both|the (?:unit|system|furnace|"
    r"boiler|heat|heater|ac|air|heat pump))(?:'s| is)?(?: been| now| back)? (?:working|running|"
    r"works|runs|work|run|heating|"
    r"cooling|blowing cold)"
    r"(?: just| totally| completely| perfectly| really| absolutely)? (?:fine|great|ok|okay|"
    r"normally|good|perfectly)",
    *es.ALL_CLEAR,
    # The outage is over ("it's back on and fine now", "ya regresó el agua").
    *days_gone.BACK_ON,
    *put_right.NONE_NOW,  # "ahorita no hay ninguna fuga"
)
# "We thought it was just the battery": believed, not found.
ALL_CLEAR = unless_believed(ALL_CLEAR)
# Said in the present, a flood or fire is happening whatever came before it ("we had a pipe
# burst and water is everywhere"); it outweighs a past marker, never prevention or a routine.
PRESENT_HAZARD = words(
    r"(?:water|waters|it|sewage)(?:'s| is| are)? (?:still )?(?:everywhere|pouring|gushing|spraying|"
    r"rushing|shooting|spreading|rising|backing up|coming in|coming up|bubbling up)"
    + days_gone.OVER_THERE,
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
# A "now" that tells how the caller feels or what they want since, not what is happening
# ("the neighbours flooded last month, so now I'm paranoid"), or a "now" denied ("ahorita
# no, pero..."): it keeps nothing current.
FEELING_NOW = words(
    r"(?:so |and )?now (?:i'm|im|i am|we're|we are|i|we|my \w+(?:'s| is)?)"
    r"(?: (?:a little|a bit|kind of|kinda|so|really|just|super|pretty|all|totally|getting))?"
    r" (?:paranoid|worried|nervous|scared|afraid|anxious|freaked out|freaking out|spooked|jumpy|"
    r"on edge|uneasy|edgy|"
    r"thinking|wondering|curious|want|wanna|would like|need|planning)",
    # The feeling first, its "now" after ("so i'm kinda paranoid now", "we're nervous now").
    r"(?:so |and )?(?:i'm|im|i am|we're|we are|my \w+(?:'s| is))"
    r"(?: (?:a little|a bit|kind of|kinda|so|really|just|super|pretty|all|totally|getting))?"
    r" (?:paranoid|worried|nervous|scared|afraid|anxious|freaked out|spooked|jumpy|on edge|"
    r"uneasy|edgy)"
    r"(?: (?:about (?:it|that|mine|ours)|of it))? now",
    *es.FEELING_NOW,
    *story.NOW_DENIED,
)
# "Again", "now", "right now" keep a mention current whatever else the turn says of the past.
NOW_SCOPE = words(
    r"right now",
    r"now",
    r"currently",
    r"still",
    r"as we speak",
    *es.NOW_SCOPE,
    *not_current.AGAIN_NOW,
    *days_gone.STILL_GOING,
)
