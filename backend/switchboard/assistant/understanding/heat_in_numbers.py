"""Dangerous heat said in numbers as a caller says it: the home read out at 85°F or more ("the
thermostat says 94 in here", "upstairs is already 91", "it's 94 and still going up", "adentro
de la casa está en 95", "el termostato marca 92") and the day outside at 95°F or more ("it's a
hundred and twelve outside", "afuera todavía hace 104"), or the warnings that name it ("a heat
advisory", "alerta de calor"). Numbers arrive as digits from `normalise`; a reading is never
an age, a size, a count of days or a time ("the house is 90 years old", "hace 100 años").
Other English forms live in `hazard_weather_words`.
"""

from __future__ import annotations

_INDOOR_HOT_F = r"(?:8[5-9]|9\d|1[0-2]\d)"  # a home at 85°F or more
_OUTDOOR_HOT_F = r"(?:9[5-9]|1[0-2]\d)"  # a day at 95°F or more
# What a number must not be followed by to be a temperature.
_NOT_A_READING = (
    r"(?! (?:years?|yrs?|feet|ft|foot|square|sq|minutes?|mins?|miles?|blocks?|stories|steps|"
    r"units|apartments|percent|dollars|bucks|am|pm|of|anos|dias|meses|semanas|horas|minutos|"
    r"pies|metros|dolares|por ciento|[a-z]+ (?:st|street|ave|avenue|rd|road|calle))\b)"
)
_COOLING_LOST = (
    r"(?:dejo de|no|ya no|no esta|no quiere) (?:enfriar|enfria|enfriando)|(?:el aire|el clima|"
    r"el minisplit|el ac|el a c|la refrigeracion) (?:no sirve|no prende|no funciona|se "
    r"descompuso|se apago|dejo de funcionar)|sin (?:aire|clima)"
)
_CELSIUS_INDOORS = (
    r"(?:(?:el )?termostato (?:ya )?(?:marca|dice|esta en|esta a|llego a|llega a|sube a)|"
    r"(?:adentro|dentro|la casa|el cuarto)(?: de la casa)? (?:ya )?(?:esta|estamos|hace|marca|"
    r"anda|llego a|llega a)) (?:ya |como |en |a |unos |casi |mas de |arriba de )*(?:3[0-9]|4[0-9])"
    r" grados|(?:3[0-9]|4[0-9]) grados (?:adentro|dentro|en la casa|en el cuarto)"
)
_SOFT = (
    r"(?:(?:already|now|up to|at|like|about|around|almost|nearly|over|reading|showing|past|"
    r"pushing|just|still) )*"
)
_SOFT_ES = r"(?:ya |como |en |a |unos |casi |mas de |arriba de |todavia |sobre )*"

EXTREME_HEAT = (
    # The thermostat or the temperature read out ("the thermostat says 94", "temp inside hit 90").
    r"(?:the |my |our )?(?:thermostat|temperature|temp)(?: inside| in here| in the house)? "
    r"(?:says|reads|shows|is|'s|hit|hits|reached|at|is at|is reading|is showing|reading|showing|"
    rf"went up to|keeps going up|is up to) {_SOFT}{_INDOOR_HOT_F}{_NOT_A_READING}",
    # A room, a floor or the home read out ("upstairs is already 91", "the house is up to 92").
    # Not an apartment, a unit or a room by its number ("my apartment is 104").
    r"(?:upstairs|downstairs|inside|in here|the (?:house|home|place|bedroom|nursery|upstairs|"
    r"second floor|top floor|living room|kids room|baby'?s room)|"
    r"(?:my|our|her|his|their) (?:house|home|place|bedroom)) "
    rf"(?:is|was|'s|got to|gets to|hit|reads) {_SOFT}{_INDOOR_HOT_F}{_NOT_A_READING}",
    # A reading that keeps rising ("it's 94 and still going up", "92 and climbing").
    rf"{_INDOOR_HOT_F}(?: degrees)? and (?:still |it's |its )?(?:climbing|rising|going up|"
    r"getting hotter|counting)",
    # The day outside ("112 outside", "it's 99 out", "a high of 110 today").
    rf"{_OUTDOOR_HOT_F}(?: degrees)? (?:out|outside|outdoors|out there)(?! of)",
    rf"(?:high|highs) (?:of|in the|around|near) {_OUTDOOR_HOT_F}",
    r"(?:supposed to|going to|gonna|forecast to|expected to) (?:be|hit|get to|reach) "
    rf"(?:like |about |around |over )?{_OUTDOOR_HOT_F}{_NOT_A_READING}",
    r"heat (?:advisory|advisories|warning|emergency)",
    r"excessive heat",
    # Spanish: the home read out ("adentro de la casa está en 95", "el termostato marca 92").
    r"(?:adentro|dentro|aqui adentro|aqui dentro)(?: de la casa| del departamento| del "
    r"apartamento| del cuarto| de la recamara| de la traila)? (?:ya )?(?:esta|estamos|hace|"
    rf"marca|anda|llego|llega) {_SOFT_ES}{_INDOOR_HOT_F}{_NOT_A_READING}",
    r"(?:la casa|el departamento|el apartamento|el cuarto|la recamara|la sala|la traila) "
    rf"(?:ya )?(?:esta|anda|marca|llego|llega) {_SOFT_ES}{_INDOOR_HOT_F}{_NOT_A_READING}",
    r"(?:el )?termostato (?:ya )?(?:marca|dice|esta en|esta a|llego a|llega a|sube a) "
    rf"{_SOFT_ES}{_INDOOR_HOT_F}{_NOT_A_READING}",
    rf"{_INDOOR_HOT_F}(?: grados)? (?:adentro|dentro|aqui adentro|en la casa|en el cuarto)",
    # Spanish: the day outside ("afuera todavía hace 104", "hace 110 afuera").
    rf"(?:afuera|alla afuera|en la calle)(?: [a-z]+)? (?:esta|estamos|hace|anda|marca) "
    rf"{_SOFT_ES}{_OUTDOOR_HOT_F}{_NOT_A_READING}",
    rf"hace {_SOFT_ES}{_OUTDOOR_HOT_F}{_NOT_A_READING}",
    rf"{_OUTDOOR_HOT_F}(?: grados)? (?:afuera|alla afuera|en la calle)",
    r"(?:alerta|aviso|advertencia) (?:de|por) calor",
    # Celsius, named ("38 degrees celsius", "38 grados centígrados"): 30°C is 86°F.
    r"(?:3\d|4\d) (?:degrees |grados )?(?:celsius|centigrados|centigrade)",
    # Spanish grados read in the home while the cooling has quit ("el aire dejó de enfriar ...
    # el termostato marca 38 grados adentro"): Celsius, since a home at 38°F is no cooling's
    # fault.
    rf"(?:{_COOLING_LOST}).*(?:{_CELSIUS_INDOORS})|(?:{_CELSIUS_INDOORS}).*(?:{_COOLING_LOST})",
)
