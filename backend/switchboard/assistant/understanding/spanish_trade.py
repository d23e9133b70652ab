"""Spanish trade words, said as the English words catalogues are written in.

A Spanish-speaking caller names the job in everyday words ("los contactos no sirven", "la
regadera tarda en bajar", "se tapa el lavabo", "el minisplit no enfría"); a tenant's catalogue,
English or Spanish, usually lists a few keywords in each language. `in_english` turns the
caller's trade expressions and words into their English twins for the second matching pass of
`services`; `places` turns a room said as a place ("la regadera del baño") into the English
place word, so a room is never mistaken for the fixture that shares its name ("baño" is also
the toilet). All matching is over normalised (accent-folded, lowercase) text.
"""

from __future__ import annotations

import re

# A room said as where something is ("del baño", "en el baño de arriba"): the place, not the
# fixture. "El baño está tapado" still names the toilet.
_PLACES = re.compile(r"(?<![\w'])(?:del|de|en el|en los|al) (?:bano|banos)(?![\w'])")

# Expressions first (they may contain words the word list maps too).
_EXPRESSIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"(?<![\w']){pattern}(?![\w'])"), english)
    for pattern, english in (
        # A drain that is slow or blocked, said of the water or of the fixture.
        (
            r"(?:se )?(?:tarda|tardan|tardo|tardaba)(?: \w+)? en (?:bajar|irse|drenar|vaciar\w*)",
            "slow drain",
        ),
        (
            r"(?:el agua|lavabo|regadera|tina|fregadero|coladera|drenaje)(?: [a-z]+){0,4} no "
            r"(?:baja|bajaba|se va|drena|desagua)",
            "slow drain",
        ),
        (r"no (?:baja|bajaba|se va|drena|desagua)(?: bien)? el agua", "slow drain"),
        # "El fregadero se va muy lento", "el agua baja despacio".
        (
            # Also in the progressive: "está drenando bien lento", "se está yendo despacio".
            r"(?:se va|se iba|se van|baja|bajaba|bajan|drena|drenaba|desagua|corre|"
            r"(?:se )?(?:esta|estan|estaba|anda|andan) (?:yendo|bajando|drenando|desaguando|"
            r"vaciando\w*)|(?:esta|estan|estaba|anda) (?:se )?yendose)"
            r"(?: muy| bien| super| re| demasiado| bastante)? (?:lento|lenta|despacio|despacito)",
            "slow drain",
        ),
        (
            r"(?:lavabo|regadera|tina|fregadero|tarja|coladera|drenaje)(?: [a-z]+){0,3} "
            r"(?:esta|anda|va) (?:muy |bien |super |bastante )?(?:lento|lenta)",
            "slow drain",
        ),
        # Water that comes in when it rains: a leak, whatever the ceiling is called.
        (
            r"(?:se mete|se metia|entra|entraba|se filtra|se filtraba|cae|caia|gotea|goteaba)"
            r" (?:el |un poco de |algo de )?agua(?: [a-z]+){0,4} (?:cuando|siempre que|cada vez "
            r"que) llueve|(?:cuando|siempre que|cada vez que) llueve(?: [a-z]+){0,6} (?:se mete|"
            r"entra|se filtra|cae|gotea)(?: el| un poco de| algo de)? agua",
            "leak",
        ),
        (r"molino (?:del|de la|en el|en la) (?:fregadero|tarja)", "garbage disposal"),
        (r"llaves? de paso", "shutoff valve"),
        (
            r"(?:se )?(?:queda|quedan|quedo) (?:el agua )?(?:ahi |alli |ahi nomas |todo |toda )?"
            r"(?:encharcad\w+|estancad\w+)",
            "slow drain",
        ),
        # Spanish says the verb first ("se tapó el baño"); English, the thing first ("the
        # toilet clogged"), and a thing named first decides a tie between services.
        (
            r"se (?:tapa|tapan|tapo|taparon|tapaba|tapaban|atasca|atascan|atasco)"
            r"(?: (?:el|la|los|las|mi) (\w+))?",
            r"\1 clogged",
        ),
        (r"(?:esta|estan) (?:atascad\w+)", "clogged"),
        # A toilet that keeps running: "el baño de ella se queda corriendo el agua", "la
        # taza sigue corriendo".
        (
            r"(?:bano|inodoro|taza|excusado|escusado|sanitario)(?: [a-z]+){0,3} (?:se )?"
            r"(?:queda|quedan|sigue|siguen|esta|estan) (?:\w+ )?corriendo",
            "running toilet",
        ),
        # A breaker that trips: "se bota la pastilla", "se botan los breakers".
        (
            r"se (?:bota|botan|boto|botaron|bajan|baja|brinca|brincan)(?= (?:la|las|el|los) "
            r"(?:pastillas?|breakers?|interruptor\w*))",
            "tripping",
        ),
        # Power, not a lamp: "ninguno da luz", "no hay luz en la cocina".
        (r"(?:da|dan|daba|hay|tiene|tienen) luz", "power"),
        (r"ventilador(?:es)? de techo", "ceiling fan"),
        (r"(?:luz|luces|lampara|lamparas) del techo", "ceiling light"),
        (r"(?:centro|caja) de (?:carga|breakers|pastillas|fusibles)", "breaker box"),
        # Water that does not get hot, said of the water: the water heater, though the caller
        # never names it ("no calienta el agua", "el agua sale fría", "no hay agua caliente").
        (
            r"no (?:se )?calienta(?:n)? (?:el |nada el |bien el )?agua|(?:el )?agua (?:ya )?no "
            r"(?:se )?calienta|no (?:sale|hay|tengo|tenemos|tiene|tienen|sale nada de) "
            r"(?:nada de )?agua caliente|(?:el )?agua (?:sale|esta|viene|sigue|nomas sale) "
            r"(?:bien |muy |puro )?(?:fria|helada|tibia)",
            "no hot water heater",
        ),
        (r"calentador(?:es)? de agua", "water heater"),
        (r"agua caliente", "hot water"),
        (r"(?:aire|aires) acondicionados?", "ac"),
        (r"mini ?splits?", "ac"),
        (r"(?:carro|coche|auto) electrico", "electric car"),
        (r"(?:drenaje|linea|tuberia|tubo|cano) principal", "main line"),
        (r"fosa septica", "septic"),
    )
)

