"""A number with its unit is a quantity, never a clock time: "about 10 ft away", "6 ppl in
the house", "12 yrs old", "a 50 gallon tank", "it's at 10%", "about $10", "3 or 4 personas",
"de 5 a 6 metros", "tiene como 10 años". The unit comes right after the number, in English
or Spanish, whole or abbreviated. (Money and percentages are written as words by
`normalise`: "$10" is "10 dollars", "10%" is "10 percent".)"""

from __future__ import annotations

import re

# What is measured or counted: never an hour after the number, never a date after "the".
_MEASURES = (
    # length and distance
    r"ft|feet|foot|inch|inches|yd|yds|yards?|meters?|metres?|miles?|blocks?|"
    # people
    r"ppl|people|persons?|kids|children|adults|tenants|units|"
    # volume, weight, temperature, money, power, size
    r"gal|gals|gallons?|liters?|litres?|degrees?|deg|percent|pct|dollars?|bucks|cents|"
    r"lbs?|pounds?|amps?|volts?|watts?|kw|btus?|tons?|psi|sq|square|cubic|"
    # the parts of a building, counted or ordered ("the 2nd floor", "a 3 bedroom house")
    r"stor(?:y|ies)|floors?|fl|levels?|rooms?|bedrooms?|baths?|bathrooms?|outlets|lights|"
    r"windows|toilets|sinks|zones|steps|stairs|"
    # Spanish
    r"pies?|pulgadas?|metros?|cm|centimetros|millas?|cuadras?|"
    r"personas?|gente|ninos|adultos|inquilinos|"
    r"galones?|litros?|grados?|por ?ciento|dolares|pesos|libras?|amperes?|amperios?|"
    r"voltios?|toneladas?|"
    r"pisos?|plantas?|niveles|cuartos?|recamaras?|banos|habitaciones|ventanas|escalones"
)
# Spans of time said as an age or a duration, and counts of anything ("3 of them").
_SPANS = (
    r"yrs?|years?|mos?|months?|wks?|weeks?|days?|hrs?|hours?|mins?|minutes?|secs?|seconds?|"
    r"times|of|out of|more|"
    r"anos?|meses|mes|semanas?|dias?|horas?|minutos?|segundos?|veces|de ellos"
)
UNIT = rf"(?:{_MEASURES}|{_SPANS})"
MEASURE = rf"(?:{_MEASURES})"
# "and a half feet", "y medio metros": a fraction may come between the number and its unit.
_FRACTION = r"(?: (?:and a half|and a quarter|y medio|y media|point [0-9]+|punto [0-9]+))?"
# A unit right after the number: checked against the text that follows it.
UNIT_AHEAD = re.compile(rf"^{_FRACTION} (?:{UNIT})(?![\w'])")

_MONEY = re.compile(r"\$ ?([0-9][0-9,]*(?:\.[0-9]+)?)")
_PERCENT = re.compile(r"([0-9]) ?%")


def spell_money_and_percent(text: str) -> str:
    """ "$10" -> "10 dollars", "10%" -> "10 percent": the sign becomes the unit it says."""
    return _PERCENT.sub(r"\1 percent", _MONEY.sub(r"\1 dollars", text))


def unit_follows(text: str, end: int) -> bool:
    """Whether the number ending at `end` in `text` is followed by its unit."""
    return UNIT_AHEAD.match(text[end:]) is not None
