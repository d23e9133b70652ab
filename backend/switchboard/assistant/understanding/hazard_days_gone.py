"""A hazard told as what happened on a day gone by, at another place, or only feared; and a
service that is back since.

English and Spanish regex fragments; `hazard_scope_words` joins them to its scopes, so a
mention near one is out of scope unless the turn says it is happening now ("the toilet
overflowed last night and it's still coming out" still pages).

- a day gone by, as the time of the event: "ayer se salió el agua de la lavadora", "the
  drain backed up last night", "ayer en la noche", "the other day", "antier";
- a holiday or season gone by: "last Thanksgiving week", "el verano pasado", "la Navidad
  pasada";
- a service back since: "the water's back on and fine now", "ya regresó el agua";
- a flood said in the present but over there: "water everywhere over there", "in his garage";
- a failure only feared: "I'm terrified her AC is going to quit", "me da miedo que se
  descomponga el aire".

Not the start of what goes on ("no heat since last night", "desde anoche no enfría", "since
sometime yesterday"), nor the weather that caused it ("with last night's freeze", "la helada
de anoche"): those keep a failure current. A failure (no heat, no cooling) that began
yesterday is still out now; `weather_hazards.FAILED_LATELY` keeps it so.
"""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

# What "yesterday" or "last night" must not follow: the start of what goes on, or the
# weather's own time ("since", "from", "desde", "de anoche", "sometime last night").
_NOT_AFTER = (
    r"(?<!\bsince )(?<!\bsometime )(?<!\bsome time )(?<!\bfrom )(?<!\bdesde )(?<!\bde )"
    r"(?<!\buntil )(?<!\bhasta )(?<!\bsince late )(?<!\bsince early )(?<!\bsince about )"
    # New since then: "a smell that wasn't there yesterday", "no estaba ayer".
    r"(?<!\bthere )(?<!\bhere )(?<!\bbefore )(?<!\bestaba )(?<!\bhabia )"
)
DAY_GONE = (
    rf"{_NOT_AFTER}(?:yesterday|last night|the other (?:day|night)|night before last|"
    r"(?:the )?day before yesterday|ayer|anoche|antier|anteayer|antenoche|"
    r"el otro dia|la otra noche)(?!'s)",
)
# "Last Thanksgiving week", "el verano pasado", "la Navidad pasada".
_HOLIDAYS = (
    r"thanksgiving|christmas|easter|new year'?s(?: eve| day)?|halloween|fourth of july|"
    r"july 4th|4th of july|memorial day|labor day|spring break|hurricane season"
)
SEASON_GONE = (
    rf"last (?:{_HOLIDAYS})",
    rf"(?:{_HOLIDAYS}) (?:last year|before last)",
    r"(?:el|la|en el|en la) (?:verano|otono|navidad|semana santa|ano nuevo|temporada de "
    r"huracanes) pasad[oa]",
    r"(?:la|en la) navidad del ano pasado",
)

# Said after a day gone by, a time since or a thing going on now ("last night. this morning we
# all woke up with headaches", "se cayó anoche y está echando chispas"): what follows is now.
_LATER = words(
    r"this (?:morning|afternoon|evening)",
    r"today",
    r"tonight",
    r"now",
    r"still",
    r"hoy",
    r"esta (?:manana|tarde|noche)",
    r"ahorita",
    r"ahora",
    r"todavia",
    r"(?:is|are|it's|its|esta|estan|sigue|siguen) (?:\w+ )?[a-z]+(?:ing|ando|iendo)",
    r"keeps? (?:on )?[a-z]+ing",
    r"getting (?:stronger|worse|bigger|deeper|louder)",
)
# The day as the start of what goes on, however far before it ("since the plumber moved the
# stove yesterday", "desde que lo movieron ayer").
_SINCE = words(r"since", r"ever since", r"desde")
_DAY_GONE = words(*DAY_GONE)


def gone_by(near: str, rest: str = "") -> bool:
    """Near the mention, its clause tells what happened on a day gone by, and nothing after
    that day, to the clause's end (`rest`), is said of today or as going on."""
    day = _DAY_GONE.search(near)
    if day is None or _SINCE.search(near, 0, day.start()):
        return False
    return _LATER.search(f"{near[day.end() :]} {rest}") is None


# Going on still, whatever day it began ("ayer se salió el agua y sigue saliendo"): keeps a
# mention current, as "still" and "todavía" do. Not English "keeps beeping": a nuisance
# that recurs ("keeps beeping, please replace it") is no hazard now.
STILL_GOING = (r"(?:sigue|siguen) (?:[a-z]+ )?[a-z]+(?:ando|iendo)",)

# What was out is back since ("it's back on and fine now", "the water came back on", "ya
# regresó el agua"): an all-clear for the outage. Not the trouble back ("the leak is back").
BACK_ON = (
    # Said as a state or as what happened, never as a wish ("when the city turns it back on").
    r"(?:it's|it is|its|(?:the )?(?:water|power|electricity|gas|heat|pressure)(?:'s| is| has been)|"
    r"everything's|everything is)(?: all)? (?:back on|back up|restored)(?: (?:and|&) (?:fine|"
    r"working|running|normal|ok|okay))?(?: (?:right )?now)?",
    r"(?:it|(?:the )?(?:water|power|electricity|gas|heat|pressure)) (?:came|has come|got|was) "
    r"(?:back on|restored)",
    r"(?:ya )?(?:regreso|volvio|llego) (?:el agua|la luz|el gas|la presion)(?: y (?:todo )?"
    r"(?:esta|funciona) bien)?",
    r"(?:ya )?(?:hay|tenemos) (?:agua|luz) (?:otra vez|de nuevo)",
)

# Where a flood said in the present is not ours: over there, at their place. A lookahead for
# `hazard_scope_words.PRESENT_HAZARD`: "water everywhere over there" is the neighbour's.
OVER_THERE = (
    r"(?! (?:over there|over at|next door|at (?:his|her|their|the neighbou?r'?s?) (?:place|house|"
    r"home)|in (?:his|her|their) (?:house|place|home|basement|garage|yard|unit|apartment)|"
    r"alla|en su casa|donde (?:el|la) vecin[oa]))"
)

# The equipment that fails ("her ac", "the furnace", "the pipes") and what it would do.
_EQUIPMENT = (
    r"(?:the|her|his|my|our|their|mom's|dad's) (?:ac|a/c|air|air conditioner|air conditioning|"
    r"unit|system|furnace|heat|heater|boiler|heat pump|water heater|pipes?|compressor)"
)
_FAIL = (
    r"(?:quit|die|fail|break(?: down)?|go out|give out|conk out|stop working|burst|freeze|"
    r"crap out|go down)"
)
FEARED_FAILURE = (
    rf"(?:terrified|scared|afraid|worried|nervous|paranoid|concerned|fear|freaked out)(?: that)? "
    rf"{_EQUIPMENT} (?:is going to|will|might|may|could|would|is about to) {_FAIL}",
    rf"(?:what if|in case) {_EQUIPMENT} (?:goes|quits|dies|fails|breaks|gives out|bursts)",
    r"(?:miedo|me preocupa|preocupad[oa]s?|nervios[oa]s?) (?:de )?que (?:se )?(?:le |nos |me )?"
    r"(?:vaya|valla) a (?:descomponer|fallar|parar|apagar|morir|reventar|congelar)\w*",
    r"(?:miedo|me preocupa|preocupad[oa]s?) (?:de )?que (?:se )?(?:le |nos |me )?"
    r"(?:descomponga|falle|pare|apague|muera|reviente|congele)n?",
)