_WORDS = {
    # Electrical
    "contacto": "outlet", "contactos": "outlet", "enchufe": "outlet", "enchufes": "outlet",
    "tomacorriente": "outlet", "tomacorrientes": "outlet", "apagador": "switch",
    "apagadores": "switch", "interruptor": "switch", "interruptores": "switch",
    "pastilla": "breaker", "pastillas": "breaker", "breakers": "breaker", "foco": "light",
    "focos": "lights", "luz": "light", "luces": "lights", "lampara": "light fixture",
    "lamparas": "light fixture", "cableado": "wiring", "cables": "wires", "parpadean": "flickering",
    "parpadea": "flickering", "parpadeando": "flickering", "cargador": "charger",
    # Plumbing
    "fuga": "leak", "fugas": "leak", "gotea": "leak", "gotean": "leak", "goteando": "dripping",
    "goteo": "drip", "gotera": "leak", "escurre": "leak", "tapado": "clogged",
    "tapada": "clogged", "atascado": "clogged", "drenaje": "drain", "desague": "drain",
    "coladera": "drain", "destapar": "unclog drain", "destape": "drain", "registro": "sewer",
    "calentador": "water heater", "inodoro": "toilet", "taza": "toilet", "excusado": "toilet",
    "escusado": "toilet", "sanitario": "toilet", "llave": "faucet", "llaves": "faucet",
    "grifo": "faucet", "mezcladora": "faucet", "tuberia": "pipe", "tuberias": "pipe",
    "tubo": "pipe", "tubos": "pipe", "regadera": "shower", "ducha": "shower", "tina": "tub",
    "lavabo": "sink", "lavamanos": "sink", "fregadero": "kitchen sink", "tarja": "kitchen sink",
    "triturador": "garbage disposal", "trituradora": "garbage disposal",
    # Heating and cooling
    "aire": "ac", "clima": "ac", "minisplit": "ac", "calefaccion": "heat", "caldera": "boiler",
    "calenton": "heater", "termostato": "thermostat", "ductos": "ducts", "ducto": "duct",
    "rejillas": "vents", "rejilla": "vent", "mantenimiento": "maintenance", "afinacion": "tune up",
    # Roofing and outside
    "techo": "roof", "canaletas": "gutter", "canaleta": "gutter", "tejas": "shingles",
}  # fmt: skip


def places(text: str) -> str:
    """A room said as a place becomes the English place word ("del baño" -> "bathroom")."""
    return _PLACES.sub("bathroom", text)


def in_english(text: str) -> str:
    """The caller's Spanish trade expressions and words as their English twins; every other
    word as said."""
    for pattern, english in _EXPRESSIONS:
        text = pattern.sub(english, text)
    return " ".join(_WORDS.get(token, token) for token in text.split())
