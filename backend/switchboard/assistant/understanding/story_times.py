"""Times of today that tell when the trouble happened, never a wish for a visit.

"The wind tonight brought a power line down", "the storm this morning knocked a limb onto the
mast", "this morning a pipe burst under the sink", "earlier today the breaker tripped", "a tree
fell on the line this afternoon", "el viento de esta noche tumbó un cable", "esta mañana se
reventó un tubo": the part of today is when the weather or the fault struck, said with what it
did in the past. Read as a wish, "tonight" sends an emergency caller "nothing open at that
time". A part of today said as a wish stays one: "can you come tonight, the pipe burst", "the
storm tonight will knock it down", "it broke, can someone come this afternoon".
`timeprefs.NOT_A_TIME` leaves these spans out of the wish.
"""

from __future__ import annotations

# What struck: the weather, a power cut, a fire.
_EVENT = (
    r"(?:storms?|rain|rainstorm|thunderstorms?|wind ?storm|winds?|hail(?: ?storm)?|gusts?|"
    r"freeze|frost|snow(?: ?storm)?|ice(?: storm)?|(?:power )?outage|blackout|lightning|"
    r"tornado|hurricane|(?:earth)?quake|fire|tormenta|viento|ventarron|lluvia|granizo|"
    r"helada|nevada|apagon|rayo|huracan)"
)
# A part of today, as said of something that happened in it.
_TODAY = (
    r"(?:(?:earlier |late |early )?(?:tonight|today|this (?:morning|afternoon|evening))|"
    r"(?:de |durante )?(?:esta (?:manana|tarde|noche)|hoy(?: (?:en|por) la (?:manana|tarde|"
    r"noche)| temprano)?))"
)
# What the weather or the fault did, in the past.
_DID = (
    r"(?:brought|knocked|blew|took|tore|ripped|pulled|snapped|dropped|threw|sent|hit|struck|"
    r"fell|came down|went (?:down|out|off|dead)|broke|burst|flooded|tripped|quit|died|stopped|"
    r"started|began|happened|caught fire|popped|cracked|froze|overflowed|backed up|leaked|"
    r"shorted|blew out|knocked out|took out|noticed|found|saw|heard|"
    r"jammed|got stuck|seized up|"
    r"tumbo|tiro|derribo|arranco|rompio|revento|quemo|cayo|pego|empezo|paso|quebro|"
    r"se (?:cayo|rompio|revento|tapo|inundo|apago|quemo|descompuso|vino abajo|fue la luz))"
)
# Words that turn a clause into a request: between a past verb and a part of today they say
# the part of today is the wish ("it broke, can someone come this afternoon").
_ASKING = (
    r"(?:can|could|would|will|come|coming|someone|somebody|anyone|you|available|free|open|"
    r"need|want|please|send|get|be|is|are|puede|pueden|podrian|venir|vengan|mandar|necesito)"
)

# Said right after a part of today, these make it the wish ("... this afternoon would be great").
_WISHED = (
    r"(?! (?:would|works?|work|is|sounds|if|please|ok|okay|good|fine|then|por favor|esta bien|"
    r"me sirve|me queda)(?![\w']))"
)

STORY_TIMES = (
    # "the wind tonight brought a power line down", "la tormenta de esta noche tumbó ..."
    rf"(?:the |that |this |a |el |la |los |las )?{_EVENT} {_TODAY}(?: [a-z']+){{0,2}}? {_DID}",
    # "this morning a pipe burst", "earlier today the breaker tripped", "esta mañana se
    # reventó un tubo": a part of today opening the turn, what happened right after it.
    rf"^(?:(?:so|well|yeah|yes|hi|hey|hello|ok|okay|oh|and|but|um|uh|pues|bueno|hola|si) )*"
    rf"{_TODAY}(?: [a-z']+){{0,3}}? {_DID}",
    # "a tree fell on the line this afternoon", "se cayó un cable esta noche"
    rf"{_DID}(?: (?!{_ASKING}(?![\w']))[a-z']+){{0,5}} {_TODAY}{_WISHED}",
)
