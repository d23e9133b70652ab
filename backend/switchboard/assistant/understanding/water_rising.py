"""Water filling a room or escaping a tank without stopping, and water reaching where the power
is, in the words the older rules missed: "el sótano se está llenando de agua", "se salió el
agua del calentador y no para", "ya llegó a la pared donde está la caja de los breakers",
"the water's gotten up to where the breaker box is". English and Spanish.
"""

from __future__ import annotations

from switchboard.assistant.understanding.hazard_words_es import POWER_THINGS

_ROOMS = r"(?:basement|garage|room|bedroom|house|kitchen|crawl ?space|laundry room|living room)"
_ROOMS_ES = r"(?:sotano|garage|garaje|cochera|cuarto|casa|departamento|recamara|sala|cocina|bano)"
FLOOD = (
    # A room filling with water ("the basement keeps filling up with water").
    rf"{_ROOMS}(?: [\w']+){{0,2}} (?:is |keeps |started |starting )?(?:filling|filled) (?:up )?"
    r"with water",
    rf"{_ROOMS_ES}(?: [a-z]+){{0,2}} se (?:esta |sigue |estaba |empezo a )?"
    r"(?:llenando|lleno|llenaba|llenar) de agua",
    # Escaping, and not stopping ("se salió el agua del calentador y no para").
    r"(?:se (?:me |le |nos |les )?(?:salio|sale|esta saliendo)|(?:esta |sigue )?saliendo|sale) "
    r"(?:el |mucha |toda el )?agua(?: [a-z]+){0,8} (?:y )?(?:no para|no deja de salir|sin parar|"
    r"no se detiene|no se para)",
    r"water(?: [\w']+){0,3} (?:is |keeps )?(?:coming|pouring|running|leaking|gushing|spilling) "
    r"out(?: [\w']+){0,8} (?:and )?(?:it )?(?:won't|will not|doesn't|does not|isn't going to) "
    r"stop",
)

_REACH_ES = (
    r"(?:llego|llega|llegando|alcanzo|alcanza|alcanzando|se acerca|se esta acercando|se acerco)"
)
_POWERED_ES = rf"(?:(?:conectad|enchufad)[oa]s?|(?:la |el |los |las )?{POWER_THINGS})"
_REACH_EN = (
    r"(?:reached|reaching|reaches|getting to|got to|gets to|gotten to|gotten up to|up to|"
    r"right up to|coming up to|come up to)"
)
_POWER_EN = (
    r"(?:electrical |breaker |fuse )?(?:panel|breaker box|fuse box|breakers|outlets?|power "
    r"strips?|extension cords?|plugs)"
)
# Reaching the place where the power is, the place named by it ("hasta donde está conectada
# la secadora", "the wall where the breaker box is").
WATER_ON_ELECTRICS = (
    rf"agua(?: [a-z0-9]+){{0,14}} (?:ya )?{_REACH_ES}(?: [a-z]+){{0,4}} donde (?:esta|estan) "
    rf"{_POWERED_ES}",
    rf"{_REACH_ES} (?:el |la )?agua(?: [a-z]+){{0,4}} donde (?:esta|estan) {_POWERED_ES}",
    rf"(?:water|water's|waters|it|it's|its)(?: [\w']+){{0,14}} {_REACH_EN}(?: [\w']+){{0,4}} "
    rf"where (?:the|my|our|all the) {_POWER_EN}",
)
