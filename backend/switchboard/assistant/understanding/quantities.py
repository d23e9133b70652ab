"""A number with its unit is a quantity, never a clock time: "about 10 ft away", "6 ppl in
the house", "12 yrs old", "a 50 gallon tank", "it's at 10%", "about $10", "3 or 4 personas",
"de 5 a 6 metros", "tiene como 10 años". The unit comes right after the number, in English
or Spanish, whole or abbreviated. (Money and percentages are written as words by
`normalise`: "$10" is "10 dollars", "10%" is "10 percent".)"""

from __future__ import annotations

import re

_ENGLISH = (
    # length and distance
    r"ft|feet|foot|inch|inches|yd|yds|yards?|meters?|metres?|miles?|blocks?|"
    # people
    r"ppl|people|persons?|kids|adults|tenants|units|"
    # spans of time said as an age or a duration
    r"yrs?|years?|mos?|months?|wks?|weeks?|days?|hrs?|hours?|mins?|minutes?|secs?|seconds?|"
    r"times|"
    # volume, weight, temperature, money, power, size
    r"gal|gals|gallons?|liters?|litres?|degrees?|deg|percent|pct|dollars?|bucks|cents|"
    r"lbs?|pounds?|amps?|volts?|watts?|kw|btus?|tons?|psi|sq|square|cubic|"
    # counts of things in a house
    r"stor(?:y|ies)|floors?|rooms|bedrooms?|baths?|bathrooms?|outlets|lights|windows|"
    r"toilets|sinks|zones|of|out of|more"
)
_SPANISH = (
    r"pies?|pulgadas?|metros?|cm|centimetros|millas?|cuadras?|"
    r"personas?|gente|ninos|adultos|inquilinos|"
    r"anos?|meses|mes|semanas?|dias?|horas?|minutos?|segundos?|veces|"
    r"galones?|litros?|grados?|por ?ciento|dolares|pesos|libras?|amperes?|amperios?|"
    r"voltios?|toneladas?|"
    r"pisos?|cuartos|recamaras?|banos|habitaciones|ventanas|de ellos"
)
UNIT = rf"(?:{_ENGLISH}|{_SPANISH})"
# A unit right after the number: checked against the text that follows it.
UNIT_AHEAD = re.compile(rf"^ (?:{UNIT})(?![\w'])")

_MONEY = re.compile(r"\$ ?([0-9][0-9,]*(?:\.[0-9]+)?)")
_PERCENT = re.compile(r"([0-9]) ?%")


def spell_money_and_percent(text: str) -> str:
    """ "$10" -> "10 dollars", "10%" -> "10 percent": the sign becomes the unit it says."""
    return _PERCENT.sub(r"\1 percent", _MONEY.sub(r"\1 dollars", text))


def unit_follows(text: str, end: int) -> bool:
    """Whether the number ending at `end` in `text` is followed by its unit."""
    return UNIT_AHEAD.match(text[end:]) is not None
