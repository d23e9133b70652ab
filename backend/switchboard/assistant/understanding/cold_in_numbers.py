"""The cold said in Spanish as a caller says it: in degrees, inside the house and out ("la casa
está a cincuenta grados y afuera está a diez"), and the heat missing with whoever is missing
it ("no tenemos calefacción"). Numbers arrive as digits from `normalise`. The English forms
live in `hazard_weather_words` and `hazard_signs`.
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
    r"(?:la casa|el departamento|el apartamento|el cuarto|la recamara|la sala|adentro|aqui adentro|"
    rf"aqui dentro|dentro)(?: [a-z]+)? (?:esta|estamos|anda|amanecio|quedo|marca) {_ABOUT}"
    rf"{_INDOOR_COLD_F}(?: grados)?(?! (?:de la|am|pm))",
    rf"(?:estamos|esta|estoy) {_ABOUT}{_INDOOR_COLD_F} grados (?:adentro|dentro|en la casa|"
    r"en el departamento|aqui)",
)
FREEZING = (
    rf"(?:afuera|alla afuera|en la calle)(?: [a-z]+)? (?:esta|estamos|hace|anda|marca) {_ABOUT}"
    rf"{_FREEZING_F}(?: grados)?(?! (?:de la|am|pm))",
    rf"{_FREEZING_F} grados (?:afuera|alla afuera|en la calle)",
)
