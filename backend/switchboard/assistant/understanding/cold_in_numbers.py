"""The cold said in numbers as a caller says it: inside the house and out, and the night to come
("la casa está a cincuenta grados y afuera está a diez", "the apartment is like fifty two",
"it's supposed to go down to ten tonight"), and in Spanish the heat missing with whoever is
missing it ("no tenemos calefacción"). Numbers arrive as digits from `normalise`. Other
English forms live in `hazard_weather_words` and `hazard_signs`.
"""

from __future__ import annotations

_INDOOR_COLD_F = r"(?:[0-9]|[1-4][0-9]|5[0-5])"  # a home at 55°F or under
_FREEZING_F = r"(?:[0-9]|[12][0-9]|3[0-2])"  # at or below freezing
_ABOUT = r"(?:a |en )?(?:como |nomas |solo |unos |apenas )?(?:a )?"

NO_HEAT = (
    r"no (?:tenemos|tienen|tiene|tenia|teniamos|hemos tenido|ha habido|hay nada de) "
    r"(?:calefaccion|calor|heater|heat)",
)
INDOOR_COLD = (
    # The home read out in degrees, its "in here" unsaid ("the apartment is like 52"). Not an
    # age, a size or an address ("the house is 40 years old", "is 50 feet").
    r"(?:the|my|our|her|his|their) (?:house|home|apartment|apt|place|unit|bedroom|room) "
    rf"(?:is|was|'s) (?:down to |only |like |about |at |maybe |around )*{_INDOOR_COLD_F}"
    r"(?: degrees)?(?! (?:years?|yrs?|feet|ft|foot|square|sq|minutes?|miles?|blocks?|stories|"
    r"steps|units|apartments|am|pm|[a-z]+ (?:st|street|ave|avenue|rd|road))\b)",
    r"(?:la casa|el departamento|el apartamento|el cuarto|la recamara|la sala|adentro|aqui adentro|"
    rf"aqui dentro|dentro)(?: [a-z]+)? (?:esta|estamos|anda|amanecio|quedo|marca) {_ABOUT}"
    rf"{_INDOOR_COLD_F}(?: grados)?(?! (?:de la|am|pm))",
    rf"(?:estamos|esta|estoy) {_ABOUT}{_INDOOR_COLD_F} grados (?:adentro|dentro|en la casa|"
    r"en el departamento|aqui)",
)
FREEZING = (
    # The night or the days to come, forecast at or below freezing ("it's supposed to go down
    # to 10 tonight", "a low of 5 tomorrow", "va a bajar a 20 en la noche").
    r"(?:supposed to|going to|gonna|forecast to|expected to|will|should) (?:get |go |drop |dip |"
    rf"fall |be )?(?:down )?(?:to |into the )?(?:like |about |around )?{_FREEZING_F}"
    r"(?: degrees)?(?: (?:below|below zero))? (?:tonight|tomorrow|overnight|this week|later)",
    rf"(?:a |the )?lows? (?:of|in the|around|near) {_FREEZING_F}",
    r"(?:va a|van a|dicen que va a) (?:bajar|estar|llegar|amanecer) (?:a |en )?(?:como |unos )?"
    rf"{_FREEZING_F}(?: grados)? (?:en la noche|esta noche|en la madrugada|manana|hoy)",
    rf"(?:afuera|alla afuera|en la calle)(?: [a-z]+)? (?:esta|estamos|hace|anda|marca) {_ABOUT}"
    rf"{_FREEZING_F}(?: grados)?(?! (?:de la|am|pm))",
    rf"{_FREEZING_F} grados (?:afuera|alla afuera|en la calle)",
)
