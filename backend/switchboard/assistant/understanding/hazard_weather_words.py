"""The vocabulary of heat and cold: a furnace or an air conditioner that has failed, and the
weather (said, or felt indoors) that makes it dangerous, in English and Spanish, as whole-word
patterns over normalised text. Who is at risk in it lives in `vulnerable_people`; the rules
that put them together in `weather_hazards`."""

from __future__ import annotations

from switchboard.assistant.understanding import cold_in_numbers as cold
from switchboard.assistant.understanding import hazard_words_es as es
from switchboard.assistant.understanding import heat_in_numbers as heat
from switchboard.assistant.understanding.phrases import words

NO_HEAT = words(
    r"no heat",
    r"no (?:furnace|heater|boiler|heating)",
    r"(?:heat|heater|heating|furnace|boiler|heat pump)s? (?:is |has |just )?"
    r"(?:not working|isn't working|went out|is out|out|broken|broke|died|quit|down|stopped "
    r"working|won't (?:turn on|come on|start|kick on))",
    r"(?:heat|furnace) (?:won't|doesn't|isn't) (?:work|turn on|come on)",
    # Stopped, itself, not stopped doing something ("stopped making that noise").
    r"(?:heat|heater|heating|furnace|boiler|heat pump)s? (?:just |has |completely |totally )?"
    r"(?:stopped|shut off|shut down|cut out|gave out|conked out)(?! (?:\w+ing|that|the|it))",
    # Gone cold, however long ("the radiators have been ice cold since last night").
    r"(?:radiators?|baseboards?|vents?|registers?) (?:are |is |have been |has been |been |went |"
    r"have gone |has gone |are still |are all |all )?(?:all |still )?(?:ice |stone |dead |"
    r"completely |totally )?cold",
    r"(?:furnace|heater|heat|heat pump|vents?) (?:is |are |keeps? )?blowing cold(?: air)?",
    *cold.NO_HEAT,
    *es.NO_HEAT,
)
FREEZING = words(
    r"freezing",
    r"frozen",
    r"below (?:zero|0|freezing)",
    r"\d+ below",
    r"minus \d+",
    r"in the (?:teens|single digits)",
    r"single digits",
    r"sub ?zero",
    r"(?:[0-9]|[12][0-9]|3[0-2]) degrees",
    r"(?:it's|its|it is) (?:like |only |about )?(?:[0-9]|[12][0-9]|3[0-2]) (?:out|outside)",
    *cold.FREEZING,
    *es.FREEZING,
)
NO_AC = words(
    r"no (?:ac|air|air conditioning|cooling)",
    r"(?:ac|air conditioner|air conditioning|central air|air|cooling|unit|condenser|heat pump|"
    r"mini ?split)s? (?:is |has |just |been |still |only |keeps |now ){0,3}"
    r"(?:not working|isn't working|went out|is out|broken|broke|died|quit|down|stopped "
    r"working|blowing (?:hot|warm)(?: air)?|won't (?:turn on|cool|come on)|not cooling|"
    r"isn't cooling|doesn't cool|stopped cooling|not blowing cold|quit cooling|gave out|"
    r"conked out)",
    # Stopped, itself, not stopped doing something ("the AC stopped about an hour ago").
    r"(?:ac|air conditioner|air conditioning|central air|cooling|condenser|mini ?split)s? "
    r"(?:just |has |completely |totally )?(?:stopped|shut off|shut down|cut out)"
    r"(?! (?:\w+ing|that|the|it|dripping|leaking))",
    # What it fails to do: the fan runs, the air comes out warm.
    # ... however many small words between ("the vents are just blowing hot air").
    r"(?:the )?(?:air|vents?)(?: coming out| from the vents?)? (?:(?:is|are|feels?|just|only|"
    r"still|all) ){0,2}(?:blowing )?(?:warm|hot|room temperature)"
    r"(?! (?:water|weather|day|days|outside))",
    # Contracted ("the air's out", "the ac's dead").
    r"(?:ac|air conditioner|air conditioning|central air|air|cooling|unit)'s (?:completely |"
    r"totally |just )?(?:out|dead|broken|down|busted|shot|gone|not working|not cooling|"
    r"blowing (?:hot|warm)(?: air)?)",
    # What it stopped doing ("stopped blowing cold"), or nothing at all out of the vents.
    r"(?:ac|air conditioner|air conditioning|central air|air|unit|vents?)s? (?:just |has |have |"
    r"completely |totally )?(?:stopped|quit|isn't|is not|aren't|are not|not) blowing "
    r"(?:cold|cool)(?: air)?",
    r"nothing(?:'s|s| is)? (?:at all )?(?:comes?|is coming|coming|blows?|is blowing|blowing) "
    r"(?:out )?"
    r"(?:of |from |through )?(?:the |any )?(?:vents?|registers?|ducts?)",
    r"no air (?:at all )?(?:is )?(?:comes?|coming|blowing) (?:out )?(?:of |from |through )?"
    r"(?:the |any )?(?:vents?|registers?|ducts?)",
    # The unit named by where it sits, stopped doing what it does ("the thing on the roof
    # stopped humming", "the unit outside quit running"): not a thing that stopped leaking.
    r"(?:thing|unit|box|machine|condenser|compressor)s? (?:(?:up )?on (?:the|our|my) roof|"
    r"outside|out back|out (?:in|on) the (?:side|back)|in the (?:back ?yard|side ?yard)) "
    r"(?:just |has |completely |totally )?(?:stopped|quit|isn't|is not|not) (?:humming|running|"
    r"spinning|turning on|kicking on|coming on|making (?:any )?(?:noise|sound)|working)",
    *es.NO_AC,
)
EXTREME_HEAT = words(
    r"heat wave",
    r"extreme heat",
    r"(?:9[5-9]|1[0-2][0-9]) degrees",
    r"(?:it's|its|it is) (?:9[5-9]|1[0-2][0-9])(?! (?:am|pm))",
    r"(?:8[5-9]|9\d|1[0-2]\d)(?: degrees)? (?:in|inside) (?:the |my |our )?"
    r"(?:house|home|apartment|place|here)",
    r"(?:8[5-9]|9\d|1[0-2]\d)(?: degrees)? inside",
    # Any room the caller is in ("it's already 87 in the nap room and climbing").
    r"(?:8[5-9]|9\d|1[0-2]\d)(?: degrees)? (?:in|inside) (?:the |my |our |his |her |their )?"
    r"(?:\w+ )?(?:\w*room|nursery|office|kitchen|upstairs|apartment|unit|"
    r"building|shop|store|trailer)",
    r"(?:so|very|really|"
    r"extremely) hot",
    r"sweltering",
    r"boiling in here",
    *heat.EXTREME_HEAT,
    *es.EXTREME_HEAT,
)
# Heating, cooling or the temperature itself, in any words: a weather hazard the meaning model
# leans to needs the turn to speak of one ("her toilet runs, she's 82" is about neither).
# A trade named by its work ("her heating guy retired", "the AC company we used"): a person or
# a business, not the temperature.
_TRADE_PERSON = (
    r"(?!(?: and (?:air|cooling|ac|a c|heating|plumbing))? (?:guy|guys|man|lady|company|"
    r"companies|contractor|contractors|tech|techs|technician|person|people|business|outfit|"
    r"service|repairman|serviceman))"
)
TEMPERATURE_TOPIC = words(
    rf"heat\w*{_TRADE_PERSON}",
    r"hot",
    r"warm\w*",
    r"cold\w*",
    r"chill\w*",
    r"freez\w*",
    r"frozen",
    rf"cool\w*{_TRADE_PERSON}",
    rf"a ?c{_TRADE_PERSON}",
    rf"air{_TRADE_PERSON}",
    rf"furnace{_TRADE_PERSON}",
    rf"boiler{_TRADE_PERSON}",
    r"thermostat",
    r"temperature",
    r"degrees",
    r"sweat\w*",
    r"swelter\w*",
    r"stifling",
    r"stuffy",
    r"(?:an? |like (?:an? )?)(?:oven|sauna|furnace|icebox|freezer|fridge)",
    r"(?:un |como (?:un )?)(?:horno|sauna|refrigerador|congelador)",
    r"shiver\w*",
    r"blankets?",
    r"radiators?",
    r"vents?",
    r"mini ?split",
    r"condenser",
    r"humid\w*",
    r"dehydrat\w*",
    r"winter",
    r"summer",
    r"snow\w*",
    r"icy",
    r"calor",
    r"calient\w*",
    r"frio",
    r"fresc\w*",
    r"helad\w*",
    r"congel\w*",
    r"aire",
    r"minisplit",
    r"clima",
    r"calefaccion",
    r"calentador",
    r"calenton",
    r"caldera",
    r"termostato",
    r"temperatura",
    r"grados",
    r"sud\w+",
    r"bochorno",
    r"cobij\w+",
    r"invierno",
    r"verano",
    r"nieve",
    r"abanicos?",
    r"ventilador\w*",
)
# Which side of the weather a turn speaks of, for the model's lean between the two weather
# hazards: heating gone cold ("the radiators have been ice cold", "la caldera no prende") or
# cooling gone hot. A turn that names one side and not the other is about that side.
HEATING_SIDE = words(
    r"radiators?",
    r"baseboards?",
    r"furnaces?",
    r"boilers?",
    r"heaters?",
    r"heating",
    r"no heat",
    r"(?:ice|stone|freezing) cold",
    r"freezing",
    r"frozen",
    r"radiador(?:es)?",
    r"calefaccion",
    r"caldera",
    r"calenton",
    r"helad[oa]s?",
    r"congel\w+",
)
COOLING_SIDE = words(
    r"a ?c",
    r"air ?condition\w*",
    r"central air",
    r"cooling",
    r"cool(?:s|ed)?",
    r"mini ?split",
    r"condenser",
    r"(?:swamp|evaporative) cooler",
    r"hot",
    r"heat ?wave",
    r"aire",
    r"clima",
    r"minisplit",
    r"enfri\w+",
    r"calor",
)
