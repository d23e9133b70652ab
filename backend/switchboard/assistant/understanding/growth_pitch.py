"""A pitch to grow the business: search ranking, leads, "growing your business".

Marketers open with what the business lacks ("Peachtree Roofing isn't ranking on page 1 of
Google", "no aparecen en la primera página") and what they promise ("we guarantee top 3 in 60
days", "garantizamos más clientes"), then ask for whoever buys ("who's the best person to talk
to about growing your business?"). Each is said to the business about itself, never by a
customer about a job: it is a sales call, declined politely (`intent.SALES`).
"""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

_TOP = (r"(?:top (?:3|three|5|five|10|ten|spot|position|results?)|(?:the )?(?:first|1st) page|"
        r"page (?:one|1)|(?:#|number |no )1|number one|the top)")  # fmt: skip
_SEARCH = r"(?:google|search|the search results|maps|google maps|bing|yelp|the map)"

GROWTH_PITCH = words(
    # What the business lacks: "isn't ranking on page 1 of Google", "you're not showing up
    # on the first page", "your site doesn't come up in search"
    r"(?:isn't|is not|aren't|are not|not|doesn't|does not|don't|do not|never) (?:ranking|rank|"
    r"ranked|showing up|show up|coming up|come up|appearing|appear|listed|visible)"
    rf"(?: (?:on|in|for))? (?:{_TOP}|{_SEARCH})",
    # What is promised: "we guarantee top 3 in 60 days", "guaranteed first page rankings",
    # "we guarantee you more calls"
    rf"guarantee(?:d|s)?(?: (?:you|your business|your company))? (?:a )?(?:{_TOP}|(?:more|new) "
    r"(?:calls|leads|customers|jobs|clients|reviews|traffic|business)|(?:page|first page|"
    r"1st page|top) rankings?|rankings?)",
    # Who buys it: "who's the best person to talk to about growing your business", "the
    # person in charge of your online presence"
    r"grow(?:ing)? (?:your|the) (?:business|company|revenue|sales|customer base|online "
    r"presence|brand)",
    r"(?:your|the business's|the company's) (?:online presence|online visibility|web presence|"
    r"search visibility|digital presence)",
    rf"(?:rank|ranking|ranked) (?:you |your (?:business|company|site|website) )?(?:on |in |at )?"
    rf"{_TOP}(?: (?:on|of|in) {_SEARCH})?",
    # Spanish: "no aparecen en la primera página de Google", "le garantizamos los primeros
    # lugares", "hacer crecer su negocio"
    r"(?:no )?(?:aparece|aparecen|sale|salen) en (?:la )?primera pagina",
    r"garantiza(?:mos|do)? (?:el |los |la )?(?:primer lugar|primeros lugares|primera pagina|top "
    r"\w+|mas (?:clientes|llamadas|trabajos))",
    r"(?:hacer )?crecer (?:su|tu) (?:negocio|empresa)",
    r"(?:presencia|visibilidad) (?:en linea|en internet|digital|en google)",
)

# How a customer found the business ("found you on Google Maps"): never a pitch about it.
FOUND_US = words(r"(?:found|saw|seen|see|got|looked up|came across) (?:you|u|y'?all|your "
                 r"(?:number|name|business|company|ad|listing|reviews?|page))(?: guys| all)? "
                 r"(?:on|in|through|from|via|off(?: of)?) (?:google(?: maps)?|the map|yelp|"
                 r"nextdoor|facebook|angi|online)",
                 r"(?:los|lo|la) (?:encontre|encontramos|vi|vimos) en (?:google(?: maps)?|"
                 r"internet|facebook)")  # fmt: skip


def growth_pitch(text: str) -> bool:
    """`text`: the normalised turn with how the caller found the business blanked out ("found
    you on Google" is a customer, not a pitch)."""
    return GROWTH_PITCH.search(text) is not None
